"""The referral program: written programs, SMART goals, and the rewards referrers are owed."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.domain.goals import PeriodKind
from advisor_referrals.domain.program import Audience, ProgramKind, RewardKind, RewardWhen
from advisor_referrals.storage.models.base import Base, now, one_of


class ProgramRow(Base):
    __tablename__ = "programs"
    __table_args__ = (
        CheckConstraint(one_of("kind", ProgramKind), name="kind"),
        CheckConstraint(one_of("audience", Audience), name="audience"),
        CheckConstraint(one_of("reward_kind", RewardKind), name="reward_kind"),
        CheckConstraint(one_of("reward_when", RewardWhen), name="reward_when"),
        CheckConstraint(
            "kind <> 'limited_time' OR (starts_on IS NOT NULL AND ends_on IS NOT NULL)",
            name="limited_has_dates",
        ),
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="ends_after_start"
        ),
        CheckConstraint(
            "reward_value_cents IS NULL OR reward_value_cents >= 0", name="reward_value"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    audience: Mapped[str] = mapped_column(String(24), nullable=False)
    audience_value: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reward_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    reward_value_cents: Mapped[int | None] = mapped_column(BigInteger)
    reward_when: Mapped[str] = mapped_column(String(16), nullable=False)
    reward_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    friend_offer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kit_wording: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class GoalRow(Base):
    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint(one_of("period_kind", PeriodKind), name="period_kind"),
        CheckConstraint("target > 0", name="target"),
        CheckConstraint(
            "(period_kind = 'year' AND quarter IS NULL) "
            "OR (period_kind = 'quarter' AND quarter BETWEEN 1 AND 4)",
            name="quarter",
        ),
        Index("ix_goals_year", "year", "quarter"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Not a closed vocabulary in the schema: figures join the registry without a migration
    # (domain/goals.py); the service checks the key.
    figure: Mapped[str] = mapped_column(String(40), nullable=False)
    target: Mapped[int] = mapped_column(Integer, nullable=False)
    period_kind: Mapped[str] = mapped_column(String(8), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RewardRow(Base):
    """What the referrer of one referral is owed under a program; given once given_on is set."""

    __tablename__ = "rewards"
    __table_args__ = (
        CheckConstraint(one_of("kind", RewardKind), name="kind"),
        CheckConstraint("value_cents IS NULL OR value_cents >= 0", name="value"),
        CheckConstraint("due_on >= earned_on", name="due_after_earned"),
        Index("ix_rewards_due_on", "given_on", "due_on"),
        Index("ix_rewards_program_id", "program_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    value_cents: Mapped[int | None] = mapped_column(BigInteger)
    earned_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    given_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
