"""The audit log: who changed what and when, filterable by date, user and record.

The model holds entry ids (filtered and ordered in SQL) and fetches the rows of the
part of the table being shown, a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.audit import AuditEntry
from advisor_referrals.services.audit.reading import AuditFilter, AuditLog
from advisor_referrals.ui import formats
from advisor_referrals.ui.fields import date_edit, from_qdate
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.worker import run_task

PAGE = 200
IMPORT_BATCH = "import_batch"  # the audit entity of an import (services.imports.batches)
Index = QModelIndex | QPersistentModelIndex


def record_text(entry: AuditEntry) -> str:
    """The entry's record as the app shows it elsewhere: "Ana Souza", "Bob Lee, referred
    by Ana Souza"; a record no longer in the book by its kind and number."""
    name = entry.record
    noun = entry.entity.replace("_", " ")
    if entry.entity_id is None:
        return noun
    if name is None or not name.found:
        return tr("Audit", "{0} {1} (no longer in the book)").format(noun, entry.entity_id)
    on = formats.short_date(name.on)
    texts = {
        "contact": name.person,
        "referral": tr("Audit", "{0}, referred by {1}").format(name.person, name.other),
        "trigger": tr("Audit", "{0}: {1}, {2}").format(name.person, name.detail, on),
        "review": tr("Audit", "Review with {0}, {1}").format(name.person, on),
        "outbound_referral": tr("Audit", "{0}, sent to {1}").format(name.person, name.other),
        "trigger_kind": tr("Audit", "Trigger kind “{0}”").format(name.detail),
        "import_batch": tr("Audit", "Import of {0}").format(name.detail),
    }
    return texts.get(entry.entity, f"{noun} {entry.entity_id}")


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("when", "user", "action", "record", "summary")

    def __init__(self, log: AuditLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.where = AuditFilter()
        self.ids: list[int] = []
        self._pages: dict[int, list[AuditEntry]] = {}

    def headers(self) -> list[str]:
        return [
            tr("Audit", "When"),
            tr("Audit", "User"),
            tr("Audit", "Action"),
            tr("Audit", "Record"),
            tr("Audit", "What changed"),
        ]

    def set_filter(self, where: AuditFilter) -> None:
        """Filter now, on this thread (the dialog filters off the UI thread, then `show_ids`)."""
        self.show_ids(where, self.log.ids(where))

    def show_ids(self, where: AuditFilter, ids: list[int]) -> None:
        self.beginResetModel()
        self.where = where
        self.ids = ids
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.where)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def entry(self, row: int) -> AuditEntry | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self.log.entries(self.ids[page * PAGE : (page + 1) * PAGE])
        entries = self._pages[page]
        offset = row - page * PAGE
        return entries[offset] if offset < len(entries) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "summary":
            return self.changes_text(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    @staticmethod
    def _text(entry: AuditEntry, column: str) -> str:
        if column == "when":
            return formats.date_time(entry.at, seconds=True)
        if column == "user":
            return entry.user
        if column == "action":
            return entry.action
        if column == "record":
            return record_text(entry)
        return entry.summary

    @staticmethod
    def changes_text(entry: AuditEntry) -> str:
        """Each changed field as `field: old → new` (an empty value shows as —)."""

        def shown(value: object) -> str:
            return "—" if value in (None, "", []) else str(value)

        lines = [
            f"{field}: {shown(values[0])} → {shown(values[-1])}"
            for field, values in entry.changes.items()
            if isinstance(values, list) and values
        ]
        return "\n".join(lines) or entry.summary


def _import_batch(entry: AuditEntry | None) -> int | None:
    """The import batch an "import" entry records, if it is one."""
    if entry is None or entry.action != "import" or entry.entity != IMPORT_BATCH:
        return None
    return entry.entity_id


class AuditDialog(QDialog):
    """Tools > Audit log…, or the history of one record when opened from it."""

    def __init__(
        self,
        log: AuditLog,
        parent: QWidget | None = None,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        undo_import: Callable[[int, QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log = log
        self.undo_import = undo_import
        self._pending = AuditFilter()
        self.setWindowTitle(tr("Audit", "Audit log"))
        self.resize(980, 560)
        self.model = AuditTableModel(log, self)
        self.first_day = self._date_box()
        self.last_day = self._date_box()
        self.use_dates = QCheckBox(tr("Audit", "&From"))
        self.use_dates.toggled.connect(self.first_day.setEnabled)
        self.use_dates.toggled.connect(self.last_day.setEnabled)
        self.use_dates.toggled.connect(self.apply)
        self.user = QComboBox()
        self.user.addItem(tr("Audit", "Everyone"), None)
        for name in log.users():
            self.user.addItem(name, name)
        self.entity = QComboBox()
        self.entity.addItem(tr("Audit", "All records"), None)
        for name in log.entities():
            self.entity.addItem(name, name)
        self.record_id = QSpinBox()
        self.record_id.setRange(0, 2_000_000_000)
        self.record_id.setSpecialValueText(tr("Audit", "any id"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Audit", "Words in the summary"))
        self.text.setClearButtonEnabled(True)
        for signal in (
            self.first_day.dateChanged,
            self.last_day.dateChanged,
            self.user.currentIndexChanged,
            self.entity.currentIndexChanged,
            self.record_id.valueChanged,
            self.text.textChanged,
        ):
            signal.connect(self.apply)
        if entity is not None:
            self._select(self.entity, entity)
        if entity_id is not None:
            self.record_id.setValue(entity_id)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.count = QLabel()
        export = QPushButton(tr("Audit", "&Export to CSV…"))
        export.clicked.connect(self.export)
        refresh = QPushButton(tr("Audit", "&Refresh"))
        refresh.clicked.connect(self.apply)
        self.undo_button = QPushButton(tr("Audit", "&Undo this import…"))
        self.undo_button.setToolTip(
            tr(
                "Audit",
                "Remove the contacts this import added and restore those it updated "
                "(contacts changed since are named first)",
            )
        )
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo_selected_import)

        filters = QHBoxLayout()
        filters.addWidget(self.use_dates)
        filters.addWidget(self.first_day)
        filters.addWidget(QLabel(tr("Audit", "to")))
        filters.addWidget(self.last_day)
        filters.addWidget(self.user)
        filters.addWidget(self.entity)
        filters.addWidget(self.record_id)
        filters.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(refresh)
        bottom.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.apply()
        for column, width in enumerate((150, 110, 80, 110)):
            self.table.setColumnWidth(column, width)

    @staticmethod
    def _date_box() -> QDateEdit:
        box = date_edit()
        box.setEnabled(False)
        return box

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        self.details.setText("" if entry is None else AuditTableModel.changes_text(entry))
        self.undo_button.setVisible(
            self.undo_import is not None and _import_batch(entry) is not None
        )

    def undo_selected_import(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        batch = _import_batch(entry)
        if batch is not None and self.undo_import is not None:
            self.undo_import(batch, self)

    def current_filter(self) -> AuditFilter:
        dates = self.use_dates.isChecked()
        return AuditFilter(
            first_day=from_qdate(self.first_day.date()) if dates else None,
            last_day=from_qdate(self.last_day.date()) if dates else None,
            user=self.user.currentData(),
            entity=self.entity.currentData(),
            entity_id=self.record_id.value() or None,
            text=self.text.text(),
        )

    def _name_the_record(self, where: AuditFilter) -> None:
        """The history of one record is titled with its name, as the app shows it."""
        if where.entity is None or where.entity_id is None or not self.model.ids:
            return
        entry = self.model.entry(0)
        if entry is not None and entry.record is not None and entry.record.found:
            self.setWindowTitle(tr("Audit", "History of {0}").format(record_text(entry)))

    def apply(self) -> None:
        where = self.current_filter()
        self._pending = where

        def shown(ids: list[int]) -> None:
            if where == self._pending:  # an older filter finishing late is dropped
                self.model.show_ids(where, ids)
                self.count.setText(tr("Audit", "{0} entries").format(formats.count(len(ids))))
                self._name_the_record(where)

        run_task(self, lambda _progress: self.log.ids(where), shown)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Audit", "Export the audit log"), "audit-log.csv", "CSV (*.csv)"
        )
        if not name:
            return
        where = self.current_filter()

        def exported(count: int) -> None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                tr("Audit", "Exported {0} entries to {1}. The export is recorded in the audit log.")
                .format(count, name),
            )  # fmt: skip
            self.apply()

        run_task(self, lambda _progress: self.log.export_csv(where, Path(name)), exported)
