"""The written referral program: what "Print our referral program" puts on paper.

The research behind the app says to write the program down before running it: the
programs, the goals and how they are measured, who asks whom and when, the rewards and
the compliance terms that come with them (docs/design.md, "Referral program").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from advisor_referrals.domain.goals import GoalProgress
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.program import Audience, Program, ProgramKind, RewardWhen
from advisor_referrals.domain.referrals import DE_MINIMIS

AUDIENCE_WORDS: dict[Audience, str] = {
    Audience.CLIENTS: "Every client",
    Audience.CENTERS_OF_INFLUENCE: "Centres of influence (accountants, attorneys and others)",
    Audience.SEGMENT: "Clients in the {0} segment",
    Audience.TAG: "Contacts tagged “{0}”",
}
WHEN_WORDS: dict[RewardWhen, str] = {
    RewardWhen.INTRODUCTION: "when the introduction is made",
    RewardWhen.FIRST_MEETING: "after the first meeting with the friend",
    RewardWhen.BECAME_CLIENT: "when the friend becomes a client",
}


def who(program: Program) -> str:
    return AUDIENCE_WORDS[program.audience].format(program.audience_value)


def runs(program: Program) -> str:
    if program.kind is ProgramKind.LIMITED_TIME and program.starts_on and program.ends_on:
        return (
            f"Limited time, {program.starts_on.isoformat()} to {program.ends_on.isoformat()}: "
            "the deadline gives a reason to act now."
        )
    return "Evergreen: remind the people it is for at every review."


def compliance_terms(program: Program) -> str:
    if not program.is_compensation:
        return (
            "Not compensation: an invitation to an event held for clients. No Marketing Rule "
            "disclosure is needed for it."
        )
    return (
        "Compensation under the SEC Marketing Rule (206(4)-1): the person referred receives a "
        "written disclosure that the referrer is compensated and on what terms, before or when "
        f"the referral is made; above ${DE_MINIMIS:,.0f} to one referrer in twelve months, a "
        "written agreement with the referrer is on file. Every such reward is listed in the "
        "compliance ledger."
    )


@dataclass(frozen=True)
class AskRule:
    """One line of "who asks whom and when"."""

    who: str
    when: str


@dataclass(frozen=True)
class ProgramPlan:
    profile: AdvisorProfile
    made_on: date
    programs: tuple[Program, ...]
    goals: tuple[GoalProgress, ...]
    asks: tuple[AskRule, ...]
    reasons: tuple[str, ...]
    hourly_value: Decimal
