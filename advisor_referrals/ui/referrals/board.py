"""The pipeline board: a column per status, a card per referral; drag a card to move it.

The board loads every column's ids with one query. After a change it loads them again
and each column takes its new ids in place: only the cards of the referrals (and of
the people) that changed are fetched again, so a move costs two small queries and no
column loses its scroll position (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.pipeline import BOARD_ORDER, STATUS_LABELS
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.referrals.referral_lists import (
    ReferralFilter,
    ReferralListRow,
    ReferralSort,
    ReferralTable,
)
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import CONTACT, REFERRAL
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.today_lists import opens_rows
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.lazy_model import ROW_ROLE, AnyIndex, Column, LazyTableModel
from advisor_referrals.ui.referrals.referral_menu import referral_menu
from advisor_referrals.ui.worker import run_task

MIME = "application/x-advisor-referrals-referral"
CARD_HEIGHT = 58
WINDOWS = (
    (90, "Received in the last 90 days"),
    (365, "Received in the last 12 months"),
    (0, "All"),
)


def age_text(row: ReferralListRow, today: date) -> str:
    days = row.age_days(today)
    return tr("Referrals", "today") if days <= 0 else tr("Referrals", "{0} d").format(days)


def card_tooltip(row: ReferralListRow) -> str:
    """The card in full, whatever its column's width cut: names, dates, what is owed."""
    lines = [
        row.referred_name,
        tr("Referrals", "Referred by {0}").format(row.referrer_name),
        tr("Referrals", "Received {0}").format(formats.short_date(row.received_on)),
    ]
    if row.first_contacted_on is None:
        lines.append(tr("Referrals", "No first contact yet"))
    if row.thanked_on is None:
        lines.append(tr("Referrals", "Not thanked yet"))
    if row.missing_disclosure:
        lines.append(tr("Referrals", "Compensated, and no disclosure delivered yet."))
    return "\n".join(lines)


class BoardColumnModel(LazyTableModel):
    """The referrals of one status; accepts drops of cards from the other columns."""

    move_requested = Signal(int, int, str, str)  # id, version, referred name, new status

    def __init__(self, table: ReferralTable, status: ReferralStatus, board: Board) -> None:
        super().__init__(
            [Column(STATUS_LABELS[status], lambda r: r.referred_name, tooltip=card_tooltip)],
            lambda _sort, _desc: table.ids(
                board.filter_for(status), ReferralSort.RECEIVED_ON, True
            ),
            table.rows,
            board,
        )
        self.status = status

    def cards_of(self, contacts: frozenset[int]) -> frozenset[int]:
        """The referrals shown whose referrer or referred person is one of `contacts`."""
        return frozenset(
            row.id
            for row in self.cached_rows()
            if row.referrer_id in contacts or row.referred_id in contacts
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Any) -> QMimeData:
        cards = []
        for index in indexes:
            row = self.row_at(index.row())
            if row is not None:
                cards.append(
                    {
                        "id": row.id,
                        "version": row.version,
                        "name": row.referred_name,
                        "from": self.status.value,
                    }
                )
        data = QMimeData()
        data.setData(MIME, QByteArray(json.dumps(cards).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(MIME) and any(c["from"] != self.status.value for c in _cards(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """What a drop on this column does: ask to move each card here (the board decides)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        for card in _cards(data):
            if card["from"] != self.status.value:
                self.move_requested.emit(
                    card["id"], card["version"], card["name"], self.status.value
                )
        return True


def _cards(data: QMimeData) -> list[dict[str, Any]]:
    try:
        cards = json.loads(bytes(data.data(MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [c for c in cards if isinstance(c, dict) and {"id", "version", "from"} <= set(c)]


class CardDelegate(QStyledItemDelegate):
    """Paints a referral as a card: who was referred, by whom, and how long ago.

    A name too long for the column is elided in the middle, so both its ends show (the
    first name and the family name); the card's tooltip holds everything in full.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width() or 160, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ReferralListRow | None = index.data(ROW_ROLE)
        palette = option.palette
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(8, 4, -8, -4)
        if row is None:
            painter.setPen(text_colour)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, "…")
            painter.restore()
            return
        # The name has the whole first line; who referred and how long ago share the second.
        half = inner.height() // 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        painter.drawText(
            top,
            left,
            painter.fontMetrics().elidedText(
                row.referred_name, Qt.TextElideMode.ElideMiddle, inner.width()
            ),
        )
        painter.setFont(option.font)
        bottom = top.translated(0, half)
        age = age_text(row, date.today())
        age_width = painter.fontMetrics().horizontalAdvance(age) + 8
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        by = tr("Referrals", "from {0}").format(row.referrer_name)
        if row.missing_disclosure:
            painter.setPen(QColor("#c2410c"))
            by = "⚠ " + by
        painter.drawText(
            bottom,
            left,
            painter.fontMetrics().elidedText(
                by, Qt.TextElideMode.ElideMiddle, inner.width() - age_width
            ),
        )
        painter.restore()


class Board(QWidget):
    def __init__(
        self, table: ReferralTable, controller: ReferralController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.controller = controller
        self.window_days = 365
        self.period = QComboBox(self)
        for days, text in WINDOWS:
            self.period.addItem(tr("Referrals", text), days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._generation = 0
        self.models: dict[ReferralStatus, BoardColumnModel] = {}
        self.views: dict[ReferralStatus, QListView] = {}
        self.headers: dict[ReferralStatus, QLabel] = {}
        columns = QHBoxLayout()
        columns.setSpacing(6)
        delegate = CardDelegate(self)
        for status in BOARD_ORDER:
            model = BoardColumnModel(table, status, self)
            model.move_requested.connect(self._move)
            model.loaded.connect(lambda s=status: self._count(s))
            view = QListView(self)
            view.setModel(model)
            view.setItemDelegate(delegate)
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setUniformItemSizes(True)
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.setStyleSheet("QListView { background: palette(window); }")
            opens_rows(view, partial(self._open_at, model))
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view, m=model: self._menu(v, m, pos)
            )
            # Seven columns share the page: a narrow one wraps its title and elides its
            # cards rather than widen the window past a laptop's screen.
            view.setMinimumWidth(72)
            header = QLabel(self)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold; padding: 4px;")
            box = QFrame(self)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(box)
            column.setContentsMargins(2, 2, 2, 2)
            column.addWidget(header)
            column.addWidget(view, 1)
            columns.addWidget(box, 1)
            self.models[status], self.views[status], self.headers[status] = model, view, header
            self._count(status)
        hint = QLabel(
            tr(
                "Referrals",
                "Drag a card to another column to move it. Return or double-click opens "
                "it; right-click for everything else.",
            ),
            self,
        )
        hint.setWordWrap(True)  # a narrow window wraps it rather than growing wider
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def filter_for(self, status: ReferralStatus) -> ReferralFilter:
        since = date.today() - timedelta(days=self.window_days) if self.window_days else None
        return ReferralFilter(statuses=frozenset({status}), received_from=since)

    def refresh(self) -> None:
        """Load every column again, every card included."""
        self._load(None)

    def apply_changes(self, changes: BookChanges) -> None:
        """Follow a change: only the cards of changed referrals, or of changed people, are
        fetched again; columns whose cards did not change cost nothing."""
        referrals, contacts = changes.ids_of(REFERRAL), changes.ids_of(CONTACT)
        if referrals is None or contacts is None:
            self._load(None)
        elif referrals or contacts:
            self._load(referrals, contacts)

    def _load(
        self, referrals: frozenset[int] | None, contacts: frozenset[int] = frozenset()
    ) -> None:
        self._generation += 1
        generation = self._generation
        since = date.today() - timedelta(days=self.window_days) if self.window_days else None
        for model in self.models.values():
            model.loading = True
        table = self.table
        run_task(
            self,
            lambda _p: table.board(since),
            lambda cards: self._show(generation, cards, referrals, contacts),
        )

    def _show(
        self,
        generation: int,
        cards: list[tuple[int, ReferralStatus]],
        referrals: frozenset[int] | None,
        contacts: frozenset[int],
    ) -> None:
        if generation != self._generation:
            return
        columns: dict[ReferralStatus, list[int]] = {status: [] for status in self.models}
        for referral_id, status in cards:
            if status in columns:
                columns[status].append(referral_id)
        for status, model in self.models.items():
            stale = None if referrals is None else referrals | model.cards_of(contacts)
            model.set_ids(columns[status], stale)

    @property
    def complete(self) -> bool:
        return all(m.complete for m in self.models.values())

    def _period_changed(self) -> None:
        self.window_days = int(self.period.currentData())
        self.refresh()

    def _count(self, status: ReferralStatus) -> None:
        label = tr("Referrals", STATUS_LABELS[status])
        self.headers[status].setText(f"{label} ({self.models[status].rowCount()})")

    def _move(self, referral_id: int, version: int, name: str, status: str) -> None:
        # The board follows the move when the book events announce it.
        self.controller.move(referral_id, version, ReferralStatus(status), name)

    def _open_at(self, model: BoardColumnModel, row_number: int) -> None:
        row = model.row_at(row_number)
        if row is not None:
            self.controller.open_referral(row.id)

    def _menu(self, view: QListView, model: BoardColumnModel, pos: QPoint) -> None:
        row = model.row_at(view.indexAt(pos).row()) if view.indexAt(pos).isValid() else None
        if row is None:
            return
        # The same menu as the table's rows: every action a referral has.
        referral_menu(self, self.controller, row).exec(view.viewport().mapToGlobal(pos))
