"""The Today view's review blocks: reviews this week, and overdue reviews.

Each section loads off the UI thread on `refresh()`. A click selects a line; Return or a
double-click asks the shared `ReviewActions` to act: book a review for a client who
needs one, complete a booked one. Each shows its total and links to the whole list on
the Reviews page (`ReviewActions.show_list`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.services.reviews.review_lists import DueEntry
from advisor_referrals.services.reviews.today_reviews import TodayReviewLists, TodayReviews
from advisor_referrals.ui.book_events import CONTACT, REVIEW, REVIEW_CADENCE
from advisor_referrals.ui.formats import short_date, short_time
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import (
    REVIEWS_BOOKED_THIS_WEEK,
    REVIEWS_DUE_THIS_WEEK,
    REVIEWS_NEEDS_OUTCOME,
    REVIEWS_OVERDUE,
    ListLink,
)
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.pages.today_lists import ListFooter, count_heading, opens_rows
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.text import trn
from advisor_referrals.ui.worker import run_task

SHOWN = 8


class ReviewGroup(QObject):
    """The review blocks reload together from one read of the book (`TodayReviews.read`),
    however many of them a change touches (docs/design.md, "Changes and undo")."""

    def __init__(
        self, reviews: TodayReviews, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.reviews = reviews
        self.today = today
        self.reads = 0  # how many times the book was read (tests look)

    def load(self, sections: Sequence[TodaySection]) -> None:
        members = [s for s in sections if isinstance(s, _ReviewSection)]
        if not members:
            return
        reviews, today = self.reviews, self.today()
        scope = members[0].scope  # the page sets one scope for all its sections
        self.reads += 1

        def show(found: TodayReviewLists) -> None:
            for section in members:
                section.show_read(found)

        run_task(self, lambda _p: reviews.read(today, SHOWN, scope), show)


class _ReviewSection(TodaySection):
    follows = (REVIEW, CONTACT, REVIEW_CADENCE)
    links = 1  # how many whole lists the footer links to

    def __init__(
        self,
        lists: TodayReviews,
        actions: ReviewActions | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.lists = lists
        self.review_actions = actions
        self.today = today or (actions.today if actions is not None else date.today)
        self.loaded = False
        self.totals: tuple[int, ...] = ()  # each linked list's whole count, as last loaded
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = self.make_heading(self.title())
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setMaximumHeight(200)
        layout.addWidget(self.list)
        opens_rows(self.list, self._open_at)
        self.footer = ListFooter(self, self.links)
        self.footer.link_clicked.connect(self._link_clicked)
        layout.addWidget(self.footer)

    def refresh(self) -> None:
        if self.group is not None:
            self.group.load([self])
            return
        today = self.today()
        scope = self.scope
        run_task(self, lambda _p: self.lists.read(today, SHOWN, scope), self.show_read)

    def show_read(self, found: TodayReviewLists) -> None:
        self.list.clear()
        self.fill(found)
        self.loaded = True

    def fill(self, found: TodayReviewLists) -> None:
        raise NotImplementedError

    def add(self, text: str, payload: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, payload)
        self.list.addItem(item)

    def list_links(self) -> list[ListLink]:
        """Where the footer's links lead, in order."""
        return []

    def _link_clicked(self, index: int) -> None:
        links = self.list_links()
        if self.review_actions is not None and 0 <= index < len(links):
            self.review_actions.show_list.emit(links[index])

    def _open_at(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        if self.review_actions is None:
            return
        payload = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(payload, ScheduledEntry):
            self.review_actions.complete(payload)
        elif isinstance(payload, DueEntry):
            self.review_actions.schedule(payload.contact_id)


class ReviewsThisWeekSection(_ReviewSection):
    """Booked reviews of the next seven days, then clients falling due without a booking,
    and how many past bookings still wait for an outcome."""

    links = 3

    def title(self) -> str:
        return tr("Today", "Reviews this week")

    def list_links(self) -> list[ListLink]:
        return [
            ListLink("reviews", REVIEWS_BOOKED_THIS_WEEK),
            ListLink("reviews", REVIEWS_DUE_THIS_WEEK),
            ListLink("reviews", REVIEWS_NEEDS_OUTCOME),
        ]

    def fill(self, found: TodayReviewLists) -> None:
        result = found.week
        booked, due = result.booked_total, result.due_total
        waiting = result.needs_outcome_total
        self.totals = (booked, due, waiting)
        self.summary.setText(
            trn("Today", "%n booked", booked)
            + " · "
            + trn("Today", "%n more falling due, not booked yet", due)
        )
        for booking in result.booked[:SHOWN]:
            when = short_time(booking.scheduled_time) or tr("Reviews", "all day")
            self.add(f"{short_date(booking.scheduled_for)} {when} — {booking.name}", booking)
        for entry in result.due[: max(0, SHOWN - len(result.booked))]:
            text = tr("Today", "{0} — due {1}, not booked").format(
                entry.name, short_date(entry.due_on)
            )
            self.add(text, entry)
        self.heading.setText(count_heading(self.title(), self.list.count(), booked + due))
        self.footer.set_total(booked, trn("Today", "All %n booked this week…", booked), index=0)
        self.footer.set_total(due, trn("Today", "All %n falling due, not booked…", due), index=1)
        self.footer.set_total(
            waiting, trn("Today", "%n past booking(s) need an outcome…", waiting), index=2
        )


class OverdueReviewsSection(_ReviewSection):
    """The clients furthest behind their cadence, never-reviewed ones first."""

    def title(self) -> str:
        return tr("Today", "Overdue reviews")

    def list_links(self) -> list[ListLink]:
        return [ListLink("reviews", REVIEWS_OVERDUE)]

    def fill(self, found: TodayReviewLists) -> None:
        shown, total = found.overdue, found.overdue_total
        self.totals = (total,)
        self.summary.setText(trn("Today", "%n client(s) overdue for a review", total))
        for entry in shown:
            if entry.due_on is None:
                late = tr("Reviews", "never reviewed")
            else:
                late = trn("Reviews", "%n day(s) late", entry.days_late or 0)
            booked = (
                tr("Today", ", booked for {0}").format(short_date(entry.next_scheduled))
                if entry.next_scheduled
                else ""
            )
            self.add(f"{entry.name} — {late}{booked}", entry)
        self.heading.setText(count_heading(self.title(), self.list.count(), total))
        self.footer.set_total(total)
