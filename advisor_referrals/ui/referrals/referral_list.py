"""The referrals as a table: every referral, sorted, searched and filtered in SQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.pipeline import BOARD_ORDER, STATUS_LABELS
from advisor_referrals.services.referrals.referral_lists import (
    ReferralFilter,
    ReferralListRow,
    ReferralNeed,
    ReferralSort,
    ReferralTable,
)
from advisor_referrals.ui import formats
from advisor_referrals.ui.fields import compact_combo
from advisor_referrals.ui.formats import money, short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.today_lists import opens_rows
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.lazy_model import Column, LazyTableModel
from advisor_referrals.ui.referrals.referral_menu import referral_menu
from advisor_referrals.ui.theme import set_role


def _date(value: date | None) -> str:
    return short_date(value)


def referral_columns() -> list[Column]:
    def comp(row: ReferralListRow) -> str:
        if not row.compensated:
            return ""
        text = money(row.compensation_value or Decimal(0), row.compensation_currency or "USD")
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
            tr("Referrals", "Referred person"),
            lambda r: r.referred_name,
            ReferralSort.REFERRED,
            tooltip=lambda r: r.referred_name,
        ),
        Column(
            tr("Referrals", "Referred by"),
            lambda r: r.referrer_name,
            ReferralSort.REFERRER,
            tooltip=lambda r: r.referrer_name,
        ),
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


def need_labels() -> list[tuple[ReferralNeed | None, str]]:
    """The table's "Show" choices: everything, or one of the Today view's lists."""
    return [
        (None, tr("Referrals", "All referrals")),
        (ReferralNeed.THANKS_OWED, tr("Referrals", "Thank-you owed")),
        (ReferralNeed.AWAITING_FIRST_CONTACT, tr("Referrals", "Waiting for a first contact")),
        (ReferralNeed.FOLLOW_UP_OVERDUE, tr("Referrals", "Follow-up overdue")),
        (ReferralNeed.MISSING_DISCLOSURE, tr("Referrals", "Compensated, no disclosure")),
    ]


class ReferralList(QWidget):
    """Every referral, sorted in SQL; search as you type (either person) and the Today
    view's lists as filters, so a Today list's "Show all" lands here filtered the same way."""

    SEARCH_PAUSE_MS = 200  # a reload once typing pauses, not on every key

    def __init__(
        self, table: ReferralTable, controller: ReferralController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.controller = controller
        self.filter = ReferralFilter()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Referrals", "Search by either person…"))
        self.search.setClearButtonEnabled(True)
        self.need = compact_combo(QComboBox(self))
        for need, label in need_labels():
            self.need.addItem(label, need.value if need else None)
        self.status = compact_combo(QComboBox(self), 10)
        self.status.addItem(tr("Referrals", "All statuses"), None)
        for status in BOARD_ORDER:
            self.status.addItem(tr("Referrals", STATUS_LABELS[status]), status.value)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _t: self.pause.start())
        self.need.currentIndexChanged.connect(self._filter_changed)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel(self)
        self.model = LazyTableModel(
            referral_columns(),
            lambda sort, desc: self.table.ids(self.filter, sort or ReferralSort.RECEIVED_ON, desc),
            self.table.rows,
            self,
            sort=ReferralSort.RECEIVED_ON,
        )
        self.model.loaded.connect(self._loaded)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a name show
        opens_rows(self.view, self._open_at)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        for column, width in enumerate((90, 150, 150, 80, 90, 90, 90, 90, 130)):
            self.view.setColumnWidth(column, width)
        hint = QLabel(
            tr(
                "Referrals",
                "Return or double-click opens a referral; right-click for everything else.",
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(tr("Referrals", "Show:"), self))
        top.addWidget(self.need, 1)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.model.reload()

    def show_need(self, need: ReferralNeed | None) -> None:
        """Show one of the Today view's lists, whole: the filter set, search and status
        cleared; the caller reloads (the page does when it is shown)."""
        for widget in (self.search, self.need, self.status):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.need.setCurrentIndex(max(0, self.need.findData(need.value if need else None)))
        for widget in (self.search, self.need, self.status):
            widget.blockSignals(False)
        self.pause.stop()
        self.filter = self._current_filter()

    def _current_filter(self) -> ReferralFilter:
        status = self.status.currentData()
        need = self.need.currentData()
        return ReferralFilter(
            statuses=frozenset({ReferralStatus(status)}) if status else frozenset(),
            text=self.search.text(),
            need=ReferralNeed(need) if need else None,
        )

    def _filter_changed(self) -> None:
        self.pause.stop()
        self.filter = self._current_filter()
        self.model.reload()

    def _loaded(self) -> None:
        self.count.setText(
            tr("Referrals", "{0} referrals").format(formats.count(self.model.rowCount()))
        )

    def _open_at(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is not None:
            self.controller.open_referral(row.id)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        row: ReferralListRow | None = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        referral_menu(self, self.controller, row).exec(self.view.viewport().mapToGlobal(pos))
