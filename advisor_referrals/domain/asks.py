"""Asks: a client asked for an introduction, how, and what they said (docs/design.md, "Vocabulary").

An ask is its own record, apart from the life events (triggers) that prompt one. The
ask list's fatigue guard reads asks, and the quarterly figures count them
(docs/design.md, "Metrics": asks, and the share that led to an introduction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from advisor_referrals.domain.contacts import NOTES_MAX, date_problem
from advisor_referrals.domain.enums import allowed
from advisor_referrals.domain.errors import Problem

# An ask led to an introduction when one arrives within this many days of it.
INTRODUCTION_WINDOW_DAYS = 90


class AskMethod(StrEnum):
    """How the client was asked."""

    REVIEW = "review"
    CALL = "call"
    EVENT = "event"
    KIT = "kit"


class AskOutcome(StrEnum):
    """What the client said."""

    WILL_THINK = "will_think"
    INTRODUCED = "introduced"
    DECLINED = "declined"
    NOT_NOW = "not_now"


METHOD_LABELS: dict[AskMethod, str] = {
    AskMethod.REVIEW: "At a review",
    AskMethod.CALL: "On a call",
    AskMethod.EVENT: "At an event",
    AskMethod.KIT: "Handed a referral kit",
}
OUTCOME_LABELS: dict[AskOutcome, str] = {
    AskOutcome.WILL_THINK: "Will think of someone",
    AskOutcome.INTRODUCED: "Introduced someone",
    AskOutcome.DECLINED: "Declined",
    AskOutcome.NOT_NOW: "Not now",
}


@dataclass(frozen=True, kw_only=True)
class AskFields:
    contact_id: int
    asked_on: date
    method: AskMethod
    outcome: AskOutcome
    referral_id: int | None = None  # the introduction it led to, when one is recorded
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Ask(AskFields):
    id: int
    version: int = 1
    contact_name: str = ""
    referred_name: str = ""  # the person the linked referral introduced

    def as_fields(self) -> AskFields:
        return AskFields(
            contact_id=self.contact_id,
            asked_on=self.asked_on,
            method=self.method,
            outcome=self.outcome,
            referral_id=self.referral_id,
            notes=self.notes,
        )


def validate_ask(ask: AskFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(ask.method, AskMethod):
        problems.append(Problem(where, "method", str(ask.method), f"allowed: {allowed(AskMethod)}"))
    if not isinstance(ask.outcome, AskOutcome):
        problems.append(
            Problem(where, "outcome", str(ask.outcome), f"allowed: {allowed(AskOutcome)}")
        )
    if message := date_problem(ask.asked_on):
        problems.append(Problem(where, "asked_on", ask.asked_on.isoformat(), message))
    if len(ask.notes) > NOTES_MAX:
        problems.append(
            Problem(where, "notes", f"{len(ask.notes)} characters", f"at most {NOTES_MAX}")
        )
    return problems
