"""The Today view's headline numbers for the quarter so far, from the metrics service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from advisor_referrals.domain.metrics import FIELD_BENCHMARK_REFERRING_SHARE, Metrics
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.figures import percent, quarter_words, show
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.ui.book_events import CONTACT, REFERRAL, REVIEW, TRIGGER
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import KpiTile
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.worker import Task, run_task


class QuarterKpiSection(TodaySection):
    """Referrals received, conversion rate, NPS and the share of clients who refer."""

    follows = (REFERRAL, REVIEW, CONTACT, TRIGGER)

    def __init__(
        self,
        metrics: MetricsService,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.today = today
        self.task: Task[Metrics] | None = None
        self.heading = QLabel()
        self.received = KpiTile(tr("TodayKpis", "Referrals received"))
        self.conversion = KpiTile(tr("TodayKpis", "Conversion rate"))
        self.nps = KpiTile(tr("TodayKpis", "Net Promoter Score"))
        self.referring = KpiTile(tr("TodayKpis", "Clients who referred, last 12 months"))
        grid = QGridLayout()
        for column, tile in enumerate((self.received, self.conversion, self.nps, self.referring)):
            grid.addWidget(tile, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)

    def title(self) -> str:
        return tr("TodayKpis", "This quarter so far")

    def refresh(self) -> None:
        day = self.today()
        self.heading.setText(
            tr("TodayKpis", "<b>{0}</b> to date").format(quarter_words(Quarter.containing(day)))
        )
        self.task = run_task(
            self, lambda _progress: self.metrics.quarter_to_date(day), self.display
        )

    def display(self, m: Metrics) -> None:
        self.received.show_value(
            show("referrals_received", m.referrals_received),
            tr("TodayKpis", "{0} intended introductions").format(m.intended_introductions),
        )
        self.conversion.show_value(
            percent(m.conversion_rate),
            tr("TodayKpis", "{0} converted").format(m.referrals_converted),
        )
        self.nps.show_value(
            show("nps", m.nps), tr("TodayKpis", "{0} responses").format(m.nps_responses)
        )
        self.referring.show_value(
            percent(m.referring_clients_share),
            tr("TodayKpis", "Field benchmark {0}").format(percent(FIELD_BENCHMARK_REFERRING_SHARE)),
        )
