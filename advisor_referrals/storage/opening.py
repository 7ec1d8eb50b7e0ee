"""Opening a book: refuse what is not a book, then bring its schema up to date."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from advisor_referrals.domain.errors import BookError, DamagedBookError
from advisor_referrals.storage import migrate
from advisor_referrals.storage.book import Book, current_user
from advisor_referrals.storage.engine import describe_target, make_engine, sqlite_path

SQLITE_HEADER = b"SQLite format 3\x00"


def open_book(
    target: str,
    *,
    passphrase: str | None = None,
    user: str | None = None,
    upgrade: bool = True,
) -> Book:
    """Open (creating if needed) the book at a path or URL, checked and migrated."""
    path = sqlite_path(target)
    if path is not None and passphrase is None:
        check_sqlite_header(path)
    engine = make_engine(target, passphrase=passphrase)
    try:
        check_is_book(engine, describe_target(target))
        if upgrade:
            migrate.upgrade(engine)
    except BookError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        raise BookError(
            f"cannot open the book at {describe_target(target)}: {error.orig}"
        ) from None
    except DatabaseError as error:
        engine.dispose()
        raise DamagedBookError(
            f"the book at {describe_target(target)} is damaged or is not a book ({error.orig})."
        ) from None
    return Book(engine=engine, target=target, user=user or current_user())


def check_sqlite_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DamagedBookError(
            f"{path} is not an Advisor Referrals book (it is not a SQLite database, "
            "or it is encrypted and needs its passphrase). The file was left untouched."
        )


def check_is_book(engine: Engine, where: str) -> None:
    """A database that holds other tables but none of ours is someone else's: leave it alone."""
    tables = set(inspect(engine).get_table_names())
    if not tables:
        return
    if "alembic_version" not in tables or "contacts" not in tables:
        raise DamagedBookError(
            f"{where} holds a database that is not an Advisor Referrals book; it was left untouched."
        )
    unknown = migrate.current_revisions(engine) - migrate.known_revisions()
    if unknown:
        raise BookError(
            f"{where} was written by a newer version of Advisor Referrals "
            f"(schema {', '.join(sorted(unknown))}). Install the newer version to open it."
        )
