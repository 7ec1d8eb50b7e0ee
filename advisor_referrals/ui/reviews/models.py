"""Qt table models of the Reviews page: rows computed and sorted by the services.

These lists are results (booked, needing an outcome, suggestions), loaded off the UI
thread in one go and shown as given; nothing is sorted or filtered here. The lists of
clients due are read a page at a time (`due_model.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisor_referrals.domain.engagement import Reason
from advisor_referrals.services.contacts.segments import SegmentSuggestion
from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.ui.formats import short_date, short_time
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.models.column_titles import column_title
from advisor_referrals.ui.reviews.text import (
    kind_text,
    reason_text,
    segment_text,
    tier_text,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#B3261E")


class Column(Generic[Row]):
    def __init__(self, title: str, text: Callable[[Row], str], align_right: bool = False) -> None:
        self.title = title
        self.text = text
        self.align_right = align_right


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of rows the service already ordered."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: Sequence[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows`, kept as given: a long list may make each row when it is read
        (the suggested segments), and the view reads only the rows it shows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ROW_ROLE:
            return index.row()
        return self.extra(row, index.column(), role)

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self.columns, section, orientation, role)


def _when(entry: ScheduledEntry) -> str:
    return short_time(entry.scheduled_time) or tr("Reviews", "all day")


class ScheduledModel(RowsModel[ScheduledEntry]):
    """Booked reviews; those whose day has passed are marked as waiting to be recorded."""

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        self.today = today
        super().__init__(
            [
                Column(tr("Reviews", "Date"), lambda e: short_date(e.scheduled_for)),
                Column(tr("Reviews", "Time"), _when),
                Column(tr("Reviews", "Client"), lambda e: e.name),
                Column(tr("Reviews", "Tier"), lambda e: tier_text(e.tier)),
                Column(tr("Reviews", "Kind"), lambda e: kind_text(e.kind)),
                Column(tr("Reviews", "Status"), self._status),
            ],
            parent,
        )

    def _status(self, entry: ScheduledEntry) -> str:
        if entry.scheduled_for < self.today():
            return tr("Reviews", "Held? Record it")
        if entry.rescheduled_from_id is not None:
            return tr("Reviews", "Moved")
        return tr("Reviews", "Booked")

    def extra(self, row: ScheduledEntry, column: int, role: int) -> Any:
        waiting = row.scheduled_for < self.today()
        if waiting and role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QBrush(LATE)
        if waiting and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _reasons(reasons: Sequence[Reason]) -> str:
    return "; ".join(reason_text(reason) for reason in reasons)


class SuggestionModel(RowsModel[SegmentSuggestion]):
    """Clients whose evidence points to another segment than the one chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Reviews", "Client"), lambda s: s.name),
                Column(tr("Reviews", "Tier"), lambda s: tier_text(s.tier)),
                Column(tr("Reviews", "Chosen segment"), lambda s: segment_text(s.current)),
                Column(tr("Reviews", "Suggested"), lambda s: segment_text(s.suggestion.segment)),
                Column(tr("Reviews", "Why"), lambda s: _reasons(s.suggestion.reasons)),
            ],
            parent,
        )

    def extra(self, row: SegmentSuggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == 3:
            font = QFont()
            font.setBold(True)
            return font
        return None
