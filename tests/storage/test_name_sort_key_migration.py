"""Migration 0015: contacts already in a book get their name sort key and a search text
folded the new way, so they sort and are found like contacts added since."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.storage import migrate
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.engine import make_engine
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.models.contacts import LISTING_INDEXES
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

BEFORE = "0014"
NAMES = [("Søren", "Ørsted"), ("Ana", "Zhang"), ("Émile", "Lukas"), ("Ben", "Łukasz")]


def _book_before_0015(target: str) -> None:
    engine = make_engine(target)
    migrate.upgrade(engine, BEFORE)
    with engine.begin() as connection:
        for first, last in NAMES:
            connection.execute(
                text(
                    "INSERT INTO contacts (first_name, last_name, relationship, segment, phone,"
                    " has_written_plan, do_not_ask, notes, search_text, version, created_at,"
                    " updated_at) VALUES (:first, :last, 'client', 'engaged', '+1 303 555 0199',"
                    " false, false, '', :old_text, 1,"
                    " '2026-01-01', '2026-01-01')"
                ),
                # The search text as the folding before 0015 wrote it: ø and ł kept.
                {"first": first, "last": last, "old_text": f"{first} | {last} |".lower()},
            )
        connection.execute(text("INSERT INTO tags (name) VALUES ('Golf')"))
        connection.execute(text("INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1)"))
    engine.dispose()


def _upgraded_book_sorts_and_finds_old_contacts(target: str) -> None:
    _book_before_0015(target)
    book = open_book(target)
    try:
        assert migrate.current_revisions(book.engine) == migrate.head_revisions()
        table = ContactTable(book)
        listed = [row.last_name for row in table.rows(table.ids(ContactFilter()))]
        assert listed == ["Lukas", "Łukasz", "Ørsted", "Zhang"]
        for query, expected in {
            "soren": ["Ørsted"],
            "lukasz": ["Łukasz"],
            "#golf": ["Ørsted"],
            "303-555-0199": ["Lukas", "Łukasz", "Ørsted", "Zhang"],
        }.items():
            found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
            assert found == expected, query
    finally:
        book.close()


def test_a_sqlite_book_is_upgraded(tmp_path: Path) -> None:
    _upgraded_book_sorts_and_finds_old_contacts(str(tmp_path / "old.sqlite3"))


@pytest.mark.postgres
def test_a_postgres_book_is_upgraded(pg_server: PostgresServer) -> None:
    _upgraded_book_sorts_and_finds_old_contacts(pg_server.url(pg_server.create_database()))


def _key_and_included(book: Book, name: str) -> tuple[list[str], list[str]]:
    """The columns a book's index sorts by, and those it includes (PostgreSQL)."""
    with book.engine.connect() as connection:
        if book.is_postgres:
            definition = connection.scalar(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"), {"name": name}
            )
        else:
            definition = connection.scalar(
                text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"),
                {"name": name},
            )
    found = re.search(r"\(([^()]*)\)(?: INCLUDE \(([^()]*)\))?$", str(definition))
    assert found is not None, definition
    key, included = found.groups()
    return _names(key), _names(included or "")


def _names(columns: str) -> list[str]:
    return [c.strip().strip('"') for c in columns.split(",") if c.strip()]


def test_the_listing_indexes_in_name_order_are_rebuilt_as_the_models_make_them(
    book: Book,
) -> None:
    by_name = [i for i in LISTING_INDEXES if ContactRow.name_key in i.expressions]
    assert {i.name for i in by_name} == {
        "ix_contacts_list_name",
        "ix_contacts_list_relationship",
        "ix_contacts_list_segment",
        "ix_contacts_list_tier",
        "ix_contacts_list_household",
    }
    for index in by_name:
        key, included = _key_and_included(book, str(index.name))
        assert key == [c.name for c in index.expressions], index.name
        assert "name_key" in key[:2]
        expected = ["last_name", "first_name"] if book.is_postgres else []
        assert included == expected, index.name
