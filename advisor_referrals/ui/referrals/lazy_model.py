"""A table model that holds row ids and fetches the rows a page at a time, off the UI thread.

The ids come sorted and filtered from SQL (`ids(sort, descending)`); `rows(ids)` fills
a page when a view first asks for one of its cells. Used by the Triggers page, the
referral table, the board's columns and the compliance ledger.

`reload()` starts over (a new filter or sort); `set_ids(ids, stale)` follows a change
in place: rows that left are removed, new ones inserted, and only the rows named stale
are fetched again, so the view keeps its scroll position and selection.
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

from advisor_referrals.ui.models.column_titles import column_title
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
        self._position: dict[int, int] = {}
        self._rows: dict[int, Any] = {}
        self._asked: set[int] = set()  # ids whose rows are being fetched
        self._generation = 0  # a reload discards what earlier fetches bring
        self._marks = 0  # counts `set_ids` calls, to tell a fetch older than a change
        self._stale_at: dict[int, int] = {}
        self._fresh: set[int] = set()  # rows fetched since the last reload began
        self.loading = False

    # Loading

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        # Fetches still running belong to the old generation and will be dropped; rows
        # fetched from now on are current and survive the new ids.
        self._asked = set()
        self._fresh = set()
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
        self._index_positions()
        self._rows = {i: row for i, row in self._rows.items() if i in self._fresh}
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    def set_ids(self, ids: Sequence[int], stale: frozenset[int] | None) -> None:
        """Show these ids, keeping the rows already fetched except the `stale` ones (None:
        every row is stale). Rows move in and out one by one rather than in a reset."""
        self._marks += 1
        dropped = set(self._rows) if stale is None else stale & set(self._rows)
        for record_id in (set(self._rows) | self._asked) if stale is None else stale:
            self._rows.pop(record_id, None)
            self._stale_at[record_id] = self._marks
        new = list(ids)
        if new != self._ids:
            self._move_rows(new)
        if self.columns:
            for record_id in dropped:
                row = self._position.get(record_id)
                if row is not None:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.columns) - 1)
                    )
        self.loading = False
        self.loaded.emit()

    def _move_rows(self, new: list[int]) -> None:
        wanted = set(new)
        for row in range(len(self._ids) - 1, -1, -1):
            if self._ids[row] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        kept = set(self._ids)
        if [i for i in new if i in kept] != self._ids:  # the order changed: start over
            self.beginResetModel()
            self._ids = new
            self._index_positions()
            self.endResetModel()
            return
        for row, record_id in enumerate(new):
            if record_id not in kept:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, record_id)
                self.endInsertRows()
        self._index_positions()

    def _index_positions(self) -> None:
        self._position = {record_id: row for row, record_id in enumerate(self._ids)}

    def _fetch_page(self, page: int) -> None:
        wanted = [
            i
            for i in self._ids[page * PAGE : (page + 1) * PAGE]
            if i not in self._rows and i not in self._asked
        ]
        if not wanted:
            return
        self._asked.update(wanted)
        generation, mark = self._generation, self._marks
        run_task(
            self,
            lambda _p: self._rows_of(wanted),
            lambda rows: self._got(generation, mark, wanted, rows),
        )

    def _got(self, generation: int, mark: int, wanted: list[int], rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._asked.difference_update(wanted)
        for row in rows:
            # A row changed after it was asked for is asked for again when next shown.
            if self._stale_at.get(row.id, 0) <= mark:
                self._rows[row.id] = row
                self._fresh.add(row.id)
        shown = [self._position[i] for i in wanted if i in self._position]
        if shown and self.columns:
            self.dataChanged.emit(
                self.index(min(shown), 0), self.index(max(shown), len(self.columns) - 1)
            )
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
        return self._position.get(record_id, -1)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def cached_rows(self) -> list[Any]:
        """The rows fetched so far."""
        return list(self._rows.values())

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
        return column_title(self.columns, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
