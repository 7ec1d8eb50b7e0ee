"""Asks: a client asked for an introduction, dated, with how and what came of it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.storage.models.base import Base, now, one_of
from advisor_referrals.storage.models.contacts import ContactRow
from advisor_referrals.storage.models.referrals import ReferralRow


class AskRow(Base):
    __tablename__ = "asks"
    __table_args__ = (
        CheckConstraint(one_of("method", AskMethod), name="method"),
        CheckConstraint(one_of("outcome", AskOutcome), name="outcome"),
        # The fatigue guard reads a client's latest ask; the figures read a quarter's asks.
        Index("ix_asks_contact_id", "contact_id", "asked_on"),
        Index("ix_asks_asked_on", "asked_on"),
        Index("ix_asks_referral_id", "referral_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    asked_on: Mapped[date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )

    contact: Mapped[ContactRow] = relation()
    referral: Mapped[ReferralRow | None] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
