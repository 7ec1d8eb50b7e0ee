"""The Qt model of the Reviews page's lists of clients due, read a page at a time.

The model is given a list's count and first rows (`DueList`, read off the UI thread) and
shows every row of it at once; a row not read yet shows "…" and asks for its rows with
`rows_wanted`, which the page answers off the UI thread (`DuePages.rows`), handing the
rows back to `put_rows`. Nothing is sorted or filtered here (docs/design.md, "Budgets").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from advisor_referrals.services.reviews.due_pages import PAGE_ROWS, DueList, DueRows
from advisor_referrals.services.reviews.review_lists import DueEntry
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.models.column_titles import column_title
from advisor_referrals.ui.reviews.models import LATE, Column
from advisor_referrals.ui.reviews.text import segment_text, tier_text, trn

Index = QModelIndex | QPersistentModelIndex
LATE_COLUMN = 6


def _lateness(entry: DueEntry) -> str:
    if entry.due_on is None:
        return tr("Reviews", "never reviewed")
    if entry.days_late is not None and entry.days_late > 0:
        return trn("Reviews", "%n day(s) late", entry.days_late)
    if entry.days_late == 0:
        return tr("Reviews", "due today")
    return trn("Reviews", "in %n day(s)", -(entry.days_late or 0))


def _cadence(entry: DueEntry) -> str:
    return trn("Reviews", "%n a year", entry.cadence)


class DueListModel(QAbstractTableModel):
    """Clients whose review is overdue or coming due, in the order the service gives."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # The list, and the positions start to stop - 1 the view wants and nobody has read.
    rows_wanted = Signal(object, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[DueEntry]] = [
            Column(tr("Reviews", "Client"), lambda e: e.name),
            Column(tr("Reviews", "Tier"), lambda e: tier_text(e.tier)),
            Column(tr("Reviews", "Segment"), lambda e: segment_text(e.segment)),
            Column(tr("Reviews", "Cadence"), _cadence),
            Column(tr("Reviews", "Last review"), lambda e: short_date(e.last_review)),
            Column(tr("Reviews", "Due"), lambda e: short_date(e.due_on) or tr("Reviews", "now")),
            Column(tr("Reviews", "Late by"), _lateness, align_right=True),
            Column(tr("Reviews", "Booked for"), lambda e: short_date(e.next_scheduled)),
        ]
        self.page_rows = PAGE_ROWS  # rows asked for at a time as the view is scrolled
        self.due_list: DueList | None = None
        self._rows: dict[int, DueEntry] = {}
        self._asked: set[int] = set()  # blocks asked for (or read)
        self._starts: list[int] = []

    # The list

    def set_list(self, due_list: DueList | None) -> None:
        """Show this list: its count, and its first rows as read with it."""
        self.beginResetModel()
        self.due_list = due_list
        self._rows = dict(enumerate(due_list.first_rows)) if due_list else {}
        self._starts = [block.start for block in due_list.blocks] if due_list else []
        self._asked = set(due_list.blocks_over(0, len(due_list.first_rows))) if due_list else set()
        self.endResetModel()

    def put_rows(self, due_list: DueList, found: DueRows) -> None:
        """Rows read for `rows_wanted`; ignored when the list shown is another by now."""
        if due_list is not self.due_list or not found.rows:
            return
        stop = min(found.start + len(found.rows), self.total())
        for offset, row in enumerate(found.rows[: stop - found.start]):
            self._rows[found.start + offset] = row
        self.dataChanged.emit(
            self.index(found.start, 0), self.index(stop - 1, len(self.columns) - 1)
        )

    def total(self) -> int:
        return self.due_list.total if self.due_list else 0

    def row_at(self, row: int) -> DueEntry | None:
        """The client at this position, None when not read yet (or out of the list)."""
        return self._rows.get(row)

    @property
    def rows(self) -> list[DueEntry]:
        """The rows read so far, in the list's order (all of them once all are read)."""
        return [self._rows[row] for row in sorted(self._rows)]

    def _want(self, row: int) -> None:
        due_list = self.due_list
        if due_list is None:
            return
        block = bisect_right(self._starts, row) - 1
        if block in self._asked:
            return
        # A page from this row on, less the blocks already asked for.
        chosen = [
            b for b in due_list.blocks_over(row, row + self.page_rows) if b not in self._asked
        ]
        self._asked.update(chosen)
        first, last = due_list.blocks[chosen[0]], due_list.blocks[chosen[-1]]
        self.rows_wanted.emit(due_list, first.start, last.start + last.count)

    # Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.total():
            return None
        if role == self.ROW_ROLE:
            return index.row()
        entry = self._rows.get(index.row())
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row())
                return "…" if index.column() == 0 else ""
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        late = entry.due_on is None or (entry.days_late or 0) > 0
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == LATE_COLUMN and late:
            return QBrush(LATE)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self.columns, section, orientation, role)
