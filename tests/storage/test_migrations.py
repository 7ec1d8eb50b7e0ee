"""Books are upgraded from code when opened: from nothing, and from the first schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.storage import migrate
from advisor_referrals.storage.engine import make_engine
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer


def test_empty_book_is_brought_to_the_newest_schema(tmp_path: Path) -> None:
    book = open_book(str(tmp_path / "new.sqlite3"))
    assert migrate.current_revisions(book.engine) == migrate.head_revisions()
    with book.session() as session:
        keys = session.scalars(text("SELECT key FROM trigger_kinds ORDER BY sort_order")).all()
        cadence = dict(
            session.execute(text("SELECT tier, reviews_per_year FROM review_cadence")).all()
        )
    assert keys == [kind.key for kind in DEFAULT_TRIGGER_KINDS]
    assert cadence == {"A": 4, "B": 2, "C": 1}
    book.close()


def _first_schema_book_with_a_contact(target: str) -> None:
    engine = make_engine(target)
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO households (name, notes, version, created_at, updated_at) VALUES ('Souza', '', 1, '2026-01-01', '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO contacts (first_name, last_name, relationship, segment, household_id, email,"
                " has_written_plan, do_not_ask, notes, version, created_at, updated_at)"
                " VALUES ('Ana', 'Souza', 'client', 'engaged', 1, 'ana@example.com', false, false, '', 1,"
                " '2026-01-01', '2026-01-01')"
            )
        )
        connection.execute(text("INSERT INTO tags (name) VALUES ('Retiree')"))
        connection.execute(text("INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1)"))
    engine.dispose()


def _upgraded_book_finds_the_old_contact(target: str) -> None:
    _first_schema_book_with_a_contact(target)
    book = open_book(target)
    assert migrate.current_revisions(book.engine) == migrate.head_revisions()
    table = ContactTable(book)
    for query in ("souz", "ANA@EX", "retir", "souza ana"):
        assert [row.last_name for row in table.first_page(ContactFilter(text=query))] == [
            "Souza"
        ], query
    book.close()


def test_book_of_the_first_schema_is_upgraded_and_searchable(tmp_path: Path) -> None:
    _upgraded_book_finds_the_old_contact(str(tmp_path / "old.sqlite3"))


@pytest.mark.postgres
def test_postgres_book_of_the_first_schema_is_upgraded(pg_server: PostgresServer) -> None:
    _upgraded_book_finds_the_old_contact(pg_server.url(pg_server.create_database()))


def _referrals_without_history(target: str) -> None:
    """A book of the schema before 0007 whose referrals came without a (whole) history."""
    engine = make_engine(target)
    migrate.upgrade(engine, "0012")
    stamps = "1, '2026-01-01', '2026-01-01'"
    with engine.begin() as connection:
        for name in ("Ana", "Ben", "Cy"):
            connection.execute(
                text(
                    "INSERT INTO contacts (first_name, last_name, relationship, segment,"
                    " has_written_plan, do_not_ask, notes, version, created_at, updated_at)"
                    f" VALUES ('{name}', 'Test', 'client', 'engaged', false, false, '', {stamps})"
                )
            )
        rows = [
            # received, status, first contact, converted: loaded from a file, no history
            ("2026-03-20", "converted", "2026-03-22", "2026-04-10"),
            # recorded in the app at `lost`: one creating move straight to lost
            ("2026-02-01", "lost", None, None),
        ]
        for received, status, contacted, converted in rows:
            connection.execute(
                text(
                    "INSERT INTO referrals (referrer_id, referred_id, received_on, status,"
                    " first_contacted_on, converted_on, notes, version, created_at, updated_at)"
                    f" VALUES (1, 2, :received, :status, :contacted, :converted, '', {stamps})"
                ),
                {
                    "received": received,
                    "status": status,
                    "contacted": contacted,
                    "converted": converted,
                },
            )
        connection.execute(
            text(
                "INSERT INTO referral_status_changes (referral_id, from_status, to_status,"
                " changed_on, changed_at, \"user\") VALUES (2, NULL, 'lost', '2026-02-01',"
                " '2026-02-01 10:00:00', 'ana')"
            )
        )
    engine.dispose()


def _history_is_whole_after_the_upgrade(target: str) -> None:
    _referrals_without_history(target)
    book = open_book(target)
    with book.session() as session:
        rows = session.execute(
            text(
                'SELECT referral_id, from_status, to_status, changed_on, "user"'
                " FROM referral_status_changes ORDER BY referral_id, id"
            )
        ).all()
    book.close()
    found = [(r[0], r[1], r[2], str(r[3])[:10], r[4]) for r in rows]
    assert found == [
        (1, None, "new", "2026-03-20", ""),
        (1, "new", "contacted", "2026-03-22", ""),
        (1, "contacted", "converted", "2026-04-10", ""),
        # A whole history is left as it was, with who made it.
        (2, None, "lost", "2026-02-01", "ana"),
    ]


def test_the_upgrade_completes_every_referrals_history(tmp_path: Path) -> None:
    _history_is_whole_after_the_upgrade(str(tmp_path / "old.sqlite3"))


@pytest.mark.postgres
def test_postgres_upgrade_completes_every_referrals_history(pg_server: PostgresServer) -> None:
    _history_is_whole_after_the_upgrade(pg_server.url(pg_server.create_database()))
