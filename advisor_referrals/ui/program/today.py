"""The referral program on the Today page: goals with their pace, rewards due, and the
guests of client events waiting for a follow-up call.

The three load together (`ProgramTodayGroup`), from one statement: on a practice's
server each is a round trip (docs/design.md, "Budgets"). Goals are the practice's;
rewards and guests follow the page's scope."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from advisor_referrals.domain.client_events import Guest
from advisor_referrals.domain.goals import GoalProgress
from advisor_referrals.domain.program import Reward
from advisor_referrals.services.program.program_today import ProgramToday, ProgramTodayService
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import (
    CONTACT,
    EVENT,
    EVENT_GUEST,
    GOAL,
    OUTBOUND_REFERRAL,
    REFERRAL,
    REVIEW,
    REWARD,
)
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.controller import ProgramController
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.today_sections import Action, ListSection
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import run_task

C = "Today"
SHOWN = 10


class ProgramTodayGroup(QObject):
    """The program's sections: loaded as one piece of work from one statement, whichever
    of them asked."""

    def __init__(self, service: ProgramTodayService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def load(self, sections: Sequence[TodaySection]) -> None:
        if not sections:
            return
        service, today = self.service, date.today()
        scope = sections[0].scope  # the page sets one scope for all its sections
        members = list(sections)

        def show(found: ProgramToday) -> None:
            for section in members:
                if isinstance(section, GoalsSection):
                    section.show_progress(found.goals)
                elif isinstance(section, RewardsDueSection):
                    section.got((list(found.rewards), found.rewards_total))
                elif isinstance(section, GuestsSection):
                    section.got((list(found.guests), found.guests_total))

        run_task(self, lambda _p: service.load(today, SHOWN, scope), show)


class GoalsSection(TodaySection):
    """This quarter's and this year's goals: how far along each is, and its pace."""

    wide = True
    follows = (GOAL, REFERRAL, CONTACT, REVIEW, OUTBOUND_REFERRAL)

    def __init__(self, group: ProgramTodayGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = self.group = group
        self.progress: list[GoalProgress] = []
        self.heading = self.make_heading(self.title())
        self.empty = QLabel(tr(C, "No goals for this quarter. Set them on the Program page."))
        set_role(self.empty, "muted")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        self.rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        self.empty.hide()

    def title(self) -> str:
        return tr(C, "Goals")

    def refresh(self) -> None:
        self.loader.load([self])

    def show_progress(self, progress: list[GoalProgress]) -> None:
        self.progress = progress
        for widgets in self.rows:
            for widget in widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self.empty.setVisible(not progress)
        for row, p in enumerate(progress):
            name = QLabel(f"{labels.figure(p.goal.figure)} · {p.goal.period_label}")
            bar = QProgressBar()
            bar.setRange(0, p.goal.target)
            bar.setValue(min(p.actual, p.goal.target))
            bar.setFormat(
                tr(C, "{0} of {1}").format(formats.count(p.actual), formats.count(p.goal.target))
            )
            bar.setTextVisible(True)
            pace = QLabel(labels.pace(p.pace))
            pace.setStyleSheet(f"color: {labels.PACE_COLOURS[p.pace]}; font-weight: bold;")
            pace.setToolTip(
                tr(C, "Where a straight line to the target stands today: {0:.0f}").format(
                    p.expected
                )
            )
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(pace, row, 2, Qt.AlignmentFlag.AlignLeft)
            self.rows.append((name, bar, pace))
        self.grid.setColumnStretch(1, 1)
        self.heading.setText(f"{self.title()} ({len(progress)})" if progress else self.title())


class RewardsDueSection(ListSection):
    """Rewards owed under a program that fall due within a week."""

    follows = (REWARD, REFERRAL, CONTACT)

    def __init__(
        self,
        group: ProgramTodayGroup,
        referrals: ReferralController,
        program: ProgramController,
    ) -> None:
        self.loader = self.group = group
        self.program = program
        super().__init__(referrals)

    def refresh(self) -> None:
        self.loader.load([self])

    def title(self) -> str:
        return tr(C, "Rewards due")

    def headers(self) -> list[str]:
        return [tr(C, "Due"), tr(C, "Referrer"), tr(C, "For introducing"), tr(C, "Reward")]

    def cells(self, row: Any) -> list[str]:
        assert isinstance(row, Reward)
        return [
            formats.short_date(row.due_on),
            row.referrer_name,
            row.referred_name,
            labels.reward_kind(row.kind),
        ]

    def row_actions(self, row: Any) -> list[Action]:
        assert isinstance(row, Reward)
        return [(tr(C, "Given…"), lambda: self.program.give_reward(row))]

    def empty_text(self) -> str:
        return tr(C, "No rewards due this week.")


class GuestsSection(ListSection):
    """Friends clients brought to an event, waiting for the advisor's first call."""

    follows = (EVENT_GUEST, EVENT, REFERRAL, CONTACT)

    def __init__(self, group: ProgramTodayGroup, referrals: ReferralController) -> None:
        self.loader = self.group = group
        super().__init__(referrals)

    def refresh(self) -> None:
        self.loader.load([self])

    def title(self) -> str:
        return tr(C, "Event guests to follow up")

    def headers(self) -> list[str]:
        return [tr(C, "Guest"), tr(C, "Brought by"), tr(C, "Event on")]

    def cells(self, row: Any) -> list[str]:
        assert isinstance(row, Guest)
        return [row.contact_name, row.host_name, formats.short_date(row.held_on)]

    def row_actions(self, row: Any) -> list[Action]:
        assert isinstance(row, Guest)
        referral, version = row.referral_id, row.referral_version
        if referral is None or version is None:
            return []
        controller = self.controller
        return [
            (
                tr(C, "Called"),
                lambda: controller.record_first_contact(referral, version, row.contact_name),
            ),
            (tr(C, "Open"), lambda: controller.open_referral(referral)),
        ]

    def empty_text(self) -> str:
        return tr(C, "Every guest has had a call.")


def program_today_sections(
    services: BookServices, referrals: ReferralController, program: ProgramController
) -> list[TodaySection]:
    group = ProgramTodayGroup(services.program_today, program)
    return [
        GoalsSection(group),
        RewardsDueSection(group, referrals, program),
        GuestsSection(group, referrals),
    ]
