"""Client appreciation events, the clients invited to them, and the friends they brought."""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.domain.client_events import Rsvp
from advisor_referrals.storage.models.base import Base, now, one_of


class EventRow(Base):
    __tablename__ = "client_events"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        CheckConstraint("cost_cents >= 0", name="cost"),
        CheckConstraint("minutes >= 0", name="minutes"),
        Index("ix_client_events_held_on", "held_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    cost_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class InvitationRow(Base):
    __tablename__ = "event_invitations"
    __table_args__ = (
        UniqueConstraint("event_id", "contact_id"),
        CheckConstraint(one_of("rsvp", Rsvp), name="rsvp"),
        CheckConstraint("guest_places BETWEEN 0 AND 20", name="guest_places"),
        Index("ix_event_invitations_contact_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("client_events.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    guest_places: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    rsvp: Mapped[str] = mapped_column(String(8), nullable=False, default=Rsvp.PENDING.value)
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    invited_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class GuestRow(Base):
    """A friend a host brought: a contact, and the referral (channel event) recording it."""

    __tablename__ = "event_guests"
    __table_args__ = (
        UniqueConstraint("event_id", "contact_id"),
        CheckConstraint("host_id <> contact_id", name="not_own_guest"),
        Index("ix_event_guests_referral_id", "referral_id"),
        Index("ix_event_guests_contact_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("client_events.id", ondelete="CASCADE"), nullable=False
    )
    host_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id", ondelete="SET NULL"))
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
