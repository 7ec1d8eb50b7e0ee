"""The Triggers page: every logged life event, searched by contact and filtered by kind,
dates, what followed and whether referrals were raised."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.trigger_kinds import TriggerKind
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.services.triggers.trigger_log import (
    TriggerFilter,
    TriggerListRow,
    TriggerService,
    TriggerSort,
)
from advisor_referrals.ui.book_events import CONTACT, REFERRAL, TRIGGER, TRIGGER_KIND, BookEvents
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.today_lists import opens_rows
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.fields import OptionalDate
from advisor_referrals.ui.referrals.lazy_model import Column, LazyTableModel
from advisor_referrals.ui.worker import run_task

SEARCH_PAUSE_MS = 200  # a reload once typing pauses, not on every key


def trigger_columns() -> list[Column]:
    def yes(value: bool) -> str:
        return tr("Triggers", "Yes") if value else ""

    def followed(row: TriggerListRow) -> str:
        if not row.referrals:
            return ""
        return tr("Triggers", "{0} referral(s)").format(row.referrals)

    return [
        Column(
            tr("Triggers", "Date"), lambda r: short_date(r.occurred_on), TriggerSort.OCCURRED_ON
        ),
        Column(tr("Triggers", "Contact"), lambda r: r.contact_name, TriggerSort.CONTACT),
        Column(tr("Triggers", "What happened"), lambda r: r.kind_label, TriggerSort.KIND),
        Column(tr("Triggers", "Talked about referrals"), lambda r: yes(r.referral_conversation)),
        Column(tr("Triggers", "Referral followed"), followed),
        Column(
            tr("Triggers", "Notes"), lambda r: r.notes.replace("\n", " "), tooltip=lambda r: r.notes
        ),
    ]


class TriggersPage(Page):
    key = "triggers"

    def __init__(
        self,
        triggers: TriggerService,
        kinds: TriggerKindService,
        controller: ReferralController,
        events: BookEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.triggers = triggers
        self.kinds = kinds
        self.controller = controller
        self.filter = TriggerFilter()

        self.kind = QComboBox(self)
        self.kind.addItem(tr("Triggers", "All kinds"), None)
        self.date_from = OptionalDate(tr("Triggers", "From"), self)
        self.date_from.edit.setDate(self.date_from.edit.date().addDays(-90))
        self.date_to = OptionalDate(tr("Triggers", "To"), self)
        self.followed = QComboBox(self)
        self.followed.addItem(tr("Triggers", "With or without a referral"), None)
        self.followed.addItem(tr("Triggers", "A referral followed"), True)
        self.followed.addItem(tr("Triggers", "No referral yet"), False)
        self.talked = QComboBox(self)
        self.talked.addItem(tr("Triggers", "Referrals raised or not"), None)
        self.talked.addItem(tr("Triggers", "Referrals talked about"), True)
        self.talked.addItem(tr("Triggers", "Referrals not raised yet"), False)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Triggers", "Search by contact…"))
        self.search.setClearButtonEnabled(True)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _t: self.pause.start())
        self.count = QLabel(self)

        self.model = LazyTableModel(
            trigger_columns(),
            lambda sort, desc: self.triggers.ids(
                self.filter, sort or TriggerSort.OCCURRED_ON, desc
            ),
            self.triggers.rows,
            self,
            sort=TriggerSort.OCCURRED_ON,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        opens_rows(self.table, lambda row: self._open(self.model.index(row, 0)))
        for column, width in enumerate((100, 180, 200, 150, 130)):
            self.table.setColumnWidth(column, width)

        self.log_button = QPushButton(tr("Triggers", "Log a trigger…"), self)
        self.log_button.setToolTip(tr("Triggers", "Ctrl+T from anywhere"))
        self.edit_button = QPushButton(tr("Triggers", "Edit…"), self)
        self.refer_button = QPushButton(tr("Triggers", "Record a referral from it…"), self)
        self.delete_button = QPushButton(tr("Triggers", "Delete"), self)
        self.log_button.clicked.connect(lambda _checked=False: self.controller.log_trigger())
        self.edit_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.refer_button.clicked.connect(self._refer)
        self.delete_button.clicked.connect(self._delete)

        # Two rows, so that every filter shows its choice whole on a 1280-pixel laptop
        # at 125% (docs/design.md, "Contracts").
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        filters.addWidget(self.count)
        more = QHBoxLayout()
        more.addWidget(self.date_from)
        more.addWidget(self.date_to)
        more.addWidget(self.followed)
        more.addWidget(self.talked)
        more.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{tr('Pages', 'Triggers')}</h2>", self))
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.followed.currentIndexChanged.connect(self._filter_changed)
        self.talked.currentIndexChanged.connect(self._filter_changed)
        self.date_from.changed.connect(self._filter_changed)
        self.date_to.changed.connect(self._filter_changed)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.follow(events, TRIGGER, TRIGGER_KIND, CONTACT, REFERRAL)
        self._enable()

    def title(self) -> str:
        return tr("Pages", "Triggers")

    def refresh(self) -> None:
        run_task(self, lambda _p: self.kinds.kinds(), self._fill_kinds)
        self.model.reload()

    def apply_changes(self, changes: BookChanges) -> None:
        if changes.touches(TRIGGER_KIND):
            self.refresh()
        else:
            self.model.reload()

    def _fill_kinds(self, kinds: list[TriggerKind]) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("Triggers", "All kinds"), None)
        for kind in kinds:
            self.kind.addItem(kind.label, kind.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def _filter_changed(self) -> None:
        self.pause.stop()
        kind = self.kind.currentData()
        self.filter = TriggerFilter(
            kinds=frozenset({kind}) if kind else frozenset(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            referral_followed=self.followed.currentData(),
            text=self.search.text(),
            referral_conversation=self.talked.currentData(),
        )
        self.model.reload()

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def set_recent(self, days: int) -> None:
        """Show the last `days` days only (the Today view links here)."""
        self.date_from.set_value(date.today() - timedelta(days=days))

    def _loaded(self) -> None:
        self.count.setText(tr("Triggers", "{0} triggers").format(self.model.rowCount()))
        self._enable()

    def _current(self) -> TriggerListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        has = self._current() is not None
        for button in (self.edit_button, self.refer_button, self.delete_button):
            button.setEnabled(has)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.controller.edit_trigger(row.id)

    def _refer(self) -> None:
        row = self._current()
        if row is not None:
            self.controller.record_referral(row.contact_id, trigger_id=row.id)

    def _delete(self) -> None:
        row = self._current()
        if row is not None:
            # Undoable (Edit > Undo), so no confirmation is asked.
            self.controller.delete_trigger(row.id, row.version, row.contact_name)
