"""The referrals as a table: every referral, sorted and filtered in SQL."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.pipeline import BOARD_ORDER, STATUS_LABELS
from advisor_referrals.services.referrals.referral_lists import (
    ReferralFilter,
    ReferralListRow,
    ReferralSort,
    ReferralTable,
)
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.lazy_model import Column, LazyTableModel


def _date(value: date | None) -> str:
    return short_date(value)


def referral_columns() -> list[Column]:
    def comp(row: ReferralListRow) -> str:
        if not row.compensated:
            return ""
        text = f"{row.compensation_value:,.2f} {row.compensation_currency or ''}".strip()
        return f"⚠ {text}" if row.missing_disclosure else text

    def comp_tip(row: ReferralListRow) -> str:
        if row.missing_disclosure:
            return tr("Referrals", "Compensated, and no disclosure delivered yet.")
        return ""

    return [
        Column(
            tr("Referrals", "Received"), lambda r: _date(r.received_on), ReferralSort.RECEIVED_ON
        ),
        Column(
            tr("Referrals", "Referred person"), lambda r: r.referred_name, ReferralSort.REFERRED
        ),
        Column(tr("Referrals", "Referred by"), lambda r: r.referrer_name, ReferralSort.REFERRER),
        Column(
            tr("Referrals", "Status"),
            lambda r: tr("Referrals", STATUS_LABELS[r.status]),
            ReferralSort.STATUS,
        ),
        Column(tr("Referrals", "Follow up by"), lambda r: _date(r.follow_up_due_on)),
        Column(tr("Referrals", "First contact"), lambda r: _date(r.first_contacted_on)),
        Column(tr("Referrals", "Thanked"), lambda r: _date(r.thanked_on)),
        Column(tr("Referrals", "Converted"), lambda r: _date(r.converted_on)),
        Column(tr("Referrals", "Trigger"), lambda r: r.trigger_label or ""),
        Column(tr("Referrals", "Compensation"), comp, tooltip=comp_tip, right=True),
    ]


class ReferralList(QWidget):
    def __init__(
        self, table: ReferralTable, controller: ReferralController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.controller = controller
        self.filter = ReferralFilter()
        self.status = QComboBox(self)
        self.status.addItem(tr("Referrals", "All statuses"), None)
        for status in BOARD_ORDER:
            self.status.addItem(tr("Referrals", STATUS_LABELS[status]), status.value)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel(self)
        self.model = LazyTableModel(
            referral_columns(),
            lambda sort, desc: self.table.ids(self.filter, sort or ReferralSort.RECEIVED_ON, desc),
            self.table.rows,
            self,
            sort=ReferralSort.RECEIVED_ON,
        )
        self.model.loaded.connect(
            lambda: self.count.setText(
                tr("Referrals", "{0} referrals").format(self.model.rowCount())
            )
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(self._open)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        for column, width in enumerate((90, 150, 150, 80, 90, 90, 90, 90, 130)):
            self.view.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.reload()

    def _filter_changed(self) -> None:
        value = self.status.currentData()
        self.filter = ReferralFilter(
            statuses=frozenset({ReferralStatus(value)}) if value else frozenset()
        )
        self.model.reload()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.controller.open_referral(row.id)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        row: ReferralListRow | None = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        c = self.controller
        menu = QMenu(self)
        menu.addAction(tr("Referrals", "Open…"), lambda: c.open_referral(row.id))
        move = menu.addMenu(tr("Referrals", "Move to"))
        for status in BOARD_ORDER:
            if status is not row.status:
                move.addAction(
                    tr("Referrals", STATUS_LABELS[status]),
                    partial(c.move, row.id, row.version, status, row.referred_name),
                )
        if row.first_contacted_on is None:
            menu.addAction(
                tr("Referrals", "Record first contact today"),
                lambda: c.record_first_contact(row.id, row.version, row.referred_name),
            )
        if row.thanked_on is None:
            menu.addAction(tr("Referrals", "Say thank you…"), lambda: c.say_thank_you(row.id))
        menu.addSeparator()
        menu.addAction(
            tr("Referrals", "Delete"),
            lambda: c.delete_referral(row.id, row.version, row.referred_name),
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))
