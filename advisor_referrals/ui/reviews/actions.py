"""The review actions: open a dialog, then push the undo command that makes the change.

The command's first run makes the change off the UI thread (docs/design.md, "Changes
and undo"); the window's BookEvents then tells the pages what changed.

Shared by the Reviews page, the Today sections and the client detail (through
`ContactActions.schedule_review`). Dialogs open window-modal with `open()`, so the
UI never blocks and tests can fill them in; `active_dialog` is the one showing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from advisor_referrals.domain.reviews import Review, ReviewOutcome
from advisor_referrals.services.contacts.segments import EngagementService, SegmentSuggestion
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.services.reviews.review_lists import ClientReviewStatus, ReviewLists
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.dialogs import CompleteDialog, ScheduleDialog, describe_booking
from advisor_referrals.ui.reviews.review_commands import (
    AcceptSegments,
    AddReview,
    EditReview,
    RecordOutcomes,
    RescheduleReview,
    SegmentChoice,
)
from advisor_referrals.ui.reviews.text import trn
from advisor_referrals.ui.undo import BookCommand, UndoHistory
from advisor_referrals.ui.worker import Task, run_task, show_error

SATURDAY = 5


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= SATURDAY:
        day += timedelta(days=1)
    return day


def status_detail(status: ClientReviewStatus, today: date) -> str:
    parts = []
    if status.tier is not None:
        parts.append(tr("Reviews", "Tier {0}").format(status.tier.value))
    if status.cadence is not None:
        parts.append(trn("Reviews", "%n review(s) a year", status.cadence))
    if status.last_review is None:
        parts.append(tr("Reviews", "never reviewed"))
    else:
        parts.append(tr("Reviews", "last review {0}").format(short_date(status.last_review)))
    if status.cadence is not None:
        due = status.due_on
        if due is None or due <= today:
            parts.append(tr("Reviews", "due now"))
        else:
            parts.append(tr("Reviews", "next due {0}").format(short_date(due)))
    return " · ".join(parts)


class ReviewActions(QObject):
    """One per window: the Reviews page, the Today sections and the client detail share it."""

    message = Signal(str)
    show_list = Signal(object)  # a ListLink: the Today view's "Show all"

    def __init__(
        self,
        reviews: ReviewService,
        lists: ReviewLists,
        engagement: EngagementService,
        history: UndoHistory,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.reviews = reviews
        self.lists = lists
        self.engagement = engagement
        self.history = history
        self.today = today
        self.active_dialog: QDialog | None = None
        self.tasks: list[Task[Any]] = []

    @property
    def widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # Starting points

    def schedule_for_contact(self, contact_id: int) -> None:
        """From the client detail: book a review, or deal with the one already booked."""
        self._run(lambda _p: self.lists.client_status(contact_id), self._offer)

    def schedule(self, contact_id: int) -> None:
        self._run(lambda _p: self.lists.client_status(contact_id), self._open_schedule)

    def record(self, contact_id: int) -> None:
        """A review held without booking it here first."""
        self._run(lambda _p: self.lists.client_status(contact_id), self._open_record)

    def complete(self, entry: ScheduledEntry) -> None:
        today = self.today()
        dialog = CompleteDialog(
            entry.name,
            tr("Reviews", "Booked for {0}").format(
                describe_booking(entry.scheduled_for, entry.scheduled_time)
            ),
            completed_on=min(entry.scheduled_for, today),
            today=today,
            notes=entry.notes,
            parent=self.widget,
        )

        def done() -> None:
            c = dialog.choice()
            reviews = self.reviews
            self._edit(
                entry,
                tr("Reviews", "Complete review"),
                lambda version: reviews.complete(
                    entry.review_id,
                    version,
                    c.completed_on,
                    nps=c.nps,
                    feedback_requested=c.feedback_requested,
                    referral_conversation=c.referral_conversation,
                    notes=c.notes,
                ),
            )

        self._show(dialog, done)

    def reschedule(self, entry: ScheduledEntry) -> None:
        dialog = ScheduleDialog(
            entry.name,
            tr("Reviews", "Booked for {0}").format(
                describe_booking(entry.scheduled_for, entry.scheduled_time)
            ),
            on=entry.scheduled_for,
            at=entry.scheduled_time,
            kind=entry.kind,
            reschedule=True,
            parent=self.widget,
        )

        def done() -> None:
            c = dialog.choice()
            reviews = self.reviews
            command = RescheduleReview(
                tr("Reviews", "Move review with {0}").format(entry.name),
                reviews,
                entry.review_id,
                entry.version,
                lambda review_id, version: reviews.reschedule(
                    review_id, version, c.on, c.at, c.kind
                ),
                self.history,
            )
            self._push(
                command,
                lambda moved: tr("Reviews", "Review with {0} moved to {1}.").format(
                    entry.name, describe_booking(moved.scheduled_for, moved.scheduled_time)
                ),
            )

        self._show(dialog, done)

    def cancel(self, entry: ScheduledEntry) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Reviews", "Cancel review"),
            tr(
                "Reviews",
                "Cancel the review with {0} on {1}? It stays in the history as cancelled.",
            ).format(entry.name, describe_booking(entry.scheduled_for, entry.scheduled_time)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Reviews", "Cancel review"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Reviews", "Keep it"))

        reviews = self.reviews
        box.accepted.connect(
            lambda: self._edit(
                entry,
                tr("Reviews", "Cancel review"),
                lambda version: reviews.cancel(entry.review_id, version),
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.active_dialog = box
        box.open()

    def record_outcomes(self, entries: Sequence[ScheduledEntry], outcome: ReviewOutcome) -> None:
        """Held, missed or cancelled, for every booking chosen: one step, one Undo."""
        if not entries:
            return
        count = len(entries)
        texts = {
            ReviewOutcome.HELD: (
                trn("Reviews", "Mark %n review(s) held", count),
                trn("Reviews", "%n review(s) marked held.", count),
            ),
            ReviewOutcome.MISSED: (
                trn("Reviews", "Mark %n review(s) missed", count),
                trn("Reviews", "%n review(s) marked missed.", count),
            ),
            ReviewOutcome.CANCELLED: (
                trn("Reviews", "Cancel %n review(s)", count),
                trn("Reviews", "%n review(s) cancelled.", count),
            ),
        }
        step, said = texts[outcome]
        command = RecordOutcomes(
            step,
            self.reviews,
            [(e.review_id, e.version) for e in entries],
            outcome,
            self.history,
        )
        self._push(command, lambda _r: said)

    def accept_segments(self, suggestions: Sequence[SegmentSuggestion]) -> None:
        chosen = [
            SegmentChoice(s.contact_id, s.contact_version, s.current, s.suggestion.segment)
            for s in suggestions
        ]
        if not chosen:
            return
        count = len(chosen)
        command = AcceptSegments(
            trn("Reviews", "Accept %n suggested segment(s)", count),
            self.engagement,
            chosen,
            self.history,
        )
        self._push(command, lambda _r: trn("Reviews", "%n segment(s) updated.", count))

    # Dialog flows

    def _offer(self, status: ClientReviewStatus) -> None:
        if not status.can_review:
            self._refuse(status)
            return
        if not status.open_reviews:
            self._open_schedule(status)
            return
        entry = status.open_reviews[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Reviews", "Review already booked"),
            tr("Reviews", "{0} has a review booked for {1}.").format(
                status.name, describe_booking(entry.scheduled_for, entry.scheduled_time)
            ),
            QMessageBox.StandardButton.Cancel,
            self.widget,
        )
        complete = box.addButton(tr("Reviews", "Complete it…"), QMessageBox.ButtonRole.AcceptRole)
        move = box.addButton(tr("Reviews", "Move it…"), QMessageBox.ButtonRole.ActionRole)
        another = box.addButton(tr("Reviews", "Book another…"), QMessageBox.ButtonRole.ActionRole)

        def clicked(button: object) -> None:
            if button is complete:
                self.complete(entry)
            elif button is move:
                self.reschedule(entry)
            elif button is another:
                self._open_schedule(status)

        box.buttonClicked.connect(clicked)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.active_dialog = box
        box.open()

    def _refuse(self, status: ClientReviewStatus) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Reviews", "Schedule review"),
            tr(
                "Reviews",
                "Portfolio reviews are for active clients. {0} is not one: set the "
                "relationship to client (or restore the contact) first.",
            ).format(status.name),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.active_dialog = box
        box.open()

    def _open_schedule(self, status: ClientReviewStatus) -> None:
        if not status.can_review:
            self._refuse(status)
            return
        today = self.today()
        due = status.due_on
        on = due if due is not None and due > today else next_working_day(today)
        dialog = ScheduleDialog(
            status.name, status_detail(status, today), on=on, parent=self.widget
        )

        def done() -> None:
            c = dialog.choice()
            reviews = self.reviews
            command = AddReview(
                tr("Reviews", "Schedule review with {0}").format(status.name),
                reviews,
                lambda: reviews.schedule(status.contact_id, c.on, c.at, c.kind, c.notes),
                self.history,
            )
            self._push(
                command,
                lambda booked: tr("Reviews", "Review with {0} booked for {1}.").format(
                    status.name, describe_booking(booked.scheduled_for, booked.scheduled_time)
                ),
            )

        self._show(dialog, done)

    def _open_record(self, status: ClientReviewStatus) -> None:
        if not status.can_review:
            self._refuse(status)
            return
        today = self.today()
        dialog = CompleteDialog(
            status.name,
            status_detail(status, today),
            completed_on=today,
            today=today,
            parent=self.widget,
        )
        dialog.setWindowTitle(tr("Reviews", "Record a review"))

        def done() -> None:
            c = dialog.choice()
            reviews = self.reviews
            command = AddReview(
                tr("Reviews", "Record review with {0}").format(status.name),
                reviews,
                lambda: reviews.record(
                    status.contact_id,
                    c.completed_on,
                    nps=c.nps,
                    feedback_requested=c.feedback_requested,
                    referral_conversation=c.referral_conversation,
                    notes=c.notes,
                ),
                self.history,
            )
            self._push(
                command, lambda _r: tr("Reviews", "Review with {0} recorded.").format(status.name)
            )

        self._show(dialog, done)

    # Pushing the undo steps

    def _edit(self, entry: ScheduledEntry, verb: str, change: Callable[[int], Review]) -> None:
        text = f"{verb}: {entry.name}"
        command = EditReview(
            text, self.reviews, entry.review_id, entry.version, change, self.history
        )
        self._push(command, lambda _r: text)

    def _push(self, command: BookCommand, said: Callable[[Any], str]) -> None:
        """Do the step (its first run) and say how it went in the status line."""
        self.history.push(command, done=lambda result: self.message.emit(said(result)))

    # Plumbing

    def _show(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        dialog.accepted.connect(on_accept)
        self.active_dialog = dialog
        dialog.open()

    def _run(self, work: Callable[[Any], Any], on_done: Callable[[Any], None]) -> Task[Any]:
        task = run_task(self, work, on_done, lambda error: show_error(self.widget or self, error))
        self.tasks = [t for t in self.tasks if not t.done] + [task]
        return task

    def busy(self) -> bool:
        return self.history.busy or any(not t.done for t in self.tasks)
