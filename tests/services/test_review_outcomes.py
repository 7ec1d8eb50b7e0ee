"""What became of past bookings: held, missed or cancelled, several at once, and undone."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.domain.reviews import ReviewFields, ReviewOutcome
from advisor_referrals.domain.timeline import ReviewState
from advisor_referrals.services.contacts.timeline import TimelineService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.review_lists import ReviewLists
from advisor_referrals.storage.book import Book
from tests.support.reviews import TODAY, audit_summaries, client, fixed_today


@pytest.fixture
def service(book: Book) -> ReviewService:
    return ReviewService(book, clock=fixed_today)


def _fields(review: object) -> ReviewFields:
    return ReviewFields(
        **{name: getattr(review, name) for name in ReviewFields.__dataclass_fields__}
    )


def test_a_batch_of_outcomes_is_one_change_and_undo_puts_every_booking_back(
    book: Book, service: ReviewService
) -> None:
    lists = ReviewLists(book, clock=fixed_today)
    ana, bo, cy = (client(book, n, "Past") for n in ("Ana", "Bo", "Cy"))
    first = service.schedule(ana.id, date(2026, 7, 1))
    second = service.schedule(bo.id, date(2026, 7, 8))
    third = service.schedule(cy.id, date(2026, 7, 14))
    assert [e.review_id for e in lists.needs_outcome()] == [third.id, second.id, first.id]

    held = service.record_outcomes(
        [(first.id, first.version), (second.id, second.version)], ReviewOutcome.HELD
    )
    # Held on the day each was booked for; gone from the list, and ana's last review moves.
    assert [(r.completed_on, r.missed) for r in held] == [
        (date(2026, 7, 1), False),
        (date(2026, 7, 8), False),
    ]
    assert [e.review_id for e in lists.needs_outcome()] == [third.id]
    assert lists.client_status(ana.id).last_review == date(2026, 7, 1)

    missed = service.record_outcomes([(third.id, third.version)], ReviewOutcome.MISSED)[0]
    assert (missed.cancelled_on, missed.missed, missed.completed_on) == (TODAY, True, None)
    assert lists.needs_outcome() == []
    states = {e.record_id: e.status for e in TimelineService(book).for_contact(cy.id, today=TODAY)}
    assert states[third.id] == ReviewState.MISSED.value

    # Undo of the batch: both bookings open again, in one transaction.
    restored = service.restore_each(
        [
            (r.id, r.version, _fields(before))
            for r, before in zip(held, [first, second], strict=True)
        ]
    )
    assert [r.completed_on for r in restored] == [None, None]
    assert {e.review_id for e in lists.needs_outcome()} == {first.id, second.id}
    assert lists.client_status(ana.id).last_review is None
    actions = [action for action, _summary in audit_summaries(book)]
    assert actions.count("held") == 2 and actions.count("missed") == 1
    assert actions.count("restore") == 2
    assert ("held", "Held the review with Ana Past of 2026-07-01") in audit_summaries(book)


def test_a_batch_is_all_or_nothing(book: Book, service: ReviewService) -> None:
    ana, bo = client(book, "Ana", "Souza"), client(book, "Bo", "Berg")
    first = service.schedule(ana.id, date(2026, 7, 1))
    second = service.schedule(bo.id, date(2026, 7, 2))
    service.cancel(second.id, second.version)
    cancelled = service.get(second.id)
    with pytest.raises(ValidationError):
        service.record_outcomes(
            [(first.id, first.version), (cancelled.id, cancelled.version)],
            ReviewOutcome.CANCELLED,
        )
    assert service.get(first.id).cancelled_on is None  # the first one did not change either
    with pytest.raises(ConflictError):
        service.record_outcomes([(first.id, first.version + 5)], ReviewOutcome.HELD)
    assert service.get(first.id).completed_on is None
