"""The demo book written behind the load (PostgreSQL: rows copied and each finished table's
indexes, statistics and foreign keys built on a helper thread, each contact written with
its last review's date) is the book the file import gives, and leaves the schema whole."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import EMPTY_TABLES, load_book_data
from advisor_referrals.services.demo.demo_book import generate_demo_data, make_demo_book
from advisor_referrals.services.demo.demo_generation import demo_events, demo_people
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.services.test_book_import_behind import WRONG_DATES, indexes

TODAY = date(2026, 5, 4)
# More reviews (3 per contact) than a chunk (5,000 rows), so that several chunks wait
# for the helper while the tables before are indexed.
CLIENTS = 1700

FOREIGN_KEYS = {
    "postgresql": (
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"
    ),
    "sqlite": (
        'SELECT m.name, f."table", f."from", f."to" FROM sqlite_master m '
        "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2, 3"
    ),
}


def foreign_keys(book: Book) -> list[tuple[str, ...]]:
    with book.session() as session:
        dialect = session.get_bind().dialect.name
        return [tuple(map(str, row)) for row in session.execute(text(FOREIGN_KEYS[dialect]))]


def test_the_demo_book_behind_the_load_is_its_book_file_imported(
    book: Book, tmp_path: Path
) -> None:
    schema, keys = indexes(book), foreign_keys(book)
    make_demo_book(book, clients=CLIENTS, seed=3, today=TODAY)
    assert not [t for t in threading.enumerate() if t.name.startswith("bulk-load")]
    imported = open_book(str(tmp_path / "imported.sqlite3"))
    try:
        load_book_data(imported, generate_demo_data(CLIENTS, 3, TODAY), source="the demo book")
        export_book(book, tmp_path / "direct.json")
        export_book(imported, tmp_path / "imported.json")
        with imported.session() as session:
            expected = session.execute(
                text("SELECT id, last_review_on FROM contacts ORDER BY id")
            ).all()
    finally:
        imported.close()
    direct = (tmp_path / "direct.json").read_text(encoding="utf-8")
    assert direct == (tmp_path / "imported.json").read_text(encoding="utf-8")
    with book.session() as session:
        # Each contact's last review as the database's own rule gives it (migration
        # 0005): the latest completed review, none for the never reviewed.
        assert session.scalar(text(WRONG_DATES)) == 0
        dates = session.execute(text("SELECT id, last_review_on FROM contacts ORDER BY id")).all()
        held = session.scalar(text("SELECT count(DISTINCT contact_id) FROM reviews "
                                   "WHERE completed_on IS NOT NULL"))  # fmt: skip
        assert session.scalar(text("SELECT count(*) FROM reviews")) == 3 * CLIENTS
    assert [(i, str(on)) for i, on in dates] == [(i, str(on)) for i, on in expected]
    never = sum(on is None for _i, on in dates)
    assert 0 < never < CLIENTS and held == CLIENTS - never
    # Every index and foreign key set aside for the load is back, as it was.
    assert indexes(book) == schema
    assert foreign_keys(book) == keys


def test_last_held_is_each_persons_latest_review_held() -> None:
    """The date each contact is written with: the latest review held, whatever the order
    reviews were filed in; none for those only booked or never reviewed."""
    found = demo_people(300, 9, TODAY)
    events = demo_events(found)
    latest: dict[int, int] = {}
    for _number, contact, _booked, completed, *_rest in events.reviews.records():
        if completed is not None:
            latest[contact] = max(completed, latest.get(contact, completed))
    last = events.reviews.last_held(len(found.people))
    assert last[0] is None and len(last) == 301
    assert {n: day for n, day in enumerate(last) if day is not None} == latest
    booked_only = {c for _n, c, booked, done, *_r in events.reviews.records() if done is None}
    assert booked_only - latest.keys()  # some contacts have only a booking: no date
    assert None in last[1:]


def test_a_refusal_behind_a_bounded_load_stops_it_at_the_next_chunk(pg_book: Book) -> None:
    """With a bound on the chunks waiting (the demo's), the load does not go on handing
    over rows after one was refused: the refusal is raised at the next chunk, nothing is
    written and the helper is gone."""
    handed = 0
    with (
        pytest.raises(DBAPIError, match=r"households_pkey|duplicate key"),
        pg_book.write() as session,
        BulkWriter(
            session, rebuild_indexes=EMPTY_TABLES, write_behind=True, copies_waiting=2
        ) as writer,
    ):
        writer.add("households", {"id": 7, "name": "First", "notes": "", **writer.stamps()})
        writer.add("households", {"id": 7, "name": "Again", "notes": "", **writer.stamps()})
        writer.send()  # refused on the helper
        for n in range(8, 200):
            writer.add("households", {"id": n, "name": f"H{n}", "notes": "", **writer.stamps()})
            writer.send()
            handed += 1
    assert handed < 10
    with pg_book.session() as session:
        assert session.scalar(text("SELECT count(*) FROM households")) == 0
    assert not [t for t in threading.enumerate() if t.name.startswith("bulk-load")]
