"""The history of kits generated for each contact."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.storage.models.base import Base, now


class KitHistoryRow(Base):
    __tablename__ = "kit_history"
    __table_args__ = (
        Index("ix_kit_history_contact_id", "contact_id", "generated_at"),
        Index("ix_kit_history_code", "code"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    generated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    generated_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    page_size: Mapped[str] = mapped_column(String(10), nullable=False, default="letter")
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    # The code printed on the kit's cards, so "how they heard" can name the kit (0010).
    code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
