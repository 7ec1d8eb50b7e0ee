"""A table model that holds row ids and fetches the rows a page at a time, off the UI thread.

The ids come sorted and filtered from SQL (`ids(sort, descending)`); `rows(ids)` fills
a page when a view first asks for one of its cells. Used by the Triggers page, the
referral table, the board's columns and the compliance ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from advisor_referrals.ui.worker import run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 100

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Any = None
    tooltip: Callable[[Any], str] | None = None
    right: bool = False


class LazyTableModel(QAbstractTableModel):
    loaded = Signal()
    page_loaded = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        ids: Callable[[Any, bool], list[int]],
        rows: Callable[[list[int]], list[Any]],
        parent: QObject | None = None,
        *,
        sort: Any = None,
        descending: bool = True,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._ids_of = ids
        self._rows_of = rows
        self.sort_key = sort
        self.descending = descending
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._asked: set[int] = set()
        self._generation = 0
        self.loading = False

    # Loading

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        sort, descending = self.sort_key, self.descending
        run_task(
            self,
            lambda _p: self._ids_of(sort, descending),
            lambda ids: self._set_ids(generation, ids),
        )

    def _set_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self._asked = set()
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    def _fetch_page(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        wanted = self._ids[page * PAGE : (page + 1) * PAGE]
        run_task(
            self, lambda _p: self._rows_of(wanted), lambda rows: self._got(generation, page, rows)
        )

    def _got(self, generation: int, page: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        for row in rows:
            self._rows[row.id] = row
        first = page * PAGE
        last = min(len(self._ids), first + PAGE) - 1
        if last >= first and self.columns:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit()

    @property
    def complete(self) -> bool:
        """Every row of the current ids is loaded (tests and screenshots wait for this)."""
        return not self.loading and all(i in self._rows for i in self._ids)

    def load_all(self) -> None:
        for page in range((len(self._ids) + PAGE - 1) // PAGE):
            self._fetch_page(page)

    # Access

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any:
        rid = self.id_at(row)
        if rid is None:
            return None
        found = self._rows.get(rid)
        if found is None:
            self._fetch_page(row // PAGE)
        return found

    def position_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    # Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if role == ROW_ROLE:
            return row
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
