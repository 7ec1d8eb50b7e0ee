"""Large contacts files take the bulk route (indexes built once at the end or kept up to
date by a helper thread, the search index filled at the end, settings changed for the
load): what a user notices must be the same as for a small file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports import bulk_writer
from advisor_referrals.services.imports.contacts_csv import REBUILD_AT, import_contacts_csv
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ContactRow, Household, TagRow
from tests.support.books import not_as_saved

ROWS = REBUILD_AT + 500
HEADER = ["first_name", "last_name", "email", "phone", "city", "household", "tags", "segment"]


def big_file(path: Path, rows: int = ROWS, bad_row: int | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for number in range(rows):
            segment = "loyal" if number + 2 == bad_row else ("engaged", "content")[number % 2]
            writer.writerow(
                [
                    ("Zoë", "Ana", "美咲")[number % 3],
                    f"Souza{number}",
                    f"person{number}@example.com",
                    f"+1 617 555 {number % 10_000:04d}",
                    ("Zürich", "Boston")[number % 2],
                    f"Family {number // 3}" if number % 4 == 0 else "",
                    "golf;VIP" if number % 5 == 0 else "",
                    segment,
                ]
            )
    return path


@pytest.fixture(params=["chunks of 5,000", "chunks of 1,000"])
def chunks(request: pytest.FixtureRequest, book: Book, monkeypatch: pytest.MonkeyPatch) -> str:
    """How many chunks of new contacts the SQLite helper thread moves into their table
    while the file is read: one of these files' rows, or five (smaller chunks, so that
    several pass through the helper, a bad last row and a cancel among them)."""
    if request.param == "chunks of 1,000":
        if book.engine.dialect.name != "sqlite":
            pytest.skip("PostgreSQL's rows go in by COPY on the import's own thread")
        monkeypatch.setattr(bulk_writer, "CHUNK", 1000)
    return str(request.param)


def found(book: Book, words: str) -> int:
    return ContactTable(book).count(ContactFilter(text=words))


def schema(book: Book) -> list[tuple[str, str]]:
    """Tables, indexes, triggers and search index settings of a SQLite book, planner
    statistics aside (empty on PostgreSQL)."""
    if book.engine.dialect.name != "sqlite":
        return []
    with book.session() as session:
        parts = session.execute(
            text(
                "SELECT name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_stat%' ORDER BY name"
            )
        ).all()
        config = session.execute(text("SELECT k, v FROM contact_fts_config ORDER BY k")).all()
    return [(str(a), str(b)) for a, b in (*parts, *config)]


def counts(book: Book) -> tuple[int, int, int, int]:
    with book.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ContactRow, Household, TagRow, AuditRow)
        )


def test_a_big_import_is_all_searchable_and_leaves_the_schema_as_it_was(
    book: Book, tmp_path: Path, chunks: str
) -> None:
    ContactService(book).create(ContactFields(first_name="Olga", last_name="Kept"))
    before = schema(book)
    summary = import_contacts_csv(book, big_file(tmp_path / "big.csv"))
    assert summary.count("contacts added") == ROWS
    assert found(book, "") == ROWS + 1
    assert found(book, "person4321@example") == 1
    assert found(book, "zurich") == ROWS // 2  # accents folded, as for a typed contact
    zoe_souza12 = [n for n in range(0, ROWS, 3) if f"Souza{n}".startswith("Souza12")]
    assert found(book, "zoe souza12") == len(zoe_souza12)
    assert found(book, "617 555 0042") == 1
    assert found(book, "olga kept") == 1
    households, tags = (ROWS + 3) // 4, 2
    assert counts(book) == (ROWS + 1, households, tags, 2)  # one audit entry: the import's
    assert schema(book) == before
    assert not_as_saved(book) == []  # searched and sorted as if saved one by one
    # The book goes on indexing contacts one by one as before.
    ContactService(book).create(ContactFields(first_name="Priya", last_name="After"))
    assert found(book, "priya after") == 1
    if book.engine.dialect.name == "sqlite":
        with book.session() as session:
            session.execute(text("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')"))
            analysed = session.scalar(
                text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'contacts'")
            )
        assert analysed


def test_a_bad_last_row_of_a_big_file_writes_nothing(
    book: Book, tmp_path: Path, chunks: str
) -> None:
    ContactService(book).create(ContactFields(first_name="Olga", last_name="Kept"))
    before, stored = schema(book), counts(book)
    with pytest.raises(ValidationError) as caught:
        import_contacts_csv(book, big_file(tmp_path / "bad.csv", bad_row=ROWS + 1))
    assert [(p.where, p.field, p.value) for p in caught.value.problems] == [
        (f"row {ROWS + 1}", "segment", "loyal")
    ]
    assert counts(book) == stored
    assert schema(book) == before
    assert found(book, "olga kept") == 1


def test_cancelling_a_big_import_while_it_writes_leaves_the_book_as_it_was(
    book: Book, tmp_path: Path, chunks: str
) -> None:
    before, stored = schema(book), counts(book)
    path = big_file(tmp_path / "big.csv")
    progress = Progress()

    def on_step(done: int, total: int, message: str) -> None:
        if message.startswith("Adding"):
            progress.cancel()

    progress.callback = on_step
    with pytest.raises(Cancelled):
        import_contacts_csv(book, path, progress=progress)
    assert counts(book) == stored
    assert schema(book) == before
    assert import_contacts_csv(book, path).count("contacts added") == ROWS
    assert found(book, "person4321@example") == 1
