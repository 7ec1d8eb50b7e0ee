"""One engine factory for every kind of book: a SQLite file or a database server URL."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from advisor_referrals import APP_ID
from advisor_referrals.domain.errors import BookError
from advisor_referrals.storage import search

ENV_VAR = "ADVISOR_REFERRALS_DB"
BOOK_FILE_NAME = "book.sqlite3"
BUSY_TIMEOUT_MS = 15_000
BUSY_RETRIES = 2
BUSY_BACKOFF_S = 0.05


class BookBusyError(BookError):
    """Another writer held the book longer than we are willing to wait."""


def default_book_path() -> Path:
    return platformdirs.user_data_path(APP_ID, appauthor=False) / BOOK_FILE_NAME


def resolve_target(explicit: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Where the book lives: --db, else the environment variable, else the user data folder."""
    environ = os.environ if environ is None else environ
    if explicit:
        return explicit
    if environ.get(ENV_VAR):
        return environ[ENV_VAR]
    return str(default_book_path())


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file of a SQLite book, or None for a server book (or an in-memory one)."""
    if not is_url(target):
        return Path(target).expanduser()
    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def describe_target(target: str) -> str:
    """The book's location for messages, without a password."""
    if not is_url(target):
        return str(Path(target).expanduser())
    return make_url(target).render_as_string(hide_password=True)


def with_password(target: str, password: str) -> str:
    """A server URL with a password typed at a prompt: held in memory only, never saved."""
    return make_url(target).set(password=password).render_as_string(hide_password=False)


def create_owner_only(path: Path) -> None:
    """Create an empty book file readable by its owner only; client data is private."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(target: str, *, passphrase: str | None = None, echo: bool = False) -> Engine:
    """An engine for a book: a path (SQLite) or any SQLAlchemy URL, e.g. postgresql+psycopg://."""
    path = sqlite_path(target)
    if path is not None:
        create_owner_only(path)
        return _sqlite_engine(path, passphrase=passphrase, echo=echo)
    url = make_url(target)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, echo=echo, pool_pre_ping=True, future=True)


def _sqlite_engine(path: Path, *, passphrase: str | None, echo: bool) -> Engine:
    if passphrase is not None:
        import sqlcipher3

        from advisor_referrals.storage.encryption import remember, sqlcipher_creator

        # A file URL (not sqlite://) gives the file-backed pool; `module` makes SQLAlchemy
        # recognise sqlcipher3's exceptions as driver errors.
        engine = create_engine(
            f"sqlite:///{path}",
            module=sqlcipher3.dbapi2,
            creator=sqlcipher_creator(path, passphrase),
            echo=echo,
        )
        remember(engine, passphrase)
    else:
        connect_args: dict[str, Any] = {
            "check_same_thread": False,
            "timeout": BUSY_TIMEOUT_MS / 1000,
        }
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args, echo=echo)
    _configure_sqlite(engine)
    return engine


def is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database is busy" in text


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is replaced by explicit BEGINs below,
        # so that writers can take the lock up front (BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(search.TERMS_TABLE_DDL)
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        # A writer waits for the write lock up to the busy timeout; if another window
        # or program holds it longer still, wait again a few times before giving up.
        for attempt in range(BUSY_RETRIES + 1):
            try:
                connection.exec_driver_sql(f"BEGIN {mode}")
                return
            except OperationalError as error:
                if not is_busy(error) or attempt == BUSY_RETRIES:
                    if is_busy(error):
                        raise BookBusyError(
                            "the book is busy: another window or program has been saving to it "
                            "for a long time. Nothing was changed; try again in a moment."
                        ) from None
                    raise
                time.sleep(BUSY_BACKOFF_S * (2**attempt))
