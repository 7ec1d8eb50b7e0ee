"""Outbound referrals: clients the advisor sends to a centre of influence, and reciprocity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.contacts import NOTES_MAX, date_problem
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.text_rules import text_problem


@dataclass(frozen=True, kw_only=True)
class OutboundFields:
    coi_id: int
    contact_id: int
    sent_on: date
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OutboundReferral(OutboundFields):
    id: int
    version: int = 1
    coi_name: str = ""
    contact_name: str = ""


@dataclass(frozen=True, kw_only=True)
class Reciprocity:
    """A centre of influence with the referrals that went each way."""

    coi_id: int
    name: str
    profession: str | None
    received: int
    received_converted: int
    sent: int
    last_received_on: date | None
    last_sent_on: date | None

    @property
    def balance(self) -> int:
        """Positive when they send more than they get."""
        return self.received - self.sent


def validate_outbound(fields: OutboundFields) -> list[Problem]:
    problems: list[Problem] = []
    if fields.coi_id == fields.contact_id:
        problems.append(
            Problem("", "contact", str(fields.contact_id), "cannot refer a contact to themselves")
        )
    if message := date_problem(fields.sent_on):
        problems.append(Problem("", "sent_on", fields.sent_on.isoformat(), message))
    if len(fields.notes) > NOTES_MAX:
        problems.append(Problem("", "notes", None, f"at most {NOTES_MAX} characters"))
    elif message := text_problem(fields.notes, multiline=True):
        problems.append(Problem("", "notes", fields.notes, message))
    return problems
