"""Qt models of the import dialog: how the file's columns map to contact fields, and the
file's rows with what importing each would do (or why it cannot)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.mapping import ARCHIVED, FULL_NAME, TARGETS, ColumnMapping
from advisor_referrals.services.imports.preview import (
    INVALID,
    NEW,
    SKIPPED,
    UNCHANGED,
    UPDATE,
    ImportPreview,
)
from advisor_referrals.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole
SAMPLE_MAX = 60
SAMPLE_ROWS = 500  # an example value is looked for this far down, no further (UI thread)


# The roles each model answers: the views ask for many more, a Python call each.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
_MAPPING_ROLES = _TEXT_ROLES | {Qt.ItemDataRole.EditRole, TARGET_ROLE}
_PREVIEW_ROLES = _TEXT_ROLES | {
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUSES = (NEW, UPDATE, UNCHANGED, SKIPPED, INVALID)


def target_labels() -> dict[str, str]:
    return {
        "first_name": tr("Import", "First name"),
        "last_name": tr("Import", "Last name"),
        "preferred_name": tr("Import", "Preferred name"),
        "relationship": tr("Import", "Relationship"),
        "profession": tr("Import", "Profession"),
        "email": tr("Import", "Email"),
        "phone": tr("Import", "Phone"),
        "city": tr("Import", "City"),
        "region": tr("Import", "Region / state"),
        "country": tr("Import", "Country"),
        "household": tr("Import", "Household"),
        "segment": tr("Import", "Segment"),
        "tier": tr("Import", "Tier"),
        "client_since": tr("Import", "Client since"),
        "has_written_plan": tr("Import", "Has a written plan"),
        "do_not_ask": tr("Import", "Do not ask for referrals"),
        "tags": tr("Import", "Tags"),
        "notes": tr("Import", "Notes"),
        "reviews_per_year": tr("Import", "Reviews a year"),
        FULL_NAME: tr("Import", "Full name (split into first and last)"),
        ARCHIVED: tr("Import", "Archived"),
    }


def target_label(target: str | None, labels: dict[str, str] | None = None) -> str:
    """A field's name as the dialog shows it (`labels`: target_labels() already made)."""
    if not target:
        return tr("Import", "(not imported)")
    return (labels if labels is not None else target_labels()).get(target, target)


def status_text(status: str) -> str:
    return {
        NEW: tr("Import", "New"),
        UPDATE: tr("Import", "Updates a contact"),
        UNCHANGED: tr("Import", "Already up to date"),
        SKIPPED: tr("Import", "Skipped"),
        INVALID: tr("Import", "Problem"),
    }.get(status, "")


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, an example value, the field it fills."""

    mapping_changed = QtSignal()
    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.samples: list[str] = []
        self.mapping = ColumnMapping(())
        self.editable = True  # False while a known layout decides where each column goes
        # The texts the views ask for again and again (each ask is a Python call on the UI
        # thread, which waits for the interpreter lock while a worker thread holds it).
        self.labels: dict[str, str] = {}
        self.titles = (
            tr("Import", "Column in the file"),
            tr("Import", "Example"),
            tr("Import", "Imports as"),
        )

    def load(self, table: CsvTable, mapping: ColumnMapping, *, editable: bool = True) -> None:
        self.beginResetModel()
        self.editable = editable
        self.headers = table.headers
        self.samples = []
        for column in range(len(table.headers)):
            sample = next(
                (
                    cells[column]
                    for _, cells in table.rows[:SAMPLE_ROWS]
                    if column < len(cells) and cells[column]
                ),
                "",
            )
            self.samples.append(sample if len(sample) <= SAMPLE_MAX else sample[:SAMPLE_MAX] + "…")
        self.mapping = mapping
        self.labels = target_labels()
        self.endResetModel()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        if self.headers:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.headers) - 1, 2))
        self.mapping_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.titles):
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _MAPPING_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.headers):
            return None
        target = self.mapping.targets[row] if row < len(self.mapping.targets) else None
        if role in _TEXT_ROLES:
            if column == 0:
                return self.headers[row] or tr("Import", "(column {0} has no name)").format(row + 1)
            if column == 1:
                return self.samples[row]
            if column == 2:
                return target_label(target, self.labels)
        if role in (Qt.ItemDataRole.EditRole, TARGET_ROLE) and column == 2:
            return target or ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2 and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.editable:
            return False
        target = str(value) if value else None
        if target is not None and target not in TARGETS:
            return False
        self.mapping = self.mapping.with_target(index.row(), target)
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """Chooses a column's field from a list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(target_label(None), "")
        for target in TARGETS:
            combo.addItem(target_label(target), target)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The file's rows (all of them, or only those with problems) and each row's fate.

    Holds references into the read file; cells are produced when a row is shown. A cell
    can be corrected in place: the correction is kept beside the file's text (`edits`),
    shown in italics, and the dialog checks the rows again with it."""

    FIXED = 3  # row number, status, why
    cell_edited = QtSignal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[tuple[int, int], str] = {}  # (row number, column) -> corrected text
        self.table: CsvTable | None = None
        self.preview: ImportPreview | None = None
        self.only_problems = False
        self.visible: list[int] = []  # indexes into table.rows
        self.mapping = ColumnMapping(())
        self.statuses: dict[str, str] = {}
        self.titles: list[str] = []

    def load(self, table: CsvTable | None, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self.table, self.preview, self.mapping = table, None, mapping
        self.edits = {}
        self._select()
        self._texts()
        self.endResetModel()

    def edited_table(self) -> CsvTable | None:
        """The file's rows with the corrections made here."""
        table = self.table
        if table is None or not self.edits:
            return table
        width = len(table.headers)
        rows = []
        for number, cells in table.rows:
            if any(key[0] == number for key in self.edits):
                padded = list(cells) + [""] * (width - len(cells))
                for column in range(width):
                    if (number, column) in self.edits:
                        padded[column] = self.edits[(number, column)]
                rows.append((number, tuple(padded)))
            else:
                rows.append((number, cells))
        return CsvTable(table.source, table.headers, tuple(rows), table.separator, False)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.FIXED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or self.table is None
            or index.column() < self.FIXED
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        number, cells = self.table.rows[self.visible[index.row()]]
        column = index.column() - self.FIXED
        original = cells[column] if column < len(cells) else ""
        text = str(value)
        if text == original:
            self.edits.pop((number, column), None)
        else:
            self.edits[(number, column)] = text
        self.dataChanged.emit(index, index)
        self.cell_edited.emit()
        return True

    def set_preview(self, preview: ImportPreview | None, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self.preview, self.mapping = preview, mapping
        self._select()
        self._texts()
        self.endResetModel()

    def _texts(self) -> None:
        """The column titles and status words, made once: the views ask for them for every
        section and cell they measure or paint (see MappingModel)."""
        self.statuses = {status: status_text(status) for status in STATUSES}
        titles = [tr("Import", "Row"), tr("Import", "Status"), tr("Import", "Why")]
        labels = target_labels()
        if self.table is not None:
            targets = self.mapping.targets
            for column, header in enumerate(self.table.headers):
                target = targets[column] if column < len(targets) else None
                titles.append(f"{header} → {target_label(target, labels)}" if target else header)
        self.titles = titles

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._select()
        self.endResetModel()

    def _select(self) -> None:
        rows = self.table.rows if self.table is not None else ()
        if self.only_problems and self.preview is not None:
            flagged = self.preview.problems
            self.visible = [i for i, (number, _) in enumerate(rows) if number in flagged]
        else:
            self.visible = list(range(len(rows)))

    def row_number(self, row: int) -> int:
        assert self.table is not None
        return self.table.rows[self.visible[row]][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return self.FIXED + len(self.table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self.table is None or not 0 <= section < len(self.titles):
            return None
        return self.titles[section]

    def _fate(self, number: int) -> tuple[str, str]:
        if self.preview is None:
            return "", ""
        status = self.preview.status.get(number, "")
        if status == INVALID:
            why = "; ".join(
                f"{p.field}: {p.message}" if p.field else p.message
                for p in self.preview.problems.get(number, [])
            )
        else:
            notes = [self.preview.skipped.get(number, ""), self.preview.likely.get(number, "")]
            notes += self.preview.decisions.get(number, [])
            why = "; ".join(n for n in notes if n)
        return status, why

    def text(self, row: int, column: int, *, whole: bool = False) -> str:
        """What a cell shows (`whole`: its tooltip, line breaks kept)."""
        assert self.table is not None
        number, cells = self.table.rows[self.visible[row]]
        if column == 0:
            return str(number)
        if column < self.FIXED:
            status, why = self._fate(number)
            return self.statuses.get(status, "") if column == 1 else why
        cell_index = column - self.FIXED
        cell = cells[cell_index] if cell_index < len(cells) else ""
        cell = self.edits.get((number, cell_index), cell)
        return cell if whole else cell.replace("\n", " ⏎ ")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _PREVIEW_ROLES or self.table is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.visible):
            return None
        number, cells = self.table.rows[self.visible[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), column, whole=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole and column >= self.FIXED:
            cell_index = column - self.FIXED
            cell = cells[cell_index] if cell_index < len(cells) else ""
            return self.edits.get((number, cell_index), cell)
        if role == Qt.ItemDataRole.FontRole and (number, column - self.FIXED) in self.edits:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 2):
            status, _ = self._fate(number)
            if status == INVALID:
                return QBrush(QColor(200, 40, 40))
            if status == SKIPPED or (self.preview is not None and number in self.preview.likely):
                return QBrush(QColor(160, 110, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return _RIGHT
        return None
