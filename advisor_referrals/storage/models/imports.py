"""Import batches: each import of contacts, kept so that it can be undone.

The contacts an import adds get consecutive ids (the bulk writer hands them out, with
the tables locked on PostgreSQL), so a batch records their range rather than a row per
contact; the tags and households it created likewise. A contact it updated is recorded
with its values before the import and the version the import left, so undoing can tell
whether someone changed it since.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.storage.models.base import Base, now


class ImportBatchRow(Base):
    __tablename__ = "import_batches"
    __table_args__ = (Index("ix_import_batches_at", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    user: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    layout: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    added: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # {"contacts": [first, last], "tags": [first, last], "households": [first, last]}:
    # the id ranges of what the import created (a kind is absent when it created none).
    created: Mapped[Any] = mapped_column(JSON, nullable=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ImportBatchUpdateRow(Base):
    """A contact an import updated: its values before, and the version the import left."""

    __tablename__ = "import_batch_updates"
    __table_args__ = (Index("ix_import_batch_updates_batch_id", "batch_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[int] = mapped_column(Integer, nullable=False)
    version_after: Mapped[int] = mapped_column(Integer, nullable=False)
    before: Mapped[Any] = mapped_column(JSON, nullable=False)
