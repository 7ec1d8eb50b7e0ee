"""Print our referral program: gather the written plan and write it with the renderer the
composition root passes in (docs/design.md, "Layers": the use case here, the renderer in
reports/)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from advisor_referrals.domain.errors import NotAvailableError
from advisor_referrals.domain.program_plan import AskRule, ProgramPlan, who
from advisor_referrals.services.program.goals import GoalService
from advisor_referrals.services.program.program_settings import ProgramSettings
from advisor_referrals.services.program.programs import ProgramService
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.files import write_atomically

PlanRenderer = Callable[[ProgramPlan], bytes]


class ProgramPlanService:
    def __init__(
        self,
        settings: SettingsService,
        program_settings: ProgramSettings,
        programs: ProgramService,
        goals: GoalService,
        ask_list: AskListService,
        render: PlanRenderer | None,
    ) -> None:
        self.settings = settings
        self.program_settings = program_settings
        self.programs = programs
        self.goals = goals
        self.ask_list = ask_list
        self.render_plan = render

    def gather(self, today: date | None = None) -> ProgramPlan:
        day = today or date.today()
        programs = tuple(
            p for p in self.programs.all() if p.active and (p.ends_on is None or p.ends_on >= day)
        )
        interval = self.ask_list.interval_days()
        asks = [
            AskRule(
                "The advisor asks engaged clients and tier A clients",
                "after a review where they score us 9 or 10, or when a life event is logged "
                f"(a home, a retirement, a new child); never twice within {interval} days, and "
                "never someone who asked not to be asked.",
            ),
            AskRule(
                "The advisor asks centres of influence",
                "when a shared client is well served, and returns the favour: introductions "
                "sent to them are counted beside those received.",
            ),
        ]
        asks += [
            AskRule(
                f"“{p.name}”",
                f"is told to {who(p)[0].lower()}{who(p)[1:]} at every review, and printed on "
                "their kits.",
            )
            for p in programs
        ]
        return ProgramPlan(
            profile=self.settings.profile(),
            made_on=day,
            programs=programs,
            goals=tuple(self.goals.current(day)),
            asks=tuple(asks),
            reasons=self.program_settings.reasons(),
            hourly_value=self.program_settings.hourly_value(),
        )

    def render(self, plan: ProgramPlan) -> bytes:
        if self.render_plan is None:
            raise NotAvailableError("this build cannot print the referral program")
        return self.render_plan(plan)

    def write(self, path: Path, today: date | None = None) -> Path:
        """Write the plan as a PDF, whole or not at all, and note it in the audit trail."""
        data = self.render(self.gather(today))
        write_atomically(path, data)
        BookWriter(self.settings.book, "program").note(
            "export", f"Printed the referral program to {path.name}"
        )
        return path
