"""Contacts through the service: validation, audit in the same transaction, optimistic locking."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable, SortKey
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow

ANA = ContactFields(
    first_name="Ana",
    last_name="Souza",
    relationship=Relationship.CLIENT,
    email="ana@example.com",
    phone="+1 (617) 555-0101",
    city="Boston",
    household="Souza",
    segment=Segment.ENGAGED,
    tier=Tier.A,
    tags=("Retiree", "golf"),
)


def audit_actions(book: Book) -> list[tuple[str, str]]:
    with book.session() as session:
        return [
            (r.action, r.summary) for r in session.scalars(select(AuditRow).order_by(AuditRow.id))
        ]


def test_create_edit_archive_each_leave_an_audit_entry(book: Book) -> None:
    service = ContactService(book)
    ana = service.create(ANA)
    assert ana.tags == ("golf", "Retiree")
    edited = service.update(ana.id, ana.version, ana.as_fields().edited(city="Cambridge"))
    assert edited.version == ana.version + 1
    service.set_archived(edited.id, edited.version, archived=True)
    actions = audit_actions(book)
    assert [a for a, _ in actions] == ["create", "update", "archive"]
    assert "city" in actions[1][1]


def test_invalid_fields_are_all_reported_and_nothing_is_written(book: Book) -> None:
    service = ContactService(book)
    bad = ANA.edited(email="ana-at-example", phone="call me", first_name="", last_name="")
    with pytest.raises(ValidationError) as caught:
        service.create(bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"email", "phone", "last_name"}
    assert service.count() == 0
    assert audit_actions(book) == []


def test_a_stale_edit_is_refused_and_the_newer_version_kept(book: Book) -> None:
    service = ContactService(book)
    ana = service.create(ANA)
    service.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.update(ana.id, ana.version, ana.as_fields().edited(city="Lowell"))
    assert service.get(ana.id).city == "Salem"


def test_search_finds_substrings_of_names_emails_phones_cities_and_tags(book: Book) -> None:
    service = ContactService(book)
    service.create(ANA)
    service.create(ContactFields(first_name="Zoë", last_name="Goldsmith", city="Zürich"))
    service.create(ContactFields(first_name="王", last_name="小明", email="xm@example.cn"))
    table = ContactTable(book)

    def found(text: str) -> list[str]:
        return [row.last_name for row in table.first_page(ContactFilter(text=text))]

    assert found("smi") == ["Goldsmith"]
    assert found("zoe") == ["Goldsmith"]
    assert found("zur") == ["Goldsmith"]
    assert found("6175550") == ["Souza"]
    assert found("retir") == ["Souza"]
    assert found("小明") == ["小明"]
    assert found("SOUZA ana") == ["Souza"]
    assert found("nobody-here") == []


def test_table_sorts_and_filters_in_the_database(book: Book) -> None:
    service = ContactService(book)
    for first, last, rel, city in [
        ("Bea", "Adams", Relationship.PROSPECT, "Denver"),
        ("Carl", "Young", Relationship.CLIENT, None),
        ("Dina", "Moss", Relationship.CLIENT, "Austin"),
    ]:
        service.create(ContactFields(first_name=first, last_name=last, relationship=rel, city=city))
    table = ContactTable(book)
    names = lambda ids: [r.last_name for r in table.rows(ids)]  # noqa: E731
    assert names(table.ids(ContactFilter())) == ["Adams", "Moss", "Young"]
    assert names(table.ids(ContactFilter(), SortKey.NAME, descending=True)) == [
        "Young",
        "Moss",
        "Adams",
    ]
    # Blank cities sort last both ways.
    assert names(table.ids(ContactFilter(), SortKey.CITY)) == ["Moss", "Adams", "Young"]
    assert names(table.ids(ContactFilter(), SortKey.CITY, descending=True)) == [
        "Adams",
        "Moss",
        "Young",
    ]
    clients = ContactFilter(relationships=frozenset({Relationship.CLIENT}))
    assert names(table.ids(clients)) == ["Moss", "Young"]
