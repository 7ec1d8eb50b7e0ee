"""Migration 0015: contacts already in a book get their name sort key and a search text
folded the new way, so they sort and are found like contacts added since."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.storage import migrate
from advisor_referrals.storage.engine import make_engine
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

BEFORE = "0007"
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
