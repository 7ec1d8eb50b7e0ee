"""Portfolio reviews and the NPS answer given at them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.domain.enums import ReviewKind, allowed
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.text_rules import text_problem

DEFAULT_CADENCE = {"A": 4, "B": 2, "C": 1}


@dataclass(frozen=True, kw_only=True)
class ReviewFields:
    contact_id: int
    scheduled_for: date | None = None
    scheduled_time: time | None = None
    kind: ReviewKind | None = None
    completed_on: date | None = None
    nps: int | None = None
    feedback_requested: bool = False
    referral_conversation: bool = False
    notes: str = ""
    cancelled_on: date | None = None
    # A missed review is closed like a cancelled one (cancelled_on is the day that was
    # recorded) and says the client did not come.
    missed: bool = False


@dataclass(frozen=True, kw_only=True)
class Review(ReviewFields):
    id: int
    version: int = 1
    contact_name: str = ""
    rescheduled_from_id: int | None = None


class ReviewOutcome(StrEnum):
    """What became of a booked review whose day has passed."""

    HELD = "held"
    MISSED = "missed"
    CANCELLED = "cancelled"


def validate_review(review: ReviewFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []
    if message := text_problem(review.notes or "", multiline=True):
        problems.append(Problem(where, "notes", review.notes, message))
    if review.scheduled_for is None and review.completed_on is None:
        problems.append(
            Problem(where, "scheduled_for", None, "a review needs scheduled_for or completed_on")
        )
    if review.nps is not None and not (isinstance(review.nps, int) and 0 <= review.nps <= 10):
        problems.append(Problem(where, "nps", str(review.nps), "a whole number from 0 to 10"))
    if review.kind is not None and not isinstance(review.kind, ReviewKind):
        problems.append(Problem(where, "kind", str(review.kind), f"allowed: {allowed(ReviewKind)}"))
    for name in ("scheduled_for", "completed_on", "cancelled_on"):
        value = getattr(review, name)
        if value is not None and (message := date_problem(value)):
            problems.append(Problem(where, name, value.isoformat(), message))
    if review.missed and review.cancelled_on is None:
        problems.append(Problem(where, "missed", "true", "a missed review needs cancelled_on"))
    if review.missed and review.completed_on is not None:
        problems.append(Problem(where, "missed", "true", "a completed review was not missed"))
    if review.nps is not None and review.completed_on is None:
        problems.append(Problem(where, "nps", str(review.nps), "an NPS answer needs completed_on"))
    return problems
