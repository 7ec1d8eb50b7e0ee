"""Conversation triggers: life events logged for a contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.text_rules import text_problem


@dataclass(frozen=True, kw_only=True)
class TriggerFields:
    contact_id: int
    kind: str
    occurred_on: date
    referral_conversation: bool = False
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class ConversationTrigger(TriggerFields):
    id: int
    version: int = 1
    contact_name: str = ""
    kind_label: str = ""


def validate_trigger(
    trigger: TriggerFields, known_kinds: set[str], where: str = ""
) -> list[Problem]:
    problems: list[Problem] = []
    if message := text_problem(trigger.notes or "", multiline=True):
        problems.append(Problem(where, "notes", trigger.notes, message))
    if trigger.kind not in known_kinds:
        problems.append(
            Problem(where, "kind", trigger.kind, f"allowed: {', '.join(sorted(known_kinds))}")
        )
    if message := date_problem(trigger.occurred_on):
        problems.append(Problem(where, "occurred_on", trigger.occurred_on.isoformat(), message))
    return problems
