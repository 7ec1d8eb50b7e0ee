"""The audit trail: append-only in the database, filtered in SQL, exported for a review."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.audit.reading import (
    AuditFilter,
    AuditLog,
    local_day_start_utc,
    record_export,
    safe_cell,
)
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage import audit_chain
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow
from tests.support.desks import open_as

ANA = ContactFields(first_name="Ana", last_name="Souza", email="ana@example.com")


def summaries(book: Book) -> list[tuple[int, str]]:
    with book.session() as session:
        return [(r.id, r.summary) for r in session.scalars(select(AuditRow).order_by(AuditRow.id))]


def test_audit_entries_cannot_be_changed_or_deleted(book: Book) -> None:
    service = ContactService(book)
    ana = service.create(ANA)
    service.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    before = summaries(book)
    attempts = [
        update(AuditRow).values(summary="nothing happened"),
        update(AuditRow).where(AuditRow.id == before[0][0]).values(user="someone else"),
        delete(AuditRow),
        delete(AuditRow).where(AuditRow.id == before[-1][0]),
    ]
    for statement in attempts:
        with pytest.raises(DBAPIError, match="append-only"), book.write() as session:
            session.execute(statement)
    with pytest.raises(DBAPIError, match="append-only"), book.write() as session:
        row = session.scalars(select(AuditRow)).first()
        assert row is not None
        row.summary = "edited through the ORM"
    with pytest.raises(DBAPIError, match="append-only"), book.write() as session:
        row = session.scalars(select(AuditRow)).first()
        session.delete(row)
    assert summaries(book) == before
    # Appending still works.
    service.set_archived(ana.id, ana.version + 1, archived=True)
    assert len(summaries(book)) == len(before) + 1


def add_entry(
    book: Book, *, at: datetime, user: str, entity: str, entity_id: int, text: str
) -> None:
    values = {"at": at, "user": user, "action": "update", "entity": entity,
              "entity_id": entity_id, "summary": text, "changes": None}  # fmt: skip
    desk = open_as(book, user)  # on PostgreSQL the entry's user is the session's role
    try:
        with desk.write() as session:
            audit_chain.seal(session.connection(), [values])  # as the audit writer does
            session.add(AuditRow(**values))
    finally:
        desk.close()


def test_entries_are_filtered_by_day_user_and_record(book: Book) -> None:
    day = date(2026, 5, 10)
    noon = local_day_start_utc(day) + timedelta(hours=12)
    add_entry(
        book,
        at=noon - timedelta(days=3),
        user="advisor",
        entity="contact",
        entity_id=1,
        text="old edit",
    )
    add_entry(book, at=noon, user="advisor", entity="contact", entity_id=1, text="Edited Ana")
    add_entry(book, at=noon, user="assistant", entity="contact", entity_id=2, text="Edited Bia")
    add_entry(
        book,
        at=noon + timedelta(hours=1),
        user="assistant",
        entity="referral",
        entity_id=1,
        text="Moved referral",
    )
    add_entry(book, at=noon + timedelta(days=2), user="advisor", entity="contact", entity_id=1, text="later edit")  # fmt: skip
    log = AuditLog(book)

    def shown(where: AuditFilter) -> list[str]:
        return [entry.summary for entry in log.entries(log.ids(where))]

    assert shown(AuditFilter(first_day=day, last_day=day)) == [
        "Moved referral", "Edited Bia", "Edited Ana"
    ]  # fmt: skip
    assert shown(AuditFilter(user="assistant")) == ["Moved referral", "Edited Bia"]
    assert shown(AuditFilter(entity="contact", entity_id=1, first_day=day)) == [
        "later edit", "Edited Ana"
    ]  # fmt: skip
    assert shown(AuditFilter(last_day=day - timedelta(days=1))) == ["old edit"]
    assert shown(AuditFilter(text="EDITED")) == ["Edited Bia", "Edited Ana"]
    assert log.count(AuditFilter(entity="referral")) == 1
    assert [e.summary for e in log.for_record("contact", 1)] == [
        "later edit", "Edited Ana", "old edit"
    ]  # fmt: skip
    assert log.users() == ["advisor", "assistant"]
    assert log.entities() == ["contact", "referral"]


def test_a_record_shows_its_history_from_every_desk(book: Book) -> None:
    other = open_as(book, "assistant")
    try:
        ana = ContactService(book).create(ANA)
        ContactService(other).update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
        history = AuditLog(book).for_record("contact", ana.id)
        assert [(e.user, e.action) for e in history] == [
            ("assistant", "update"),
            (book.user, "create"),
        ]
        assert history[0].changes == {"city": [None, "Salem"]}
    finally:
        other.close()


def test_the_csv_export_neutralises_formulas_and_is_itself_audited(
    book: Book, tmp_path: Path
) -> None:
    ContactService(book).create(ANA.edited(last_name="=cmd|' /C calc'!A0"))
    ContactService(book).create(ContactFields(first_name="+1 555", last_name="@Home"))
    out = tmp_path / "audit.csv"
    log = AuditLog(book)
    assert log.export_csv(AuditFilter(), out) == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["summary"] for row in rows] == [
        "Added Ana =cmd|' /C calc'!A0",
        "Added +1 555 @Home",
    ]
    changes = rows[0]["changes"]
    assert "=cmd" in changes and not changes.startswith("=")
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())
    last = log.entries(log.ids())[0]
    assert (last.action, last.summary) == ("export", "Exported 2 audit entries to audit.csv")
    assert last.user == book.user


def test_exports_of_client_data_are_recorded(book: Book, tmp_path: Path) -> None:
    record_export(book, what="250 contacts", file=tmp_path / "contacts.csv")
    entry = AuditLog(book).entries(AuditLog(book).ids())[0]
    assert entry.action == "export"
    assert entry.summary == "Exported 250 contacts to contacts.csv"


@pytest.mark.parametrize(
    ("value", "shown"),
    [("=1+1", "'=1+1"), ("+33 1", "'+33 1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("Ana", "Ana"), (None, ""), (12, "12")],
)  # fmt: skip
def test_safe_cell(value: object, shown: str) -> None:
    assert safe_cell(value) == shown


@pytest.mark.parametrize("name", ["whole-book.json", "contacts.csv"])
def test_every_export_of_client_data_is_recorded(book: Book, tmp_path: Path, name: str) -> None:
    """The export paths that exist: the whole book as JSON and the contacts as CSV."""
    from advisor_referrals.services.imports.by_extension import export_file

    ContactService(book).create(ANA)
    export_file(book, tmp_path / name)
    log = AuditLog(book)
    exports = [e for e in log.entries(log.ids()) if e.action == "export"]
    assert len(exports) == 1
    assert name in exports[0].summary
    assert exports[0].user == book.user
