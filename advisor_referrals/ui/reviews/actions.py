"""The review actions: open a dialog, run the change off the UI thread, push its undo command.

Shared by the Reviews page, the Today sections and the client detail (through
`ContactActions.schedule_review`). Dialogs open window-modal with `open()`, so the
UI never blocks and tests can fill them in; `active_dialog` is the one showing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.reviews import Review
from advisor_referrals.services.contacts.segments import EngagementService, SegmentSuggestion
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.review_lists import (
    ClientReviewStatus,
    ReviewLists,
    ScheduledEntry,
)
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.commands import (
    EditCommand,
    RecordCommand,
    RescheduleCommand,
    ScheduleCommand,
    SegmentCommand,
)
from advisor_referrals.ui.reviews.dialogs import CompleteDialog, ScheduleDialog, describe_booking
from advisor_referrals.ui.reviews.models import show_date
from advisor_referrals.ui.reviews.text import segment_text, trn
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
        parts.append(tr("Reviews", "last review {0}").format(show_date(status.last_review)))
    if status.cadence is not None:
        due = status.due_on
        if due is None or due <= today:
            parts.append(tr("Reviews", "due now"))
        else:
            parts.append(tr("Reviews", "next due {0}").format(show_date(due)))
    return " · ".join(parts)


class ReviewActions(QObject):
    changed = Signal()
    contacts_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        reviews: ReviewService,
        lists: ReviewLists,
        engagement: EngagementService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.reviews = reviews
        self.lists = lists
        self.engagement = engagement
        self.undo_stack = undo_stack
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

            def work(_p: object) -> tuple[Review, Review]:
                before = self.reviews.get(entry.review_id)
                after = self.reviews.complete(
                    entry.review_id,
                    entry.version,
                    c.completed_on,
                    nps=c.nps,
                    feedback_requested=c.feedback_requested,
                    referral_conversation=c.referral_conversation,
                    notes=c.notes,
                )
                return before, after

            self._run(work, lambda pair: self._push_edit(pair, tr("Reviews", "Complete review")))

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

            def work(_p: object) -> tuple[Review, Review]:
                before = self.reviews.get(entry.review_id)
                moved = self.reviews.reschedule(entry.review_id, entry.version, c.on, c.at, c.kind)
                return before, moved

            self._run(work, self._push_reschedule)

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

        def work(_p: object) -> tuple[Review, Review]:
            before = self.reviews.get(entry.review_id)
            return before, self.reviews.cancel(entry.review_id, entry.version)

        box.accepted.connect(
            lambda: self._run(
                work, lambda pair: self._push_edit(pair, tr("Reviews", "Cancel review"))
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.active_dialog = box
        box.open()

    def accept_segments(self, suggestions: Sequence[SegmentSuggestion]) -> None:
        chosen = list(suggestions)
        if not chosen:
            return

        def work(_p: object) -> list[tuple[Segment, Contact]]:
            return [
                (
                    s.current,
                    self.engagement.accept(s.contact_id, s.contact_version, s.suggestion.segment),
                )
                for s in chosen
            ]

        self._run(work, self._push_segments)

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
            self._run(
                lambda _p: self.reviews.schedule(status.contact_id, c.on, c.at, c.kind, c.notes),
                self._push_schedule,
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
            self._run(
                lambda _p: self.reviews.record(
                    status.contact_id,
                    c.completed_on,
                    nps=c.nps,
                    feedback_requested=c.feedback_requested,
                    referral_conversation=c.referral_conversation,
                    notes=c.notes,
                ),
                self._push_record,
            )

        self._show(dialog, done)

    # Results: push the undo command, tell the pages

    def _push_schedule(self, booked: Review) -> None:
        text = tr("Reviews", "Schedule review with {0}").format(booked.contact_name)
        self.undo_stack.push(
            ScheduleCommand(self.reviews, booked, text, self.widget, self._changed)
        )
        self._changed()
        assert booked.scheduled_for is not None
        self.message.emit(
            tr("Reviews", "Review with {0} booked for {1}.").format(
                booked.contact_name, describe_booking(booked.scheduled_for, booked.scheduled_time)
            )
        )

    def _push_record(self, recorded: Review) -> None:
        text = tr("Reviews", "Record review with {0}").format(recorded.contact_name)
        self.undo_stack.push(
            RecordCommand(self.reviews, recorded, text, self.widget, self._changed)
        )
        self._changed()
        self.message.emit(tr("Reviews", "Review with {0} recorded.").format(recorded.contact_name))

    def _push_edit(self, pair: tuple[Review, Review], verb: str) -> None:
        before, after = pair
        text = f"{verb}: {after.contact_name}"
        self.undo_stack.push(
            EditCommand(self.reviews, before, after, text, self.widget, self._changed)
        )
        self._changed()
        self.message.emit(text)

    def _push_reschedule(self, pair: tuple[Review, Review]) -> None:
        before, moved = pair
        text = tr("Reviews", "Move review with {0}").format(moved.contact_name)
        self.undo_stack.push(
            RescheduleCommand(self.reviews, before, moved, text, self.widget, self._changed)
        )
        self._changed()
        assert moved.scheduled_for is not None
        self.message.emit(
            tr("Reviews", "Review with {0} moved to {1}.").format(
                moved.contact_name, describe_booking(moved.scheduled_for, moved.scheduled_time)
            )
        )

    def _push_segments(self, accepted: list[tuple[Segment, Contact]]) -> None:
        self.undo_stack.beginMacro(trn("Reviews", "Accept %n suggested segment(s)", len(accepted)))
        for before, contact in accepted:
            text = tr("Reviews", "{0}: {1}").format(
                contact.full_name, segment_text(contact.segment)
            )
            self.undo_stack.push(
                SegmentCommand(
                    self.engagement, before, contact, text, self.widget, self._segments_changed
                )
            )
        self.undo_stack.endMacro()
        self._segments_changed()
        self.message.emit(trn("Reviews", "%n segment(s) updated.", len(accepted)))

    def _changed(self) -> None:
        self.changed.emit()

    def _segments_changed(self) -> None:
        self.changed.emit()
        self.contacts_changed.emit()

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
        return any(not t.done for t in self.tasks)
