"""The Today view's review blocks: reviews this week, and overdue reviews.

Each section loads off the UI thread on `refresh()`. Double-clicking a line asks the
shared `ReviewActions` to act: book a review for a client who needs one, complete
a booked one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from advisor_referrals.services.reviews.review_lists import DueEntry, ReviewLists, ScheduledEntry
from advisor_referrals.ui.book_events import CONTACT, REVIEW, REVIEW_CADENCE
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.models import show_date, show_time
from advisor_referrals.ui.reviews.text import trn
from advisor_referrals.ui.worker import run_task

SHOWN = 8
WEEK_DAYS = 7


class _ReviewSection(TodaySection):
    follows = (REVIEW, CONTACT, REVIEW_CADENCE)

    def __init__(
        self,
        lists: ReviewLists,
        actions: ReviewActions | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.lists = lists
        self.review_actions = actions
        self.today = today or (actions.today if actions is not None else date.today)
        self.loaded = False
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
        self.list.itemActivated.connect(self._activated)

    def refresh(self) -> None:
        today = self.today()
        run_task(self, lambda _p: self.load(today), self._show)

    def load(self, today: date) -> Any:
        raise NotImplementedError

    def _show(self, result: Any) -> None:
        self.list.clear()
        self.fill(result)
        self.loaded = True

    def fill(self, result: Any) -> None:
        raise NotImplementedError

    def add(self, text: str, payload: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, payload)
        self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        if self.review_actions is None:
            return
        payload = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(payload, ScheduledEntry):
            self.review_actions.complete(payload)
        elif isinstance(payload, DueEntry):
            self.review_actions.schedule(payload.contact_id)


class ReviewsThisWeekSection(_ReviewSection):
    """Booked reviews of the next seven days, then clients falling due without a booking."""

    def title(self) -> str:
        return tr("Today", "Reviews this week")

    def load(self, today: date) -> tuple[list[ScheduledEntry], list[DueEntry]]:
        booked = self.lists.upcoming(1, today=today)
        due = [
            e for e in self.lists.due_soon(WEEK_DAYS - 1, today=today) if e.next_scheduled is None
        ]
        return booked, due

    def fill(self, result: tuple[list[ScheduledEntry], list[DueEntry]]) -> None:
        booked, due = result
        self.summary.setText(
            trn("Today", "%n booked", len(booked))
            + " · "
            + trn("Today", "%n more falling due, not booked yet", len(due))
        )
        for booking in booked[:SHOWN]:
            when = show_time(booking.scheduled_time) or tr("Reviews", "all day")
            self.add(f"{show_date(booking.scheduled_for)} {when} — {booking.name}", booking)
        for entry in due[: max(0, SHOWN - len(booked))]:
            text = tr("Today", "{0} — due {1}, not booked").format(
                entry.name, show_date(entry.due_on)
            )
            self.add(text, entry)


class OverdueReviewsSection(_ReviewSection):
    """The clients furthest behind their cadence, never-reviewed ones first."""

    def title(self) -> str:
        return tr("Today", "Overdue reviews")

    def load(self, today: date) -> list[DueEntry]:
        return self.lists.overdue(today=today)

    def fill(self, result: list[DueEntry]) -> None:
        self.summary.setText(trn("Today", "%n client(s) overdue for a review", len(result)))
        for entry in result[:SHOWN]:
            if entry.due_on is None:
                late = tr("Reviews", "never reviewed")
            else:
                late = trn("Reviews", "%n day(s) late", entry.days_late or 0)
            booked = (
                tr("Today", ", booked for {0}").format(show_date(entry.next_scheduled))
                if entry.next_scheduled
                else ""
            )
            self.add(f"{entry.name} — {late}{booked}", entry)
