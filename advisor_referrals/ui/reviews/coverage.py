"""Coverage per tier: the share of a tier's clients reviewed as often as its cadence asks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QWidget

from advisor_referrals.services.reviews.review_lists import TierCoverage
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.text import interval_text, trn


class CoverageStrip(QFrame):
    """The heading above one column per tier: what the tier asks, a bar, how many.

    Each tier's text wraps and its bar shrinks, so the strip never makes the window
    wider than a laptop's screen (docs/design.md, "The screen").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 6, 10, 6)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(2)
        self.heading = QLabel(tr("Reviews", "<b>Coverage</b>, last 12 months"))
        self.heading.setToolTip(
            tr(
                "Reviews",
                "Of each tier's clients of at least a year's standing, the share who had "
                "as many completed reviews in the last 12 months as their cadence asks.",
            )
        )
        self.grid.addWidget(self.heading, 0, 0, 1, -1)  # across every tier's column
        self.bars: dict[str, QProgressBar] = {}
        self.labels: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}
        self.shares: dict[str, QLabel] = {}

    def _add_tier(self, key: str, column: int) -> None:
        label = QLabel()
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 1000)
        # The share goes in a label beside the bar: text drawn on the bar sits across
        # the fill's edge ("50%" half white, half black) in either theme.
        bar.setTextVisible(False)
        bar.setMinimumWidth(60)
        bar.setMaximumHeight(bar.fontMetrics().height())
        share_label = QLabel()
        share_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for "100%" so the bars keep one length as the numbers change.
        share_label.setMinimumWidth(share_label.fontMetrics().horizontalAdvance("100%"))
        count = QLabel()
        count.setWordWrap(True)
        count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar_row = QHBoxLayout()
        bar_row.setSpacing(6)
        bar_row.addWidget(bar, 1)
        bar_row.addWidget(share_label)
        self.grid.addWidget(label, 1, column)
        self.grid.addLayout(bar_row, 2, column)
        self.grid.addWidget(count, 3, column)
        self.grid.setColumnStretch(column, 1)
        self.labels[key], self.bars[key] = label, bar
        self.counts[key], self.shares[key] = count, share_label

    def set_coverage(self, coverage: Sequence[TierCoverage]) -> None:
        locale = QLocale()
        for column, tier in enumerate(coverage):
            key = tier.tier.value
            if key not in self.bars:
                self._add_tier(key, column)
            cadence = trn("Reviews", "%n a year", tier.cadence) if tier.cadence is not None else "—"
            every = f" ({interval_text(tier.cadence)})" if tier.cadence is not None else ""
            self.labels[key].setText(tr("Reviews", "Tier {0}: {1}").format(key, cadence) + every)
            bar = self.bars[key]
            share = tier.share
            bar.setValue(0 if share is None else round(share * 1000))
            text = "—" if share is None else locale.toString(share * 100, "f", 0) + "%"
            bar.setFormat(text)  # still read out by screen readers
            self.shares[key].setText(text)
            self.counts[key].setText(
                tr("Reviews", "{0} of {1} clients").format(
                    locale.toString(tier.covered), locale.toString(tier.clients)
                )
            )

    def share_text(self, tier: str) -> str:
        return self.shares[tier].text() if tier in self.shares else ""
