"""What every table shares: the naming convention, the declarative base, checks and
timestamps, and the index options of one database dialect."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, MetaData
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    check = f"{column} IN ({values})"
    return f"{column} IS NULL OR {check}" if nullable else check


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def now() -> datetime:
    """Timestamps are stored in UTC without a zone; the UI shows them in local time."""
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


# Index options of one dialect (a partial index's WHERE, PostgreSQL's INCLUDE columns),
# added to their index when an engine for that dialect is made. Given to Index() itself,
# `postgresql_where=` makes SQLAlchemy load the PostgreSQL dialect there and then to check
# the argument, so every SQLite book paid for it at start-up (docs/design.md, "Budgets").
_DIALECT_OPTIONS: list[tuple[Index, str, dict[str, Any]]] = []
_DIALECTS_READY: set[str] = set()
_DIALECT_LOCK = threading.Lock()


def for_dialect(index: Index, dialect: str, **options: Any) -> Index:
    """`index` with `options` (`where=`, `include=`...) on books of `dialect` only."""
    with _DIALECT_LOCK:
        if dialect in _DIALECTS_READY:
            _set_options(index, dialect, options)
        _DIALECT_OPTIONS.append((index, dialect, options))
    return index


def add_dialect_options(dialect: str) -> None:
    """Give the indexes their options for `dialect`; called when an engine for it is made
    (the dialect is loaded by then)."""
    with _DIALECT_LOCK:
        if dialect in _DIALECTS_READY:
            return
        for index, name, options in _DIALECT_OPTIONS:
            if name == dialect:
                _set_options(index, dialect, options)
        _DIALECTS_READY.add(dialect)


def _set_options(index: Index, dialect: str, options: dict[str, Any]) -> None:
    accepted = index.dialect_options[dialect]  # the dialect's own list of index options
    for key, value in options.items():
        if key not in accepted and "*" not in accepted:
            raise ArgumentError(f"{dialect}_{key} is not an index option of {dialect}")
        accepted[key] = value
