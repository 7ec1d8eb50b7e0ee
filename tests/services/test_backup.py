"""Backups: consistent while the book is written, rotated, checked before a restore."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.errors import BookError, DamagedBookError
from advisor_referrals.services.safety import backup
from advisor_referrals.services.safety.backup import BackupPolicy, SharedBookError
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import BookInUseError
from advisor_referrals.storage.opening import open_book
from tests.support.books import (
    add_contacts,
    checkpoint,
    count_contacts,
    digest,
    open_in_another_process,
)


def test_a_backup_is_a_consistent_copy_taken_while_the_book_is_written(
    sqlite_book: Book, tmp_path: Path
) -> None:
    add_contacts(sqlite_book, 2000, city="Before")
    stop = threading.Event()
    batches: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            add_contacts(sqlite_book, 200, city=f"Batch{len(batches)}")
            batches.append(200)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        copies = [tmp_path / f"copy{i}.sqlite3" for i in range(5)]
        for copy in copies:
            backup.backup_to(sqlite_book, copy)
    finally:
        stop.set()
        writer.join()
    assert batches, "the writer never got to write during the backups"
    for copy in copies:
        restored = open_book(str(copy), quick_check=True, upgrade=False)
        try:
            assert count_contacts(restored, "Before") == 2000
            # Every batch is in the copy whole, or not at all.
            for n in range(len(batches)):
                assert count_contacts(restored, f"Batch{n}") in (0, 200)
        finally:
            restored.close()


def test_a_backup_never_overwrites_a_file(sqlite_book: Book, tmp_path: Path) -> None:
    existing = tmp_path / "keep.txt"
    existing.write_text("mine")
    with pytest.raises(BookError, match="already exists"):
        backup.backup_to(sqlite_book, existing)
    assert existing.read_text() == "mine"
    assert sqlite_book.path is not None
    with pytest.raises(BookError):
        backup.backup_to(sqlite_book, sqlite_book.path)


@pytest.mark.postgres
def test_a_shared_book_is_backed_up_with_the_servers_tools(pg_book: Book, tmp_path: Path) -> None:
    with pytest.raises(SharedBookError, match="pg_dump"):
        backup.backup_to(pg_book, tmp_path / "copy.sqlite3")
    assert backup.auto_backup(pg_book, tmp_path) is None


@pytest.mark.postgres
def test_the_command_line_sends_shared_book_backups_to_the_servers_tools(
    pg_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", pg_book.target, "backup", "--out", str(out)]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert main(["--db", pg_book.target, "restore", str(out)]) == 2
    err = capsys.readouterr().err
    assert "database server" in err and "Traceback" not in err
    assert not out.exists()


def stamp_files(folder: Path, book_path: Path, times: list[datetime]) -> None:
    for when in times:
        (folder / backup.backup_name(book_path, when)).write_bytes(b"x")


def test_rotation_keeps_the_newest_of_7_days_and_8_weeks(tmp_path: Path) -> None:
    book_path = tmp_path / "book.sqlite3"
    now = datetime(2026, 7, 1, 18, 0, 0)
    # Three backups a day (morning, noon, close) for 90 days.
    times = [now - timedelta(days=d, hours=h) for d in range(90) for h in (0, 5, 9)]
    stamp_files(tmp_path, book_path, times)
    (tmp_path / "other-backup-20260701-180000.sqlite3").write_bytes(b"another book's")
    (tmp_path / "notes.txt").write_text("not a backup")
    backup.rotate(tmp_path, book_path, BackupPolicy(keep_daily=7, keep_weekly=8))
    kept = [b.made_at for b in backup.list_backups(tmp_path, book_path)]
    days = {when.date() for when in kept}
    weeks = {when.isocalendar()[:2] for when in kept}
    assert len(kept) <= 15
    assert all(now.date() - timedelta(days=d) in days for d in range(7))
    assert len(weeks) == 8
    assert kept[0] == now, "the latest backup is always kept"
    assert all(when == max(k for k in kept if k.date() == when.date()) for when in kept)
    assert (tmp_path / "other-backup-20260701-180000.sqlite3").exists()
    assert (tmp_path / "notes.txt").exists()


def test_automatic_backups_are_daily_and_rotated(sqlite_book: Book, tmp_path: Path) -> None:
    assert sqlite_book.path is not None
    folder = tmp_path / "backups"
    start = datetime(2026, 3, 1, 9, 0, 0)
    assert backup.daily_backup_due(folder, sqlite_book.path, start)
    for day in range(10):
        backup.auto_backup(
            sqlite_book,
            folder,
            BackupPolicy(keep_daily=3, keep_weekly=1),
            start + timedelta(days=day),
        )
    assert not backup.daily_backup_due(folder, sqlite_book.path, start + timedelta(days=9, hours=5))
    assert backup.daily_backup_due(folder, sqlite_book.path, start + timedelta(days=10))
    assert len(backup.list_backups(folder, sqlite_book.path)) == 3
    assert backup.latest_backup(folder, sqlite_book.path) == folder / backup.backup_name(
        sqlite_book.path, start + timedelta(days=9)
    )


@pytest.fixture
def book_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 300, city="Backed")
    out = tmp_path / "backup.sqlite3"
    backup.backup_to(book, out)
    add_contacts(book, 50, city="After")
    book.close()
    return path, out


def test_restore_puts_the_backup_back_and_keeps_the_replaced_book(
    book_with_backup: tuple[Path, Path],
) -> None:
    path, out = book_with_backup
    result = backup.restore(path, out)
    assert result.previous_kept_as is not None
    assert "replaced" in result.previous_kept_as.name
    book = open_book(str(path), quick_check=True)
    try:
        assert count_contacts(book, "Backed") == 300
        assert count_contacts(book, "After") == 0
    finally:
        book.close()
    replaced = open_book(str(result.previous_kept_as), upgrade=False)
    try:
        assert count_contacts(replaced, "After") == 50
    finally:
        replaced.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    book_with_backup: tuple[Path, Path],
) -> None:
    path, out = book_with_backup
    with out.open("r+b") as handle:
        handle.truncate(out.stat().st_size // 2)
    before = digest(path)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DamagedBookError):
        backup.restore(path, out)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names


def test_restore_refuses_what_is_not_a_backup_of_a_book(
    book_with_backup: tuple[Path, Path],
) -> None:
    path, _ = book_with_backup
    folder = path.parent
    text = folder / "notes.txt"
    text.write_text("hello\n")
    foreign = folder / "photos.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE photos (id INTEGER)").connection.close()
    for candidate in (text, foreign, folder / "missing.sqlite3", path):
        with pytest.raises(BookError):
            backup.restore(path, candidate)
    assert not list(folder.glob("*replaced*"))


def test_restore_refuses_while_the_book_is_open_elsewhere(
    book_with_backup: tuple[Path, Path],
) -> None:
    path, out = book_with_backup
    before = digest(path)
    with (
        open_in_another_process(path),
        pytest.raises(BookInUseError, match="open in another window"),
    ):
        backup.restore(path, out)
    assert digest(path) == before
    assert not list(path.parent.glob("*replaced*"))


def test_restore_replaces_a_damaged_book(book_with_backup: tuple[Path, Path]) -> None:
    path, out = book_with_backup
    path.write_bytes(b"\0" * 8192)
    result = backup.restore(path, out)
    assert result.previous_kept_as is not None
    assert result.previous_kept_as.read_bytes() == b"\0" * 8192
    book = open_book(str(path))
    try:
        assert count_contacts(book) == 300
    finally:
        book.close()


def test_backup_and_restore_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 20)
    book.close()
    out = tmp_path / "saved.sqlite3"
    assert main(["--db", str(path), "backup", "--out", str(out)]) == 0
    assert "20 contacts" in capsys.readouterr().out
    assert main(["--db", str(path), "backup", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    book = open_book(str(path))
    add_contacts(book, 5, start=100)
    checkpoint(book)
    book.close()
    assert main(["--db", str(path), "restore", str(out)]) == 0
    assert "kept at" in capsys.readouterr().out
    book = open_book(str(path))
    try:
        assert count_contacts(book) == 20
    finally:
        book.close()
    (tmp_path / "junk.sqlite3").write_text("junk")
    assert main(["--db", str(path), "restore", str(tmp_path / "junk.sqlite3")]) == 2
    assert "Traceback" not in capsys.readouterr().err
