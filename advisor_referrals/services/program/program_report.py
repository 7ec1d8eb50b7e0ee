"""The referral program's part of the quarterly report, gathered once for every format."""

from __future__ import annotations

from datetime import date

from advisor_referrals.domain.period import Period
from advisor_referrals.domain.program_report import EventOutcome, ProgramOutcome, ProgramReport
from advisor_referrals.domain.what_works import Dimension, Outcome
from advisor_referrals.services.program.client_events import EventService
from advisor_referrals.services.program.goals import GoalService
from advisor_referrals.services.program.programs import ProgramService
from advisor_referrals.services.program.what_works import WhatWorksService


class ProgramReporting:
    def __init__(
        self,
        goals: GoalService,
        programs: ProgramService,
        events: EventService,
        what_works: WhatWorksService,
    ) -> None:
        self.goals = goals
        self.programs = programs
        self.events = events
        self.what_works = what_works

    def gather(self, period: Period) -> ProgramReport:
        """Goals whose period overlaps this one, counted to its end; programs that ran in it
        and events held in it, with what they brought and cost."""
        as_of = period.end
        goals = self.goals.progress(self.goals.covering(period.start, period.end), as_of)
        works = self.what_works.compute(period)
        outcomes = {o.key: o for o in works.of(Dimension.PROGRAM)}
        programs = [
            ProgramOutcome(p, outcomes.get(str(p.id)) or Outcome(key=str(p.id), label=p.name))
            for p in self.programs.all()
            if str(p.id) in outcomes or _ran_during(p.starts_on, p.ends_on, p.active, period)
        ]
        events = [
            EventOutcome(e, self.events.results(e.id))
            for e in reversed(self.events.all())
            if period.start <= e.held_on <= period.end
        ]
        return ProgramReport(goals=goals, programs=programs, events=events, what_works=works)


def _ran_during(start: date | None, end: date | None, active: bool, period: Period) -> bool:
    if not active:
        return False
    return (start is None or start <= period.end) and (end is None or end >= period.start)
