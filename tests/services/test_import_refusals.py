"""When the database refuses an import for a reason of its own (a rule the practice put on
its server, a full disk), the message gives the database's own words, never the driver's
class name, and nothing of the file is written.

The rule here is real on each backend: a trigger that refuses contacts in one city, as a
practice's administrator might add to its own server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.book_file.importing import load_book_data
from advisor_referrals.services.imports.contacts_csv import import_contacts_csv
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow
from tests.services.book_samples import varied_book

RULE = "no contacts in Atlantis, by order of the practice"


def refuse_atlantis(book: Book) -> None:
    with book.write() as session:
        if book.is_postgres:
            session.execute(
                text(
                    "CREATE FUNCTION refuse_atlantis() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    f"BEGIN IF NEW.city = 'Atlantis' THEN RAISE EXCEPTION '{RULE}'; END IF; "
                    "RETURN NEW; END $$"
                )
            )
            session.execute(
                text(
                    "CREATE TRIGGER refuse_atlantis BEFORE INSERT ON contacts "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_atlantis()"
                )
            )
        else:
            session.execute(
                text(
                    "CREATE TRIGGER refuse_atlantis BEFORE INSERT ON contacts "
                    f"WHEN NEW.city = 'Atlantis' BEGIN SELECT RAISE(ABORT, '{RULE}'); END"
                )
            )


def contact_count(book: Book) -> int:
    with book.session() as session:
        return session.scalar(select(func.count()).select_from(ContactRow)) or 0


def test_a_csv_import_the_database_refuses_says_what_it_said(book: Book, tmp_path: Path) -> None:
    refuse_atlantis(book)
    path = tmp_path / "clients.csv"
    path.write_text(
        "first_name,last_name,city\nAna,Souza,Lisbon\nZoë,Marlow,Atlantis\n", encoding="utf-8"
    )
    with pytest.raises(BookError) as refused:
        import_contacts_csv(book, path)
    message = str(refused.value)
    assert message.startswith(f"{path}: the database refused the import: ")
    assert RULE in message and message.endswith("Nothing was written.")
    assert "Error" not in message  # no driver class name (RaiseException, IntegrityError)
    assert contact_count(book) == 0


def test_a_book_file_the_database_refuses_says_what_it_said(book: Book) -> None:
    refuse_atlantis(book)
    data = varied_book()
    data["contacts"][-1]["city"] = "Atlantis"
    with pytest.raises(BookError, match=f"the database refused the import: .*{RULE}") as refused:
        load_book_data(book, data)
    assert "Error" not in str(refused.value)
    assert contact_count(book) == 0
