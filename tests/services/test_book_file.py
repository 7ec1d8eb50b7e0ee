"""The whole-book JSON file: import checks everything at once and is all or nothing;
export then import then export gives the same bytes, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import BookError, BookNotEmptyError, ValidationError
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import import_book, load_book_data
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AuditRow,
    ContactRow,
    ReferralRow,
    ReviewRow,
    TriggerKindRow,
)
from advisor_referrals.storage.opening import open_book
from tests.services.book_samples import DESIGN_EXAMPLE, program_book, varied_book, with_changes
from tests.support.postgres import PostgresServer


@pytest.fixture
def other_book(book: Book, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Book]:
    """A second empty book on the same kind of database as `book`."""
    if book.is_postgres:
        server: PostgresServer = request.getfixturevalue("pg_server")
        template: str = request.getfixturevalue("pg_template")
        second = open_book(server.url(server.create_database(template=template)))
    else:
        second = open_book(str(tmp_path / "second.sqlite3"))
    yield second
    second.close()


def counts(book: Book) -> dict[str, int]:
    with book.session() as session:
        return {
            row.__tablename__: session.scalar(select(func.count()).select_from(row)) or 0
            for row in (ContactRow, ReferralRow, ReviewRow, AuditRow)
        }


def audit_actions(book: Book) -> list[str]:
    with book.session() as session:
        return list(session.scalars(select(AuditRow.action).order_by(AuditRow.id)))


def test_the_design_example_imports(book: Book) -> None:
    summary = load_book_data(book, DESIGN_EXAMPLE, source="example.json")
    assert "2 contacts" in str(summary)
    assert "1 referral" in str(summary)
    contacts = ContactService(book)
    [ana] = contacts.find_by_email("ANA@example.com")
    assert (ana.household, ana.tags, ana.client_since) == ("Souza", ("retiree",), date(2019, 4, 1))
    with book.session() as session:
        referral = session.scalars(select(ReferralRow)).one()
        assert (referral.status, referral.comp_kind, referral.comp_value_cents) == (
            "converted",
            "gift",
            5000,
        )
        review = session.scalars(select(ReviewRow)).one()
        assert review.nps == 9
    assert audit_actions(book) == ["import"]


def test_export_import_export_gives_identical_bytes(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    load_book_data(book, varied_book())
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_book(book, first)
    import_book(other_book, first)
    export_book(other_book, second)
    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    names = [c["first_name"] for c in exported["contacts"]]
    assert "Smith & <Co>" in names and "美咲" in names
    assert exported["contacts"][3]["archived_on"] == "2025-12-31"
    assert [r["status"] for r in exported["referrals"]] == [
        "intended",
        "new",
        "contacted",
        "meeting",
        "converted",
        "not_a_fit",
        "lost",
    ]
    assert exported["referrals"][3]["compensation"] is None
    assert exported["referrals"][1]["compensation"] == {
        "kind": "fee_waiver",
        "value": "0.99",
        "currency": "EUR",
        "agreement_on_file": True,
        "disclosure_delivered_on": None,
    }
    assert exported["reviews"][0]["rescheduled_from"] == "v3"
    assert exported["advisor"]["firm"] == "Lopes & <Partners>"
    assert [(a["contact"], a["outcome"], a["referral"]) for a in exported["asks"]] == [
        ("c1", "introduced", "r1"),
        ("c2", "not_now", None),
    ]
    # Every referral's history is whole: the file's own kept (2 moves each), those the
    # file gave none get the moves their dates imply (new; new, contacted, meeting...).
    assert [len(r["status_history"]) for r in exported["referrals"]] == [2, 1, 2, 3, 2, 3, 2]
    assert [r["status_history"][-1]["to"] for r in exported["referrals"]] == [
        r["status"] for r in exported["referrals"]
    ]
    assert audit_actions(other_book) == ["import", "export"]


def test_the_referral_program_survives_export_import_export(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    summary = load_book_data(book, program_book())
    assert "2 programs, 2 goals, 1 event, 2 rewards" in str(summary)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_book(book, first)
    import_book(other_book, first)
    export_book(other_book, second)
    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert [p["name"] for p in exported["programs"]] == ["Spring introductions", "Evergreen thanks"]
    assert exported["programs"][0]["reward_value"] == "75.00"
    assert exported["referrals"][1]["program"] == "p1"
    assert exported["referrals"][1]["why_refer"] == "Trust"
    assert (exported["referrals"][2]["how_heard"], exported["referrals"][2]["kit_code"]) == (
        "kit_card",
        "K7QHM-3",
    )
    assert exported["kit_history"][0]["code"] == "K7QHM"
    [event] = exported["events"]
    assert (event["cost"], len(event["invitations"]), event["guests"][0]["referral"]) == (
        "1200.00",
        2,
        "r5",
    )
    assert [(r["referral"], r["given_on"]) for r in exported["rewards"]] == [
        ("r2", "2026-07-20"),
        ("r5", None),
    ]
    assert [g["figure"] for g in exported["goals"]] == [
        "referrals_received",
        "introductions_to_cois",
    ]


def test_a_book_file_from_before_the_program_still_imports(book: Book) -> None:
    old = varied_book()
    assert "programs" not in old and "program" not in old["referrals"][0]
    load_book_data(book, old)
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(ReferralRow)) == 7


def test_program_sections_report_every_problem(book: Book) -> None:
    data = program_book()
    data["programs"][0]["kind"] = "forever"
    data["goals"][0]["figure"] = "happiness"
    data["rewards"][0]["referral"] = "r99"
    data["events"][0]["guests"][0]["host"] = "c6"
    with pytest.raises(ValidationError) as raised:
        load_book_data(book, data, source="program.json")
    text = str(raised.value)
    assert "programs[p1], kind = 'forever': allowed: evergreen, limited_time" in text
    assert "goals #1, figure = 'happiness'" in text
    assert "rewards #1, referral = 'r99': no referral in this file has this key" in text
    assert "a host cannot be their own guest" in text
    assert counts(book)["contacts"] == 0


def test_a_file_from_before_asks_imports_and_an_ask_must_name_its_clients_referral(
    book: Book,
) -> None:
    older = varied_book()
    del older["asks"]
    load_book_data(book, older, dry_run=True)
    wrong = with_changes(
        varied_book(),
        asks=[{"contact": "c2", "asked_on": "2026-07-02", "method": "call", "outcome": "maybe",
               "referral": "r1"}],
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        load_book_data(book, wrong)
    text = str(caught.value)
    assert "asks #1" in text and "outcome" in text and "referral this contact made" in text


@pytest.mark.postgres
def test_sqlite_and_postgres_export_the_same_file(
    sqlite_book: Book, pg_book: Book, tmp_path: Path
) -> None:
    load_book_data(sqlite_book, program_book())
    load_book_data(pg_book, program_book())
    export_book(sqlite_book, tmp_path / "sqlite.json")
    export_book(pg_book, tmp_path / "pg.json")
    assert (tmp_path / "sqlite.json").read_bytes() == (tmp_path / "pg.json").read_bytes()


def test_every_problem_is_reported_at_once_and_nothing_is_written(book: Book) -> None:
    data = varied_book()
    data["contacts"][1]["client_since"] = "2019-02-30"
    data["contacts"][2]["segment"] = "loyal"
    data["contacts"].append(dict(data["contacts"][0]))  # duplicate key c1
    data["triggers"][0]["contact"] = "c99"
    data["referrals"][0]["referred"] = "c1"  # c1 refers c1
    data["referrals"][1]["trigger"] = "t42"
    data["reviews"][1]["nps"] = 11
    data["referrals"][2]["compensation"] = {"kind": "gift", "value": "12.345"}
    with pytest.raises(ValidationError) as caught:
        load_book_data(book, data, source="book.json")
    found = {(p.where, p.field) for p in caught.value.problems}
    assert {
        ("contacts[c2]", "client_since"),
        ("contacts[c3]", "segment"),
        ("contacts[c1]", "key"),
        ("triggers[t1]", "contact"),
        ("referrals[r1]", "referred"),
        ("referrals[r2]", "trigger"),
        ("reviews[v2]", "nps"),
        ("referrals[r3]", "compensation.value"),
    } <= found
    message = str(caught.value)
    assert message.startswith("book.json: ")
    assert "nothing was changed" in message
    assert "allowed: engaged, content, complacent, disgruntled, unknown" in message
    assert "cannot refer themselves" in message
    assert counts(book) == {"contacts": 0, "referrals": 0, "reviews": 0, "audit_entries": 0}


def test_a_late_problem_rolls_back_rows_already_written(book: Book) -> None:
    data = varied_book()
    data["contacts"] = [
        {"key": f"c{n}", "first_name": "Person", "last_name": str(n)} for n in range(1, 12_001)
    ]
    data["kit_history"][0]["pages"] = -1
    with pytest.raises(ValidationError, match="kit_history #1, pages"):
        load_book_data(book, data)
    assert counts(book)["contacts"] == 0
    # The search index trigger set aside during the import is back.
    ContactService(book).create(ContactFields(first_name="Late", last_name="Comer"))
    assert [r.last_name for r in ContactTable(book).first_page(ContactFilter(text="comer"))] == [
        "Comer"
    ]


def test_a_book_file_imports_only_into_an_empty_book(book: Book) -> None:
    ContactService(book).create(ContactFields(first_name="Already", last_name="Here"))
    with pytest.raises(BookNotEmptyError, match="imports only into an empty book"):
        load_book_data(book, DESIGN_EXAMPLE)
    with pytest.raises(BookNotEmptyError):
        load_book_data(book, DESIGN_EXAMPLE, dry_run=True)
    assert counts(book)["contacts"] == 1


def test_a_dry_run_checks_everything_and_writes_nothing(book: Book) -> None:
    summary = load_book_data(book, varied_book(), source="book.json", dry_run=True)
    assert "nothing was written" in str(summary)
    assert "9 contacts" in str(summary)
    assert counts(book) == {"contacts": 0, "referrals": 0, "reviews": 0, "audit_entries": 0}
    with book.session() as session:
        assert (
            session.scalar(select(TriggerKindRow).where(TriggerKindRow.key == "boat_sale")) is None
        )
    bad = with_changes(varied_book(), reviews=[{"contact": "c404", "completed_on": "2026-01-01"}])
    with pytest.raises(ValidationError, match="no contact in this file has this key"):
        load_book_data(book, bad, dry_run=True)


def test_a_cancelled_import_writes_nothing(book: Book) -> None:
    data = with_changes(
        DESIGN_EXAMPLE,
        contacts=[{"key": f"c{n}", "first_name": "P", "last_name": str(n)} for n in range(1, 9001)],
        triggers=[],
        referrals=[],
        reviews=[],
    )
    progress = Progress()
    progress.callback = lambda done, total, message: progress.cancel()
    with pytest.raises(Cancelled):
        load_book_data(book, data, progress=progress)
    assert counts(book)["contacts"] == 0


def test_imported_contacts_are_searchable_and_new_ids_follow(book: Book) -> None:
    load_book_data(book, varied_book())
    table = ContactTable(book)
    assert [r.last_name for r in table.first_page(ContactFilter(text="zoe"))] == ["Goldsmith"]
    assert [r.first_name for r in table.first_page(ContactFilter(text="golf ana"))] == ["Ana"]
    created = ContactService(book).create(ContactFields(first_name="New", last_name="Person"))
    assert created.id == 10
    assert SettingsService(book).profile().title == "CFP®"
    with book.session() as session:
        kinds = {k.key: (k.active, k.sort_order) for k in session.scalars(select(TriggerKindRow))}
    assert kinds["boat_sale"] == (True, 1)
    assert kinds["windfall"] == (False, 2)
    assert kinds["retirement"][1] > 2


def test_files_that_are_not_book_files_get_clear_messages(book: Book, tmp_path: Path) -> None:
    cases = {
        "broken.json": (
            b'{"format": "advisor-referrals-book",\n "version": 1,,}',
            "line 2, column",
        ),
        "latin1.json": ('{"x": "Jos\u00e9"}'.encode("latin-1"), "not UTF-8"),
        "list.json": (b"[1, 2]", "must hold one JSON object"),
        "other.json": (b'{"format": "something-else"}', '"format" is'),
        "future.json": (b'{"format": "advisor-referrals-book", "version": 7}', "version 7"),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(BookError, match=expected):
            import_book(book, path)
    with pytest.raises(BookError, match="no such file"):
        import_book(book, tmp_path / "missing.json")
    assert counts(book)["contacts"] == 0


def test_a_book_built_in_python_may_use_dates_and_decimals(book: Book) -> None:
    from decimal import Decimal

    data = with_changes(DESIGN_EXAMPLE)
    data["contacts"][0]["client_since"] = date(2019, 4, 1)
    data["triggers"][0]["occurred_on"] = date(2026, 7, 3)
    data["referrals"][0]["compensation"]["value"] = Decimal("50.00")
    data["referrals"][0]["received_on"] = date(2026, 7, 10)
    load_book_data(book, data)
    [ana] = ContactService(book).find_by_email("ana@example.com")
    assert ana.client_since == date(2019, 4, 1)
    with book.session() as session:
        assert session.scalars(select(ReferralRow.comp_value_cents)).one() == 5000


def test_indexes_and_triggers_set_aside_by_a_bulk_import_come_back(sqlite_book: Book) -> None:
    from sqlalchemy import text

    def schema() -> list[tuple[str, str, str]]:
        with sqlite_book.session() as session:
            rows = session.execute(
                text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
            ).all()
            return [(r[0], r[1], r[2]) for r in rows]

    before = schema()
    bad = with_changes(varied_book(), reviews=[{"contact": "c404", "completed_on": "2026-01-01"}])
    with pytest.raises(ValidationError):
        load_book_data(sqlite_book, bad)
    assert schema() == before
    load_book_data(sqlite_book, varied_book())
    assert schema() == before


def test_bulk_dates_are_stored_as_sqlalchemy_stores_them() -> None:
    from datetime import datetime, time

    from sqlalchemy import Date, DateTime, Time
    from sqlalchemy.dialects import sqlite

    from advisor_referrals.services.imports.row_inserts import _bind_processor

    dialect = sqlite.dialect()
    for kind, value in (
        (Date(), date(5, 1, 2)),
        (Date(), date(2026, 12, 31)),
        (DateTime(), datetime(2026, 1, 2, 3, 4, 5)),
        (DateTime(), datetime(1999, 12, 31, 23, 59, 59, 123456)),
        (Time(), time(9, 30)),
        (Time(), time(23, 59, 59, 5)),
    ):
        ours = _bind_processor(kind, dialect)
        theirs = kind.dialect_impl(dialect).bind_processor(dialect)
        assert ours is not None and theirs is not None
        assert ours(value) == theirs(value)
        assert ours(None) is None


def test_a_demo_book_of_several_chunks_survives_export_import_export(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    """Bigger than one chunk of every big table (5,000 rows), so the rows written as
    stored text in chunks, after their parents, come back as the export wrote them."""
    from advisor_referrals.services.demo.demo_book import make_demo_book

    make_demo_book(book, clients=1700, seed=3, today=date(2026, 5, 4))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_book(book, first)
    summary = import_book(other_book, first)
    assert "1,700 contacts" in str(summary) and "5,1" in str(summary)  # 5,1xx reviews
    export_book(other_book, second)
    assert first.read_bytes() == second.read_bytes()


def foreign_keys(book: Book) -> list[tuple[str, str, str]]:
    from sqlalchemy import text

    with book.session() as session:
        rows = session.execute(
            text(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2"
            )
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


def test_foreign_keys_set_aside_by_a_postgres_import_come_back_and_hold(pg_book: Book) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    before = foreign_keys(pg_book)
    assert any(name == "reviews" for name, _, _ in before)
    bad = with_changes(varied_book(), reviews=[{"contact": "c404", "completed_on": "2026-01-01"}])
    with pytest.raises(ValidationError):
        load_book_data(pg_book, bad)
    assert foreign_keys(pg_book) == before
    load_book_data(pg_book, varied_book())
    assert foreign_keys(pg_book) == before
    # And they are in force again: a review of nobody is refused.
    with pytest.raises(IntegrityError), pg_book.write() as session:
        session.execute(
            text(
                "INSERT INTO reviews (contact_id, completed_on, version, created_at, updated_at)"
                " VALUES (999999, '2026-01-01', 1, now(), now())"
            )
        )


def test_records_filled_without_init_equal_those_made_by_it() -> None:
    from advisor_referrals.domain.reviews import ReviewFields
    from advisor_referrals.services.book_file.records import filled

    values: dict[str, Any] = {"contact_id": 3, "completed_on": date(2026, 1, 2), "nps": 9}
    made = filled(ReviewFields, values)
    assert made == ReviewFields(**values) and type(made) is ReviewFields
    assert made.notes == "" and made.scheduled_for is None  # defaults filled in
    with pytest.raises(TypeError):
        filled(ReviewFields, {"contact_id": 3, "colour": "red"})
    with pytest.raises(TypeError):
        filled(ReviewFields, {"nps": 9})  # contact_id has no default

    @dataclass(frozen=True, kw_only=True)
    class Checked:
        nps: int

        def __post_init__(self) -> None:
            if not 0 <= self.nps <= 10:
                raise ValueError("nps out of range")

    with pytest.raises(ValueError):  # its __init__ (and so its check) is always used
        filled(Checked, {"nps": 11})


def test_a_book_with_gaps_in_its_ids_keeps_its_references_through_export_and_import(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    """The file's keys are ranks in id order (services/book_file/rank_keys.py): found by
    subtraction while a table's ids run without gaps, by search once rows were deleted.
    The export of the re-imported book, whose ids have no gaps, must match byte for byte."""
    from sqlalchemy import text

    load_book_data(book, varied_book())  # review v1 was moved from v3, a later one
    with book.engine.begin() as conn:
        moved = "SELECT rescheduled_from_id FROM reviews WHERE rescheduled_from_id IS NOT NULL"
        gone = conn.execute(
            text(f"DELETE FROM reviews WHERE id % 2 = 0 AND id NOT IN ({moved})")
        ).rowcount
        named = "SELECT trigger_id FROM referrals WHERE trigger_id IS NOT NULL"
        gone += conn.execute(
            text(f"DELETE FROM conversation_triggers WHERE id % 2 = 0 AND id NOT IN ({named})")
        ).rowcount
        spread = "SELECT max(id) - min(id) + 1 - count(*) FROM {}"
        assert conn.execute(text(spread.format("reviews"))).scalar_one() > 0, gone
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_book(book, first)
    import_book(other_book, first)
    export_book(other_book, second)
    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    keys = [r["key"] for r in exported["reviews"]]
    assert keys == [f"v{n}" for n in range(1, len(keys) + 1)]
    moved_from = [r["rescheduled_from"] for r in exported["reviews"] if r["rescheduled_from"]]
    assert moved_from and set(moved_from) <= set(keys)
