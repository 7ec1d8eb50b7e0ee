"""Undo commands for reviews: each redo and each undo calls one service method.

The first redo has already happened off the UI thread (the controller ran it and
pushes the command with its result), so `redo` skips it once. Later undo and redo
steps are single-row writes run in place; a refusal (someone else changed the
review) is shown and the command dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.reviews import Review, ReviewFields
from advisor_referrals.services.contacts.segments import EngagementService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.ui.worker import show_error


def fields_of(review: Review) -> ReviewFields:
    return ReviewFields(
        **{name: getattr(review, name) for name in ReviewFields.__dataclass_fields__}
    )


Refresh = Callable[[], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, widget: QWidget | None, on_change: Refresh) -> None:
        super().__init__(text)
        self.widget = widget
        self.on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_step)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except BookError as error:
            self.setObsolete(True)
            parent = self.widget or QApplication.activeWindow()
            if parent is None:
                raise
            show_error(parent, error)
        self.on_change()

    def do(self) -> None:
        raise NotImplementedError

    def undo_step(self) -> None:
        raise NotImplementedError


class ScheduleCommand(_Command):
    """Redo: schedule. Undo: delete the booked review."""

    def __init__(
        self,
        service: ReviewService,
        booked: Review,
        text: str,
        widget: QWidget | None,
        on_change: Refresh,
    ) -> None:
        super().__init__(text, widget, on_change)
        self.service = service
        self.review = booked

    def do(self) -> None:
        r = self.review
        assert r.scheduled_for is not None
        self.review = self.service.schedule(
            r.contact_id, r.scheduled_for, r.scheduled_time, r.kind, r.notes
        )

    def undo_step(self) -> None:
        self.service.delete(self.review.id, self.review.version)


class RecordCommand(_Command):
    """Redo: record a review held without booking. Undo: delete it."""

    def __init__(
        self,
        service: ReviewService,
        recorded: Review,
        text: str,
        widget: QWidget | None,
        on_change: Refresh,
    ) -> None:
        super().__init__(text, widget, on_change)
        self.service = service
        self.review = recorded

    def do(self) -> None:
        r = self.review
        assert r.completed_on is not None
        self.review = self.service.record(
            r.contact_id,
            r.completed_on,
            nps=r.nps,
            feedback_requested=r.feedback_requested,
            referral_conversation=r.referral_conversation,
            notes=r.notes,
            kind=r.kind,
        )

    def undo_step(self) -> None:
        self.service.delete(self.review.id, self.review.version)


class EditCommand(_Command):
    """Complete or cancel. Undo and redo each restore one set of fields (`restore`)."""

    def __init__(
        self,
        service: ReviewService,
        before: Review,
        after: Review,
        text: str,
        widget: QWidget | None,
        on_change: Refresh,
    ) -> None:
        super().__init__(text, widget, on_change)
        self.service = service
        self.before = fields_of(before)
        self.after = fields_of(after)
        self.current = after

    def do(self) -> None:
        self.current = self.service.restore(self.current.id, self.current.version, self.after)

    def undo_step(self) -> None:
        self.current = self.service.restore(self.current.id, self.current.version, self.before)


class RescheduleCommand(_Command):
    """Redo: move the review. Undo: remove the replacement and reopen the original."""

    def __init__(
        self,
        service: ReviewService,
        original: Review,
        moved: Review,
        text: str,
        widget: QWidget | None,
        on_change: Refresh,
    ) -> None:
        super().__init__(text, widget, on_change)
        self.service = service
        self.original = original
        self.moved = moved

    def do(self) -> None:
        m = self.moved
        assert m.scheduled_for is not None
        self.moved = self.service.reschedule(
            self.original.id, self.original.version, m.scheduled_for, m.scheduled_time, m.kind
        )

    def undo_step(self) -> None:
        self.original = self.service.undo_reschedule(self.moved.id, self.moved.version)


class SegmentCommand(_Command):
    """Redo: accept the suggested segment. Undo: put the chosen one back (both audited edits)."""

    def __init__(
        self,
        service: EngagementService,
        before: Segment,
        updated: Contact,
        text: str,
        widget: QWidget | None,
        on_change: Refresh,
    ) -> None:
        super().__init__(text, widget, on_change)
        self.service = service
        self.before = before
        self.suggested = updated.segment
        self.contact = updated

    def do(self) -> None:
        self.contact = self.service.accept(self.contact.id, self.contact.version, self.suggested)

    def undo_step(self) -> None:
        self.contact = self.service.accept(self.contact.id, self.contact.version, self.before)
