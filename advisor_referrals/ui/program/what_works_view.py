"""What works: the period's referrals compared by program, reward, event, channel, kit,
trigger, how they heard and why they refer, with the cost of a new client beside the
field's benchmark. Loaded off the UI thread whenever it is refreshed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advisor_referrals.domain.benchmarks import (
    ADVISOR_TIME_SHARE_OF_COST,
    COST_TO_WIN_CLIENT,
    REFERRED_CONVERSION_LIFT,
    REFERRED_LIFETIME_VALUE_LIFT,
)
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.program import RewardKind
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.what_works import Dimension, Outcome, WhatWorks
from advisor_referrals.services.program.what_works import WhatWorksService
from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import KpiTile, mute
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.tables import RecordTable
from advisor_referrals.ui.referrals_analytics import periods
from advisor_referrals.ui.worker import Task, run_task

C = "WhatWorks"


def money_or_none(value: object) -> str:
    from decimal import Decimal

    return formats.money(value) if isinstance(value, Decimal) else tr(C, "no data")


def outcome_cells(o: Outcome) -> list[str]:
    return [
        o.label,
        formats.count(o.referrals),
        formats.share(o.conversion_rate),
        tr(C, "no data") if o.median_days is None else formats.count(round(o.median_days)),
        formats.count(o.new_clients),
        money_or_none(o.cost),
        money_or_none(o.cost_per_new_client),
    ]


class WhatWorksView(QWidget):
    def __init__(
        self,
        service: WhatWorksService,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today
        self.task: Task[WhatWorks] | None = None
        self.shown: WhatWorks | None = None
        self.period = QComboBox(self)
        self.period.setAccessibleName(tr(C, "Period"))
        self._periods: list[Period] = []
        for label, period, _phrase in periods(today()):
            self.period.addItem(label)
            self._periods.append(period)
        self.dimension = QComboBox(self)
        self.dimension.setAccessibleName(tr(C, "Compare by"))
        for dimension in Dimension:
            self.dimension.addItem(labels.dimension(dimension), dimension.value)
        self.status = QLabel(self)
        mute(self.status)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr(C, "Compare by:"), self))
        top.addWidget(self.dimension)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.period)
        self.referrals = KpiTile(tr(C, "Referrals received"))
        self.new_clients = KpiTile(tr(C, "New clients from them"))
        self.cost = KpiTile(tr(C, "Cost per new client"))
        self.time = KpiTile(tr(C, "Of that cost, your time"))
        tiles = QHBoxLayout()
        for tile in (self.referrals, self.new_clients, self.cost, self.time):
            tiles.addWidget(tile)
        self.table: RecordTable[Outcome] = RecordTable(
            [
                tr(C, "What"),
                tr(C, "Referrals"),
                tr(C, "Converted"),
                tr(C, "Median days"),
                tr(C, "New clients"),
                tr(C, "Cost"),
                tr(C, "Per new client"),
            ],
            outcome_cells,
            tr(C, "No referrals in this period."),
            self,
            numeric=(1, 2, 3, 4, 5, 6),
        )
        self.note = QLabel(
            tr(
                C,
                "Cost is rewards and event costs plus your logged time at the hourly value set "
                "in Settings. Field research: referred clients convert about {0} better and "
                "are worth about {1} more over their lifetime.",
            ).format(
                formats.share(REFERRED_CONVERSION_LIFT, 0),
                formats.share(REFERRED_LIFETIME_VALUE_LIFT, 0),
            ),
            self,
        )
        self.note.setWordWrap(True)
        mute(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_rows())

    def choose(self, dimension: Dimension) -> None:
        self.dimension.setCurrentIndex(self.dimension.findData(dimension.value))

    def refresh(self) -> None:
        period = self._periods[max(self.period.currentIndex(), 0)]
        self.status.setText(tr(C, "Counting…"))
        task = run_task(self, lambda _p: self.service.compute(period))
        self.task = task
        task.finished.connect(lambda works: self.display(works) if self.task is task else None)
        task.failed.connect(lambda _e: self.status.setText(""))

    def display(self, works: WhatWorks) -> None:
        self.shown = works
        self.status.setText("")
        book = works.book
        self.referrals.show_value(
            formats.count(book.referrals),
            tr(C, "{0} converted by the period's end").format(book.converted),
        )
        self.new_clients.show_value(
            formats.count(book.new_clients), formats.share(book.conversion_rate)
        )
        self.cost.show_value(
            money_or_none(book.cost_per_new_client),
            tr(C, "Field benchmark {0}").format(formats.money(COST_TO_WIN_CLIENT)),
        )
        self.time.show_value(
            formats.share(book.time_share_of_cost),
            tr(C, "Field benchmark {0}").format(formats.share(ADVISOR_TIME_SHARE_OF_COST, 0)),
        )
        self._show_rows()

    def _show_rows(self) -> None:
        if self.shown is not None:
            dimension = Dimension(self.dimension.currentData())
            self.table.show_records([shown_label(dimension, o) for o in self.shown.of(dimension)])


def shown_label(dimension: Dimension, outcome: Outcome) -> Outcome:
    """A row's label in the user's language: the closed vocabularies through tr()."""
    key = outcome.key
    if not key:
        return replace(outcome, label=tr(C, "None recorded"))
    if dimension is Dimension.HOW_HEARD and key in HowHeard._value2member_map_:
        return replace(outcome, label=labels.how_heard(HowHeard(key)))
    if dimension is Dimension.REWARD_KIND and key in RewardKind._value2member_map_:
        return replace(outcome, label=labels.reward_kind(RewardKind(key)))
    return outcome
