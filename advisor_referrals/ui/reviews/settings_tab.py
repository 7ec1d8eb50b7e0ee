"""The Settings dialog's "Reviews" tab: reviews a year for each service tier."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from advisor_referrals.domain.cadence import MAX_PER_YEAR, MIN_PER_YEAR
from advisor_referrals.domain.enums import Tier
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.text import interval_text
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.worker import run_task, show_error


class CadenceSettingsTab(SettingsTab):
    """Loads the cadence table off the UI thread; `save()` stores it (one audited change).

    `save()` runs in place because the Settings dialog closes right after it; it is
    one small write. It returns False, after showing why, when the book refused it.
    """

    def __init__(self, cadence: CadenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cadence = cadence
        self.loaded: dict[Tier, int] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Reviews",
                "How many portfolio reviews a year each service tier gets. A client's own "
                '"reviews a year" (on their record) takes precedence over the tier.',
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = form_layout()
        self.spins: dict[Tier, QSpinBox] = {}
        self.hints: dict[Tier, QLabel] = {}
        for tier in Tier:
            spin = QSpinBox()
            spin.setRange(MIN_PER_YEAR, MAX_PER_YEAR)
            spin.setSuffix(tr("Reviews", " a year"))
            spin.setEnabled(False)
            hint = QLabel()
            spin.valueChanged.connect(lambda n, label=hint: label.setText(interval_text(n)))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(hint, 1)
            form.addRow(tr("Reviews", "Tier {0}:").format(tier.value), row)
            self.spins[tier] = spin
            self.hints[tier] = hint
        layout.addLayout(form)
        note = QLabel(
            tr(
                "Reviews",
                "Cadences that divide the year (1, 2, 3, 4, 6, 12) count calendar months; "
                "others count days (5 a year: every 73 days).",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        run_task(self, lambda _p: self.cadence.table(), self._show)

    def _show(self, table: dict[Tier, int]) -> None:
        self.loaded = dict(table)
        for tier, spin in self.spins.items():
            spin.setValue(table.get(tier, MIN_PER_YEAR))
            self.hints[tier].setText(interval_text(spin.value()))
            spin.setEnabled(True)

    def values(self) -> dict[Tier, int]:
        return {tier: spin.value() for tier, spin in self.spins.items()}

    def save(self) -> bool:
        if not self.loaded or self.values() == self.loaded:
            return True
        try:
            self.loaded = self.cadence.save(self.values())
        except BookError as error:
            show_error(self, error)
            return False
        return True
