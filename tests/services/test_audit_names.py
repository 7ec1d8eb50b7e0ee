"""The audit log names each entry's record as the app shows it, in one statement a page, and
marks an undone or redone step as such, in new entries (the trail stays append-only)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event, func, select

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.outbound import OutboundFields
from advisor_referrals.services.audit.reading import AuditFilter, AuditLog
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.services.writing import undoing
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow
from tests.support.referrals import client, person, prospect, referral, trigger


@contextmanager
def counted(book: Book) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    event.listen(book.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(book.engine, "before_cursor_execute", note)


def latest(log: AuditLog, entity: str) -> Any:
    (entry,) = log.entries(log.ids(AuditFilter(entity=entity))[:1])
    return entry


def test_every_kind_of_record_is_named_as_the_app_shows_it(book: Book) -> None:
    today = date.today()
    ana = client(book, "Ana", "Souza")
    lucas = prospect(book, "Lucas", "Martin")
    dev = person(
        book, "Dev", "Patel", profession="CPA", relationship=Relationship.CENTER_OF_INFLUENCE
    )
    referral(book, ana, lucas, today)
    trigger(book, ana, today - timedelta(days=2), "retirement")
    ReviewService(book).schedule(ana.id, today + timedelta(days=3))
    CoiService(book).record_outbound(
        OutboundFields(coi_id=dev.id, contact_id=ana.id, sent_on=today)
    )
    TriggerKindService(book).add("Starting a business", "“I’m going out on my own.”")
    # An archived contact keeps its name in the trail.
    ContactService(book).set_archived(lucas.id, lucas.version, archived=True)
    log = AuditLog(book)

    contact = latest(log, "contact")
    assert contact.entity_id == lucas.id and contact.record.person == "Lucas Martin"
    made = latest(log, "referral").record
    assert (made.person, made.other) == ("Lucas Martin", "Ana Souza")
    logged = latest(log, "trigger").record
    assert logged.person == "Ana Souza" and logged.detail == "Retiring"
    assert logged.on == today - timedelta(days=2)
    booked = latest(log, "review").record
    assert booked.person == "Ana Souza" and booked.on == today + timedelta(days=3)
    sent = latest(log, "outbound_referral").record
    assert (sent.person, sent.other) == ("Ana Souza", "Dev Patel")
    assert latest(log, "trigger_kind").record.detail == "Starting a business"


def test_a_page_of_entries_and_their_names_is_one_statement(book: Book) -> None:
    today = date.today()
    ana = client(book, "Ana", "Souza")
    for n in range(12):
        referral(book, ana, prospect(book, "Friend", f"Number {n}"), today)
        trigger(book, ana, today, "new_child")
    log = AuditLog(book)
    ids = log.ids()
    assert len(ids) > 30
    with counted(book) as seen:
        entries = log.entries(ids)
    assert len([sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]) == 1
    assert all(e.record is not None and e.record.found for e in entries if e.entity_id)


def test_a_deleted_record_is_said_to_be_gone(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    made = referral(book, ana, prospect(book, "Lucas", "Martin"), date.today())
    ReferralService(book).delete(made.id, made.version)
    log = AuditLog(book)
    entries = log.entries(log.ids(AuditFilter(entity="referral")))
    assert entries and all(e.record is not None and not e.record.found for e in entries)
    assert "Lucas Martin" in entries[0].summary  # written when it happened


def test_an_undo_and_a_redo_are_audited_as_such(book: Book) -> None:
    contacts = ContactService(book)
    ana = contacts.create(client_fields())
    with book.session() as session:
        before = session.scalar(select(func.count(AuditRow.id)))
    with undoing("undo", "Edit Ana Souza"):
        contacts.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    edited = contacts.get(ana.id)
    with undoing("redo", "Edit Ana Souza"):
        contacts.update(edited.id, edited.version, edited.as_fields().edited(city="Boston"))
    contacts.update(ana.id, ana.version + 2, ana.as_fields().edited(city="Lowell"))
    log = AuditLog(book)
    undone, redone, plain = reversed(log.entries(log.ids()[:3]))
    assert undone.action == "undo"
    assert undone.summary.startswith("Undo of “Edit Ana Souza”:") and "city" in undone.summary
    assert redone.action == "redo" and redone.summary.startswith("Redo of “Edit Ana Souza”:")
    assert plain.action == "update"
    with book.session() as session:  # new entries only: nothing before them was touched
        assert session.scalar(select(func.count(AuditRow.id))) == before + 3


def client_fields() -> Any:
    from advisor_referrals.domain.contacts import ContactFields
    from advisor_referrals.domain.enums import Relationship

    return ContactFields(
        first_name="Ana", last_name="Souza", relationship=Relationship.CLIENT, city="Boston"
    )
