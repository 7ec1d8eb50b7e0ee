"""Settings > Program: what an hour of the advisor's time is worth (for the cost of a new
client) and the short list of reasons clients refer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.referrals import MONEY_MAX
from advisor_referrals.services.program.program_settings import ProgramSettings
from advisor_referrals.ui.fields import set_plain_text
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program.labels import CENTS
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.worker import run_task


class ProgramSettingsTab(SettingsTab):
    def __init__(self, settings: ProgramSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.loaded: tuple[Decimal, tuple[str, ...]] | None = None
        self.hourly = QDoubleSpinBox(self)
        self.hourly.setRange(0, float(MONEY_MAX))
        self.hourly.setDecimals(2)
        self.hourly.setPrefix("$")
        self.hourly.setEnabled(False)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setEnabled(False)
        intro = QLabel(
            tr(
                "Settings",
                "The cost of a new client counts your time: the minutes logged on referrals "
                "and events, at this hourly value. The field's average cost to win a client is "
                "about $3,100, five-sixths of it the advisor's time.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Settings", "Your &hourly value:"), self.hourly)
        form.addRow(tr("Settings", "&Why clients refer\n(one a line):"), self.reasons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        run_task(self, lambda _p: (settings.hourly_value(), settings.reasons()), self._show)

    def _show(self, found: tuple[Decimal, tuple[str, ...]]) -> None:
        self.loaded = found
        hourly, reasons = found
        self.hourly.setValue(float(hourly))
        set_plain_text(self.reasons, "\n".join(reasons))
        self.hourly.setEnabled(True)
        self.reasons.setEnabled(True)

    def save(self) -> bool:
        if self.loaded is None:
            return True
        hourly = Decimal(str(self.hourly.value())).quantize(CENTS)
        if hourly != self.loaded[0]:
            self.settings.save_hourly_value(hourly)
        self.settings.save_reasons(self.reasons.toPlainText().splitlines())
        return True
