"""Scheduling, completing, rescheduling and cancelling reviews; undo support; the cadence table."""

from __future__ import annotations

from datetime import date, time

import pytest

from advisor_referrals.domain.enums import Relationship, ReviewKind, Tier
from advisor_referrals.domain.errors import ConflictError, NotFoundError, ValidationError
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.storage.book import Book
from tests.support.reviews import TODAY, audit_summaries, client, fixed_today


@pytest.fixture
def service(book: Book) -> ReviewService:
    return ReviewService(book, clock=fixed_today)


def test_schedule_then_complete_records_the_answer_and_audits_both(
    book: Book, service: ReviewService
) -> None:
    ana = client(book, "Ana", "Souza")
    booked = service.schedule(ana.id, date(2026, 7, 10), time(14, 30), ReviewKind.VIDEO)
    assert booked.contact_name == "Ana Souza"
    assert booked.scheduled_time == time(14, 30)
    done = service.complete(
        booked.id,
        booked.version,
        date(2026, 7, 10),
        nps=9,
        feedback_requested=True,
        referral_conversation=True,
        notes="Happy with the plan",
    )
    assert (done.completed_on, done.nps, done.feedback_requested) == (date(2026, 7, 10), 9, True)
    assert done.referral_conversation and done.notes == "Happy with the plan"
    assert done.version == booked.version + 1
    actions = audit_summaries(book)
    assert [a for a, _ in actions] == ["schedule", "complete"]
    assert actions[0][1] == "Scheduled a review with Ana Souza on 2026-07-10"


def test_bad_input_is_reported_and_nothing_is_written(book: Book, service: ReviewService) -> None:
    ana = client(book, "Ana", "Souza")
    booked = service.schedule(ana.id, date(2026, 7, 10))
    with pytest.raises(ValidationError) as caught:
        service.complete(booked.id, booked.version, date(2026, 7, 16), nps=11)
    assert {p.field for p in caught.value.problems} == {"nps", "completed_on"}
    assert "after today (2026-07-15)" in str(caught.value)
    assert service.get(booked.id).completed_on is None
    with pytest.raises(ValidationError, match="between 1900-01-01 and 2100-12-31"):
        service.schedule(ana.id, date(1800, 1, 1))
    assert len(audit_summaries(book)) == 1


def test_only_active_clients_get_reviews(book: Book, service: ReviewService) -> None:
    prospect = client(book, "Pat", "Prospect", relationship=Relationship.PROSPECT)
    with pytest.raises(ValidationError, match="portfolio reviews are for clients"):
        service.schedule(prospect.id, TODAY)
    with pytest.raises(NotFoundError):
        service.schedule(99999, TODAY)


def test_reschedule_keeps_the_old_review_cancelled_and_linked(
    book: Book, service: ReviewService
) -> None:
    ana = client(book, "Ana", "Souza")
    first = service.schedule(ana.id, date(2026, 7, 20), time(9), ReviewKind.IN_PERSON, "Bring IPS")
    moved = service.reschedule(first.id, first.version, date(2026, 7, 27), time(10))
    assert moved.rescheduled_from_id == first.id
    assert (moved.scheduled_for, moved.scheduled_time) == (date(2026, 7, 27), time(10))
    assert moved.kind is ReviewKind.IN_PERSON and moved.notes == "Bring IPS"
    old = service.get(first.id)
    assert old.cancelled_on == TODAY
    assert [r.id for r in service.open_for_contact(ana.id)] == [moved.id]
    assert [r.id for r in service.for_contact(ana.id)] == [moved.id, first.id]
    assert audit_summaries(book)[-1] == (
        "reschedule",
        "Moved the review with Ana Souza from 2026-07-20 to 2026-07-27",
    )
    # A cancelled review cannot be moved or cancelled again.
    with pytest.raises(ValidationError, match="already cancelled"):
        service.reschedule(old.id, old.version, date(2026, 8, 1))


def test_cancel_keeps_the_row_and_completed_reviews_stay_on_record(
    book: Book, service: ReviewService
) -> None:
    ana = client(book, "Ana", "Souza")
    booked = service.schedule(ana.id, date(2026, 7, 20))
    cancelled = service.cancel(booked.id, booked.version)
    assert cancelled.cancelled_on == TODAY
    assert service.for_contact(ana.id) == [cancelled]
    with pytest.raises(ValidationError, match="was cancelled"):
        service.complete(cancelled.id, cancelled.version, TODAY)
    done = service.record(ana.id, date(2026, 7, 1), nps=8)
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        service.cancel(done.id, done.version)


def test_a_stale_change_is_refused(book: Book, service: ReviewService) -> None:
    ana = client(book, "Ana", "Souza")
    booked = service.schedule(ana.id, date(2026, 7, 20))
    service.reschedule(booked.id, booked.version, date(2026, 7, 21))
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.complete(booked.id, booked.version, TODAY)
    with pytest.raises(ConflictError):
        service.cancel(booked.id, booked.version)


def test_undo_helpers_take_each_change_back(book: Book, service: ReviewService) -> None:
    ana = client(book, "Ana", "Souza")
    booked = service.schedule(ana.id, date(2026, 7, 20))
    moved = service.reschedule(booked.id, booked.version, date(2026, 7, 22))
    reopened = service.undo_reschedule(moved.id, moved.version)
    assert reopened.id == booked.id and reopened.cancelled_on is None
    assert [r.id for r in service.for_contact(ana.id)] == [booked.id]

    done = service.complete(reopened.id, reopened.version, TODAY, nps=10)
    undone = service.restore(done.id, done.version, reopened)
    assert undone.completed_on is None and undone.nps is None

    service.delete(undone.id, undone.version)
    assert service.for_contact(ana.id) == []
    assert [a for a, _ in audit_summaries(book)] == [
        "schedule",
        "reschedule",
        "restore",
        "complete",
        "restore",
        "delete",
    ]


def test_cadence_table_is_read_updated_and_audited(book: Book) -> None:
    cadence = CadenceService(book)
    assert cadence.table() == {Tier.A: 4, Tier.B: 2, Tier.C: 1}
    saved = cadence.save({Tier.A: 6, Tier.B: 2, Tier.C: 1})
    assert saved == {Tier.A: 6, Tier.B: 2, Tier.C: 1}
    assert audit_summaries(book, "review_cadence") == [
        ("update", "Changed the review cadence: tier A 4 -> 6")
    ]
    with pytest.raises(ValidationError, match="from 1 to 12"):
        cadence.save({Tier.A: 13})
    assert cadence.table()[Tier.A] == 6
