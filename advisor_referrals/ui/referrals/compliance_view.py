"""The Marketing Rule ledger: compensated referrals, disclosures, agreements, and CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.services.referrals.compliance import (
    ComplianceService,
    LedgerRow,
    PromoterWarning,
)
from advisor_referrals.ui.formats import money, short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.fields import KIND_LABELS, WARNING_STYLE
from advisor_referrals.ui.referrals.lazy_model import Column, LazyTableModel
from advisor_referrals.ui.worker import run_task


def ledger_columns() -> list[Column]:
    def yes(value: bool) -> str:
        return tr("Referrals", "Yes") if value else tr("Referrals", "No")

    def disclosure(row: LedgerRow) -> str:
        if row.disclosure_delivered_on is None:
            return "⚠ " + tr("Referrals", "Not delivered")
        return short_date(row.disclosure_delivered_on)

    return [
        Column(tr("Referrals", "Received"), lambda r: short_date(r.received_on)),
        Column(tr("Referrals", "Promoter (referred by)"), lambda r: r.referrer_name),
        Column(tr("Referrals", "Referred person"), lambda r: r.referred_name),
        Column(tr("Referrals", "Kind"), lambda r: tr("Referrals", KIND_LABELS[r.kind])),
        Column(tr("Referrals", "Value"), lambda r: money(r.value, r.currency), right=True),
        Column(tr("Referrals", "Agreement on file"), lambda r: yes(r.agreement_on_file)),
        Column(tr("Referrals", "Disclosure delivered"), disclosure),
        Column(
            tr("Referrals", "Warnings"),
            lambda r: "; ".join(r.warnings),
            tooltip=lambda r: "\n".join(r.warnings),
        ),
    ]


class ComplianceView(QWidget):
    def __init__(
        self,
        compliance: ComplianceService,
        controller: ReferralController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.compliance = compliance
        self.controller = controller
        self.only_missing = QCheckBox(tr("Referrals", "Only referrals missing a disclosure"), self)
        self.only_missing.toggled.connect(lambda _on: self.refresh())
        self.export_button = QPushButton(tr("Referrals", "Export to CSV…"), self)
        self.export_button.clicked.connect(self._ask_export)
        self.status = QLabel(self)
        self.promoters = QLabel(self)
        self.promoters.setWordWrap(True)
        self.promoters.setStyleSheet(WARNING_STYLE)
        self.promoters.hide()
        self.model = LazyTableModel(
            ledger_columns(),
            lambda _s, _d: self.compliance.ids(
                missing_disclosure_only=self.only_missing.isChecked()
            ),
            self.compliance.rows,
            self,
        )
        self.model.loaded.connect(self._loaded)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        # Warnings, the last column, takes the room left and wraps; each row grows to
        # show its warnings whole (the ledger holds compensated referrals only, a few
        # dozen a year, so sizing every row is cheap). The tooltip lists them too.
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(self._open)
        for column, width in enumerate((95, 170, 160, 80, 110, 120, 140)):
            self.view.setColumnWidth(column, width)
        intro = QLabel(
            tr(
                "Referrals",
                "SEC Marketing Rule (206(4)-1): a compensated referral is an endorsement. Deliver "
                "a disclosure of the compensation and its terms; above $1,000 in 12 months a "
                "written agreement with the promoter is required.",
            ),
            self,
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.only_missing)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.promoters)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.reload()
        run_task(self, lambda _p: self.compliance.promoters_over_de_minimis(), self._warn)

    def _warn(self, warnings: list[PromoterWarning]) -> None:
        self.promoters.setVisible(bool(warnings))
        self.promoters.setText("\n".join("⚠ " + w.message for w in warnings))

    def _loaded(self) -> None:
        self.status.setText(
            tr("Referrals", "{0} compensated referrals").format(self.model.rowCount())
        )

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.controller.open_referral(row.referral_id)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Referrals", "Export the Marketing Rule ledger"),
            "marketing-rule-ledger.csv",
            tr("Referrals", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(
                tr("Referrals", "Exported {0} rows to {1}").format(count, path.name)
            )

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            from advisor_referrals.ui.worker import show_error

            show_error(self, error)

        run_task(self, lambda _p: self.compliance.export_csv(path), done, failed)
