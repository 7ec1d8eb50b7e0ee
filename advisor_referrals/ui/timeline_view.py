"""The timeline list: date, a coloured dot for the kind of event, and two lines of text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from advisor_referrals.domain.timeline import TimelineEntry, TimelineKind
from advisor_referrals.ui import theme
from advisor_referrals.ui.models.timeline_model import TimelineModel

Index = QModelIndex | QPersistentModelIndex
DATE_WIDTH = 92
PADDING = 6

_DOTS_LIGHT = {
    TimelineKind.TRIGGER: "#C77700",
    TimelineKind.REFERRAL_GIVEN: "#2764A8",
    TimelineKind.REFERRAL_RECEIVED: "#2764A8",
    TimelineKind.THANKED: "#2764A8",
    TimelineKind.SENT_TO_COI: "#5B6FB5",
    TimelineKind.RECEIVED_FROM_ADVISOR: "#5B6FB5",
    TimelineKind.REVIEW: "#1E7B34",
    TimelineKind.KIT: "#8344A8",
    TimelineKind.ASK: "#B23A6B",
}
_DOTS_DARK = {
    TimelineKind.TRIGGER: "#F0B34A",
    TimelineKind.REFERRAL_GIVEN: "#7FAEE8",
    TimelineKind.REFERRAL_RECEIVED: "#7FAEE8",
    TimelineKind.THANKED: "#7FAEE8",
    TimelineKind.SENT_TO_COI: "#A3B1EB",
    TimelineKind.RECEIVED_FROM_ADVISOR: "#A3B1EB",
    TimelineKind.REVIEW: "#7BCB8E",
    TimelineKind.KIT: "#C99BE6",
    TimelineKind.ASK: "#E58AB0",
}


def dot_color(kind: TimelineKind) -> QColor:
    dots = _DOTS_DARK if theme.is_dark() else _DOTS_LIGHT
    return QColor(dots.get(kind, theme.colors().muted))


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = 2 if index.data(TimelineModel.DetailRole) else 1
        return QSize(200, lines * metrics.height() + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else QColor(theme.colors().muted)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        top = rect.top() + PADDING
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left() + PADDING, top, DATE_WIDTH - PADDING, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(TimelineModel.DateRole) or "",
        )
        entry: TimelineEntry | None = index.data(TimelineModel.EntryRole)
        if entry is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot_color(entry.kind))
            painter.drawEllipse(rect.left() + DATE_WIDTH + 2, top + line // 2 - 4, 8, 8)
        left = rect.left() + DATE_WIDTH + 18
        width = rect.right() - left - PADDING
        painter.setPen(text_color)
        headline = metrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignVCenter, headline)
        detail = index.data(TimelineModel.DetailRole) or ""
        if detail:
            painter.setPen(muted)
            shown = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRect(left, top + line, width, line), Qt.AlignmentFlag.AlignVCenter, shown
            )
        painter.restore()


class TimelineView(QListView):
    """The list of a contact's events; activating one about another person opens them, and
    activating an ask opens it to edit (or delete)."""

    open_contact = Signal(int)
    open_ask = Signal(int)  # an ask's entry asks to be edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.activated.connect(self._activated)
        self.doubleClicked.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        entry: TimelineEntry | None = index.data(TimelineModel.EntryRole)
        if entry is not None and entry.kind is TimelineKind.ASK and entry.record_id is not None:
            self.open_ask.emit(entry.record_id)
            return
        other = index.data(TimelineModel.OtherContactRole)
        if other is not None:
            self.open_contact.emit(int(other))
