"""Referrals, the dated history of their moves, and referrals the advisor sends to centres of influence."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    and_,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    ThankYouMethod,
)
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.storage.models.base import Base, for_dialect, now, one_of
from advisor_referrals.storage.models.contacts import ContactRow
from advisor_referrals.storage.models.triggers import TriggerRow


class ReferralRow(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(one_of("status", ReferralStatus), name="status"),
        CheckConstraint(one_of("channel", Channel, nullable=True), name="channel"),
        CheckConstraint(one_of("comp_kind", CompensationKind, nullable=True), name="comp_kind"),
        CheckConstraint(one_of("thanked_by", ThankYouMethod, nullable=True), name="thanked_by"),
        CheckConstraint("referrer_id <> referred_id", name="not_self"),
        CheckConstraint(
            "converted_on IS NULL OR converted_on >= received_on", name="converted_after_received"
        ),
        CheckConstraint("comp_value_cents IS NULL OR comp_value_cents >= 0", name="comp_value"),
        CheckConstraint(
            "(comp_kind IS NULL) = (comp_value_cents IS NULL)", name="comp_kind_with_value"
        ),
        Index("ix_referrals_referrer_id", "referrer_id", "received_on"),
        Index("ix_referrals_referred_id", "referred_id"),
        Index("ix_referrals_received_on", "received_on"),
        Index("ix_referrals_converted_on", "converted_on"),
        Index("ix_referrals_status", "status"),
        Index("ix_referrals_trigger_id", "trigger_id"),
        CheckConstraint(one_of("how_heard", HowHeard, nullable=True), name="how_heard"),
        CheckConstraint("minutes >= 0", name="minutes"),
        Index("ix_referrals_program_id", "program_id"),
        Index("ix_referrals_kit_code", "kit_code"),
        # The follow-up lists of the Today view, oldest first (migration 0014), in the
        # lists' own order to the id (0016): their first rows are its first entries.
        Index("ix_referrals_follow_up", "status", "first_contacted_on", "received_on", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referrer_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    referred_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=ReferralStatus.NEW.value
    )
    channel: Mapped[str | None] = mapped_column(String(16))
    first_contacted_on: Mapped[date | None] = mapped_column(Date)
    thanked_on: Mapped[date | None] = mapped_column(Date)
    thanked_by: Mapped[str | None] = mapped_column(String(16))  # migration 0014
    converted_on: Mapped[date | None] = mapped_column(Date)
    trigger_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation_triggers.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    comp_kind: Mapped[str | None] = mapped_column(String(16))
    comp_value_cents: Mapped[int | None] = mapped_column(BigInteger)
    comp_currency: Mapped[str | None] = mapped_column(String(3))
    comp_agreement_on_file: Mapped[bool | None] = mapped_column(Boolean)
    comp_disclosure_delivered_on: Mapped[date | None] = mapped_column(Date)
    # The referral program (migration 0010): docs/design.md, "Referral program".
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="SET NULL"))
    why_refer: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    why_refer_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    how_heard: Mapped[str | None] = mapped_column(String(24))
    kit_code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )

    referrer: Mapped[ContactRow] = relation(foreign_keys=[referrer_id])
    referred: Mapped[ContactRow] = relation(foreign_keys=[referred_id])
    trigger: Mapped[TriggerRow | None] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReferralStatusChangeRow(Base):
    """Each move of a referral through the pipeline, dated: the history the quarterly figures
    are counted from, as of a quarter's end (docs/design.md, "Metrics")."""

    __tablename__ = "referral_status_changes"
    __table_args__ = (
        # A referral's moves in date order, with the status each moved to: its status on a
        # day is one probe of the index alone (migration 0018).
        Index(
            "ix_referral_status_changes_referral_id",
            "referral_id",
            "changed_on",
            "id",
            "to_status",
        ),
        # A quarter's conversions are the moves to `converted` dated in it.
        Index("ix_referral_status_changes_to_status", "to_status", "changed_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False
    )
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16), nullable=False)
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    user: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class OutboundReferralRow(Base):
    """A client the advisor sent to a centre of influence: the other half of reciprocity."""

    __tablename__ = "outbound_referrals"
    __table_args__ = (
        CheckConstraint("coi_id <> contact_id", name="not_self"),
        Index("ix_outbound_referrals_coi_id", "coi_id", "sent_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coi_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)

    coi: Mapped[ContactRow] = relation(foreign_keys=[coi_id])
    contact: Mapped[ContactRow] = relation(foreign_keys=[contact_id])
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# Compensated referrals still waiting for their disclosure (migration 0014): few, and the
# Today view lists and counts them every time it opens.
_UNDISCLOSED = and_(
    ReferralRow.comp_kind.is_not(None), ReferralRow.comp_disclosure_delivered_on.is_(None)
)
_UNDISCLOSED_INDEX = Index("ix_referrals_undisclosed", ReferralRow.received_on)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_UNDISCLOSED_INDEX, _dialect, where=_UNDISCLOSED)
