"""Opening a book: refuse what is not a book, then bring its schema up to date.

Before anything can write to a SQLite file, its kind is read from its first bytes:
an encrypted book asks for its passphrase, a plain one has its header and schema
checked through a read-only look, and a damaged or foreign file is refused and
left exactly as it was. The slower page-by-page check (`checks.quick_check`) is
left to the caller (`quick_check=True`, or `checks.quick_check` later): the app runs
it right after its window shows, the `backup` command before it copies (it takes
about a second on a 100,000-contact book; the header and schema take 3 ms).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from advisor_referrals.domain.errors import (
    BookError,
    DamagedBookError,
    PasswordNeededError,
    SchemaBehindError,
)
from advisor_referrals.storage import checks, migrate
from advisor_referrals.storage.book import Book, ReadOnlyBookError, current_user
from advisor_referrals.storage.checks import FileKind
from advisor_referrals.storage.encryption import PassphraseNeededError
from advisor_referrals.storage.engine import (
    BOOK_FILE_NAME,
    describe_target,
    make_engine,
    sqlite_path,
)
from advisor_referrals.storage.files import sweep_leftovers
from advisor_referrals.storage.models import Base


def open_book(
    target: str,
    *,
    passphrase: str | None = None,
    user: str | None = None,
    upgrade: bool = True,
    quick_check: bool = False,
) -> Book:
    """Open (creating if needed) the book at a path or URL, checked and migrated.

    A passphrase is used only for an encrypted book, or to create a new one encrypted;
    a plain book opens without it. `quick_check` also reads every page before returning.
    """
    where = describe_target(target)
    path = sqlite_path(target)
    read_only = False
    if path is not None:
        read_only = check_book_path(path, where)
        kind = checks.file_kind(path)
        if kind is FileKind.FOREIGN:
            raise checks.not_a_book(
                where, "it is not a SQLite database, or its first page is damaged"
            )
        if kind is FileKind.ENCRYPTED and passphrase is None:
            raise PassphraseNeededError(f"the book at {where} is encrypted: enter its passphrase")
        if kind is FileKind.MISSING and read_only:
            raise BookError(
                f"there is no book at {where} yet, and none can be made there: the file or its "
                "folder is read-only for you"
            )
        if kind is FileKind.SQLITE:
            checks.check_plain_file(path, read_only=read_only)
            passphrase = None
        if not read_only:
            sweep_leftovers(path)
    try:
        engine = make_engine(target, passphrase=passphrase, read_only=read_only)
    except PermissionError as error:
        raise BookError(
            f"cannot make a book at {where}: {error.strerror or 'permission denied'} "
            f"({error.filename or 'its folder'})"
        ) from None
    try:
        tables = check_is_book(engine, where)
        if quick_check:
            problems = checks.quick_check(engine)
            if problems:
                raise checks.damaged(where, "; ".join(problems[:3]))
        current = migrate.is_current(engine)
        if upgrade and not current:
            if read_only:
                raise ReadOnlyBookError(
                    f"the book at {where} was written by an earlier version and must be brought "
                    "up to date before this version can read it, but it is read-only. Make the "
                    "file and its folder writable for you and open it once."
                )
            check_practice_may_upgrade(engine, where)
            migrate.upgrade(engine)
            current = True
            tables = tables and set(inspect(engine).get_table_names())
        # A book behind the schema (opened to be upgraded, by `practice init`) lacks the
        # newer tables: only an up-to-date book must have them all.
        if tables and current:
            check_tables_present(tables, where)
        if upgrade and not read_only:
            measure_if_unmeasured(engine)
        if engine.dialect.name == "postgresql":
            user = session_user(engine)
    except BookError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        if password_missing(error):
            raise PasswordNeededError(
                f"the server of {where} asks for a password: type it when asked, or set "
                "PGPASSWORD or a ~/.pgpass line for it (the app never stores one)"
            ) from None
        if checks.is_damage(error):
            raise checks.damaged(where, checks.describe_damage(error.orig)) from None
        raise BookError(f"cannot open the book at {where}: {error.orig}") from None
    except DatabaseError as error:
        engine.dispose()
        raise checks.damaged(where, checks.describe_damage(error.orig)) from None
    return Book(engine=engine, target=target, user=user or current_user(), read_only=read_only)


def password_missing(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "no password supplied" in message or "password authentication failed" in message


def session_user(engine: Engine) -> str:
    """On a server, the audit trail's user is the session's (docs/design.md, "A practice")."""
    with engine.connect() as connection:
        return str(connection.scalar(text("SELECT session_user")))


def is_practice_book(engine: Engine) -> bool:
    """A PostgreSQL book on which `practice init` has run."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as connection:
        if not connection.scalar(text("SELECT to_regclass('public.practice') IS NOT NULL")):
            return False
        return bool(connection.scalar(text("SELECT EXISTS (SELECT 1 FROM practice)")))


def check_practice_may_upgrade(engine: Engine, where: str) -> None:
    """A practice book's schema is changed only by its administrators, with `practice init`."""
    if not is_practice_book(engine):
        return
    have = ", ".join(sorted(migrate.current_revisions(engine))) or "none"
    need = ", ".join(sorted(migrate.head_revisions()))
    raise SchemaBehindError(
        f"the practice book at {where} is at schema {have}, and this version of Advisor "
        f"Referrals needs schema {need}. Only the practice's administrator brings a practice "
        f"book up to date: ask them to run `advisor-referrals --db URL practice init` with "
        "this version. Nothing was changed."
    )


def check_book_path(path: Path, where: str) -> bool:
    """Refuse a path that cannot hold a book, saying why; True when the book file can be
    read but not changed (the file or its folder is read-only for this user)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise BookError(
                f"{where} is a link to {os.readlink(path)}, which does not exist; "
                "give the book's own file, or a new file name for a new book"
            ) from None
        return False  # a new book
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise BookError(
                f"{where} is a link that leads back to itself (a loop of links); "
                "give the book's own file"
            ) from None
        if error.errno == errno.ENOTDIR:
            raise BookError(f"{where}: a part of this path is a file, not a folder") from None
        raise BookError(f"cannot reach the book at {where}: {error.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise BookError(
            f"{where} is a folder, not a book file; give the book's file name, such as "
            f"{path / BOOK_FILE_NAME}"
        )
    if not stat.S_ISREG(info.st_mode):
        raise BookError(
            f"{where} is not a regular file (a device, pipe or socket); a book is a file"
        )
    if not os.access(path, os.R_OK):
        raise BookError(
            f"the book at {where} cannot be read: you have no permission to read the file. "
            "The file was left as it is."
        )
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def check_tables_present(tables: set[str], where: str) -> None:
    """A book that lost one of its tables is damaged, however it lost it."""
    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        raise DamagedBookError(
            f"the book at {where} is damaged: it is missing its {', '.join(missing)} "
            f"table{'s' if len(missing) > 1 else ''}. {checks.restore_hint()}"
        )


def check_is_book(engine: Engine, where: str) -> set[str]:
    """A database that holds other tables but none of ours is someone else's: leave it alone.

    Returns the tables the book holds (none for a new book)."""
    tables = set(inspect(engine).get_table_names())
    if not tables:
        return tables
    checks.check_tables(tables, where)
    unknown = migrate.current_revisions(engine) - migrate.known_revisions()
    if unknown:
        raise BookError(
            f"{where} was written by a newer version of Advisor Referrals "
            f"(schema {', '.join(sorted(unknown))}). Install the newer version to open it."
        )
    return tables


# A book this large without planner statistics gets them once (about a second for 100k).
MEASURE_FROM_CONTACTS = 5_000


def measure_if_unmeasured(engine: Engine) -> None:
    """Give SQLite's query planner statistics (ANALYZE) for a big book that has none.

    Without them SQLite guesses, and some guesses cost minutes on a book of 100,000
    contacts (a status index chosen over the contact's own, for example). Books filled
    in bulk (the demo book, an import) arrive here without statistics; PostgreSQL keeps
    its own up to date.
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as connection:
            if inspect(connection).has_table("sqlite_stat1"):
                return
            # The highest id stands for the count: one walk down the table's tree, where
            # counting would read every row at each opening of a small book.
            count = connection.exec_driver_sql("SELECT max(id) FROM contacts").scalar()
            if (count or 0) < MEASURE_FROM_CONTACTS:
                return
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    except DatabaseError as error:
        # Damage deep in the file (its header and schema sound) is the integrity check's
        # to find and report once the window shows, with the way to restore a backup
        # (docs/design.md, "Safety"); measuring is only for speed, so it is left undone.
        if not checks.is_damage(error):
            raise
