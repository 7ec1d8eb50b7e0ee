"""Is this file a sound book? Cheap checks before opening, and the slower page check after.

`file_kind` and `check_plain_file` read only: a damaged or foreign file is never
written to (no journal-mode switch, no migration). `quick_check` reads every page
(about a second on a 100,000-contact book), so the app runs it after its window shows.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from advisor_referrals.domain.errors import BookError, DamagedBookError
from advisor_referrals.storage.files import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Encrypted pages look like noise: a page of text or a document repeats far fewer byte values.
NOISE_SAMPLE = 1024
NOISE_DISTINCT_BYTES = 160
DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk i/o error", "file is not")


class FileKind(Enum):
    MISSING = "missing"  # no file, or an empty one: a new book
    SQLITE = "sqlite"  # a plain SQLite database (a book or someone else's)
    ENCRYPTED = "encrypted"  # looks like a SQLCipher database: needs a passphrase
    FOREIGN = "foreign"  # anything else


def restore_hint() -> str:
    return (
        "The file was left untouched. Restore a backup: in the app choose Restore latest backup, "
        "or run `advisor-referrals restore BACKUP_FILE`."
    )


def damaged(where: str, detail: str) -> DamagedBookError:
    return DamagedBookError(f"the book at {where} is damaged ({detail}). {restore_hint()}")


def not_a_book(where: str, detail: str) -> DamagedBookError:
    return DamagedBookError(
        f"{where} is not an Advisor Referrals book ({detail}). The file was left untouched."
    )


def file_kind(path: Path) -> FileKind:
    if not path.exists() or path.stat().st_size == 0:
        return FileKind.MISSING
    with path.open("rb") as handle:
        start = handle.read(NOISE_SAMPLE)
    if start.startswith(SQLITE_HEADER):
        return FileKind.SQLITE
    size = path.stat().st_size
    if size % 512 == 0 and len(set(start)) >= NOISE_DISTINCT_BYTES:
        return FileKind.ENCRYPTED
    return FileKind.FOREIGN


def _wal_has_frames(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def check_header(path: Path) -> None:
    """Catch a cut-off or overwritten file from its 100-byte header, before SQLite sees it."""
    where = str(path)
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        raise damaged(where, "the file is cut off inside its header")
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(where, "its header is overwritten")
    if _wal_has_frames(path):
        # Pages not yet copied back from the write-ahead log: SQLite completes the file itself.
        return
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if size % page_size:
        raise damaged(where, "the file is cut off in the middle of a page")
    if page_count and change_counter == valid_for and size < page_count * page_size:
        missing = page_count - size // page_size
        raise damaged(
            where, f"the file is cut off: {missing} of its {page_count} pages are missing"
        )


def check_plain_file(path: Path, *, read_only: bool | None = None) -> None:
    """Header, schema and ownership of a plain SQLite file, through a connection that only reads.

    A read-only file or folder (found out when `read_only` is None) is read without writing
    anything beside the file (no -shm), so a sound read-only book is never taken for a
    damaged one.
    """
    check_header(path)
    if read_only is None:
        read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    if read_only:
        connection = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        check_tables(tables, str(path))
        connection.execute("SELECT count(*) FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise damaged(str(path), describe_damage(error)) from None
    finally:
        connection.close()


def check_tables(tables: set[str], where: str) -> None:
    """A database with tables but none of ours is someone else's: leave it alone."""
    if tables and ("alembic_version" not in tables or "contacts" not in tables):
        raise not_a_book(where, "it is a database of another program")


def quick_check(engine: Engine, limit: int = 20) -> list[str]:
    """Problems `PRAGMA quick_check` finds in the book's pages; empty when it is sound."""
    if engine.dialect.name != "sqlite":
        return []  # a database server checks its own storage
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(f"PRAGMA quick_check({int(limit)})").all()
    except DBAPIError as error:
        return [describe_damage(error.orig)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def integrity_problems(connection: Any, *, full: bool = True, limit: int = 20) -> list[str]:
    """The same for a DB-API connection (sqlite3 or sqlcipher3); `full` also checks indexes."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except Exception as error:  # each driver has its own DatabaseError class
        if not is_damage(error):
            raise
        return [describe_damage(error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def is_damage(error: BaseException | None) -> bool:
    """Whether a driver error means the file is damaged (rather than busy, missing, ...)."""
    if error is None:
        return False
    if isinstance(error, DBAPIError):
        error = error.orig
    text = str(error).lower()
    return type(error).__name__ == "DatabaseError" or any(word in text for word in DAMAGE_WORDS)


def describe_damage(error: BaseException | None) -> str:
    """A short, data-free description: SQLite's damage messages never quote the book's content."""
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]


def _damage_detail(error: BaseException) -> str | None:
    """SQLite's own words when `error` (or what caused it) says the file is damaged."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, BookError):
            return None
        orig = cause.orig if isinstance(cause, DBAPIError) else cause
        if orig is not None and type(orig).__module__.startswith(("sqlite3", "sqlcipher3")):
            text = str(orig).lower()
            if any(word in text for word in DAMAGE_WORDS):
                return describe_damage(orig)
        cause = cause.__cause__ or cause.__context__
    return None


def damage_error(error: BaseException, where: str) -> BookError | None:
    """The user-facing error for a damage fault met while working, or None if it is not one."""
    detail = _damage_detail(error)
    return None if detail is None else damaged(where, detail)


def damage_in_open_book(error: BaseException) -> BookError | None:
    """The same for work in the app, where the book's name is on the window already."""
    detail = _damage_detail(error)
    if detail is None:
        return None
    return DamagedBookError(f"The open book is damaged ({detail}). {restore_hint()}")
