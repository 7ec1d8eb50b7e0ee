"""What every table shares: the naming convention, the declarative base, checks and timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    MetaData,
)
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
