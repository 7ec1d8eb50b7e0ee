"""What the app asks about the open book's safety: its health, its backups, its lock."""

from __future__ import annotations

import hmac
from datetime import datetime
from pathlib import Path

from advisor_referrals.services.safety import backup
from advisor_referrals.services.safety.backup import BackupInfo, BackupPolicy
from advisor_referrals.storage import checks, encryption
from advisor_referrals.storage.book import Book


class BookSafety:
    def __init__(self, book: Book) -> None:
        self.book = book

    @property
    def path(self) -> Path | None:
        """The book's file; None for a shared book on a database server."""
        return self.book.path

    @property
    def location(self) -> str:
        return self.book.location

    @property
    def read_only(self) -> bool:
        """A sound book this user may read but not change (docs/design.md, "Safety")."""
        return self.book.read_only

    @property
    def is_encrypted(self) -> bool:
        return encryption.passphrase_of(self.book.engine) is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether this passphrase is the book's (for unlocking the app after idle time)."""
        known = encryption.passphrase_of(self.book.engine)
        return known is not None and hmac.compare_digest(passphrase.encode(), known.encode())

    def page_problems(self) -> list[str]:
        """Reads every page (about a second on a big book): run it off the UI thread."""
        return checks.quick_check(self.book.engine)

    def backup_to(self, out: Path) -> BackupInfo:
        return backup.backup_to(self.book, out)

    def auto_backup(
        self, folder: Path | None, policy: BackupPolicy, *, check_pages: bool = True
    ) -> Path | None:
        return backup.auto_backup(self.book, folder, policy, check_pages=check_pages)

    def daily_backup_due(self, folder: Path | None, now: datetime | None = None) -> bool:
        if self.path is None:
            return False
        return backup.daily_backup_due(folder or backup.default_folder(), self.path, now)

    def latest_backup(self, folder: Path | None) -> Path | None:
        if self.path is None:
            return None
        return backup.latest_backup(folder or backup.default_folder(), self.path)
