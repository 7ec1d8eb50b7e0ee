"""`advisor-referrals import` and `export`: exit status, messages, and the book left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisor_referrals.cli import main
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ContactRow
from tests.services.book_samples import DESIGN_EXAMPLE


def run(book: Book, *args: str) -> int:
    return main(["--db", book.target, *args])


def counts(book: Book) -> tuple[int, int]:
    with book.session() as session:
        return (
            session.scalar(select(func.count(ContactRow.id))) or 0,
            session.scalar(select(func.count(AuditRow.id))) or 0,
        )


def bad_csv(path: Path) -> Path:
    lines = ["first_name,last_name,email,segment,client_since"]
    for row in range(2, 15):
        segment = "loyal" if row == 12 else "engaged"
        since = "2026-13-01" if row == 7 else "2024-01-15"
        lines.append(f"Client{row},Family{row},c{row}@example.com,{segment},{since}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_csv_with_a_bad_date_and_an_unknown_segment_exits_2_and_changes_nothing(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(book)
    assert run(book, "import", str(bad_csv(tmp_path / "clients.csv"))) == 2
    err = capsys.readouterr().err
    assert "clients.csv: 2 problems found; nothing was changed." in err
    assert "row 7, client_since = '2026-13-01': a date written YYYY-MM-DD" in err
    assert "row 12, segment = 'loyal': allowed: engaged, content, complacent" in err
    assert "Traceback" not in err
    assert counts(book) == before


def test_dry_runs_check_and_write_nothing(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_file = tmp_path / "book.json"
    book_file.write_text(json.dumps(DESIGN_EXAMPLE), encoding="utf-8")
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("first_name,last_name\nAna,Souza\n", encoding="utf-8")
    for path in (book_file, contacts):
        assert run(book, "import", str(path), "--dry-run") == 0
        assert "Dry run: nothing was written." in capsys.readouterr().out
    assert counts(book) == (0, 0)


def test_update_changes_contacts_with_the_same_email(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("first_name,last_name,email\nAna,Souza,ana@example.com\n", encoding="utf-8")
    assert run(book, "import", str(path)) == 0
    path.write_text("first_name,last_name,email\nAnna,Souza,ANA@example.com\n", encoding="utf-8")
    assert run(book, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "row 2: ANA@example.com is already in the book" in out
    assert "--update" in out
    assert run(book, "import", str(path), "--update") == 0
    assert "1 contact updated" in capsys.readouterr().out
    [anna] = ContactService(book).find_by_email("ana@example.com")
    assert anna.first_name == "Anna"


def test_book_files_need_an_empty_book_and_known_extensions(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_file = tmp_path / "book.json"
    book_file.write_text(json.dumps(DESIGN_EXAMPLE), encoding="utf-8")
    assert run(book, "import", str(book_file)) == 0
    assert "Imported" in capsys.readouterr().out
    assert run(book, "import", str(book_file)) == 2
    assert "imports only into an empty book" in capsys.readouterr().err
    assert run(book, "import", str(book_file), "--update") == 2
    assert "--update is for contacts files (.csv, .vcf)" in capsys.readouterr().err
    assert run(book, "export", str(tmp_path / "book.xlsx")) == 2
    assert "must end in .json (a whole book), .csv (contacts)" in capsys.readouterr().err
    assert run(book, "export", str(tmp_path / "copy.json")) == 0
    assert run(book, "export", str(tmp_path / "contacts.csv")) == 0
    out = capsys.readouterr().out
    assert "Exported the whole book" in out and "Exported the contacts" in out
    assert json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))["contacts"][1] == {
        **dict.fromkeys(DESIGN_EXAMPLE["contacts"][0]),
        "key": "c2",
        "first_name": "Bruno",
        "last_name": "Lima",
        "relationship": "prospect",
        "segment": "unknown",
        "has_written_plan": False,
        "do_not_ask": False,
        "tags": [],
        "notes": "",
        "reviews_per_year": None,
        "preferred_language": None,  # newer than the design's example, which still imports
        "advisor": None,
        "archived_on": None,
    }
    assert run(book, "export", str(tmp_path / "missing-folder" / "x.csv")) == 2
    assert "does not exist" in capsys.readouterr().err
