"""A month calendar of booked reviews: a count on each day, that day's reviews beside it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.ui.fields import from_qdate
from advisor_referrals.ui.formats import short_date, short_time
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.text import kind_text, trn

BADGE = QColor("#1F5C99")


class ReviewCalendar(QCalendarWidget):
    """Paints how many reviews are booked on each day of the month shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[date, int] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def set_counts(self, counts: dict[date, int]) -> None:
        self.counts = counts
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        count = self.counts.get(from_qdate(day))
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(rect.height() // 2, 18)
        badge = QRect(rect.right() - size - 2, rect.top() + 2, size, size)
        painter.setBrush(BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
        painter.restore()


class CalendarPane(QWidget):
    """The calendar and the list of the chosen day; asks for data when the month changes."""

    month_wanted = Signal(object, object)  # first and last day shown
    entry_activated = Signal(object)  # ScheduledEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: dict[date, list[ScheduledEntry]] = {}
        layout = QHBoxLayout(self)
        self.calendar = ReviewCalendar()
        self.calendar.setMinimumWidth(420)
        layout.addWidget(self.calendar, 3)
        side = QVBoxLayout()
        self.day_label = QLabel()
        side.addWidget(self.day_label)
        self.day_list = QListWidget()
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        side.addWidget(self.day_list, 1)
        layout.addLayout(side, 2)
        self.calendar.currentPageChanged.connect(lambda *_: self.request_month())
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_list.itemActivated.connect(self._activated)

    def shown_range(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        # The grid shows up to six weeks, starting before the 1st and ending after the month.
        return first - timedelta(days=7), first + timedelta(days=44)

    def request_month(self) -> None:
        start, end = self.shown_range()
        self.month_wanted.emit(start, end)

    def set_entries(self, entries: Sequence[ScheduledEntry]) -> None:
        by_day: dict[date, list[ScheduledEntry]] = defaultdict(list)
        for entry in entries:
            by_day[entry.scheduled_for].append(entry)
        self.entries = dict(by_day)
        self.calendar.set_counts({day: len(items) for day, items in by_day.items()})
        self._show_day()

    def selected_entry(self) -> ScheduledEntry | None:
        item = self.day_list.currentItem()
        entry = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return entry if isinstance(entry, ScheduledEntry) else None

    def _show_day(self) -> None:
        day = from_qdate(self.calendar.selectedDate())
        assert isinstance(day, date)
        items = self.entries.get(day, [])
        self.day_label.setText(
            "<b>" + short_date(day) + "</b> — " + trn("Reviews", "%n review(s)", len(items))
        )
        self.day_list.clear()
        for entry in items:
            when = short_time(entry.scheduled_time) or tr("Reviews", "all day")
            kind = kind_text(entry.kind)
            text = f"{when}  {entry.name}" + (f"  ({kind})" if kind else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if day < date.today():
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.day_list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_activated.emit(item.data(Qt.ItemDataRole.UserRole))
