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

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from advisor_referrals.domain.errors import BookError, PasswordNeededError, SchemaBehindError
from advisor_referrals.storage import checks, migrate
from advisor_referrals.storage.book import Book, current_user
from advisor_referrals.storage.checks import FileKind
from advisor_referrals.storage.encryption import PassphraseNeededError
from advisor_referrals.storage.engine import describe_target, make_engine, sqlite_path
from advisor_referrals.storage.files import sweep_leftovers


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
    if path is not None:
        kind = checks.file_kind(path)
        if kind is FileKind.FOREIGN:
            raise checks.not_a_book(
                where, "it is not a SQLite database, or its first page is damaged"
            )
        if kind is FileKind.ENCRYPTED and passphrase is None:
            raise PassphraseNeededError(f"the book at {where} is encrypted: enter its passphrase")
        if kind is FileKind.SQLITE:
            checks.check_plain_file(path)
            passphrase = None
        sweep_leftovers(path)
    engine = make_engine(target, passphrase=passphrase)
    try:
        check_is_book(engine, where)
        if quick_check:
            problems = checks.quick_check(engine)
            if problems:
                raise checks.damaged(where, "; ".join(problems[:3]))
        if upgrade and not migrate.is_current(engine):
            check_practice_may_upgrade(engine, where)
            migrate.upgrade(engine)
        if upgrade:
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
    return Book(engine=engine, target=target, user=user or current_user())


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


def check_is_book(engine: Engine, where: str) -> None:
    """A database that holds other tables but none of ours is someone else's: leave it alone."""
    tables = set(inspect(engine).get_table_names())
    if not tables:
        return
    checks.check_tables(tables, where)
    unknown = migrate.current_revisions(engine) - migrate.known_revisions()
    if unknown:
        raise BookError(
            f"{where} was written by a newer version of Advisor Referrals "
            f"(schema {', '.join(sorted(unknown))}). Install the newer version to open it."
        )


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
    with engine.connect() as connection:
        if inspect(connection).has_table("sqlite_stat1"):
            return
        count = connection.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM contacts LIMIT {MEASURE_FROM_CONTACTS})"
        ).scalar()
        if (count or 0) < MEASURE_FROM_CONTACTS:
            return
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
