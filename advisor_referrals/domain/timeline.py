"""A contact's timeline: every dated thing the book knows about one person, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class TimelineKind(StrEnum):
    ADDED = "added"
    BECAME_CLIENT = "became_client"
    TRIGGER = "trigger"
    REFERRAL_GIVEN = "referral_given"
    REFERRAL_RECEIVED = "referral_received"
    THANKED = "thanked"  # the contact was thanked for a referral
    REVIEW = "review"
    KIT = "kit"
    SENT_TO_COI = "sent_to_coi"
    RECEIVED_FROM_ADVISOR = "received_from_advisor"
    ASK = "ask"


class ReviewState(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    MISSED = "missed"


@dataclass(frozen=True, kw_only=True)
class TimelineEntry:
    """One event. Which fields are filled depends on the kind.

    `other_id`/`other_name`: the person on the other side (the referred friend, the
    referrer, the centre of influence, the person an ask led to). `status`: a ReferralStatus,
    ReviewState or AskOutcome value; `label` of an ask: its AskMethod value; of a thank-you:
    how it was given (a ThankYouMethod value). `number`: the NPS answer of a review, the
    page count of a kit. `flag`: a referral
    conversation was held (triggers and reviews).
    """

    kind: TimelineKind
    on: date
    record_id: int | None = None
    label: str = ""
    other_id: int | None = None
    other_name: str = ""
    status: str | None = None
    number: int | None = None
    flag: bool = False
    notes: str = ""


def review_state(
    scheduled_for: date | None,
    completed_on: date | None,
    cancelled_on: date | None,
    today: date,
    missed: bool = False,
) -> ReviewState:
    """A past booking with no outcome shows as missed until one is recorded."""
    if completed_on is not None:
        return ReviewState.COMPLETED
    if missed:
        return ReviewState.MISSED
    if cancelled_on is not None:
        return ReviewState.CANCELLED
    if scheduled_for is not None and scheduled_for < today:
        return ReviewState.MISSED
    return ReviewState.SCHEDULED
