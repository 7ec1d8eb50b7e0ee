"""The referral blocks of the Today view: never let a referral go cold, and who to ask now.

Each is a `TodaySection`; `make_today_sections()` builds them for the page that hosts them.
The four referral lists share one `TodayCounts`: however many of them reload together,
their counts come from one query, asked once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.asking import AskCandidate
from advisor_referrals.domain.asks import AskMethod
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.referrals.referral_lists import ReferralListRow, ReferralTable
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.book_events import ASK, CONTACT, REFERRAL, REVIEW, SETTING, TRIGGER
from advisor_referrals.ui.formats import medium_date, short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.worker import run_task

SHOWN = 10
Action = tuple[str, Callable[[], None]]


class ListSection(TodaySection):
    """A titled list of up to ten rows, each with its action buttons, and how many more wait."""

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
        self.heading = self.make_heading()
        self.empty = QLabel(self.empty_text(), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.more = QLabel(self)
        self.table = QTableWidget(0, len(self.headers()) + 1, self)
        self.table.setHorizontalHeaderLabels([*self.headers(), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.elided_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(self.elided_column, QHeaderView.ResizeMode.Stretch)
            self.table.setWordWrap(False)
            self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.more)
        self._show()

    # What a section says

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def row_actions(self, row: Any) -> list[Action]:
        return []

    def empty_text(self) -> str:
        return tr("Today", "Nothing here today.")

    def fetch(self, today: date) -> tuple[list[Any], int]:
        raise NotImplementedError

    # Loading and showing

    def refresh(self) -> None:
        today = date.today()
        run_task(self, lambda _p: self.fetch(today), self.got)

    def got(self, found: tuple[list[Any], int]) -> None:
        self.rows, self.total = found
        self.loaded = True
        self._show()

    def _show(self) -> None:
        self.heading.setText(f"{self.title()} ({self.total})" if self.total else self.title())
        self.empty.setVisible(self.loaded and not self.rows)
        self.table.setVisible(bool(self.rows))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            self.table.setCellWidget(r, len(self.headers()), self._buttons(self.row_actions(row)))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(len(self.rows)))
        self.table.setFixedHeight(height)
        extra = self.total - len(self.rows)
        self.more.setVisible(extra > 0)
        self.more.setText(tr("Today", "… and {0} more").format(extra))

    def _buttons(self, actions: list[Action]) -> QWidget:
        box = QWidget(self.table)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        for label, callback in actions:
            button = QPushButton(label, box)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            layout.addWidget(button)
        layout.addStretch(1)
        return box

    def button(self, row: int, label: str) -> QPushButton:
        """The action button with this label on a row (tests press it)."""
        box = self.table.cellWidget(row, len(self.headers()))
        return next(b for b in box.findChildren(QPushButton) if b.text() == label)


class TodayCounts(QObject):
    """The referral sections' group: loads the sections that reload together as one piece
    of work, their rows and their counts from a single `today_counts()` query."""

    def __init__(self, table: ReferralTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.queries = 0  # how many times the counts were asked (tests read it)

    def load(self, sections: Sequence[TodaySection]) -> None:
        members = [s for s in sections if isinstance(s, ReferralSection)]
        if not members:
            return
        table, today = self.table, date.today()
        self.queries += 1

        def work(_p: object) -> tuple[dict[str, int], list[list[ReferralListRow]]]:
            return table.today_counts(today), [s.rows_for(today) for s in members]

        def show(found: tuple[dict[str, int], list[list[ReferralListRow]]]) -> None:
            counts, rows = found
            for section, shown in zip(members, rows, strict=True):
                section.got((shown, counts[section.count_key]))

        run_task(self, work, show)


class ReferralSection(ListSection):
    follows = (REFERRAL, CONTACT)
    count_key = ""  # which of `today_counts()` is this list's total

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

    def rows_for(self, today: date) -> list[ReferralListRow]:
        raise NotImplementedError

    def open_action(self, row: ReferralListRow) -> Action:
        return tr("Today", "Open"), lambda: self.controller.open_referral(row.id)

    def contacted_action(self, row: ReferralListRow) -> Action:
        return (
            tr("Today", "Contacted today"),
            lambda: self.controller.record_first_contact(row.id, row.version, row.referred_name),
        )


class AwaitingFirstContactSection(ReferralSection):
    count_key = "awaiting"

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
        return [self.contacted_action(row), self.open_action(row)]

    def empty_text(self) -> str:
        return tr("Today", "Every new referral has been contacted.")

    def rows_for(self, today: date) -> list[ReferralListRow]:
        return self.referrals.awaiting_first_contact(today, SHOWN)


class OverdueFollowUpSection(ReferralSection):
    count_key = "overdue"

    def title(self) -> str:
        return tr("Today", "Overdue follow-ups")

    def headers(self) -> list[str]:
        return [tr("Today", "Referred person"), tr("Today", "Referred by"), tr("Today", "Was due")]

    def cells(self, row: ReferralListRow) -> list[str]:
        late = (date.today() - row.follow_up_due_on).days
        due = tr("Today", "{0} ({1} days late)").format(short_date(row.follow_up_due_on), late)
        return [row.referred_name, row.referrer_name, due]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        return [self.contacted_action(row), self.open_action(row)]

    def empty_text(self) -> str:
        return tr("Today", "No referral has waited more than two days.")

    def rows_for(self, today: date) -> list[ReferralListRow]:
        return self.referrals.overdue_follow_ups(today, SHOWN)


class ThanksOwedSection(ReferralSection):
    count_key = "thanks"

    def title(self) -> str:
        return tr("Today", "Thank-yous owed")

    def headers(self) -> list[str]:
        return [tr("Today", "Thank"), tr("Today", "For referring"), tr("Today", "Received")]

    def cells(self, row: ReferralListRow) -> list[str]:
        return [row.referrer_name, row.referred_name, short_date(row.received_on)]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        return [(tr("Today", "Say thank you"), lambda: self.controller.say_thank_you(row.id))]

    def empty_text(self) -> str:
        return tr("Today", "Everyone who referred lately has been thanked.")

    def rows_for(self, today: date) -> list[ReferralListRow]:
        return self.referrals.thanks_owed(today, SHOWN)


class MissingDisclosureSection(ReferralSection):
    count_key = "disclosure"

    def title(self) -> str:
        return tr("Today", "Compensated referrals missing a disclosure")

    def headers(self) -> list[str]:
        return [
            tr("Today", "Promoter"),
            tr("Today", "Referred person"),
            tr("Today", "Compensation"),
        ]

    def cells(self, row: ReferralListRow) -> list[str]:
        value = f"{row.compensation_value:,.2f} {row.compensation_currency or ''}".strip()
        return ["⚠ " + row.referrer_name, row.referred_name, value]

    def row_actions(self, row: ReferralListRow) -> list[Action]:
        return [
            (tr("Today", "Record the disclosure…"), lambda: self.controller.open_referral(row.id))
        ]

    def empty_text(self) -> str:
        return tr("Today", "Every compensated referral has its disclosure.")

    def rows_for(self, today: date) -> list[ReferralListRow]:
        return self.referrals.missing_disclosure(SHOWN)


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

    def fetch(self, today: date) -> tuple[list[Any], int]:
        everyone = self.ask_list.candidates(today, limit=None)
        return everyone[:SHOWN], len(everyone)


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
