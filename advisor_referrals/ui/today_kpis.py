"""The Today view's headline numbers for the quarter so far, from the metrics service.

Each tile's name and explanation come from the one source of definitions
(`domain/metric_definitions.py`, through `ui/metric_text.py`), the same the Analytics tab
and the quarterly report use, so the numbers agree and say what they count. The two
"converted" figures sit on separate tiles, each saying which referrals it counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from advisor_referrals.domain.metrics import FIELD_BENCHMARK_REFERRING_SHARE, Metrics
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.figures import quarter_words
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import ASK, CONTACT, REFERRAL, REVIEW, TRIGGER
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import KpiTile, mute
from advisor_referrals.ui.metric_text import (
    as_of_rule,
    metric_explanation,
    metric_label,
    this_quarter,
)
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.worker import Task, run_task

# The figures on the tiles, in the order shown (three to a row).
TILES = (
    "referrals_received",
    "conversion_rate",
    "referrals_converted",
    "asks",
    "nps",
    "referring_clients_share",
)
COLUMNS = 3


class QuarterKpiSection(TodaySection):
    """The quarter so far: referrals received, the conversion rate of those, referrals
    converted this quarter, asks, NPS and the share of clients who refer."""

    follows = (REFERRAL, REVIEW, CONTACT, TRIGGER, ASK)

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
        self.shown: Metrics | None = None
        self.heading = QLabel()
        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        for index, key in enumerate(TILES):
            tile = KpiTile(metric_label(key, this_quarter()))
            tile.explain(metric_explanation(key))
            self.tiles[key] = tile
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.rule = QLabel(
            tr("TodayKpis", "Press ? on a figure to see what it counts. {0}").format(as_of_rule())
        )
        self.rule.setWordWrap(True)
        mute(self.rule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.rule)

    # The tiles by name, for the pages and tests that read one.

    @property
    def received(self) -> KpiTile:
        return self.tiles["referrals_received"]

    @property
    def conversion(self) -> KpiTile:
        return self.tiles["conversion_rate"]

    @property
    def converted(self) -> KpiTile:
        return self.tiles["referrals_converted"]

    @property
    def nps(self) -> KpiTile:
        return self.tiles["nps"]

    @property
    def referring(self) -> KpiTile:
        return self.tiles["referring_clients_share"]

    @property
    def asks(self) -> KpiTile:
        return self.tiles["asks"]

    def title(self) -> str:
        return tr("TodayKpis", "This quarter so far")

    def refresh(self) -> None:
        day, scope = self.today(), self.scope
        self.heading.setText(
            tr("TodayKpis", "<b>{0}</b> to date").format(quarter_words(Quarter.containing(day)))
        )
        self.task = run_task(
            self,
            lambda _progress: self.metrics.quarter_to_date(day, scope=scope),
            self.display,
        )

    def display(self, m: Metrics) -> None:
        """The figures, written as the user's locale writes numbers (ui/formats.py)."""
        count, share = formats.count, formats.share
        self.shown = m
        self.received.show_value(
            count(m.referrals_received),
            tr("TodayKpis", "{0} intended introductions as well").format(
                count(m.intended_introductions)
            ),
        )
        self.conversion.show_value(
            share(m.conversion_rate),
            tr("TodayKpis", "Clients now: {0} of the {1} received this quarter").format(
                count(m.detail.converted_by_end), count(m.referrals_received)
            ),
        )
        self.converted.show_value(
            count(m.referrals_converted),
            tr("TodayKpis", "by the date converted, from referrals of any quarter"),
        )
        self.asks.show_value(
            count(m.asks),
            tr("TodayKpis", "{0} led to an introduction within 90 days").format(
                share(m.asks_led_to_introduction)
            ),
        )
        self.nps.show_value(
            formats.signed(m.nps),
            tr("TodayKpis", "{0} responses").format(count(m.nps_responses)),
        )
        self.referring.show_value(
            share(m.referring_clients_share),
            tr("TodayKpis", "Field benchmark {0}").format(share(FIELD_BENCHMARK_REFERRING_SHARE)),
        )
