"""A big load's contacts go through the helper thread on SQLite (load_behind): after a flush
every contact is in its table and searchable, and a contact the table refuses while the
helper moves it fails the load as an insert would have, leaving the book as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.imports import bulk_writer
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.contact_values import normalised_contact
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import open_book

CHUNK = 50  # contacts handed to the helper at a time, here
CONTACTS = 7 * CHUNK + 3


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_writer, "CHUNK", CHUNK)


def person(number: int) -> ContactFields:
    return normalised_contact(
        first_name=f"Zoë{number}",
        last_name="Souza",
        email=f"zoe{number}@example.com",
        household=f"Souza {number // 4}",
        tags=["golf"] if number % 3 == 0 else [],
    )


def contacts(book: Book) -> int:
    with book.session() as session:
        return session.scalar(select(func.count()).select_from(ContactRow)) or 0


def load_helpers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("bulk-load")]


def test_after_a_flush_every_contact_is_in_its_table(book: Book) -> None:
    with book.write(check_references=False) as session, BulkWriter(session) as writer:
        for number in range(CONTACTS):
            writer.add_contact(writer.new_id("contacts"), person(number))
        writer.flush()
        assert session.scalar(select(func.count()).select_from(ContactRow)) == CONTACTS
        writer.finish()
    assert contacts(book) == CONTACTS
    assert ContactTable(book).count(ContactFilter(text="zoe123")) == 1
    assert ContactTable(book).count(ContactFilter(text="#golf")) == (CONTACTS + 2) // 3
    assert load_helpers() == []


def test_a_contact_the_table_refuses_fails_the_load_and_writes_nothing(book: Book) -> None:
    nameless = normalised_contact(first_name="", last_name="")  # the table requires a name
    with (
        pytest.raises((IntegrityError, psycopg.IntegrityError)),  # PostgreSQL's COPY: the driver's
        book.write(check_references=False) as session,
        BulkWriter(session) as writer,
    ):
        for number in range(CONTACTS):
            fields = nameless if number == CHUNK + 7 else person(number)
            writer.add_contact(writer.new_id("contacts"), fields)
        writer.finish()
    assert contacts(book) == 0
    assert load_helpers() == []


def test_an_encrypted_book_loads_through_the_helper_too(tmp_path: Path) -> None:
    book = open_book(str(tmp_path / "secret.sqlite3"), passphrase="Correct horse battery staple")
    try:
        with book.write(check_references=False) as session, BulkWriter(session) as writer:
            for number in range(CONTACTS):
                writer.add_contact(writer.new_id("contacts"), person(number))
            writer.finish()
        assert contacts(book) == CONTACTS
        assert ContactTable(book).count(ContactFilter(text="zoe123")) == 1
    finally:
        book.close()
