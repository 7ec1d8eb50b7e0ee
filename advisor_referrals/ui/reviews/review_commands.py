"""Undo steps for reviews and segments, on the one command base (`ui/undo.py`).

Pushing a step does its first call; redo and undo each call one service method on the
serial worker, with the latest version the window has seen of the review or contact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.reviews import Review, ReviewFields, ReviewOutcome
from advisor_referrals.services.contacts.segments import EngagementService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.ui.book_events import CONTACT, REVIEW
from advisor_referrals.ui.undo import BookCommand, UndoHistory

# Given the version to expect, makes one change to a review (a ReviewService call).
Change = Callable[[int], Review]


def fields_of(review: Review) -> ReviewFields:
    return ReviewFields(**{f.name: getattr(review, f.name) for f in fields(ReviewFields)})


class AddReview(BookCommand):
    """Redo books (or records) a review with `add()`; undo deletes it."""

    def __init__(
        self, text: str, reviews: ReviewService, add: Callable[[], Review], history: UndoHistory
    ) -> None:
        super().__init__(text, history)
        self.reviews = reviews
        self.add = add
        self.review: Review | None = None

    def do(self) -> Review:
        self.review = self.versions.note(REVIEW, self.add())
        return self.review

    def undo_step(self) -> None:
        assert self.review is not None
        review = self.review
        version = self.versions.latest(REVIEW, review.id, review.version)
        self.reviews.delete(review.id, version)
        self.versions.moved(REVIEW, review.id, version, None)


class EditReview(BookCommand):
    """Complete or cancel a review. The first redo makes the change; undo, and redo after
    it, put back one set of fields with `restore`."""

    def __init__(
        self,
        text: str,
        reviews: ReviewService,
        review_id: int,
        seen: int,
        change: Change,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.reviews = reviews
        self.review_id = review_id
        self.seen = seen
        self.change = change
        self.before: ReviewFields | None = None
        self.after: ReviewFields | None = None

    def do(self) -> Review:
        version = self.versions.latest(REVIEW, self.review_id, self.seen)
        if self.after is None:
            self.before = fields_of(self.reviews.get(self.review_id))
            changed = self.change(version)
            self.after = fields_of(changed)
        else:
            changed = self.reviews.restore(self.review_id, version, self.after)
        return self.versions.note(REVIEW, changed, version)

    def undo_step(self) -> Review:
        assert self.before is not None
        version = self.versions.latest(REVIEW, self.review_id, self.seen)
        return self.versions.note(
            REVIEW, self.reviews.restore(self.review_id, version, self.before), version
        )


class RescheduleReview(BookCommand):
    """Redo moves the review with `move(review_id, version)` (the old one is kept,
    cancelled); undo removes the new one and reopens the old."""

    def __init__(
        self,
        text: str,
        reviews: ReviewService,
        original_id: int,
        seen: int,
        move: Callable[[int, int], Review],
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.reviews = reviews
        self.original_id = original_id
        self.seen = seen
        self.move = move
        self.moved: Review | None = None

    def do(self) -> Review:
        version = self.versions.latest(REVIEW, self.original_id, self.seen)
        self.moved = self.versions.note(REVIEW, self.move(self.original_id, version))
        # The old review is cancelled: its new version is not known until undo reopens it.
        self.versions.moved(REVIEW, self.original_id, version, None)
        return self.moved

    def undo_step(self) -> Review:
        assert self.moved is not None
        moved = self.moved
        version = self.versions.latest(REVIEW, moved.id, moved.version)
        reopened = self.reviews.undo_reschedule(moved.id, version)
        self.versions.moved(REVIEW, moved.id, version, None)
        return self.versions.note(REVIEW, reopened)


class RecordOutcomes(BookCommand):
    """What became of several past bookings (held, missed or cancelled), as one step.

    The first redo records the outcome on every booking in one transaction; undo, and
    redo after it, put back one set of fields for all of them, again all or none. A
    booking only gets an outcome while it has none, so what it was before is the same
    review with the outcome taken off.
    """

    def __init__(
        self,
        text: str,
        reviews: ReviewService,
        bookings: Sequence[tuple[int, int]],
        outcome: ReviewOutcome,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.reviews = reviews
        self.bookings = list(bookings)  # (review id, version seen)
        self.outcome = outcome
        self.before: list[ReviewFields] | None = None
        self.after: list[ReviewFields] | None = None

    def _latest(self) -> list[tuple[int, int]]:
        return [(rid, self.versions.latest(REVIEW, rid, seen)) for rid, seen in self.bookings]

    def _noted(self, used: list[tuple[int, int]], changed: list[Review]) -> list[Review]:
        return [
            self.versions.note(REVIEW, review, version)
            for (_rid, version), review in zip(used, changed, strict=True)
        ]

    def do(self) -> list[Review]:
        used = self._latest()
        if self.after is None:
            changed = self.reviews.record_outcomes(used, self.outcome)
            self.after = [fields_of(review) for review in changed]
            self.before = [
                replace(after, completed_on=None, cancelled_on=None, missed=False)
                for after in self.after
            ]
        else:
            changed = self.reviews.restore_each(
                [(rid, v, f) for (rid, v), f in zip(used, self.after, strict=True)]
            )
        return self._noted(used, changed)

    def undo_step(self) -> list[Review]:
        assert self.before is not None
        used = self._latest()
        restored = self.reviews.restore_each(
            [(rid, v, f) for (rid, v), f in zip(used, self.before, strict=True)]
        )
        return self._noted(used, restored)


@dataclass(frozen=True)
class SegmentChoice:
    contact_id: int
    seen: int
    before: Segment
    chosen: Segment


class AcceptSegments(BookCommand):
    """Redo gives each client the suggested segment, undo the one chosen before."""

    def __init__(
        self,
        text: str,
        engagement: EngagementService,
        choices: Sequence[SegmentChoice],
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.engagement = engagement
        self.choices = list(choices)

    def do(self) -> None:
        for choice in self.choices:
            self._set(choice, choice.chosen)

    def undo_step(self) -> None:
        for choice in self.choices:
            self._set(choice, choice.before)

    def _set(self, choice: SegmentChoice, segment: Segment) -> None:
        version = self.versions.latest(CONTACT, choice.contact_id, choice.seen)
        accepted = self.engagement.accept(choice.contact_id, version, segment)
        self.versions.note(CONTACT, accepted, version)
