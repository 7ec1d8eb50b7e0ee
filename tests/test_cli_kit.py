"""`advisor-referrals kit`: one file for one contact, a folder for several, exit 2 when unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.opening import open_book
from tests.support.pdf import page_sizes, page_texts


@pytest.fixture
def book_path(tmp_path: Path) -> str:
    path = str(tmp_path / "book.sqlite3")
    book = open_book(path)
    contacts = ContactService(book)
    for first, last, email in [
        ("Zoë", "Ðurić", "zoe@example.com"),
        ("小明", "王", "wang@example.com"),
        ("Smith & <Co>", "", None),
    ]:
        contacts.create(ContactFields(first_name=first, last_name=last, email=email))
    book.close()
    return path


def test_one_contact_writes_the_named_file(
    book_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "zoe.pdf"
    assert main(["--db", book_path, "kit", "zoe@example.com", "--out", str(out)]) == 0
    assert "Introduced by Zoë Ðurić" in " ".join(" ".join(page_texts(out.read_bytes())).split())
    assert page_sizes(out.read_bytes())[0] == (612, 792)
    assert "Zoë Ðurić" in capsys.readouterr().out


def test_several_contacts_write_a_folder_of_files_named_after_them(
    book_path: str, tmp_path: Path
) -> None:
    folder = tmp_path / "kits"
    code = main(
        ["--db", book_path, "kit", "1", "2", "3", "--out", str(folder), "--page-size", "a4"]
    )
    assert code == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["Smith & Co.pdf", "Zoë Ðurić.pdf", "王小明.pdf"]
    width, height = page_sizes((folder / "王小明.pdf").read_bytes())[0]
    assert (round(width), round(height)) == (595, 842)


def test_unknown_contacts_exit_2_naming_them_and_write_nothing(
    book_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kits"
    code = main(["--db", book_path, "kit", "1", "42", "who@example.com", "--out", str(folder)])
    assert code == 2
    err = capsys.readouterr().err
    assert "42" in err and "who@example.com" in err and "Traceback" not in err
    assert not folder.exists()


def test_several_contacts_into_an_existing_file_is_refused(
    book_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "kit.pdf"
    existing.write_bytes(b"keep me")
    assert main(["--db", book_path, "kit", "1", "2", "--out", str(existing)]) == 2
    assert "must be a folder" in capsys.readouterr().err
    assert existing.read_bytes() == b"keep me"
