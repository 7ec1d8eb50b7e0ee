"""The audit trail proves itself: each entry is hashed with the one before it, `audit verify`
finds the first entry that was changed or removed, and the database refuses what it can."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.audit import chain
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.contacts_csv import import_contacts_csv
from advisor_referrals.storage import migrate
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.engine import make_engine
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

README = Path(__file__).resolve().parents[2] / "README.md"


def fill(book: Book, count: int = 5) -> None:
    service = ContactService(book)
    for number in range(count):
        contact = service.create(ContactFields(first_name=f"Ana{number}", last_name="Souza"))
        service.set_archived(contact.id, contact.version, archived=True)


def raw_sql(book: Book, *statements: str) -> None:
    """Statements as someone at the database's own console would type them, outside the app."""
    if book.is_sqlite:
        assert book.path is not None
        connection = sqlite3.connect(book.path, isolation_level=None)
        try:
            for statement in statements:
                connection.execute(statement)
        finally:
            connection.close()
    else:
        url = book.engine.url
        dsn = f"host={url.host} port={url.port} user={url.username} dbname={url.database}"
        with psycopg.connect(dsn, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]


def verify_cli(book: Book, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--db", book.target, "audit", "verify", *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out + captured.err


def test_a_sound_trail_verifies_with_status_0(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(book)
    report = chain.verify(book)
    assert report.whole
    assert report.entries == 10
    assert (report.first_id, report.last_id) == (1, 10)
    code, said = verify_cli(book, capsys)
    assert code == 0
    assert "The audit trail is whole: 10 entries, 1 to 10" in said
    assert report.head_hash in said


def test_an_edited_entry_is_named(book: Book, capsys: pytest.CaptureFixture[str]) -> None:
    fill(book)
    if book.is_sqlite:
        raw_sql(
            book,
            "DROP TRIGGER audit_entries_no_update",
            "UPDATE audit_entries SET summary = 'nothing happened' WHERE id = 4",
        )
    else:  # the table owner can switch the trigger off; the chain still tells
        raw_sql(
            book,
            "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only",
            "UPDATE audit_entries SET summary = 'nothing happened' WHERE id = 4",
            "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only",
        )
    code, said = verify_cli(book, capsys)
    assert code == 2
    assert "broken at entry 4" in said
    assert "changed after it was written" in said


def test_an_entry_rehashed_after_an_edit_is_caught_at_the_next(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever fixes up the edited entry's own hash still breaks the link to the next one."""
    fill(book)
    with book.session() as session:
        entries = {e.id: e for e in chain.audit_chain.read_chain(session.connection())}
    forged = chain.ChainedEntry(**{**entries[4].__dict__, "summary": "nothing happened"})
    new_hash = forged.computed_hash()
    disable, enable = _switch_update_trigger(book)
    raw_sql(
        book,
        disable,
        f"UPDATE audit_entries SET summary = 'nothing happened', hash = '{new_hash}' WHERE id = 4",
        enable,
    )
    code, said = verify_cli(book, capsys)
    assert code == 2
    assert "broken at entry 5" in said
    assert "does not follow entry 4" in said


def _switch_update_trigger(book: Book) -> tuple[str, str]:
    if book.is_sqlite:
        return (
            "DROP TRIGGER audit_entries_no_update",
            "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
        )
    return (
        "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only",
        "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only",
    )


@pytest.mark.parametrize(("removed", "named"), [(6, 7), (1, 2)])
def test_a_removed_entry_is_named_by_the_one_after_it(
    book: Book, capsys: pytest.CaptureFixture[str], removed: int, named: int
) -> None:
    fill(book)
    if book.is_sqlite:
        raw_sql(
            book,
            "DROP TRIGGER audit_entries_no_delete",
            f"DELETE FROM audit_entries WHERE id = {removed}",
        )
    else:
        raw_sql(
            book,
            "ALTER TABLE audit_entries DISABLE TRIGGER USER",
            f"DELETE FROM audit_entries WHERE id = {removed}",
            "ALTER TABLE audit_entries ENABLE TRIGGER USER",
        )
    code, said = verify_cli(book, capsys)
    assert code == 2
    assert f"broken at entry {named}" in said
    assert "removed" in said


def test_the_database_refuses_what_would_rewrite_the_trail(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(book)
    attempts = (
        [
            # REPLACE deletes the old rows without firing delete triggers: refused on insert.
            "REPLACE INTO audit_entries SELECT * FROM audit_entries",
            "INSERT OR REPLACE INTO audit_entries (id, at, user, action, entity, summary, "
            "prev_hash, hash) VALUES (3, '2026-01-01', 'x', 'update', 'contact', 'forged', '', '')",
            "INSERT INTO audit_entries (at, user, action, entity, summary, prev_hash, hash) "
            "VALUES ('2026-01-01', 'x', 'update', 'contact', 'no chain', '', '')",
            "DELETE FROM audit_entries",
            "UPDATE audit_entries SET user = 'someone else'",
        ]
        if book.is_sqlite
        else [
            "TRUNCATE audit_entries",
            "TRUNCATE audit_entries CASCADE",
            "DELETE FROM audit_entries",
            "UPDATE audit_entries SET \"user\" = 'someone else'",
        ]
    )
    for statement in attempts:
        with pytest.raises((sqlite3.DatabaseError, psycopg.Error)):
            raw_sql(book, statement)
    if book.is_postgres:
        # An upsert of an existing id never reaches the old entry: the server gives the
        # new row the next number in the chain.
        raw_sql(
            book,
            'INSERT INTO audit_entries (id, at, "user", action, entity, summary) VALUES '
            "(3, now(), 'x', 'update', 'contact', 'forged') "
            "ON CONFLICT (id) DO UPDATE SET summary = excluded.summary",
        )
        with book.session() as session:
            forged = session.execute(
                text("SELECT id FROM audit_entries WHERE summary = 'forged'")
            ).all()
        assert forged == [(11,)]
    assert chain.verify(book).entries >= 10
    code, said = verify_cli(book, capsys)
    assert code == 0, said


def test_an_entry_written_outside_the_app_on_postgresql_joins_the_chain(pg_book: Book) -> None:
    """The server numbers and hashes every entry itself, whoever writes it."""
    fill(pg_book, 2)
    raw_sql(
        pg_book,
        'INSERT INTO audit_entries (id, at, "user", action, entity, summary, prev_hash, hash) '
        "VALUES (1, now(), 'console', 'note', 'book', 'written by hand', 'x', 'y')",
    )
    report = chain.verify(pg_book)
    assert report.whole
    assert report.last_id == 5


def test_a_trigger_switched_off_and_a_forged_entry_are_found_on_postgresql(
    pg_book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(pg_book, 2)
    raw_sql(
        pg_book,
        "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_zz_chain",
        'INSERT INTO audit_entries (id, at, "user", action, entity, summary, prev_hash, hash) '
        "VALUES (5, now(), 'console', 'note', 'book', 'forged', 'x', 'y')",
        "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_zz_chain",
    )
    code, said = verify_cli(pg_book, capsys)
    assert code == 2
    assert "broken at entry 5" in said


def test_two_desks_writing_at_once_keep_one_chain(pg_book: Book) -> None:
    other = open_book(pg_book.target, user="assistant")
    errors: list[BaseException] = []

    def desk(book: Book) -> None:
        try:
            fill(book, 15)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=desk, args=(b,)) for b in (pg_book, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == []
    report = chain.verify(pg_book)
    assert report.whole, report.describe()
    assert (report.entries, report.first_id, report.last_id) == (60, 1, 60)


def test_a_bulk_import_with_updates_keeps_the_chain(book: Book, tmp_path: Path) -> None:
    rows = [f"Ana{n},Souza,ana{n}@example.com" for n in range(300)]
    first = tmp_path / "first.csv"
    first.write_text("first_name,last_name,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    import_contacts_csv(book, first)
    second = tmp_path / "second.csv"
    second.write_text(
        "first_name,last_name,email,city\n" + "\n".join(r + ",Boston" for r in rows) + "\n",
        encoding="utf-8",
    )
    import_contacts_csv(book, second, update=True)
    report = chain.verify(book)
    assert report.whole, report.describe()
    assert report.entries == 2 + 300  # one per import, one per updated contact


def _book_of_schema_0005_with_entries(target: str) -> None:
    engine = make_engine(target)
    migrate.upgrade(engine, "0005")
    with engine.begin() as connection:
        for number in range(3):
            connection.execute(
                text(
                    'INSERT INTO audit_entries (at, "user", action, entity, entity_id, summary, '
                    "changes) VALUES (:at, 'advisor', 'update', 'contact', :n, :s, :c)"
                ),
                {
                    "at": f"2026-0{number + 1}-01 09:30:00",
                    "n": number,
                    "s": f"Edited Ana {number} – café",
                    "c": json.dumps({"city": [None, "Zürich"]}) if number else None,
                },
            )
    engine.dispose()


def test_an_older_book_gets_its_entries_chained(tmp_path: Path, pg_server: PostgresServer) -> None:
    for target in (
        str(tmp_path / "old.sqlite3"),
        pg_server.url(pg_server.create_database()),
    ):
        _book_of_schema_0005_with_entries(target)
        book = open_book(target)
        try:
            fill(book, 1)
            report = chain.verify(book)
            assert report.whole, report.describe()
            assert report.entries == 5
        finally:
            book.close()


def test_an_export_can_be_checked_without_the_app(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's few lines of plain Python recompute every hash of an export."""
    fill(book, 3)
    out = tmp_path / "audit.json"
    assert main(["--db", book.target, "audit", "export", "--out", str(out)]) == 0
    assert "Wrote 6 audit entries (1 to 6)" in capsys.readouterr().out
    snippet = re.search(r"```python\n(# Check an audit export.*?)```", README.read_text(), re.S)
    assert snippet is not None, "the README shows how to check an export"
    program = tmp_path / "check.py"
    program.write_text(snippet.group(1), encoding="utf-8")
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-I", str(program), str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "6 entries checked" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    data["entries"][2]["summary"] = "nothing happened"
    out.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-I", str(program), str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    assert "entry 3" in done.stdout + done.stderr


def test_verify_against_an_earlier_export_finds_cut_off_entries(
    sqlite_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Removing the newest entries leaves a shorter chain that is whole in itself; an
    examiner's earlier export still shows them missing."""
    book = sqlite_book
    fill(book, 3)
    earlier = tmp_path / "earlier.json"
    chain.export(book, earlier)
    code, said = verify_cli(book, capsys, "--against", str(earlier))
    assert code == 0
    assert "All 6 entries of the earlier export are still in the book" in said
    raw_sql(book, "DROP TRIGGER audit_entries_no_delete", "DELETE FROM audit_entries WHERE id >= 5")
    assert chain.verify(book).whole  # the chain alone cannot tell
    code, said = verify_cli(book, capsys, "--against", str(earlier))
    assert code == 2
    assert "entry 5 of the export" in said
    assert "no longer in the book" in said


def test_an_export_of_some_days_is_one_unbroken_stretch(book: Book, tmp_path: Path) -> None:
    fill(book, 2)
    out = tmp_path / "audit.json"
    chain.export(book, out, first_day=None, last_day=None)
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in data["entries"]]
    assert ids == list(range(1, 5))
    for before, after in zip(data["entries"], data["entries"][1:], strict=False):
        assert after["prev_hash"] == before["hash"]


def test_a_failed_write_leaves_no_gap_in_the_chain(book: Book) -> None:
    fill(book, 1)
    with pytest.raises(DBAPIError), book.write() as session:
        from advisor_referrals.services.audit import writing

        writing.record(session, user="u", action="note", entity="book", entity_id=None, summary="x")
        session.execute(text("SELECT * FROM no_such_table"))
    fill(book, 1)
    report = chain.verify(book)
    assert report.whole
    assert report.entries == 4
