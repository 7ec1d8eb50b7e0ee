"""The book file's import gives each contact its last review's date itself and, on
PostgreSQL, copies rows and builds finished tables' indexes on a helper thread: the book
it leaves is the one the database's own triggers and set-aside indexes would have left,
and a refusal on the helper still writes nothing and leaves no thread behind."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import EMPTY_TABLES, import_book, load_book_data
from advisor_referrals.services.book_file.last_reviews import LastReviews, latest_by_key
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, Household
from tests.services.book_samples import varied_book, with_changes

# Each contact's date as the database's definition gives it (migration 0005).
WRONG_DATES = (
    "SELECT count(*) FROM contacts c WHERE c.last_review_on IS DISTINCT FROM "
    "(SELECT max(r.completed_on) FROM reviews r WHERE r.contact_id = c.id)"
)


def dated(book: Book) -> dict[str, date | None]:
    with book.session() as session:
        rows = session.execute(select(ContactRow.last_name, ContactRow.last_review_on)).all()
        return {str(last): on for last, on in rows}


def review(contact: str, completed_on: Any, **more: Any) -> dict[str, Any]:
    return {"contact": contact, "completed_on": completed_on, **more}


def close_calls() -> dict[str, Any]:
    """Contacts with no review, only open or cancelled ones, two on one day, the latest
    listed first or last, dates as text and as `date`, and a review of a later contact."""
    data = varied_book()
    people = [{"key": f"x{n}", "first_name": "Close", "last_name": f"Call{n}"} for n in range(1, 8)]
    reviews = [
        review("x1", None, scheduled_for="2026-03-01"),  # only an open review
        review(
            "x2", None, scheduled_for="2026-02-03", cancelled_on="2026-02-01"
        ),  # only a cancelled one
        review("x3", "2026-01-05"),
        review("x3", "2026-01-05"),  # the same day twice
        review("x4", "2026-04-30"),  # the latest first...
        review("x4", "2025-12-31"),
        review("x5", "2025-12-31"),  # ...and last
        review("x5", date(2026, 4, 30)),
        review("x6", "2024-02-29"),  # a leap day
    ]
    # x7 has no review at all.
    return with_changes(data, contacts=data["contacts"] + people, reviews=data["reviews"] + reviews)


def test_each_contact_gets_the_date_its_reviews_give(book: Book) -> None:
    load_book_data(book, close_calls())
    got = dated(book)
    assert got["Call1"] is None and got["Call2"] is None and got["Call7"] is None
    assert got["Call3"] == date(2026, 1, 5)
    assert got["Call4"] == got["Call5"] == date(2026, 4, 30)
    assert got["Call6"] == date(2024, 2, 29)
    with book.session() as session:
        assert session.scalar(text(WRONG_DATES)) == 0
        assert session.scalar(select(func.count()).where(ContactRow.last_review_on.is_not(None)))
    # And the triggers are back: a new review moves the date on.
    with book.write() as session:
        contact_id = session.scalar(select(ContactRow.id).where(ContactRow.last_name == "Call7"))
        session.execute(
            text(
                "INSERT INTO reviews (contact_id, completed_on, version, created_at, updated_at)"
                " VALUES (:c, '2026-05-01', 1, '2026-05-01', '2026-05-01')"
            ),
            {"c": contact_id},
        )
    assert dated(book)["Call7"] == date(2026, 5, 1)


def test_the_dates_read_ahead_leave_out_what_the_reviews_section_refuses() -> None:
    reviews = [
        review("c1", "2026-02-30"),  # no such day
        review("c1", "2026-01-01"),
        review("c2", 20260101),
        review(3, "2026-01-01"),  # type: ignore[arg-type]
        "not a review",
        review("c4", None),
    ]
    assert latest_by_key(reviews) == {"c1": date(2026, 1, 1)}


def test_contacts_given_a_date_their_reviews_do_not_give_are_set_right(book: Book) -> None:
    service = ContactService(book)
    ids = [service.create(ContactFields(first_name="P", last_name=name)).id for name in "ABC"]
    with book.write() as session:
        session.execute(
            text("UPDATE contacts SET last_review_on = '2020-01-01' WHERE id IN (:a, :b)"),
            {"a": ids[0], "b": ids[1]},
        )
        dates = LastReviews()
        dates.give(ids[0], date(2020, 1, 1))  # given, and its reviews agree
        dates.saw(ids[0], date(2020, 1, 1))
        dates.give(ids[1], date(2020, 1, 1))  # given, but no review is completed
        dates.saw(ids[2], date(2021, 3, 4))  # not given, but a review is completed
        dates.saw(ids[2], date(2019, 3, 4))
        dates.correct(session)
    assert dated(book) == {"A": date(2020, 1, 1), "B": None, "C": date(2021, 3, 4)}


def indexes(book: Book) -> list[tuple[str, str]]:
    with book.session() as session:
        if book.is_postgres:
            rows = session.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes "
                    "WHERE schemaname = current_schema() ORDER BY 1"
                )
            ).all()
        else:
            rows = session.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY 1")
            ).all()
        return [(r[0], r[1]) for r in rows]


def test_indexes_built_behind_the_load_are_all_back(book: Book, tmp_path: Path) -> None:
    """Bigger than a chunk (5,000 rows) of every big table, so several chunks are in
    flight while the indexes of the tables before are built."""
    from advisor_referrals.services.demo.demo_book import make_demo_book
    from advisor_referrals.storage.opening import open_book

    before = indexes(book)
    assert any(name == "ix_contacts_search_trgm" for name, _ in before) == book.is_postgres
    bad = with_changes(varied_book(), reviews=[{"contact": "c404", "completed_on": "2026-01-01"}])
    with pytest.raises(ValidationError):
        load_book_data(book, bad)
    assert indexes(book) == before
    path = tmp_path / "demo.json"
    made = open_book(str(tmp_path / "demo.sqlite3"))
    try:
        make_demo_book(made, clients=1700, seed=3, today=date(2026, 5, 4))
        export_book(made, path)
    finally:
        made.close()
    import_book(book, path)
    assert indexes(book) == before
    with book.session() as session:
        assert session.scalar(text(WRONG_DATES)) == 0
        assert session.scalar(text("SELECT count(*) FROM reviews")) > 5000
    assert not [t for t in threading.enumerate() if t.name.startswith("bulk-load")]


def test_a_refusal_on_the_helper_thread_writes_nothing_and_leaves_no_thread(
    pg_book: Book,
) -> None:
    with (
        pytest.raises(DBAPIError, match=r"households_pkey|duplicate key"),
        pg_book.write() as session,
        BulkWriter(session, rebuild_indexes=EMPTY_TABLES, write_behind=True) as writer,
    ):
        assert writer.copy_behind is not None
        writer.add("households", {"id": 7, "name": "First", "notes": "", **writer.stamps()})
        writer.send()  # on the helper
        writer.add("households", {"id": 7, "name": "Again", "notes": "", **writer.stamps()})
        writer.send()  # refused on the helper
        writer.finish()
    with pg_book.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
    assert not [t for t in threading.enumerate() if t.name.startswith("bulk-load")]


def test_an_import_cancelled_while_work_is_behind_it_writes_nothing(book: Book) -> None:
    """Cancelled in the triggers, after the contacts went to the helper and their indexes
    were asked for: nothing is written, the helper is gone, the book's schema is whole."""
    from advisor_referrals.services.progress import Cancelled, Progress

    before = indexes(book)
    data = with_changes(
        varied_book(),
        contacts=[{"key": f"c{n}", "first_name": "P", "last_name": str(n)} for n in range(1, 9001)],
        triggers=[
            {"key": f"t{n}", "contact": f"c{n}", "kind": "new_child", "occurred_on": "2026-01-02"}
            for n in range(1, 6001)
        ],
        referrals=[],
        reviews=[],
        asks=[],
    )
    progress = Progress()
    seen: list[str] = []

    def cancel_in_triggers(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "triggers" in message:
            progress.cancel()

    progress.callback = cancel_in_triggers
    with pytest.raises(Cancelled):
        load_book_data(book, data, progress=progress)
    assert any("triggers" in message for message in seen)
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactRow)) == 0
    assert indexes(book) == before
    assert not [t for t in threading.enumerate() if t.name.startswith("bulk-load")]
    # The same file imports whole afterwards, with the indexes back as they were.
    assert "9,000 contacts" in str(load_book_data(book, data))
    assert indexes(book) == before
