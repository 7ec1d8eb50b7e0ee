"""Encrypted books: unreadable without the passphrase, and so are their backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import BookError, WrongPassphraseError
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.safety import backup
from advisor_referrals.storage import encryption
from advisor_referrals.storage.checks import FileKind, file_kind
from advisor_referrals.storage.encryption import PassphraseNeededError
from advisor_referrals.storage.opening import open_book
from tests.support.books import add_contacts, checkpoint, count_contacts

SECRET = "correct horse battery"
ANA = ContactFields(first_name="Ana", last_name="Souza", email="ana.souza@example.com")


def unreadable_by_plain_sqlite(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return True
    finally:
        connection.close()
    return False


def no_plain_text(path: Path, *words: str) -> bool:
    data = b"".join(p.read_bytes() for p in path.parent.glob(f"{path.name}*") if p.is_file())
    return not any(word.encode() in data for word in words)


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path), passphrase=SECRET)
    try:
        ContactService(book).create(ANA)
        add_contacts(book, 100)
    finally:
        book.close()
    return path


def test_an_encrypted_book_opens_with_its_passphrase_only(encrypted: Path) -> None:
    assert file_kind(encrypted) is FileKind.ENCRYPTED
    assert unreadable_by_plain_sqlite(encrypted)
    assert no_plain_text(encrypted, "Souza", "ana.souza@example.com", "golf club")
    with pytest.raises(PassphraseNeededError):
        open_book(str(encrypted))
    with pytest.raises(WrongPassphraseError, match="does not open the book"):
        open_book(str(encrypted), passphrase="Correct horse battery")
    book = open_book(str(encrypted), passphrase=SECRET, quick_check=True)
    try:
        table = ContactTable(book)
        assert [r.last_name for r in table.first_page(ContactFilter(text="souz"))] == ["Souza"]
        assert count_contacts(book) == 101
    finally:
        book.close()


def test_changing_the_passphrase(encrypted: Path) -> None:
    encryption.change_passphrase(encrypted, SECRET, "a brand new phrase")
    assert not encryption.check_passphrase(encrypted, SECRET)
    book = open_book(str(encrypted), passphrase="a brand new phrase")
    try:
        assert count_contacts(book) == 101
    finally:
        book.close()
    with pytest.raises(BookError, match="at least 8"):
        encryption.change_passphrase(encrypted, "a brand new phrase", "short")


def plain_book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    ContactService(book).create(ANA)
    add_contacts(book, 100)
    book.close()
    return path


def test_converting_a_plain_book_wipes_the_plain_file_by_default(tmp_path: Path) -> None:
    path = plain_book(tmp_path)
    result = encryption.encrypt_book(path, SECRET)
    assert "overwritten and deleted" in result.describe()
    assert unreadable_by_plain_sqlite(path)
    assert no_plain_text(path, "Souza", "ana.souza@example.com")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.sqlite3"]
    book = open_book(str(path), passphrase=SECRET, quick_check=True)
    try:
        assert [
            c.last_name for c in ContactService(book).find_by_email("ana.souza@example.com")
        ] == ["Souza"]
        assert count_contacts(book) == 101
        ContactService(book).create(ANA.edited(first_name="Bia"))
    finally:
        book.close()


def test_converting_can_keep_the_plain_file_when_asked(tmp_path: Path) -> None:
    path = plain_book(tmp_path)
    kept = tmp_path / "plain-copy.sqlite3"
    result = encryption.encrypt_book(path, SECRET, keep_plain_as=kept)
    assert str(kept) in result.describe()
    assert file_kind(kept) is FileKind.SQLITE
    assert file_kind(path) is FileKind.ENCRYPTED
    old = open_book(str(kept), upgrade=False)
    try:
        assert count_contacts(old) == 101
    finally:
        old.close()


def test_an_encrypted_book_can_go_back_to_plain(encrypted: Path) -> None:
    encryption.decrypt_book(encrypted, SECRET)
    assert file_kind(encrypted) is FileKind.SQLITE
    book = open_book(str(encrypted), quick_check=True)
    try:
        assert count_contacts(book) == 101
    finally:
        book.close()


def test_backups_of_an_encrypted_book_stay_encrypted_and_restore(
    encrypted: Path, tmp_path: Path
) -> None:
    book = open_book(str(encrypted), passphrase=SECRET)
    out = tmp_path / "saved.sqlite3"
    try:
        info = backup.backup_to(book, out)
        add_contacts(book, 7, city="Later", start=500)
    finally:
        book.close()
    assert info.encrypted
    assert unreadable_by_plain_sqlite(out)
    assert no_plain_text(out, "Souza", "ana.souza@example.com")
    with pytest.raises(PassphraseNeededError):
        backup.restore(encrypted, out)
    with pytest.raises(WrongPassphraseError):
        backup.restore(encrypted, out, "not the phrase")
    result = backup.restore(encrypted, out, SECRET)
    assert result.previous_kept_as is not None
    book = open_book(str(encrypted), passphrase=SECRET, quick_check=True)
    try:
        assert count_contacts(book) == 101
    finally:
        book.close()


def test_converting_refuses_while_the_book_is_open_elsewhere(tmp_path: Path) -> None:
    from tests.support.books import digest, open_in_another_process

    path = plain_book(tmp_path)
    before = digest(path)
    with open_in_another_process(path), pytest.raises(BookError, match="another window"):
        encryption.encrypt_book(path, SECRET)
    assert digest(path) == before


def test_the_command_line_takes_the_passphrase_from_the_environment_or_a_file(
    encrypted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "a.sqlite3"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", str(encrypted), "backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "ADVISOR_REFERRALS_PASSPHRASE" in err and "--passphrase-file" in err
    secret_file = tmp_path / "phrase.txt"
    secret_file.write_text(SECRET + "\n")
    args = ["--db", str(encrypted), "--passphrase-file", str(secret_file)]
    assert main([*args, "backup", "--out", str(out)]) == 0
    assert unreadable_by_plain_sqlite(out)
    monkeypatch.setenv("ADVISOR_REFERRALS_PASSPHRASE", "wrong phrase!")
    assert main(["--db", str(encrypted), "backup", "--out", str(tmp_path / "b.sqlite3")]) == 2
    assert "does not open the book" in capsys.readouterr().err
    monkeypatch.setenv("ADVISOR_REFERRALS_PASSPHRASE", SECRET)
    assert main(["--db", str(encrypted), "backup", "--out", str(tmp_path / "b.sqlite3")]) == 0


def test_the_command_line_prompts_without_echo(
    encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert main(["--db", str(encrypted), "backup", "--out", str(tmp_path / "c.sqlite3")]) == 0
    assert asked and "Passphrase" in asked[0]


def test_encrypt_change_and_decrypt_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = plain_book(tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv("ADVISOR_REFERRALS_NEW_PASSPHRASE", SECRET)
    assert main(["--db", str(path), "encrypt"]) == 0
    assert "overwritten and deleted" in capsys.readouterr().out
    assert main(["--db", str(path), "encrypt"]) == 2
    monkeypatch.setenv("ADVISOR_REFERRALS_PASSPHRASE", SECRET)
    monkeypatch.setenv("ADVISOR_REFERRALS_NEW_PASSPHRASE", "second phrase")
    assert main(["--db", str(path), "change-passphrase"]) == 0
    monkeypatch.setenv("ADVISOR_REFERRALS_PASSPHRASE", "second phrase")
    assert main(["--db", str(path), "decrypt"]) == 0
    assert file_kind(path) is FileKind.SQLITE
    new_book = tmp_path / "new.sqlite3"
    monkeypatch.setenv("ADVISOR_REFERRALS_NEW_PASSPHRASE", "for a new book")
    assert main(["--db", str(new_book), "encrypt"]) == 0
    assert file_kind(new_book) is FileKind.ENCRYPTED
    book = open_book(str(new_book), passphrase="for a new book")
    checkpoint(book)
    book.close()
