"""Portfolio reviews: schedule, complete, reschedule, cancel.

Each change is one transaction with its audit entry, refused when the review was
changed by someone else since it was loaded (optimistic lock on `version`).
Rescheduling and cancelling keep the history: a cancelled review keeps its row
with `cancelled_on`, and a rescheduled one is cancelled and linked from the new
review through `rescheduled_from_id`. `delete`, `restore` and `undo_reschedule`
exist so that Edit > Undo can take a change back exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from advisor_referrals.domain.contacts import NOTES_MAX
from advisor_referrals.domain.enums import Relationship, ReviewKind
from advisor_referrals.domain.errors import NotFoundError, Problem, ValidationError
from advisor_referrals.domain.reviews import (
    Review,
    ReviewFields,
    ReviewOutcome,
    validate_review,
)
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow
from advisor_referrals.storage.rows import contact_name, review_columns, review_from_row

ENTITY = "review"
_OUTCOME_VERBS = {
    ReviewOutcome.HELD: "Held",
    ReviewOutcome.MISSED: "Missed",
    ReviewOutcome.CANCELLED: "Cancelled",
}
Clock = Callable[[], date]


def _snapshot(fields: ReviewFields) -> dict[str, Any]:
    return {k: v for k, v in review_columns(fields).items() if k != "contact_id"}


def _fields_of(review: Review) -> ReviewFields:
    return ReviewFields(
        **{name: getattr(review, name) for name in ReviewFields.__dataclass_fields__}
    )


class ReviewService:
    def __init__(self, book: Book, clock: Clock = date.today) -> None:
        self.book = book
        self.clock = clock
        self.writer = RowWriter(
            book,
            ReviewRow,
            ENTITY,
            name=lambda row: f"The review with {contact_name(row.contact)}",
            options=[selectinload(ReviewRow.contact)],
        )

    # Reading

    def get(self, review_id: int) -> Review:
        with self.book.session() as session:
            return review_from_row(self.writer.load(session, review_id))

    def for_contact(self, contact_id: int) -> list[Review]:
        """Every review of a contact, newest first (cancelled ones too: they are history)."""
        with self.book.session() as session:
            rows = session.scalars(
                select(ReviewRow)
                .where(ReviewRow.contact_id == contact_id)
                .options(selectinload(ReviewRow.contact))
                .order_by(
                    ReviewRow.scheduled_for.desc().nulls_last(),
                    ReviewRow.completed_on.desc().nulls_last(),
                    ReviewRow.id.desc(),
                )
            ).all()
            return [review_from_row(row) for row in rows]

    def open_for_contact(self, contact_id: int) -> list[Review]:
        """Scheduled reviews not yet completed or cancelled, soonest first."""
        return sorted(
            (
                r
                for r in self.for_contact(contact_id)
                if r.completed_on is None and not r.cancelled_on
            ),
            key=lambda r: (r.scheduled_for or date.max, r.scheduled_time or time.min, r.id),
        )

    # Writing

    def schedule(
        self,
        contact_id: int,
        on: date,
        at: time | None = None,
        kind: ReviewKind | None = None,
        notes: str = "",
    ) -> Review:
        fields = ReviewFields(
            contact_id=contact_id, scheduled_for=on, scheduled_time=at, kind=kind, notes=notes
        )
        return self._add(
            fields, "schedule", lambda name: f"Scheduled a review with {name} on {on.isoformat()}"
        )

    def record(
        self,
        contact_id: int,
        completed_on: date,
        *,
        nps: int | None = None,
        feedback_requested: bool = False,
        referral_conversation: bool = False,
        notes: str = "",
        kind: ReviewKind | None = None,
    ) -> Review:
        """A review held without being scheduled here first: stored as scheduled and completed."""
        fields = ReviewFields(
            contact_id=contact_id,
            scheduled_for=completed_on,
            kind=kind,
            completed_on=completed_on,
            nps=nps,
            feedback_requested=feedback_requested,
            referral_conversation=referral_conversation,
            notes=notes,
        )
        return self._add(
            fields,
            "complete",
            lambda name: f"Recorded a review with {name} held on {completed_on.isoformat()}",
        )

    def complete(
        self,
        review_id: int,
        expected_version: int,
        completed_on: date,
        *,
        nps: int | None = None,
        feedback_requested: bool = False,
        referral_conversation: bool = False,
        notes: str | None = None,
    ) -> Review:
        """Mark a review held (or correct what was recorded when it was held)."""

        def change(review: Review) -> ReviewFields:
            if review.cancelled_on is not None:
                raise ValidationError(
                    [
                        Problem(
                            "",
                            "cancelled_on",
                            review.cancelled_on.isoformat(),
                            "this review was cancelled; schedule a new one or record the review",
                        )
                    ]
                )
            return replace(
                _fields_of(review),
                completed_on=completed_on,
                nps=nps,
                feedback_requested=feedback_requested,
                referral_conversation=referral_conversation,
                notes=review.notes if notes is None else notes,
            )

        return self._edit(review_id, expected_version, "complete", "Completed", change)

    def cancel(self, review_id: int, expected_version: int) -> Review:
        def change(review: Review) -> ReviewFields:
            self._require_open(review, "cancelled", "cancel")
            return replace(_fields_of(review), cancelled_on=self.clock())

        return self._edit(review_id, expected_version, "cancel", "Cancelled", change)

    def reschedule(
        self,
        review_id: int,
        expected_version: int,
        on: date,
        at: time | None = None,
        kind: ReviewKind | None = None,
    ) -> Review:
        """Cancel the review and schedule its replacement, linked to it; returns the new one."""
        with self.writer.edit(review_id, expected_version) as edit:
            old = edit.row
            before = review_from_row(old)
            self._require_open(before, "rescheduled", "reschedule")
            new_fields = replace(
                _fields_of(before),
                scheduled_for=on,
                scheduled_time=at,
                kind=kind if kind is not None else before.kind,
            )
            self._check(new_fields)
            old.cancelled_on = self.clock()
            new = ReviewRow(**review_columns(new_fields), rescheduled_from_id=old.id)
            edit.session.add(new)
            edit.session.flush()
            self.writer.audit(
                edit.session,
                "reschedule",
                new.id,
                f"Moved the review with {before.contact_name} from "
                f"{_day(before.scheduled_for)} to {on.isoformat()}",
                {
                    "rescheduled_from_id": [None, old.id],
                    **audit.diff(_snapshot(_fields_of(before)), _snapshot(new_fields)),
                },
            )
            return review_from_row(new)

    def record_outcomes(
        self, reviews: Sequence[tuple[int, int]], outcome: ReviewOutcome
    ) -> list[Review]:
        """Record what became of several booked reviews, given as (id, version), in one
        transaction: held (completed on the day it was booked for), missed, or cancelled
        (both closed today). All of them change or none does; returns them, changed."""
        today = self.clock()
        changed: list[Review] = []
        with self.writer.edit_each(reviews) as edits:
            for edit in edits:
                before = review_from_row(edit.row)
                verb = _OUTCOME_VERBS[outcome]
                self._require_open(before, verb.lower(), "record")
                if outcome is ReviewOutcome.HELD:
                    held_on = before.scheduled_for or today
                    after = replace(_fields_of(before), completed_on=min(held_on, today))
                else:
                    missed = outcome is ReviewOutcome.MISSED
                    after = replace(_fields_of(before), cancelled_on=today, missed=missed)
                self._check(after)
                for name, value in review_columns(after).items():
                    setattr(edit.row, name, value)
                edit.session.flush()
                edit.audit(
                    outcome.value,
                    f"{verb} the review with {before.contact_name} of {_day(before.scheduled_for)}",
                    audit.diff(_snapshot(_fields_of(before)), _snapshot(after)),
                )
                changed.append(review_from_row(edit.row))
        return changed

    # Undo support: each takes one change back, in one audited transaction.

    def restore_each(self, reviews: Sequence[tuple[int, int, ReviewFields]]) -> list[Review]:
        """Put back the fields several reviews had, given as (id, version, fields), in one
        transaction (undo of `record_outcomes`)."""
        restored: list[Review] = []
        with self.writer.edit_each([(rid, version) for rid, version, _f in reviews]) as edits:
            for edit, (_rid, _version, previous) in zip(edits, reviews, strict=True):
                before = review_from_row(edit.row)
                if previous.contact_id != before.contact_id:
                    raise ValidationError(
                        [
                            Problem(
                                "",
                                "contact_id",
                                str(previous.contact_id),
                                "another contact's review",
                            )
                        ]
                    )
                self._check(previous)
                for name, value in review_columns(previous).items():
                    setattr(edit.row, name, value)
                edit.session.flush()
                edit.audit(
                    "restore",
                    f"Restored the review with {before.contact_name} of "
                    f"{_day(before.scheduled_for)}",
                    audit.diff(_snapshot(_fields_of(before)), _snapshot(previous)),
                )
                restored.append(review_from_row(edit.row))
        return restored

    def delete(self, review_id: int, expected_version: int) -> None:
        with self.writer.edit(review_id, expected_version) as edit:
            before = review_from_row(edit.row)
            edit.session.delete(edit.row)
            edit.session.flush()
            edit.audit(
                "delete",
                f"Removed the review with {before.contact_name} of {_day(before.scheduled_for)}",
                audit.diff(_snapshot(_fields_of(before)), {}),
            )

    def restore(self, review_id: int, expected_version: int, previous: ReviewFields) -> Review:
        """Put back the fields a review had before (undo of complete or cancel)."""

        def change(review: Review) -> ReviewFields:
            if previous.contact_id != review.contact_id:
                raise ValidationError(
                    [
                        Problem(
                            "", "contact_id", str(previous.contact_id), "another contact's review"
                        )
                    ]
                )
            return previous

        return self._edit(review_id, expected_version, "restore", "Restored", change)

    def undo_reschedule(self, new_review_id: int, expected_version: int) -> Review:
        """Remove the replacement review and reopen the one it replaced; returns that one."""
        with self.writer.edit(new_review_id, expected_version) as edit:
            new = edit.row
            if new.rescheduled_from_id is None:
                raise NotFoundError("this review was not rescheduled from another one")
            old = self.writer.load(edit.session, new.rescheduled_from_id)
            was_cancelled = old.cancelled_on
            old.cancelled_on = None
            name = contact_name(new.contact)
            edit.session.delete(new)
            edit.session.flush()
            self.writer.audit(
                edit.session,
                "restore",
                old.id,
                f"Took back moving the review with {name}",
                {
                    "cancelled_on": [_day(was_cancelled), None],
                    "removed_review_id": [new_review_id, None],
                },
            )
            return review_from_row(old)

    # Helpers

    def _add(self, fields: ReviewFields, action: str, summary: Callable[[str], str]) -> Review:
        """A new review of a client (worded with their name), with its audit entry."""
        self._check(fields)
        with self.writer.transaction() as session:
            # Held while the review is read back: the session keeps only rows in use.
            contact = self._client(session, fields.contact_id)
            row = ReviewRow(**review_columns(fields))
            self.writer.add(session, row, action, summary(contact_name(contact)), _snapshot(fields))
            return review_from_row(row)

    def _edit(
        self,
        review_id: int,
        expected_version: int,
        action: str,
        verb: str,
        change: Callable[[Review], ReviewFields],
    ) -> Review:
        with self.writer.edit(review_id, expected_version) as edit:
            row = edit.row
            before = review_from_row(row)
            after = change(before)
            self._check(after)
            for name, value in review_columns(after).items():
                setattr(row, name, value)
            edit.session.flush()
            edit.audit(
                action,
                f"{verb} the review with {before.contact_name} of {_day(before.scheduled_for)}",
                audit.diff(_snapshot(_fields_of(before)), _snapshot(after)),
            )
            return review_from_row(row)

    def _check(self, fields: ReviewFields) -> None:
        problems = validate_review(fields)
        if len(fields.notes or "") > NOTES_MAX:
            problems.append(
                Problem("", "notes", f"{len(fields.notes)} characters", f"at most {NOTES_MAX}")
            )
        today = self.clock()
        if fields.completed_on is not None and fields.completed_on > today:
            problems.append(
                Problem(
                    "",
                    "completed_on",
                    fields.completed_on.isoformat(),
                    f"a review cannot be completed after today ({today.isoformat()})",
                )
            )
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _require_open(review: Review, done: str, verb: str) -> None:
        if review.completed_on is not None:
            raise ValidationError(
                [
                    Problem(
                        "",
                        "completed_on",
                        review.completed_on.isoformat(),
                        f"a completed review cannot be {done}; it is part of the record",
                    )
                ]
            )
        if review.cancelled_on is not None:
            raise ValidationError(
                [
                    Problem(
                        "",
                        "cancelled_on",
                        review.cancelled_on.isoformat(),
                        f"this review is already cancelled; there is nothing to {verb}",
                    )
                ]
            )

    @staticmethod
    def _client(session: Session, contact_id: int) -> ContactRow:
        contact = session.get(ContactRow, contact_id)
        if contact is None:
            raise NotFoundError(f"there is no contact with id {contact_id}")
        name = contact_name(contact)
        if contact.archived_on is not None:
            raise ValidationError(
                [Problem(name, "contact", name, "this contact is archived; restore them first")]
            )
        if contact.relationship != Relationship.CLIENT.value:
            raise ValidationError(
                [
                    Problem(
                        name,
                        "relationship",
                        contact.relationship,
                        "portfolio reviews are for clients; change the relationship to client first",
                    )
                ]
            )
        return contact


def _day(value: date | None) -> str:
    return value.isoformat() if value else "(no date)"
