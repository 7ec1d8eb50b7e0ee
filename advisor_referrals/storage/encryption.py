"""Encrypted books: SQLCipher through the sqlcipher3 driver.

A whole encrypted book, its write-ahead log and its backups are unreadable without
the passphrase. Converting a book (plain to encrypted, back, or a new passphrase)
writes a complete new file, checks it, then swaps it in with one rename, so a crash
leaves either the old book or the new one, never half of each.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from advisor_referrals.domain.errors import BookError, WrongPassphraseError
from advisor_referrals.storage.files import (
    SIDE_CARS,
    exclusive_connection,
    read_only_uri,
    scratch_path,
    swap_in,
    wipe,
)

_passphrases: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


class PassphraseNeededError(WrongPassphraseError):
    """The book is encrypted and no passphrase was given: ask for one."""


def quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def wrong_passphrase(path: Path) -> WrongPassphraseError:
    return WrongPassphraseError(
        f"the passphrase does not open the book at {path}. Check it (capitals count) and try "
        "again. If this file is not an encrypted Advisor Referrals book, no passphrase will open it."
    )


def connect(
    path: Path, passphrase: str | None, *, timeout: float = 15.0, read_only: bool = False
) -> Any:
    """A sqlcipher3 connection, unlocked and checked: a wrong key fails here, not later."""
    import sqlcipher3

    if read_only:
        connection = sqlcipher3.connect(
            read_only_uri(path), uri=True, check_same_thread=False, timeout=timeout
        )
    else:
        connection = sqlcipher3.connect(str(path), check_same_thread=False, timeout=timeout)
    connection.isolation_level = None
    # SQLCipher reports a failed key on stderr too; the message below is the one people need.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {quoted(passphrase)}")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise wrong_passphrase(path) from None
    return connection


def open_file(path: Path, passphrase: str | None, *, timeout: float = 15.0) -> Any:
    """A connection to a book file outside any engine: stdlib sqlite3 for a plain file.

    Two SQLite libraries in one process do not see each other's file locks, so a plain
    book is only ever opened through the one the app's engine uses.
    """
    if passphrase is not None:
        return connect(path, passphrase, timeout=timeout)
    import sqlite3

    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def sqlcipher_creator(path: Path, passphrase: str, *, read_only: bool = False) -> Callable[[], Any]:
    """A DB-API connection factory that unlocks the book before anything else runs."""
    return lambda: connect(path, passphrase, read_only=read_only)


def remember(engine: Engine, passphrase: str) -> None:
    """Backups of an encrypted book are encrypted with its passphrase: keep it with the engine."""
    _passphrases[engine] = passphrase


def passphrase_of(engine: Engine) -> str | None:
    return _passphrases.get(engine)


def check_passphrase(path: Path, passphrase: str) -> bool:
    try:
        connect(path, passphrase).close()
    except WrongPassphraseError:
        return False
    return True


@dataclass(frozen=True)
class Conversion:
    """What a conversion did, for the message shown to the user."""

    path: Path
    encrypted: bool
    kept_old_as: Path | None
    wiped_old: bool

    def describe(self) -> str:
        state = "encrypted" if self.encrypted else "no longer encrypted"
        lines = [f"The book at {self.path} is now {state}."]
        if self.kept_old_as is not None:
            lines.append(f"The previous file was kept, as you asked, at {self.kept_old_as}.")
        elif self.wiped_old:
            lines.append(
                "The previous file was overwritten and deleted. (On SSDs and some file systems "
                "old copies can remain on the disk; full-disk encryption protects against that.)"
            )
        if self.encrypted:
            lines.append(
                "Backups made before today are not encrypted: delete them once a new backup "
                "has been made."
            )
        return "\n".join(lines)


def encrypt_book(path: Path, passphrase: str, *, keep_plain_as: Path | None = None) -> Conversion:
    """Turn a plain book into an encrypted one; the plain file is wiped unless asked to keep it."""
    _check_new_passphrase(passphrase)
    return _convert(path, None, passphrase, keep_old_as=keep_plain_as)


def decrypt_book(
    path: Path, passphrase: str, *, keep_encrypted_as: Path | None = None
) -> Conversion:
    """Turn an encrypted book back into a plain one (for example to hand it to another program)."""
    return _convert(path, passphrase, None, keep_old_as=keep_encrypted_as)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt the book in place with a new passphrase (PRAGMA rekey, one transaction)."""
    _check_new_passphrase(new)
    with exclusive_connection(lambda: connect(path, old), path) as connection:
        connection.execute(f"PRAGMA rekey = {quoted(new)}")
        connection.execute("PRAGMA journal_mode = WAL")
    if not check_passphrase(path, new):
        raise BookError(
            f"changing the passphrase of {path} failed; the old passphrase still opens it"
        )


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise BookError("a passphrase needs at least 8 characters; a few words are best")


def _convert(
    path: Path, old_key: str | None, new_key: str | None, *, keep_old_as: Path | None
) -> Conversion:
    if not path.exists():
        raise BookError(f"there is no book at {path}")
    if keep_old_as is not None and keep_old_as.exists():
        raise BookError(f"{keep_old_as} already exists; choose another name for the kept copy")
    if keep_old_as is not None and not _writable_folder(keep_old_as.parent):
        raise BookError(
            f"cannot keep a copy at {keep_old_as}: the folder {keep_old_as.parent} does not "
            "exist or is read-only for you; nothing was changed"
        )
    if not _writable_folder(path.parent):
        raise BookError(f"the folder {path.parent} is read-only for you; nothing was changed")
    fresh = scratch_path(path, "converting")
    with exclusive_connection(lambda: connect(path, old_key), path) as source:
        counts = _row_counts(source)
        source.execute(f"ATTACH DATABASE ? AS converted KEY {quoted(new_key or '')}", (str(fresh),))
        try:
            source.execute("SELECT sqlcipher_export('converted')")
        finally:
            source.execute("DETACH DATABASE converted")
    _verify_copy(fresh, new_key, counts)
    aside = keep_old_as or scratch_path(path, "previous", create=False)
    try:
        swap_in(fresh, path, aside)
    except OSError:
        wipe(fresh)  # the book is still in place; the new copy must not linger
        raise
    if keep_old_as is None:
        for suffix in ("", *SIDE_CARS):
            wipe(Path(f"{aside}{suffix}"))
    return Conversion(path, new_key is not None, keep_old_as, wiped_old=keep_old_as is None)


def _writable_folder(folder: Path) -> bool:
    folder = folder if str(folder) else Path(".")
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _row_counts(connection: Any) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _verify_copy(fresh: Path, key: str | None, expected: dict[str, int]) -> None:
    from advisor_referrals.storage.checks import integrity_problems

    try:
        connection = connect(fresh, key)
    except WrongPassphraseError:
        fresh.unlink(missing_ok=True)
        raise BookError(
            "the converted copy could not be opened; the book was left as it was"
        ) from None
    try:
        problems = integrity_problems(connection)
        counts = _row_counts(connection)
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
    if problems or counts != expected:
        fresh.unlink(missing_ok=True)
        raise BookError("the converted copy did not match the book; the book was left as it was")
