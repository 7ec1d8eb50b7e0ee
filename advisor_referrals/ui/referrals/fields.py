"""Small form widgets the referral dialogs share: an optional date, and the compensation box."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from advisor_referrals.domain.enums import CompensationKind
from advisor_referrals.domain.referrals import MONEY_MAX, Compensation
from advisor_referrals.ui.fields import date_edit, from_qdate, to_qdate
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr

WARNING_STYLE = "color: #9a3412; background: #fff7ed; border: 1px solid #fdba74; padding: 6px;"

KIND_LABELS = {
    CompensationKind.CASH: "Cash",
    CompensationKind.GIFT: "Gift",
    CompensationKind.FEE_WAIVER: "Fee waiver",
    CompensationKind.OTHER: "Other",
}


def missing_disclosure_text() -> str:
    return tr(
        "Referrals",
        "⚠ No disclosure delivered. A compensated referral is an endorsement under the SEC "
        "Marketing Rule: give the client a disclosure of the compensation and its terms, "
        "then record the date here.",
    )


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date on."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = date_edit(parent=self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def row(self) -> tuple[QCheckBox, QDateEdit]:
        """The check box and the date as a form's label and field (they line up with
        the form's other dates); this widget itself then stays out of sight."""
        self.hide()
        return self.check, self.edit

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class CompensationBox(QGroupBox):
    """Compensation for a referral (SEC Marketing Rule), with its disclosure warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Referrals", "Compensated referral (cash or non-cash)"), parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.kind = QComboBox(self)
        for kind, text in KIND_LABELS.items():
            self.kind.addItem(tr("Referrals", text), kind.value)
        self.value = QDoubleSpinBox(self)
        self.value.setDecimals(2)
        self.value.setRange(0, float(MONEY_MAX))
        self.value.setGroupSeparatorShown(True)
        self.currency = QLineEdit("USD", self)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        self.agreement = QCheckBox(tr("Referrals", "Written agreement on file"), self)
        self.disclosure = OptionalDate(tr("Referrals", "Disclosure delivered on:"), self)
        self.warning = QLabel(missing_disclosure_text(), self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        amount = QHBoxLayout()
        amount.addWidget(self.value, 1)
        amount.addWidget(self.currency)
        form = form_layout(self)
        form.addRow(tr("Referrals", "Kind:"), self.kind)
        form.addRow(tr("Referrals", "Value:"), amount)
        form.addRow("", self.agreement)
        form.addRow(*self.disclosure.row())
        form.addRow(self.warning)
        self.toggled.connect(lambda _on: self._update_warning())
        self.disclosure.changed.connect(self._update_warning)
        self._update_warning()

    def compensation(self) -> Compensation | None:
        if not self.isChecked():
            return None
        return Compensation(
            kind=CompensationKind(self.kind.currentData()),
            value=Decimal(str(self.value.value())).quantize(Decimal("0.01")),
            currency=self.currency.text().strip().upper() or "USD",
            agreement_on_file=self.agreement.isChecked(),
            disclosure_delivered_on=self.disclosure.value(),
        )

    def set_compensation(self, comp: Compensation | None) -> None:
        self.setChecked(comp is not None)
        if comp is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(comp.kind.value)))
            self.value.setValue(float(comp.value))
            self.currency.setText(comp.currency)
            self.agreement.setChecked(comp.agreement_on_file)
            self.disclosure.set_value(comp.disclosure_delivered_on)
        self._update_warning()

    @property
    def warns(self) -> bool:
        return self.isChecked() and self.disclosure.value() is None

    def _update_warning(self) -> None:
        self.warning.setVisible(self.warns)
