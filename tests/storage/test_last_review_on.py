"""contacts.last_review_on is kept by the database: it follows every write to `reviews`."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from advisor_referrals.domain.enums import Tier
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from tests.support.reviews import client, fixed_today

# Every contact whose stored date differs from the latest completed review.
DRIFT = (
    "SELECT c.id FROM contacts c WHERE c.last_review_on IS DISTINCT FROM "
    "(SELECT max(r.completed_on) FROM reviews r WHERE r.contact_id = c.id)"
)


def _last(book: Book, contact_id: int) -> date | None:
    with book.session() as session:
        value = session.scalar(
            text("SELECT last_review_on FROM contacts WHERE id = :id"), {"id": contact_id}
        )
    # SQLite hands the stored ISO text back through a plain text() query.
    return date.fromisoformat(value) if isinstance(value, str) else value


def _run(book: Book, sql: str, **params: object) -> None:
    with book.write() as session:
        session.execute(text(sql), params)


def _drift(book: Book) -> list[int]:
    sql = DRIFT if not book.is_sqlite else DRIFT.replace("IS DISTINCT FROM", "IS NOT")
    with book.session() as session:
        return list(session.scalars(text(sql)))


def test_the_date_follows_inserts_updates_moves_and_deletes(book: Book) -> None:
    ana = client(book, "Ana", "Souza", Tier.A)
    bo = client(book, "Bo", "Berg", Tier.B)
    assert _last(book, ana.id) is None
    reviews = ReviewService(book, clock=fixed_today)
    first = reviews.record(ana.id, date(2026, 1, 10))
    assert _last(book, ana.id) == date(2026, 1, 10)
    reviews.record(ana.id, date(2025, 6, 1))  # an older one leaves the latest alone
    assert _last(book, ana.id) == date(2026, 1, 10)
    booked = reviews.schedule(ana.id, date(2026, 7, 20))  # not completed: no change
    assert _last(book, ana.id) == date(2026, 1, 10)
    reviews.complete(booked.id, booked.version, date(2026, 7, 14))
    assert _last(book, ana.id) == date(2026, 7, 14)

    # Moving a date earlier falls back to the next latest; a future date counts too.
    _run(
        book,
        "UPDATE reviews SET completed_on = :d WHERE id = :id",
        d=date(2024, 1, 1),
        id=booked.id,
    )
    assert _last(book, ana.id) == date(2026, 1, 10)
    _run(
        book, "UPDATE reviews SET completed_on = :d WHERE id = :id", d=date(2027, 3, 1), id=first.id
    )
    assert _last(book, ana.id) == date(2027, 3, 1)
    _run(book, "UPDATE reviews SET completed_on = NULL WHERE id = :id", id=first.id)
    assert _last(book, ana.id) == date(2025, 6, 1)

    # A review moved to another contact leaves one and reaches the other.
    _run(book, "UPDATE reviews SET contact_id = :to WHERE id = :id", to=bo.id, id=booked.id)
    assert (_last(book, ana.id), _last(book, bo.id)) == (date(2025, 6, 1), date(2024, 1, 1))

    _run(book, "DELETE FROM reviews WHERE contact_id = :id AND completed_on IS NOT NULL", id=ana.id)
    assert _last(book, ana.id) is None
    assert _drift(book) == []

    # Deleting a contact cascades to its reviews; the triggers must not stand in the way.
    _run(book, "DELETE FROM contacts WHERE id = :id", id=bo.id)
    assert _drift(book) == []


def test_several_rows_in_one_statement(book: Book) -> None:
    ana = client(book, "Ana", "Souza", Tier.A)
    bo = client(book, "Bo", "Berg", Tier.B)
    for contact_id, day in ((ana.id, "2026-01-01"), (ana.id, "2026-03-01"), (bo.id, "2026-02-01")):
        _run(
            book,
            "INSERT INTO reviews (contact_id, scheduled_for, completed_on, feedback_requested,"
            " referral_conversation, notes, version, created_at, updated_at)"
            " VALUES (:c, :d, :d, false, false, '', 1, '2026-01-01', '2026-01-01')",
            c=contact_id,
            d=date.fromisoformat(day),
        )
    _run(book, "UPDATE reviews SET contact_id = :to", to=bo.id)  # every review to Bo
    assert (_last(book, ana.id), _last(book, bo.id)) == (None, date(2026, 3, 1))
    _run(
        book, "UPDATE reviews SET completed_on = NULL WHERE completed_on > :d", d=date(2026, 1, 15)
    )
    assert _last(book, bo.id) == date(2026, 1, 1)
    assert _drift(book) == []


def test_a_bulk_loaded_book_has_the_dates_and_keeps_its_triggers(book: Book) -> None:
    make_demo_book(book, clients=60, seed=3, today=date(2026, 7, 15))
    assert _drift(book) == []
    with book.session() as session:
        reviewed = session.scalar(
            text("SELECT count(*) FROM contacts WHERE last_review_on IS NOT NULL")
        )
        some = session.execute(
            text("SELECT id, contact_id FROM reviews WHERE completed_on IS NOT NULL LIMIT 1")
        ).one()
    assert reviewed
    # The triggers are back after the load: a later delete is followed.
    _run(book, "DELETE FROM reviews WHERE contact_id = :c", c=some.contact_id)
    assert _last(book, some.contact_id) is None
    assert _drift(book) == []
