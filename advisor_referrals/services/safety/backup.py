"""Backups of a SQLite book, and putting one back.

A backup is made with SQLite's online backup API from a connection of the open book,
so it is a consistent snapshot even while the app keeps writing. It is written beside
its destination under a scratch name, checked, then renamed into place. Backups of an
encrypted book are encrypted with the same passphrase.

Automatic backups go to a folder (the user's choice, by default `backups` in the user
data folder), named `<book>-backup-YYYYMMDD-HHMMSS.sqlite3`, made on close and once a
day, and rotated: the newest of each of the last 7 days and of the last 8 weeks stay.

A shared PostgreSQL book is backed up by its server (pg_dump); `backup` says so.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from advisor_referrals import APP_ID
from advisor_referrals.domain.errors import BookError
from advisor_referrals.storage import checks, encryption, migrate
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.checks import FileKind
from advisor_referrals.storage.files import (
    BookInUseError,
    check_output_file,
    exclusive_connection,
    private_folder,
    replace_with,
    scratch_path,
    stamped,
    swap_in,
    sweep_folder,
)

STAMP = "%Y%m%d-%H%M%S"
DAILY_INTERVAL = timedelta(hours=24)


class SharedBookError(BookError):
    pass


class DamagedBackupError(BookError):
    pass


@dataclass(frozen=True)
class BackupPolicy:
    keep_daily: int = 7
    keep_weekly: int = 8


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds."""

    path: Path
    encrypted: bool
    contacts: int
    schema: str

    def describe(self) -> str:
        lock = "encrypted, " if self.encrypted else ""
        return f"{self.path} ({lock}{self.contacts} contacts, schema {self.schema})"


@dataclass(frozen=True)
class RestoreResult:
    book: Path
    restored_from: BackupInfo
    previous_kept_as: Path | None

    def describe(self) -> str:
        lines = [f"Restored the book at {self.book} from {self.restored_from.describe()}."]
        if self.previous_kept_as is not None:
            lines.append(f"The book it replaced was kept at {self.previous_kept_as}.")
        return "\n".join(lines)


def default_folder() -> Path:
    return platformdirs.user_data_path(APP_ID, appauthor=False) / "backups"


# Making backups


def backup_to(book: Book, out: Path, *, check_pages: bool = True) -> BackupInfo:
    """A consistent copy of the open book at `out` (which must not exist yet).

    The copy is checked before it takes its name: its schema always, and every page
    unless `check_pages` is off (closing the app skips it: the book passed the page
    check when it opened, and a 100,000-contact book takes a second more to check).
    """
    path = _sqlite_book_path(book)
    out = out.expanduser()
    if out.exists() or out.is_symlink():
        raise BookError(f"{out} already exists; choose a new file name for the backup")
    if out.resolve() == path.resolve():
        raise BookError("a backup cannot be written over the book itself")
    check_output_file(out)  # the folder exists and can be written
    passphrase = encryption.passphrase_of(book.engine)
    scratch = scratch_path(out, "writing")
    try:
        _copy_online(book, scratch, passphrase)
        info = check_backup(scratch, passphrase, full=False, pages=check_pages)
        replace_with(scratch, out)
    finally:
        scratch.unlink(missing_ok=True)
    return BackupInfo(out, info.encrypted, info.contacts, info.schema)


def _sqlite_book_path(book: Book) -> Path:
    path = book.path
    if path is None:
        raise SharedBookError(
            f"the book at {book.location} is a shared book on a database server: back it up "
            "with the server's own tools (for PostgreSQL, pg_dump), which also keep its history."
        )
    return path


def _copy_online(book: Book, target: Path, passphrase: str | None) -> None:
    raw = book.engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        if passphrase is None:
            import sqlite3

            destination: Any = sqlite3.connect(target)
        else:
            destination = encryption.connect(target, passphrase)
        try:
            # All pages in one step: one read snapshot, so writers are never waited for.
            source.backup(destination, pages=-1)
        finally:
            destination.close()
    finally:
        raw.close()


def backup_name(book_path: Path, when: datetime) -> str:
    return f"{book_path.stem}-backup-{when.strftime(STAMP)}.sqlite3"


def list_backups(folder: Path, book_path: Path) -> list[BackupFile]:
    """The automatic backups of this book in the folder, newest first."""
    pattern = re.compile(re.escape(book_path.stem) + r"-backup-(\d{8}-\d{6})\.sqlite3")
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match:
            found.append(BackupFile(entry, datetime.strptime(match.group(1), STAMP)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def latest_backup(folder: Path, book_path: Path) -> Path | None:
    backups = list_backups(folder, book_path)
    return backups[0].path if backups else None


def daily_backup_due(folder: Path, book_path: Path, now: datetime | None = None) -> bool:
    backups = list_backups(folder, book_path)
    return not backups or (now or datetime.now()) - backups[0].made_at >= DAILY_INTERVAL


def auto_backup(
    book: Book,
    folder: Path | None = None,
    policy: BackupPolicy | None = None,
    now: datetime | None = None,
    *,
    check_pages: bool = True,
) -> Path | None:
    """Back the book up into the folder and rotate; None for a shared (server) book."""
    if book.path is None:
        return None
    folder = folder or default_folder()
    private_folder(folder)  # backups hold the whole book: owner-only, whatever the umask
    sweep_folder(folder, "writing")  # copies a killed app did not finish
    now = now or datetime.now()
    out = folder / backup_name(book.path, now)
    while out.exists():
        now += timedelta(seconds=1)
        out = folder / backup_name(book.path, now)
    backup_to(book, out, check_pages=check_pages)
    rotate(folder, book.path, policy or BackupPolicy())
    return out


def rotate(folder: Path, book_path: Path, policy: BackupPolicy) -> list[Path]:
    """Delete the automatic backups no rule keeps; returns what was deleted."""
    backups = list_backups(folder, book_path)
    keep: set[Path] = set()
    for days in _newest_per_period(backups, lambda when: when.date(), policy.keep_daily):
        keep.add(days)
    for weeks in _newest_per_period(
        backups, lambda when: tuple(when.isocalendar())[:2], policy.keep_weekly
    ):
        keep.add(weeks)
    if backups:
        keep.add(backups[0].path)  # never leave a book without its latest backup
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _newest_per_period(backups: list[BackupFile], period: Any, count: int) -> list[Path]:
    kept: list[Path] = []
    seen: set[object] = set()
    for backup in backups:  # newest first, so the first of each period is its newest
        key = period(backup.made_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.append(backup.path)
    return kept


# Checking and restoring


def check_backup(
    path: Path, passphrase: str | None = None, *, full: bool = True, pages: bool = True
) -> BackupInfo:
    """Refuse anything that is not a whole, sound book of a schema this version knows.

    `full` also checks every index against its table (about 5 s on a 100,000-contact book);
    a copy just made from a book that opened sound needs only the page check.
    """
    path = path.expanduser()
    where = str(path)
    if not path.exists():
        raise BookError(f"there is no file at {path}")
    if path.is_dir():
        raise BookError(f"{path} is a folder, not a backup; give the backup's file")
    if not path.is_file():
        raise BookError(
            f"{path} is not a regular file (a device, pipe or socket); a backup is a file"
        )
    kind = checks.file_kind(path)
    if kind in (FileKind.MISSING, FileKind.FOREIGN):
        raise checks.not_a_book(where, "it is empty or not a SQLite database")
    if kind is FileKind.ENCRYPTED and passphrase is None:
        raise encryption.PassphraseNeededError(
            f"the backup {path} is encrypted: enter the passphrase the book had when it was made"
        )
    if kind is FileKind.SQLITE:
        checks.check_header(path)
        passphrase = None
    connection = _open_checked(path, passphrase)
    try:
        problems = checks.integrity_problems(connection, full=full) if pages else []
        if problems:
            raise DamagedBackupError(f"the backup {path} is damaged ({'; '.join(problems[:3])})")
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            raise checks.not_a_book(where, "it is an empty database")
        checks.check_tables(tables, where)
        revisions = {
            row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
        }
        unknown = revisions - migrate.known_revisions()
        if unknown or not revisions:
            raise BookError(
                f"the backup {path} was made by a newer version of Advisor Referrals; "
                "install that version to restore it"
            )
        contacts = int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()
    return BackupInfo(path, passphrase is not None, contacts, ", ".join(sorted(revisions)))


def _open_checked(path: Path, passphrase: str | None) -> Any:
    try:
        return encryption.open_file(path, passphrase)
    except BookError:
        raise
    except Exception as error:
        if checks.is_damage(error):
            raise checks.not_a_book(str(path), checks.describe_damage(error)) from None
        raise


def restore(book_path: Path, backup: Path, passphrase: str | None = None) -> RestoreResult:
    """Put a checked backup in place of the book (which must be closed everywhere).

    The replaced book is kept beside it, renamed with the time of the restore.
    Nothing is changed unless the backup is sound and nobody has the book open.
    """
    book_path = book_path.expanduser()
    backup = backup.expanduser()
    if backup.resolve() == book_path.resolve():
        raise BookError("that file is the book itself, not a backup of it")
    info = check_backup(backup, passphrase)
    key = passphrase if info.encrypted else None
    private_folder(book_path.parent)
    check_output_file(book_path)  # its folder can be written: say so before any copying
    fresh = scratch_path(book_path, "restoring")
    try:
        shutil.copyfile(backup, fresh)
        _prepare_restored(fresh, key)
        previous = _set_current_aside(book_path, key)
        aside = stamped(book_path, "replaced") if previous else None
        if aside is None:
            replace_with(fresh, book_path)
        else:
            swap_in(fresh, book_path, aside)
    finally:
        fresh.unlink(missing_ok=True)
    return RestoreResult(book_path, info, aside)


def _prepare_restored(fresh: Path, key: str | None) -> None:
    """Check the copy once more and leave it in WAL mode, as the app keeps its books."""
    connection = encryption.open_file(fresh, key)
    try:
        if checks.integrity_problems(connection, full=False):
            raise BookError("copying the backup failed (the copy is damaged); nothing was changed")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def _set_current_aside(book_path: Path, key: str | None) -> bool:
    """Whether there is a book to keep aside; refuses if it is open anywhere.

    A damaged book, or one encrypted with another passphrase, is kept aside untouched.
    """
    kind = checks.file_kind(book_path)
    if kind is FileKind.MISSING:
        return book_path.exists()
    if kind is FileKind.FOREIGN:
        return True
    if kind is FileKind.SQLITE:
        try:
            checks.check_plain_file(book_path)
        except BookError:
            return True
        key = None
    try:
        with exclusive_connection(lambda: encryption.open_file(book_path, key), book_path):
            pass
    except BookInUseError:
        raise
    except BookError:
        pass
    except Exception as error:
        if not checks.is_damage(error):
            raise
    return True
