"""Portfolio reviews and the review cadence per service tier."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    and_,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.domain.enums import (
    ReviewKind,
    Tier,
)
from advisor_referrals.storage.models.base import Base, for_dialect, now, one_of
from advisor_referrals.storage.models.contacts import ContactRow


class ReviewCadence(Base):
    __tablename__ = "review_cadence"
    __table_args__ = (
        CheckConstraint(one_of("tier", Tier), name="tier"),
        CheckConstraint("reviews_per_year BETWEEN 1 AND 12", name="reviews_per_year"),
    )
    tier: Mapped[str] = mapped_column(String(1), primary_key=True)
    reviews_per_year: Mapped[int] = mapped_column(Integer, nullable=False)


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps"),
        CheckConstraint(one_of("kind", ReviewKind, nullable=True), name="kind"),
        CheckConstraint(
            "scheduled_for IS NOT NULL OR completed_on IS NOT NULL", name="scheduled_or_completed"
        ),
        # A client's reviews by day, with what the evidence window reads of them (the
        # NPS answer, feedback asked), so that it reads the index alone (migration 0019).
        Index("ix_reviews_contact", "contact_id", "completed_on", "nps", "feedback_requested"),
        # A quarter's reviews booked and completed, each a range read from its index alone
        # with what the quarterly figures read of them (migration 0018).
        Index("ix_reviews_scheduled_for", "scheduled_for", "contact_id", "completed_on", "id"),
        Index(
            "ix_reviews_completed_on", "completed_on", "contact_id", "nps", "scheduled_for", "id"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    scheduled_for: Mapped[date | None] = mapped_column(Date)
    scheduled_time: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[str | None] = mapped_column(String(16))
    completed_on: Mapped[date | None] = mapped_column(Date)
    nps: Mapped[int | None] = mapped_column(Integer)
    feedback_requested: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    referral_conversation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    missed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )  # migration 0014
    rescheduled_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )

    contact: Mapped[ContactRow] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# Which review replaced this one (the metrics' "not rescheduled since"; migration 0003).
# Partial, so that the planner's statistics describe the few reviews that have the link.
_RESCHEDULED = Index("ix_reviews_rescheduled_from_id", ReviewRow.rescheduled_from_id)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_RESCHEDULED, _dialect, where=ReviewRow.rescheduled_from_id.isnot(None))


# Open bookings (neither completed nor cancelled), by day and by client (migration 0014):
# the Today view's counts, the bookings of a week, each client's next booking. Partial,
# so each holds the few thousand open bookings rather than every review of the book.
_OPEN = and_(ReviewRow.completed_on.is_(None), ReviewRow.cancelled_on.is_(None))
_OPEN_SCHEDULED_FOR = Index(
    "ix_reviews_open_scheduled_for", ReviewRow.scheduled_for, ReviewRow.contact_id
)
_OPEN_CONTACT = Index("ix_reviews_open_contact", ReviewRow.contact_id, ReviewRow.scheduled_for)
# And in the order the Today view lists a week's bookings (migration 0020): by day, a
# time before none, by time, then by client; its first entries are the first rows shown.
_OPEN_DAY_TIME = Index(
    "ix_reviews_open_day_time",
    ReviewRow.scheduled_for,
    ReviewRow.scheduled_time.is_(None),
    ReviewRow.scheduled_time,
    ReviewRow.contact_id,
)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_OPEN_SCHEDULED_FOR, _dialect, where=_OPEN)
    for_dialect(_OPEN_CONTACT, _dialect, where=_OPEN)
    for_dialect(_OPEN_DAY_TIME, _dialect, where=_OPEN)


# Each client's reviews where referrals came up, by day (migration 0023): the ask list
# shows when each candidate was last talked to about referrals, and read that from the
# table's rows, a few per candidate, 56,000 candidates at a million contacts. Partial:
# about one review in eight.
_CONVERSATIONS = Index("ix_reviews_conversations", ReviewRow.contact_id, ReviewRow.completed_on)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_CONVERSATIONS, _dialect, where=ReviewRow.referral_conversation.is_(True))
