"""An open book: the engine, sessions for reading and writing, and who is at the desk."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from advisor_referrals.domain.errors import BookError, NotPermittedError
from advisor_referrals.storage.engine import describe_target, sqlite_path

USER_ENV_VAR = "ADVISOR_REFERRALS_USER"


class ReadOnlyBookError(BookError):
    """The book can be read but not changed: its file or folder is read-only."""


def read_only_message(where: str) -> str:
    return (
        f"the book at {where} is read-only (you may read the file but not change it, or its "
        "folder is read-only), so this cannot be saved in it; the book is sound and was left "
        "as it is. Exports and reports work on it; to change it, make the file and its "
        "folder writable for you."
    )


def current_user() -> str:
    if os.environ.get(USER_ENV_VAR):
        return os.environ[USER_ENV_VAR]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's code for a refused privilege or row policy


def refused_by_server(error: DBAPIError) -> str | None:
    """The server's own words when it refused something to the role, else None."""
    if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    return str(error.orig).strip().splitlines()[0]


def refusal_words(error: DBAPIError) -> str:
    """What the database said when it refused a statement, in its own first line: a rule
    of the server's ("violates check constraint ..."), a full disk, a lost connection.
    Neither SQLite's nor PostgreSQL's first line quotes the row's values (PostgreSQL puts
    those in its DETAIL line), so it is safe to show and to log."""
    lines = str(error.orig).strip().splitlines()
    first = lines[0].strip() if lines else ""
    return first[:200] or type(error.orig).__name__


@dataclass
class Book:
    engine: Engine
    target: str
    user: str = field(default_factory=current_user)
    # A book file the user may read but not change (docs/design.md, "Safety"): opened
    # for exports and reports; anything that would write says so plainly.
    read_only: bool = False

    def __post_init__(self) -> None:
        # On a server, a read runs each statement in autocommit: no BEGIN and ROLLBACK
        # round trips around it (docs/design.md, "Budgets"). It sees what it would under
        # the default READ COMMITTED anyway (each statement its own snapshot); reads
        # that need one snapshot for several statements take a transaction of their own
        # (the quarterly metrics). Nothing is written through a read session.
        reader_bind = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.is_postgres
            else self.engine
        )
        self._reader = sessionmaker(reader_bind, expire_on_commit=False)
        writer_bind = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)
        # A bulk load of rows whose references the writer made itself (the demo book):
        # on SQLite each row's foreign key is otherwise looked up in its parent table, in
        # random order, which for a million contacts' events dominated the load.
        self._trusted_writer = sessionmaker(
            writer_bind.execution_options(sqlite_foreign_keys=False)
            if self.is_sqlite
            else writer_bind,
            expire_on_commit=False,
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.target) if self.is_sqlite else None

    @property
    def location(self) -> str:
        return describe_target(self.target)

    def session(self) -> Session:
        """A session for reading; use it in a with-block."""
        return self._reader()

    @contextmanager
    def write(self, *, check_references: bool = True) -> Iterator[Session]:
        """One transaction that commits on success and rolls back on any error.

        `check_references=False`: rows whose references are made right by construction
        (a generated book) are not checked against their parents on SQLite. A change the
        database server refuses to this member's role (docs/design.md, "A practice")
        becomes a NotPermittedError that says so.
        """
        if self.read_only:
            raise ReadOnlyBookError(read_only_message(self.location))
        maker = self._writer if check_references else self._trusted_writer
        try:
            with maker() as session, session.begin():
                yield session
        except DBAPIError as error:
            refusal = refused_by_server(error)
            if refusal is None:
                raise
            raise NotPermittedError(
                f"the database server refused this change for {self.user}: {refusal}. "
                "Nothing was saved; your role in the practice does not allow it."
            ) from None

    def close(self) -> None:
        self.engine.dispose()
