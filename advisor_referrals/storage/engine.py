"""One engine factory for every kind of book: a SQLite file or a database server URL."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError, OperationalError

from advisor_referrals import APP_ID
from advisor_referrals.domain.errors import BookError
from advisor_referrals.storage import search
from advisor_referrals.storage.files import private_file, private_folder, read_only_uri
from advisor_referrals.storage.models.base import add_dialect_options

ENV_VAR = "ADVISOR_REFERRALS_DB"
BOOK_FILE_NAME = "book.sqlite3"
BUSY_TIMEOUT_MS = 15_000
BUSY_RETRIES = 2
BUSY_BACKOFF_S = 0.05
_PASSWORD_PARAM = re.compile(r"(password=)[^&]*", re.IGNORECASE)


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
    try:
        url = make_url(target)
    except (ArgumentError, ValueError):
        return None  # not a usable URL: make_engine says what is wrong with it
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def describe_target(target: str) -> str:
    """The book's location for messages, without a password (or any part of one)."""
    if not is_url(target):
        return str(Path(target).expanduser())
    return masked_url(target)


def masked_url(target: str) -> str:
    """A database URL with its password replaced by ***, read from the raw text.

    An unescaped @ or / inside a password makes parsers take part of it for the host;
    everything up to the last @ is treated as user and password here, so no piece of
    the password can show, however the URL was mistyped.
    """
    scheme, _, rest = target.partition("://")
    if "@" in rest:
        cut = rest.rfind("@")
        userinfo, after = rest[:cut], rest[cut + 1 :]
        user, colon, _password = userinfo.partition(":")
        rest = f"{user}:***@{after}" if colon else f"{userinfo}@{after}"
    rest = _PASSWORD_PARAM.sub(r"\1***", rest)
    return f"{scheme}://{rest}"


def parse_url(target: str) -> URL:
    """A book's database URL, checked: messages name the problem, never the password."""
    shown = masked_url(target)
    scheme = target.partition("://")[0]
    authority = target.partition("://")[2].split("/", 1)[0]
    if target.partition("://")[2].count("@") > 1 or ("@" not in authority and "@" in target):
        raise BookError(
            f"the database URL {shown} cannot be read: a password holding @, /, : or % must "
            "have them written as %40, %2F, %3A and %25 (the URL is not shown whole because "
            "it holds a password)"
        )
    try:
        url = make_url(target)
        url.get_dialect()
    except NoSuchModuleError:
        raise BookError(
            f"{shown}: {scheme!r} is not a kind of database Advisor Referrals opens. A book is "
            "a SQLite file (a path) or a PostgreSQL database (postgresql+psycopg://HOST/DATABASE)"
        ) from None
    except (ArgumentError, ValueError):
        raise BookError(
            f"the database URL {shown} is not understood; write it like "
            "postgresql+psycopg://USER@HOST:PORT/DATABASE"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise BookError(
            f"{shown}: a book is a SQLite file or a PostgreSQL database; {backend} is not supported"
        )
    if backend == "postgresql":
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_driver_name() != "psycopg":
            raise BookError(
                f"{shown}: PostgreSQL books are opened with the psycopg driver; write the URL "
                "as postgresql+psycopg://…"
            )
        if not url.database:
            raise BookError(f"{shown} names no database: end it with /DATABASE")
    return url


def with_password(target: str, password: str) -> str:
    """A server URL with a password typed at a prompt: held in memory only, never saved."""
    return make_url(target).set(password=password).render_as_string(hide_password=False)


def create_owner_only(path: Path) -> None:
    """Create an empty book file (and its folders) readable by its owner only; client data
    is private. SQLite gives the book's -wal and -shm the mode of the book."""
    private_folder(path.parent)
    private_file(path)


def make_engine(
    target: str, *, passphrase: str | None = None, echo: bool = False, read_only: bool = False
) -> Engine:
    """An engine for a book: a path (SQLite) or a PostgreSQL URL (postgresql+psycopg://).

    `read_only` opens a book file without writing anything to it or beside it.
    """
    path = sqlite_path(target)
    if path is not None:
        if not read_only:
            create_owner_only(path)
        engine = _sqlite_engine(path, passphrase=passphrase, echo=echo, read_only=read_only)
    else:
        engine = _server_engine(parse_url(target), echo=echo)
    add_dialect_options(engine.dialect.name)
    return engine


# A practice's server is a round trip away (docs/design.md, "Budgets": Today in at most 40).
# A pooled connection is checked with a ping only after it sat unused this long, when a
# server restart or a firewall may have dropped it; in between it is used as it is.
IDLE_PING_S = 60.0
# Connections older than this are replaced when next taken from the pool (no round trip).
RECYCLE_S = 1800
# The app's queries are short: compiling them to machine code (JIT) took longer than
# running them (the client table's overdue filter: 63-148 ms with it, under 30 without).
SERVER_OPTIONS = "-c jit=off"
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 60, "keepalives_interval": 10}


def _server_engine(url: URL, *, echo: bool) -> Engine:
    options = " ".join(part for part in (SERVER_OPTIONS, str(url.query.get("options", ""))) if part)
    engine = create_engine(
        url.difference_update_query(["options"]),
        echo=echo,
        pool_recycle=RECYCLE_S,
        connect_args={"options": options, **KEEPALIVE},
    )
    _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < IDLE_PING_S:
            return
        try:
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True  # one round trip: no BEGIN, no ROLLBACK
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.autocommit = autocommit
        except Exception as error:
            # The pool replaces the dead connection with a new one and tries again.
            raise DisconnectionError(f"the server connection was lost: {error}") from None


def _sqlite_engine(path: Path, *, passphrase: str | None, echo: bool, read_only: bool) -> Engine:
    if passphrase is not None:
        import sqlcipher3

        from advisor_referrals.storage.encryption import remember, sqlcipher_creator

        # A file URL (not sqlite://) gives the file-backed pool; `module` makes SQLAlchemy
        # recognise sqlcipher3's exceptions as driver errors.
        engine = create_engine(
            f"sqlite:///{path}",
            module=sqlcipher3.dbapi2,
            creator=sqlcipher_creator(path, passphrase, read_only=read_only),
            echo=echo,
        )
        remember(engine, passphrase)
    elif read_only:
        import sqlite3

        uri = read_only_uri(path)
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            echo=echo,
        )
    else:
        connect_args: dict[str, Any] = {
            "check_same_thread": False,
            "timeout": BUSY_TIMEOUT_MS / 1000,
        }
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args, echo=echo)
    _configure_sqlite(engine, read_only=read_only)
    return engine


def is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database is busy" in text


class _SQLiteCompilerWithHints(SQLiteCompiler):
    """SQLite's compiler, rendering a table's hint: `with_hint(table, "INDEXED BY ix",
    "sqlite")` names the index SQLite must read (SQLAlchemy's own drops SQLite hints).

    Without statistics on how rare a value is, SQLite takes "not completed" for a rare
    one and reads every unfinished review through another index; a hint holds such a
    query to the index it was written for (docs/design.md, "Budgets")."""

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text or None


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    engine.dialect.statement_compiler = _SQLiteCompilerWithHints

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is replaced by explicit BEGINs below,
        # so that writers can take the lock up front (BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(search.TERMS_TABLE_DDL)
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        mode = options.get("sqlite_begin", "DEFERRED")
        # Foreign keys are checked, except in a bulk load that asks otherwise (Book.write);
        # the setting holds for the connection, so it is put back on the next transaction.
        checked = options.get("sqlite_foreign_keys", True)
        if connection.connection.info.get("foreign_keys", True) != checked:
            connection.exec_driver_sql(f"PRAGMA foreign_keys = {'ON' if checked else 'OFF'}")
            connection.connection.info["foreign_keys"] = checked
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
