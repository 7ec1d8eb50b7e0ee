"""The trigger-kind library and the conversation triggers logged for contacts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.storage.models.base import Base, now
from advisor_referrals.storage.models.contacts import ContactRow


class TriggerKindRow(Base):
    __tablename__ = "trigger_kinds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    talking_point: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class TriggerRow(Base):
    __tablename__ = "conversation_triggers"
    __table_args__ = (
        Index("ix_conversation_triggers_contact", "contact_id", "occurred_on"),
        # A quarter's triggers by kind from the index alone (migration 0018).
        Index("ix_conversation_triggers_occurred_on", "occurred_on", "kind_id", "id"),
        Index("ix_conversation_triggers_kind_id", "kind_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    kind_id: Mapped[int] = mapped_column(ForeignKey("trigger_kinds.id"), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    referral_conversation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )

    contact: Mapped[ContactRow] = relation()
    kind: Mapped[TriggerKindRow] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
