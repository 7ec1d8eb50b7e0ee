"""A contact's preferred language: kept in the book, the CSV and the book file, and the
language its kit is written in; the trigger library's wording per language; text no font
has is named before a kit is made (docs/design.md, Languages and scripts)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.thank_you import DEFAULT_TEMPLATE, render_template
from advisor_referrals.reports.renderers import kit_renderer, missing_glyphs
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import import_book
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.contacts_csv import (
    export_contacts_csv,
    import_contacts_csv,
)
from advisor_referrals.services.kits import KitService
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.support.pdf import page_texts


def add(book: Book, first: str, last: str, language: str | None = None, **more: str) -> int:
    fields = ContactFields(
        first_name=first,
        last_name=last,
        relationship=Relationship.CLIENT,
        preferred_language=language,
        **more,
    )
    return ContactService(book).create(fields).id


def kit_text(book: Book, contact_id: int, language: str | None = None) -> str:
    kit = KitService(book, kit_renderer, missing_glyphs).preview(
        contact_id, PageSize.LETTER, date(2026, 3, 14), language
    )
    return " ".join(" ".join(page_texts(kit.data)).split())


def test_a_kit_is_written_in_the_contacts_preferred_language(book: Book) -> None:
    elodie = add(book, "Élodie", "Tremblay", "fr-ca")
    assert ContactService(book).get(elodie).preferred_language == "fr-CA"
    text = kit_text(book, elodie)
    assert "Merci, Élodie." in text and "Le départ à la retraite" in text
    # The advisor may write one kit in another language.
    assert "Thank you, Élodie." in kit_text(book, elodie, "en")


def test_a_language_code_that_is_not_one_is_refused(book: Book) -> None:
    with pytest.raises(ValidationError) as refused:
        add(book, "Ana", "Souza", "french please")
    [problem] = refused.value.problems
    assert problem.field == "preferred_language" and "fr-CA" in problem.message


def test_the_advisors_wording_in_a_language_is_what_that_kit_prints(book: Book) -> None:
    kinds = TriggerKindService(book)
    retirement = next(k for k in kinds.kinds() if k.key == "retirement")
    kinds.set_text(retirement.id or 0, "fr", "La retraite", "« On arrête bientôt. » Parlons-en.")
    assert kinds.texts("fr") == {
        retirement.id: ("La retraite", "« On arrête bientôt. » Parlons-en.")
    }
    elodie = add(book, "Élodie", "Tremblay", "fr")
    text = kit_text(book, elodie)
    assert "La retraite" in text and "Le départ à la retraite" not in text
    kinds.set_text(retirement.id or 0, "fr", "", "")  # cleared: the shipped wording again
    assert "Le départ à la retraite" in kit_text(book, elodie)


def test_the_csv_carries_the_language_and_older_files_still_import(
    sqlite_book: Book, tmp_path: Path
) -> None:
    add(sqlite_book, "محمد", "عبدالله", "ar", email="m@example.com")
    out = tmp_path / "contacts.csv"
    export_contacts_csv(sqlite_book, out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["first_name"], row["preferred_language"]) == ("محمد", "ar")
    older = tmp_path / "older.csv"
    older.write_text("first_name,last_name\nप्रिया,शर्मा\n", encoding="utf-8")
    import_contacts_csv(sqlite_book, older)
    again = tmp_path / "again.csv"
    again.write_text("first_name,last_name,preferred_language\nAna,Souza,Klingon!\n")
    with pytest.raises(ValidationError) as refused:
        import_contacts_csv(sqlite_book, again)
    assert refused.value.problems[0].field == "preferred_language"


def test_the_book_file_keeps_languages_and_wording(book: Book, tmp_path: Path) -> None:
    add(book, "김", "민준", "ko")
    kinds = TriggerKindService(book)
    retirement = next(k for k in kinds.kinds() if k.key == "retirement")
    kinds.set_text(retirement.id or 0, "ko", "은퇴 준비", "“곧 은퇴해요.” 함께 준비해요.")
    path = tmp_path / "book.json"
    export_book(book, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["contacts"][0]["preferred_language"] == "ko"
    target = open_book(str(tmp_path / "copy.sqlite3"))
    try:
        import_book(target, path)
        copy = TriggerKindService(target)
        again = next(k for k in copy.kinds() if k.key == "retirement")
        assert copy.texts("ko") == {again.id: ("은퇴 준비", "“곧 은퇴해요.” 함께 준비해요.")}
        kit = KitService(target, kit_renderer).gather([1])
        assert kit.clients[0].language == "ko"
    finally:
        target.close()


def test_unprintable_text_is_named_before_the_kit_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "book.sqlite3")
    book = open_book(path)
    contact = add(book, "Ana", "𓀀 Souza")
    [problem] = KitService(book, kit_renderer, missing_glyphs).check([contact])
    assert problem.contact_id == contact and problem.field == "name"
    assert "Ana 𓀀 Souza" in problem.message and "U+13000" in problem.message
    book.close()
    out = tmp_path / "ana.pdf"
    assert main(["--db", path, "kit", str(contact), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "U+13000" in err and f"contact {contact}" in err
    assert out.exists()


def test_thank_you_notes_carry_any_script(book: Book) -> None:
    message = render_template(
        DEFAULT_TEMPLATE, to="d@example.com", referrer="דוד", referred="प्रिया शर्मा", advisor="M"
    )
    assert "Dear דוד," in message.body and "प्रिया शर्मा" in message.body
    from urllib.parse import unquote

    assert "प्रिया शर्मा" in unquote(message.mailto)
