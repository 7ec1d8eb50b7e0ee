"""An open book: the engine, sessions for reading and writing, and who is at the desk."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from advisor_referrals.domain.errors import BookError
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


@dataclass
class Book:
    engine: Engine
    target: str
    user: str = field(default_factory=current_user)
    # A book file the user may read but not change (docs/design.md, "Safety"): opened
    # for exports and reports; anything that would write says so plainly.
    read_only: bool = False

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_bind = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)

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
    def write(self) -> Iterator[Session]:
        """One transaction that commits on success and rolls back on any error."""
        if self.read_only:
            raise ReadOnlyBookError(read_only_message(self.location))
        with self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
