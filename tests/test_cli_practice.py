"""`advisor-referrals practice ...`: setting up a practice book and its members from the shell."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, MemberRow
from tests.support.postgres import PostgresServer
from tests.support.practice import ADVISOR, OTHER_ADVISOR, PracticeBook


def run(target: str, *args: str) -> int:
    return main(["--db", target, "practice", *args])


@pytest.mark.postgres
def test_init_sets_up_a_new_book_and_print_sql_changes_nothing(
    pg_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url(pg_server.create_database())
    assert run(url, "init", "--print-sql") == 0
    out = capsys.readouterr()
    assert 'CREATE ROLE "' in out.out and '_admin" NOLOGIN;' in out.out
    assert "-- the schema migrations (Alembic), as " in out.out
    assert 'GRANT INSERT ("at", "user", "action"' in out.out
    assert "a dry run: nothing was changed" in out.err
    with psycopg.connect(pg_server.dsn(url.rsplit("/", 1)[1])) as raw:
        assert raw.execute("SELECT to_regclass('public.contacts')").fetchone() == (None,)
    assert run(url, "init", "--books", "separate") == 0
    assert "books are separate" in capsys.readouterr().out
    assert run(url, "list") == 0
    listed = capsys.readouterr().out
    assert "Books: separate" in listed and "administrator" in listed


@pytest.mark.postgres
def test_members_are_added_listed_and_removed_keeping_their_records(
    practice: PracticeBook, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = practice.admin.target
    assert run(admin, "add-member", "remy", "--role", "advisor", "--display-name", "Remy Cole") == 0
    assert "Created the server role remy as advisor" in capsys.readouterr().out
    remy = practice.open_as("remy")
    ContactService(remy).create(ContactFields(first_name="Ivo", last_name="Pinto"))
    assert run(admin, "list") == 0
    listed = capsys.readouterr().out
    assert "remy (Remy Cole)" in listed and "sam" in listed and ADVISOR in listed
    assert run(admin, "remove-member", "remy") == 0
    said = capsys.readouterr().out
    assert "1 contacts still name remy" in said and "practice reassign remy" in said
    remy.close()
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        practice.sql_as("remy").close()
    with practice.admin.session() as session:
        assert session.get(MemberRow, "remy").active is False  # type: ignore[union-attr]
        kept = session.scalar(select(func.count(AuditRow.id)).where(AuditRow.user == "remy"))
    assert kept == 1
    assert run(admin, "reassign", "remy", OTHER_ADVISOR) == 0
    assert capsys.readouterr().out.strip() == "Reassigned 1 contact from remy to lee."
    # Adopting an existing role: it is granted its group, nothing else changes.
    assert run(admin, "add-member", "remy", "--role", "compliance") == 0
    assert "Adopted the server role remy as compliance officer" in capsys.readouterr().out
    practice.sql_as("remy").close()


@pytest.mark.postgres
def test_bad_members_are_refused_with_a_message(
    practice: PracticeBook, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = practice.admin.target
    cases = [
        (("add-member", "Bad Name", "--role", "advisor"), "a role name starts with"),
        (("add-member", "tess", "--role", "assistant"), "an assistant works for one or more"),
        (
            ("add-member", "tess", "--role", "assistant", "--works-for", "nobody"),
            "advisors: dana, lee",
        ),
        (("add-member", "postgres", "--role", "advisor"), "is a superuser"),
        (("remove-member", "nobody"), "nobody is not a member of this practice"),
        (("reassign", ADVISOR, "nobody"), "not an advisor of this practice"),
    ]
    for args, message in cases:
        assert run(admin, *args) == 2, args
        err = capsys.readouterr().err
        assert message in err, (args, err)
        assert "Traceback" not in err
    # A member may not administer.
    assert run(practice.url(ADVISOR), "add-member", "tess", "--role", "advisor") == 2
    assert "Practice commands are run by an administrator" in capsys.readouterr().err


def test_a_sqlite_book_is_one_advisors_and_has_no_practice(
    sqlite_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sqlite_book.target, "init") == 2
    assert "a SQLite file, kept by one advisor" in capsys.readouterr().err
    # Advisors of record are just names here, and a book of them still changes hands.
    contacts = ContactService(sqlite_book)
    for name in ("Ana", "Bia"):
        contacts.create(ContactFields(first_name=name, last_name="Souza", advisor="Dana Whitfield"))
    assert run(sqlite_book.target, "reassign", "Dana Whitfield", "Lee Okafor") == 0
    assert "Reassigned 2 contacts from Dana Whitfield to Lee Okafor." in capsys.readouterr().out
    assert {c.advisor for c in contacts.get_many([1, 2])} == {"Lee Okafor"}
