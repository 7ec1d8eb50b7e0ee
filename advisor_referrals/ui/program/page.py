"""The Program page: goals and their pace, the written programs, client events, rewards
owed and given, and what works. Each tab loads off the UI thread; a change to what a tab
shows reloads it (docs/design.md, "Changes and undo")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from advisor_referrals.domain.client_events import ClientEvent, EventResults
from advisor_referrals.domain.goals import GoalProgress
from advisor_referrals.domain.program import Program, ProgramKind, Reward
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.program.rewards import RewardFilter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import (
    CONTACT,
    EVENT,
    EVENT_GUEST,
    EVENT_INVITATION,
    GOAL,
    OUTBOUND_REFERRAL,
    PROGRAM,
    REFERRAL,
    REVIEW,
    REWARD,
    SETTING,
    BookEvents,
)
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.controller import ProgramController
from advisor_referrals.ui.program.tables import Cell, RecordTable
from advisor_referrals.ui.program.what_works_view import WhatWorksView
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import run_task

C = "Program"
EventRow = tuple[ClientEvent, EventResults]


def goal_cells(p: GoalProgress) -> list[Cell]:
    return [
        labels.figure(p.goal.figure),
        p.goal.period_label,
        formats.count(p.goal.target),
        formats.count(p.actual),
        formats.share(p.share, 0),
        (labels.pace(p.pace), labels.PACE_COLOURS[p.pace]),
        p.goal.notes,
    ]


def program_cells(p: Program) -> list[Cell]:
    runs = labels.program_kind(p.kind)
    if p.kind is ProgramKind.LIMITED_TIME and p.starts_on and p.ends_on:
        runs = f"{formats.short_date(p.starts_on)} – {formats.short_date(p.ends_on)}"
    reward = p.reward_text or labels.reward_kind(p.reward_kind)
    return [
        p.name,
        runs,
        labels.audience(p.audience) + (f": {p.audience_value}" if p.audience_value else ""),
        reward,
        labels.reward_when(p.reward_when),
        tr(C, "Running") if p.active else tr(C, "Ended"),
    ]


def event_cells(row: EventRow) -> list[Cell]:
    event, results = row
    per_client = results.cost_per_new_client
    return [
        formats.short_date(event.held_on),
        event.name,
        event.place,
        formats.count(results.invited),
        formats.count(results.guests),
        formats.count(results.converted),
        formats.money(event.cost),
        formats.money(per_client) if per_client is not None else "",
    ]


def reward_cells(r: Reward) -> list[Cell]:
    due = formats.short_date(r.due_on)
    return [
        (due, "#B23B3B") if r.owed and r.due_on < date.today() else due,
        r.referrer_name,
        r.referred_name,
        r.program_name,
        labels.reward_kind(r.kind),
        formats.money(r.value) if r.value is not None else "",
        formats.short_date(r.given_on) if r.given_on else tr(C, "Owed"),
        r.notes,
    ]


class ProgramPage(Page):
    key = "program"

    def __init__(
        self,
        services: BookServices,
        controller: ProgramController,
        events: BookEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.controller = controller
        heading = QLabel(tr(C, "Referral program"))
        set_role(heading, "heading")
        intro = QLabel(
            tr(
                C,
                "Write the program down, set goals on what the book counts, thank the people "
                "who refer, and see which programs, rewards, events and kits bring clients.",
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.tabs = QTabWidget(self)
        self.goals: RecordTable[GoalProgress] = RecordTable(
            [
                tr(C, "Goal"),
                tr(C, "Period"),
                tr(C, "Target"),
                tr(C, "So far"),
                tr(C, "Of target"),
                tr(C, "Pace"),
                tr(C, "Why"),
            ],
            goal_cells,
            tr(C, "No goals yet: set one for this quarter."),
            numeric=(2, 3, 4),
        )
        self.goals.add_action(tr(C, "&Set a goal…"), controller.new_goal)
        self.goals.add_row_action(tr(C, "&Edit…"), lambda g: controller.edit_goal(g.goal))
        self.goals.add_row_action(tr(C, "&Remove"), lambda g: controller.delete_goal(g.goal))
        self.programs: RecordTable[Program] = RecordTable(
            [
                tr(C, "Program"),
                tr(C, "Runs"),
                tr(C, "For"),
                tr(C, "The referrer receives"),
                tr(C, "When"),
                tr(C, ""),
            ],
            program_cells,
            tr(C, "No program yet: write one down."),
        )
        self.programs.add_action(tr(C, "&New program…"), controller.new_program)
        self.programs.add_row_action(tr(C, "&Edit…"), controller.edit_program)
        self.programs.add_row_action(tr(C, "&Delete"), controller.delete_program)
        self.programs.add_action(tr(C, "&Print our referral program…"), controller.print_plan)
        self.events: RecordTable[EventRow] = RecordTable(
            [
                tr(C, "Held"),
                tr(C, "Event"),
                tr(C, "Place"),
                tr(C, "Invited"),
                tr(C, "Guests"),
                tr(C, "New clients"),
                tr(C, "Cost"),
                tr(C, "Per new client"),
            ],
            event_cells,
            tr(C, "No client events yet."),
            numeric=(3, 4, 5, 6, 7),
        )
        self.events.add_action(tr(C, "&New event…"), controller.new_event)
        self.events.add_row_action(tr(C, "&Open…"), lambda e: controller.open_event(e[0]))
        self.events.add_row_action(tr(C, "&Delete"), lambda e: controller.delete_event(e[0]))
        self.rewards: RecordTable[Reward] = RecordTable(
            [
                tr(C, "Due"),
                tr(C, "Referrer"),
                tr(C, "Introduced"),
                tr(C, "Program"),
                tr(C, "Reward"),
                tr(C, "Value"),
                tr(C, "Given"),
                tr(C, "Note"),
            ],
            reward_cells,
            tr(
                C,
                "No rewards yet: they appear when a referral in a program "
                "reaches the step the program rewards.",
            ),
            numeric=(5,),
        )
        self.rewards.add_row_action(tr(C, "Reward &given…"), controller.give_reward)
        self.owed_only = QCheckBox(tr(C, "Owed only"), self.rewards)
        self.owed_only.toggled.connect(lambda _on: self._load_rewards())
        self.rewards.buttons.insertWidget(0, self.owed_only)
        self.what_works = WhatWorksView(services.what_works, self)
        for widget, title in (
            (self.goals, tr(C, "Goals")),
            (self.programs, tr(C, "Programs")),
            (self.events, tr(C, "Events")),
            (self.rewards, tr(C, "Rewards")),
            (self.what_works, tr(C, "What works")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.loads = 0  # finished loads, for tests
        self.follow(
            events,
            GOAL,
            PROGRAM,
            EVENT,
            EVENT_INVITATION,
            EVENT_GUEST,
            REWARD,
            REFERRAL,
            CONTACT,
            REVIEW,
            OUTBOUND_REFERRAL,
            SETTING,
        )

    def title(self) -> str:
        return tr("Pages", "Program")

    def apply_changes(self, changes: BookChanges) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.goals:
            goals = self.services.goals
            self._load(lambda: goals.progress(goals.all(), date.today()), self.goals.show_records)
        elif current is self.programs:
            self._load(self.services.programs.all, self.programs.show_records)
        elif current is self.events:
            events = self.services.events
            self._load(
                lambda: [(e, events.results(e.id)) for e in events.all()], self.events.show_records
            )
        elif current is self.rewards:
            self._load_rewards()
        else:
            self.what_works.refresh()

    def _load_rewards(self) -> None:
        flt = RewardFilter(owed_only=self.owed_only.isChecked())
        self._load(lambda: self.services.rewards.listed(flt), self.rewards.show_records)

    def _load(self, fetch: Callable[[], Any], show: Callable[[Any], None]) -> None:
        def shown(found: Any) -> None:
            show(found)
            self.loads += 1

        run_task(self, lambda _p: fetch(), shown)

    def show_tab(self, name: str) -> None:
        tabs: dict[str, QWidget] = {
            "goals": self.goals,
            "programs": self.programs,
            "events": self.events,
            "rewards": self.rewards,
            "what_works": self.what_works,
        }
        self.tabs.setCurrentWidget(tabs[name])
