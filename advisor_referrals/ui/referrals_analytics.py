"""Referral analytics for the Referrals page: where referrals come from and how they fare.

A standalone widget over the metrics service (the same figures as the quarterly report):
the Referrals page places it; it loads off the UI thread whenever it is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.metrics import FIELD_BENCHMARK_REFERRING_SHARE, SOURCES, Metrics
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.figures import quarter_words
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import (
    BarList,
    ExplainButton,
    KpiTile,
    explanation_label,
    mute,
)
from advisor_referrals.ui.metric_text import (
    as_of_rule,
    metric_explanation,
    metric_label,
    this_quarter,
)
from advisor_referrals.ui.worker import Task, run_task


def source_label(key: str) -> str:
    """Where referrals come from, in the words the rest of the app uses."""
    return {
        "client": tr("ReferralAnalytics", "Clients and former clients"),
        "center_of_influence": labels.center_of_influence(plural=True),
        "other": tr("ReferralAnalytics", "Others (prospects)"),
    }.get(key, key)


def segment_label(key: str) -> str:
    try:
        return labels.segment(Segment(key))
    except ValueError:
        return key


def days(value: float | None) -> str:
    """A median number of days: whole when it is ("30 days"), else to a tenth ("30.5 days")."""
    if value is None:
        return formats.no_data()
    decimals = 0 if float(value).is_integer() else 1
    number = formats.locale().toString(float(value), "f", decimals)
    if value == 1:
        return tr("ReferralAnalytics", "1 day")
    return tr("ReferralAnalytics", "{0} days").format(number)


def periods(today: date) -> list[tuple[str, Period, str]]:
    """(what the menu says, the period, how a figure's name says it)."""
    current = Quarter.containing(today)
    last = current.previous()
    return [
        (tr("ReferralAnalytics", "{0} so far").format(quarter_words(current)),
         Period.quarter_to_date(today), this_quarter()),
        (quarter_words(last), Period.of_quarter(last),
         tr("ReferralAnalytics", "in {0}").format(quarter_words(last))),
        (tr("ReferralAnalytics", "Last 12 months"), Period.last_12_months(today),
         tr("ReferralAnalytics", "in the last 12 months")),
    ]  # fmt: skip


# The figures on the tiles, in the order shown.
TILES = (
    "referrals_received",
    "conversion_rate",
    "referrals_converted",
    "median_days_to_convert",
    "referring_clients_share",
    "asks",
)


class ReferralAnalytics(QWidget):
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

        self.period = QComboBox()
        self.period.setAccessibleName(tr("ReferralAnalytics", "Period"))
        self.status = QLabel()
        mute(self.status)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("ReferralAnalytics", "<b>Referral analytics</b>")))
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.period)

        self.tiles: dict[str, KpiTile] = {}
        tiles = QHBoxLayout()
        for key in TILES:
            tile = KpiTile(metric_label(key, this_quarter()))
            tile.explain(metric_explanation(key))
            self.tiles[key] = tile
            tiles.addWidget(tile)
        self.received = self.tiles["referrals_received"]
        self.conversion = self.tiles["conversion_rate"]
        self.converted = self.tiles["referrals_converted"]
        self.days = self.tiles["median_days_to_convert"]
        self.referring = self.tiles["referring_clients_share"]
        self.asks = self.tiles["asks"]

        self.sources = BarList()
        self.segments = BarList()
        self.kinds = BarList()
        self.top = BarList()
        grid = QGridLayout()
        boxes = [
            (tr("ReferralAnalytics", "By source"), self.sources, "referrals_by_source"),
            (
                tr("ReferralAnalytics", "By the referrer's segment"),
                self.segments,
                "referrals_by_segment",
            ),
            (
                tr("ReferralAnalytics", "By conversation trigger"),
                self.kinds,
                "referrals_by_trigger_kind",
            ),
            (tr("ReferralAnalytics", "Top referrers"), self.top, "top_referrers"),
        ]
        for index, (title, bars, key) in enumerate(boxes):
            box = QGroupBox(title)
            inside = QVBoxLayout(box)
            what = explanation_label(box)
            button = ExplainButton(what, box)
            button.explain(metric_explanation(key))
            head = QHBoxLayout()
            head.addStretch(1)
            head.addWidget(button)
            inside.addLayout(head)
            inside.addWidget(what)
            inside.addWidget(bars)
            inside.addStretch(1)
            box.setToolTip(button.toolTip())
            grid.addWidget(box, index // 2, index % 2)
        self.rule = QLabel(as_of_rule())
        self.rule.setWordWrap(True)
        mute(self.rule)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.rule)
        layout.addLayout(grid)
        layout.addStretch(1)

        self._periods: list[tuple[Period, str]] = []
        self._fill_periods()
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())

    def _fill_periods(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        self._periods = []
        for label, period, words in periods(self.today()):
            self.period.addItem(label)
            self._periods.append((period, words))
        self.period.blockSignals(False)

    def refresh(self) -> None:
        index = max(self.period.currentIndex(), 0)
        period, words = self._periods[index]
        # Each figure's name says the period it covers ("converted in the last 12 months").
        for key, tile in self.tiles.items():
            tile.set_caption(metric_label(key, words))
        self.status.setText(tr("ReferralAnalytics", "Counting…"))
        task = run_task(self, lambda _progress: self.metrics.compute(period))
        self.task = task
        # A result for a period the user has since left is not shown.
        task.finished.connect(lambda m: self.display(m) if self.task is task else None)
        task.failed.connect(lambda _error: self.status.setText(""))

    def display(self, m: Metrics) -> None:
        self.shown = m
        self.status.setText("")
        received = m.referrals_received
        self.received.show_value(
            formats.count(received),
            tr("ReferralAnalytics", "from {0} people").format(formats.count(m.unique_referrers)),
        )
        self.conversion.show_value(
            formats.share(m.conversion_rate),
            tr("ReferralAnalytics", "Clients by the period's end: {0} of the {1} received").format(
                formats.count(m.detail.converted_by_end), formats.count(received)
            ),
        )
        self.converted.show_value(
            formats.count(m.referrals_converted),
            tr("ReferralAnalytics", "by the date converted, from referrals of any period"),
        )
        self.days.show_value(days(m.median_days_to_convert))
        self.referring.show_value(
            formats.share(m.referring_clients_share),
            tr("ReferralAnalytics", "Field benchmark {0}").format(
                formats.share(FIELD_BENCHMARK_REFERRING_SHARE)
            ),
        )
        self.asks.show_value(
            formats.count(m.asks),
            tr("ReferralAnalytics", "{0} led to an introduction within 90 days").format(
                formats.share(m.asks_led_to_introduction)
            ),
        )
        none = tr("ReferralAnalytics", "No referrals in this period")
        self.sources.set_items(
            [(source_label(k), m.referrals_by_source.get(k, 0)) for k in SOURCES]
            if received
            else [],
            received,
            none,
        )
        segments = sorted(m.detail.referrals_by_segment.items(), key=lambda kv: -kv[1])
        self.segments.set_items([(segment_label(k), n) for k, n in segments], received, none)
        kinds = [(k.label, k.count) for k in m.detail.referrals_by_trigger_kind]
        if m.detail.referrals_without_trigger:
            kinds.append(
                (tr("ReferralAnalytics", "No trigger logged"), m.detail.referrals_without_trigger)
            )
        self.kinds.set_items(kinds, received, none)
        self.top.set_items([(t.name, t.referrals) for t in m.top_referrers], None, none)
