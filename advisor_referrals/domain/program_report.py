"""What the quarterly report says about the referral program: goals and their pace, the
programs and events of the quarter, and what a new client cost (docs/design.md, "Metrics")."""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor_referrals.domain.client_events import ClientEvent, EventResults
from advisor_referrals.domain.goals import GoalProgress
from advisor_referrals.domain.program import Program
from advisor_referrals.domain.what_works import Dimension, Outcome, WhatWorks


@dataclass(frozen=True)
class ProgramOutcome:
    program: Program
    outcome: Outcome


@dataclass(frozen=True)
class EventOutcome:
    event: ClientEvent
    results: EventResults


@dataclass(frozen=True)
class ProgramReport:
    goals: list[GoalProgress]
    programs: list[ProgramOutcome]
    events: list[EventOutcome]
    what_works: WhatWorks
    compared: tuple[Dimension, ...] = field(
        default=(
            Dimension.CHANNEL,
            Dimension.REWARD_KIND,
            Dimension.HOW_HEARD,
            Dimension.KIT,
            Dimension.TRIGGER,
            Dimension.WHY_REFER,
        )
    )

    @property
    def is_empty(self) -> bool:
        return not (self.goals or self.programs or self.events or self.what_works.book.referrals)
