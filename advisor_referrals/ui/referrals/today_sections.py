"""The referral blocks of the Today view: never let a referral go cold, and who to ask now.

Each is a `TodaySection`; `make_today_sections()` builds them for the page that hosts them.
The four referral lists share one `TodayCounts`: however many of them reload together,
their counts come from one query, asked once. Each is a need of `ReferralTable`, so
its "Show all" opens the Referrals table filtered by that same need.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.asking import AskCandidate
from advisor_referrals.domain.asks import AskMethod
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.practice import TaskKind
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.referrals.referral_lists import (
    ReferralListRow,
    ReferralNeed,
    ReferralTable,
)
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.book_events import ASK, CONTACT, REFERRAL, REVIEW, SETTING, TRIGGER
from advisor_referrals.ui.formats import medium_date, money, short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import ListLink
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.pages.today_lists import ListFooter, count_heading, open_hint, opens_rows
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.worker import run_task

SHOWN = 10
TEXT_COLUMN_MAX = 200  # px: a long name or date text elides rather than push the buttons
COLUMN_MIN = 60  # px: the least a text column keeps when a card is narrow
Action = tuple[str, Callable[[], None]]
# Gives a follow-up to a member (kind, referral id, what it is about, day it started);
# set on a practice's book (docs/design.md, "A practice").
Assign = Callable[[TaskKind, int, str, date], None]


class ListSection(TodaySection):
    """A titled list of up to ten rows, each with its action buttons, its total beside the
    title, and the way to the whole list (docs/design.md, "Changes and undo").

    A click selects a row; Return or a double-click opens it (`open_row`), as the hint
    under the list says. "Show all…" opens the list's `link()` on its page, or, for a
    list that has no page of its own, the whole list in a dialog (`fetch_all`).
    """

    # A long free-text column that takes the room the others leave and elides (its
    # tooltip holds it whole), so a long line cannot push the buttons out of sight
    # behind a horizontal scroll bar in a half-width card. None: every column fits.
    elided_column: int | None = None

    def __init__(self, controller: ReferralController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: list[Any] = []
        self.total = 0
        self.loaded = False
        self.full_list: FullListDialog | None = None
        self._wanted: tuple[int, list[int]] | None = None  # _measure, until the rows change
        self.heading = self.make_heading()
        self.empty = QLabel(self.empty_text(), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.table = QTableWidget(0, len(self.headers()) + 1, self)
        self.table.setHorizontalHeaderLabels([*self.headers(), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        opens_rows(self.table, self._open_at)
        # The buttons always show whole (see `_fit_columns`): text elides in the middle (the
        # tooltip holds it whole) and the table never scrolls sideways in a half-width card.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer = ListFooter(self)
        self.footer.show_all.connect(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.footer)
        self._show()

    # What a section says

    def headers(self) -> list[str]:
        raise NotImplementedError

    def stretch_column(self) -> int:
        """The column that takes the room the others leave."""
        return self.elided_column if self.elided_column is not None else 0

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def row_actions(self, row: Any) -> list[Action]:
        return []

    def open_row(self, row: Any) -> None:
        """What Return or a double-click does: open what the row is about. Never one of
        the row's buttons that change the book; those take a click of their own."""

    def empty_text(self) -> str:
        return tr("Today", "Nothing here today.")

    def fetch(self, today: date) -> tuple[list[Any], int]:
        raise NotImplementedError

    def link(self) -> ListLink | None:
        """The whole list on its page; None: shown in a dialog (`fetch_all`)."""
        return None

    def fetch_all(self, today: date) -> list[Any]:
        """Every row, for a list without a page of its own (read off the UI thread)."""
        return list(self.rows)

    # Loading and showing

    def refresh(self) -> None:
        today = date.today()
        run_task(self, lambda _p: self.fetch(today), self.got)

    def got(self, found: tuple[list[Any], int]) -> None:
        self.rows, self.total = found
        self.loaded = True
        self._show()

    def _show(self) -> None:
        self.heading.setText(count_heading(self.title(), len(self.rows), self.total))
        self.empty.setVisible(self.loaded and not self.rows)
        self.table.setVisible(bool(self.rows))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            self.table.setCellWidget(r, len(self.headers()), self._buttons(self.row_actions(row)))
        self._wanted = None  # the new rows' text is measured once, on the next fit
        self._fit_columns()
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(len(self.rows)))
        self.table.setFixedHeight(height)
        self.footer.set_total(self.total)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._wanted = None  # measured again in the new font

    def _measure(self) -> tuple[int, list[int]]:
        """The buttons' width and each text column's: what the rows need, measured once
        per fill (a layout resizes the section many times; measuring every cell's text at
        each was most of filling the Today page)."""
        count = len(self.headers())
        cells = [self.table.cellWidget(r, count) for r in range(len(self.rows))]
        buttons = max((cell.sizeHint().width() for cell in cells if cell is not None), default=0)
        buttons += 1 if self.table.showGrid() else 0  # the cell gives its grid line a pixel
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        wanted = []
        for column in range(count):
            items = [self.table.item(r, column) for r in range(len(self.rows))]
            texts = [item.text() for item in items if item is not None]
            title = header.fontMetrics().horizontalAdvance(self.headers()[column])
            wanted.append(max([title, *(metrics.horizontalAdvance(t) for t in texts)]) + 16)
        return buttons, wanted

    def _fit_columns(self) -> None:
        """The buttons whole; each text column as wide as its text up to TEXT_COLUMN_MAX,
        and the stretch column the room left. Short of room, the text columns give it up
        in proportion to what they have over COLUMN_MIN."""
        count = len(self.headers())
        if not self.rows:
            return
        width = self.table.width() - 2 * self.table.frameWidth()
        if self._wanted is None:
            self._wanted = self._measure()
        buttons, wanted = self._wanted
        widths = {c: min(w, TEXT_COLUMN_MAX) for c, w in enumerate(wanted)}
        room = width - buttons - sum(widths.values())
        if room < 0:
            spare = sum(max(0, w - COLUMN_MIN) for w in widths.values())
            for column, wide in widths.items():
                if spare > 0:
                    widths[column] = wide - round(-room * max(0, wide - COLUMN_MIN) / spare)
            room = width - buttons - sum(widths.values())
        widths[self.stretch_column()] += max(0, room)
        for column, wide in widths.items():
            self.table.setColumnWidth(column, wide)
        self.table.setColumnWidth(count, buttons)

    def _buttons(self, actions: list[Action]) -> QWidget:
        box = QWidget(self.table)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        for label, callback in actions:
            # Tool buttons: a row's actions take their text's width, not a dialog button's.
            button = QToolButton(box)
            button.setText(label)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            layout.addWidget(button)
        layout.addStretch(1)
        return box

    def _open_at(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_row(self.rows[row])

    def button(self, row: int, label: str) -> QAbstractButton:
        """The action button with this label on a row (tests press it)."""
        box = self.table.cellWidget(row, len(self.headers()))
        return next(b for b in box.findChildren(QAbstractButton) if b.text() == label)

    def show_all(self) -> None:
        link = self.link()
        if link is not None:
            self.controller.show_list.emit(link)
            return
        today = date.today()
        run_task(self, lambda _p: self.fetch_all(today), self._show_full_list)

    def _show_full_list(self, rows: list[Any]) -> None:
        dialog = FullListDialog(self, rows, self.window())
        self.full_list = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()


class FullListDialog(QDialog):
    """Every row of a Today list that has no page of its own, with the same actions."""

    def __init__(self, section: ListSection, rows: list[Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.section = section
        self.rows = rows
        self.setWindowTitle(count_heading(section.title(), len(rows), len(rows)))
        self.table = QTableWidget(len(rows), len(section.headers()), self)
        self.table.setHorizontalHeaderLabels(section.headers())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(section.cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        opens_rows(self.table, self._open_at)
        self.row_buttons = QHBoxLayout()
        self.table.itemSelectionChanged.connect(self._selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        hint = QLabel(open_hint(), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.row_buttons)
        layout.addWidget(close)
        self.resize(760, 520)

    def _open_at(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.section.open_row(self.rows[row])

    def _selected(self) -> None:
        while self.row_buttons.count():
            item = self.row_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        for label, callback in self.section.row_actions(row):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            self.row_buttons.addWidget(button)
        self.row_buttons.addStretch(1)


class TodayCounts(QObject):
    """The referral sections' group: loads the sections that reload together as one piece
    of work, their rows and their counts from a single statement (`today_lists()`)."""

    def __init__(self, table: ReferralTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.queries = 0  # how many times the counts were asked (tests read it)
        self.fill: object = None  # the load whose lists are being shown, one per turn

    def load(self, sections: Sequence[TodaySection]) -> None:
        members = [s for s in sections if isinstance(s, ReferralSection)]
        if not members:
            return
        table, today = self.table, date.today()
        scope = members[0].scope  # the page sets one scope for all its sections
        self.queries += 1

        def work(_p: object) -> tuple[dict[str, int], list[list[ReferralListRow]]]:
            counts, lists = table.today_lists([s.need for s in members], today, SHOWN, scope=scope)
            return counts, [lists[s.need] for s in members]

        def show(found: tuple[dict[str, int], list[list[ReferralListRow]]]) -> None:
            counts, rows = found
            fills: list[Callable[[], None]] = [
                partial(section.got, (shown, counts[section.count_key]))
                for section, shown in zip(members, rows, strict=True)
            ]
            self.fill = object()  # a newer load's lists replace what is left of these
            self._fill_next(fills, self.fill)

        run_task(self, work, show)

    def _fill_next(self, fills: list[Callable[[], None]], fill: object) -> None:
        """One list per turn of the event loop: filled in one go, the lists kept the UI
        thread busy too long at once (docs/design.md, "Budgets": the longest stall)."""
        if fill is not self.fill or not fills:
            return
        fills[0]()
        if len(fills) > 1:
            QTimer.singleShot(0, self, partial(self._fill_next, fills[1:], fill))


class ReferralSection(ListSection):
    follows = (REFERRAL, CONTACT)
    need = ReferralNeed.THANKS_OWED  # the list's need: its rows, its count, its filter
    task_kind: TaskKind | None = None  # the follow-up a row stands for
    assign: Assign | None = None

    @property
    def count_key(self) -> str:
        """Which of `today_lists()`'s counts is this list's total."""
        return self.need.value

    def link(self) -> ListLink:
        return ListLink("referrals", self.need.value)

    def open_row(self, row: ReferralListRow) -> None:
        self.controller.open_referral(row.id)

    def __init__(
        self,
        table: ReferralTable,
        controller: ReferralController,
        counts: TodayCounts,
        parent: QWidget | None = None,
    ) -> None:
        self.referrals = table
        self.counts = counts
        self.group = counts
        super().__init__(controller, parent)

    def refresh(self) -> None:
        self.counts.load([self])

    def open_action(self, row: ReferralListRow) -> Action:
        return tr("Today", "Open"), lambda: self.controller.open_referral(row.id)

    def with_assign(self, row: ReferralListRow, actions: list[Action]) -> list[Action]:
        """The row's actions, and "Give to…" where follow-ups can be given to a member."""
        assign, kind = self.assign, self.task_kind
        if assign is None or kind is None:
            return actions
        about = row.referrer_name if kind is TaskKind.THANK_YOU else row.referred_name
        give = (tr("Today", "Give to…"), lambda: assign(kind, row.id, about, row.received_on))
        return [*actions, give]

    def contacted_action(self, row: ReferralListRow) -> Action:
        return (
            tr("Today", "Contacted today"),
            lambda: self.controller.record_first_contact(row.id, row.version, row.referred_name),
        )


class AwaitingFirstContactSection(ReferralSection):
    need = ReferralNeed.AWAITING_FIRST_CONTACT
    task_kind = TaskKind.FIRST_CONTACT

    def title(self) -> str:
        return tr("Today", "Referrals waiting for a first contact")

    def headers(self) -> list[str]:
        return [
            tr("Today", "Referred person"),
            tr("Today", "Referred by"),
            tr("Today", "Follow up by"),
        ]

    def cells(self, row: ReferralListRow) -> list[str]:
        return [row.referred_name, row.referrer_name, short_date(row.follow_up_due_on)]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        return self.with_assign(row, [self.contacted_action(row), self.open_action(row)])

    def empty_text(self) -> str:
        return tr("Today", "Every new referral has been contacted.")


class OverdueFollowUpSection(ReferralSection):
    need = ReferralNeed.FOLLOW_UP_OVERDUE
    task_kind = TaskKind.FIRST_CONTACT

    def title(self) -> str:
        return tr("Today", "Overdue follow-ups")

    def headers(self) -> list[str]:
        return [tr("Today", "Referred person"), tr("Today", "Referred by"), tr("Today", "Was due")]

    def cells(self, row: ReferralListRow) -> list[str]:
        late = (date.today() - row.follow_up_due_on).days
        due = tr("Today", "{0} ({1} days late)").format(short_date(row.follow_up_due_on), late)
        return [row.referred_name, row.referrer_name, due]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        return self.with_assign(row, [self.contacted_action(row), self.open_action(row)])

    def empty_text(self) -> str:
        return tr("Today", "No referral has waited more than two days.")


class ThanksOwedSection(ReferralSection):
    need = ReferralNeed.THANKS_OWED
    task_kind = TaskKind.THANK_YOU

    def title(self) -> str:
        return tr("Today", "Thank-yous owed")

    def headers(self) -> list[str]:
        return [tr("Today", "Thank"), tr("Today", "For referring"), tr("Today", "Received")]

    def cells(self, row: ReferralListRow) -> list[str]:
        return [row.referrer_name, row.referred_name, short_date(row.received_on)]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        thank = (tr("Today", "Say thank you"), lambda: self.controller.say_thank_you(row.id))
        return self.with_assign(row, [thank])

    def open_row(self, row: ReferralListRow) -> None:
        self.controller.say_thank_you(row.id)  # a dialog: nothing is recorded until chosen

    def empty_text(self) -> str:
        return tr("Today", "Everyone who referred lately has been thanked.")


class MissingDisclosureSection(ReferralSection):
    need = ReferralNeed.MISSING_DISCLOSURE
    task_kind = TaskKind.REWARD

    def title(self) -> str:
        return tr("Today", "Compensated referrals missing a disclosure")

    def headers(self) -> list[str]:
        return [
            tr("Today", "Promoter"),
            tr("Today", "Referred person"),
            tr("Today", "Compensation"),
        ]

    def cells(self, row: ReferralListRow) -> list[str]:
        value = money(row.compensation_value or Decimal(0), row.compensation_currency or "USD")
        return ["⚠ " + row.referrer_name, row.referred_name, value]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        record = (
            tr("Today", "Record the disclosure…"),
            lambda: self.controller.open_referral(row.id),
        )
        return self.with_assign(row, [record])

    def empty_text(self) -> str:
        return tr("Today", "Every compensated referral has its disclosure.")


def why_now(row: AskCandidate) -> str:
    """The reasons of `row.reasons`, translated, with dates in the user's locale."""
    if row.segment is Segment.ENGAGED and row.tier is Tier.A:
        found = [tr("Today", "Engaged, tier A client")]
    elif row.segment is Segment.ENGAGED:
        found = [tr("Today", "Engaged client")]
    else:
        found = [tr("Today", "Tier A client")]
    if row.review_on is not None:
        found.append(
            tr("Today", "Gave {0} at the review on {1}").format(
                row.review_nps, medium_date(row.review_on)
            )
        )
    if row.trigger_on is not None:
        found.append(
            tr("Today", "{0} on {1}").format(row.trigger_label, medium_date(row.trigger_on))
        )
    if row.last_asked_on is None:
        found.append(tr("Today", "Never asked for an introduction"))
    else:
        found.append(
            tr("Today", "Not asked in {0} days (last on {1})").format(
                row.interval_days, medium_date(row.last_asked_on)
            )
        )
    return tr("Today", "; ").join(found)


class AskListSection(ListSection):
    elided_column = 1  # why now: a few reasons, with dates
    follows = (CONTACT, REVIEW, TRIGGER, REFERRAL, SETTING, ASK)

    def __init__(
        self,
        ask_list: AskListService,
        controller: ReferralController,
        parent: QWidget | None = None,
    ) -> None:
        self.ask_list = ask_list
        super().__init__(controller, parent)

    def title(self) -> str:
        return tr("Today", "Who to ask for a referral")

    def headers(self) -> list[str]:
        return [tr("Today", "Client"), tr("Today", "Why now")]

    def cells(self, row: AskCandidate) -> list[str]:
        return [row.name, why_now(row)]

    def row_actions(self, row: AskCandidate) -> list[Action]:
        # Asking is its own record (an ask), which the fatigue guard then counts.
        method = AskMethod.REVIEW if row.review_on is not None else AskMethod.CALL
        return [
            (
                tr("Today", "Log the conversation…"),
                lambda: self.controller.asks.log(row.contact_id, method),
            )
        ]

    def empty_text(self) -> str:
        return tr(
            "Today",
            "Nobody right now: the list fills after positive reviews and life events.",
        )

    def open_row(self, row: AskCandidate) -> None:
        self.controller.open_contact.emit(row.contact_id)

    def fetch(self, today: date) -> tuple[list[Any], int]:
        return self.ask_list.first_candidates(today, SHOWN, scope=self.scope)

    def fetch_all(self, today: date) -> list[Any]:
        return list(self.ask_list.candidates(today, limit=None, scope=self.scope))


def make_today_sections(
    services: BookServices, controller: ReferralController
) -> list[TodaySection]:
    table = services.referral_table
    counts = TodayCounts(table)
    sections: list[TodaySection] = [
        OverdueFollowUpSection(table, controller, counts),
        AwaitingFirstContactSection(table, controller, counts),
        ThanksOwedSection(table, controller, counts),
        MissingDisclosureSection(table, controller, counts),
        AskListSection(services.ask_list, controller),
    ]
    counts.setParent(sections[0])  # lives as long as the sections
    return sections
