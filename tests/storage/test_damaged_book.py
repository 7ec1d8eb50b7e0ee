"""A damaged or foreign file is refused with a clear message and never written to."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.errors import DamagedBookError
from advisor_referrals.storage import checks
from advisor_referrals.storage.encryption import PassphraseNeededError
from advisor_referrals.storage.opening import open_book
from tests.support.books import add_contacts, checkpoint, count_contacts, digest


@pytest.fixture(scope="module")
def sound_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 3000)
    checkpoint(book)
    book.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def sound_book(sound_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    shutil.copyfile(sound_template, path)
    return path


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def refused(path: Path, *, quick_check: bool = False) -> str:
    before, names = digest(path), files_in(path.parent)
    with pytest.raises(DamagedBookError) as caught:
        open_book(str(path), quick_check=quick_check)
    assert digest(path) == before, "the damaged file was written to"
    assert files_in(path.parent) == names
    return str(caught.value)


def test_a_truncated_book_is_refused_untouched(sound_book: Path) -> None:
    size = sound_book.stat().st_size
    with sound_book.open("r+b") as handle:
        handle.truncate(size // 2 // 4096 * 4096)
    message = refused(sound_book)
    assert "damaged" in message
    assert "cut off" in message
    assert "Restore a backup" in message


def test_a_book_cut_in_the_middle_of_a_page_is_refused(sound_book: Path) -> None:
    with sound_book.open("r+b") as handle:
        handle.truncate(sound_book.stat().st_size - 1000)
    assert "cut off" in refused(sound_book)


def test_garbage_in_the_middle_pages_is_found_by_the_page_check(sound_book: Path) -> None:
    size = sound_book.stat().st_size
    with sound_book.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(3 * 4096))
    # The quick open (header and schema) cannot see it; the page check can.
    book = open_book(str(sound_book), upgrade=False)
    try:
        assert checks.quick_check(book.engine)
    finally:
        book.close()
    message = refused(sound_book, quick_check=True)
    assert "damaged" in message
    assert "Restore a backup" in message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    path.write_text("Dear Ana, thank you for the introduction to your brother.\n" * 50)
    message = refused(path)
    assert "not an Advisor Referrals book" in message


def test_someone_elses_database_is_refused_and_keeps_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "recipes.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('bread', 'knead')")
    connection.commit()
    connection.close()
    message = refused(path)
    assert "another program" in message
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_an_encrypted_looking_file_asks_for_a_passphrase_instead_of_calling_it_damaged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "book.sqlite3"
    path.write_bytes(os.urandom(8 * 4096))
    with pytest.raises(PassphraseNeededError, match="encrypted"):
        open_book(str(path))


def test_a_sound_book_passes_the_page_check(sound_book: Path) -> None:
    book = open_book(str(sound_book), quick_check=True)
    try:
        assert count_contacts(book) == 3000
    finally:
        book.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "text", "foreign"])
def test_the_command_line_says_what_is_wrong_with_status_2(
    sound_book: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    size = sound_book.stat().st_size
    if damage == "truncate":
        with sound_book.open("r+b") as handle:
            handle.truncate(size // 3)
    elif damage == "garbage":
        with sound_book.open("r+b") as handle:
            handle.seek(size // 2 // 4096 * 4096)
            handle.write(os.urandom(2 * 4096))
    elif damage == "text":
        sound_book.write_text("not a book\n")
    else:
        sound_book.unlink()
        sqlite3.connect(sound_book).execute("CREATE TABLE photos (id INTEGER)").connection.close()
    before = digest(sound_book)
    out = sound_book.parent / "copy.sqlite3"
    code = main(["--db", str(sound_book), "backup", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert "damaged" in err or "not an Advisor Referrals book" in err
    assert digest(sound_book) == before
    assert not out.exists()


def test_opening_wipes_scratch_copies_a_killed_process_left(sound_book: Path) -> None:
    probe = subprocess.Popen([sys.executable, "-c", "pass"])
    probe.wait()
    dead_pid = probe.pid  # a process known to be gone
    dead = sound_book.with_name(f".{sound_book.name}.restoring-{dead_pid}")
    dead_log = Path(f"{dead}-wal")
    mine = sound_book.with_name(f".{sound_book.name}.restoring-{os.getpid()}")
    for path in (dead, dead_log, mine):
        path.write_bytes(b"a copy of Ana Souza's record")
    open_book(str(sound_book)).close()
    assert not dead.exists() and not dead_log.exists()
    assert mine.exists(), "a scratch file of a running process is left alone"
