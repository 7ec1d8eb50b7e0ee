"""Names in many scripts: the client table lists them in alphabetical order and search
finds them as a reader types them, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable, SortKey
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.book import Book
from tests.services.test_contact_search import SHAPES

PEOPLE = [
    ContactFields(first_name="Ana", last_name="Zhang", phone="(555) 123-4567"),
    ContactFields(first_name="Søren", last_name="Ørsted", tags=("golf",)),
    ContactFields(first_name="Ana", last_name="Straße", phone="+1 555-123-4567"),
    ContactFields(first_name="Ana", last_name="Eric", tags=("x", "xmas")),
    ContactFields(first_name="Ana", last_name="Émile", tags=("Golf", "family")),
    ContactFields(first_name="Ana", last_name="Elodie", tags=("golfing",)),
    ContactFields(first_name="Ana", last_name="Łukasz"),
    ContactFields(first_name="Ana", last_name="Lukas", city="Golf Shores"),
    ContactFields(first_name="Ana", last_name="Đorđe"),
    ContactFields(first_name="Ana", last_name="Æsa"),
    ContactFields(first_name="Ana", last_name="Œuvre"),
    ContactFields(first_name="Ana", last_name="Þór", phone="555 987 6543"),
    ContactFields(first_name="Ana", last_name="Iğdır"),
    ContactFields(first_name="Ana", last_name="李"),
    ContactFields(first_name="Ana", last_name="Ωμέγα"),
    ContactFields(first_name="Ana", last_name="Жанна"),
    ContactFields(first_name="Ana", last_name="Søren"),
]

IN_ORDER = [
    "Æsa",
    "Đorđe",
    "Elodie",
    "Émile",
    "Eric",
    "Iğdır",
    "Lukas",
    "Łukasz",
    "Œuvre",
    "Ørsted",
    "Søren",
    "Straße",
    "Þór",
    "Zhang",
    "Ωμέγα",
    "Жанна",
    "李",
]


@pytest.fixture
def people(book: Book) -> Book:
    service = ContactService(book)
    for person in PEOPLE:
        service.create(person)
    return book


def _names(table: ContactTable, ids: list[int]) -> list[str]:
    return [row.last_name for row in table.rows(ids)]


def test_the_client_table_lists_names_in_alphabetical_order(people: Book) -> None:
    table = ContactTable(people)
    assert _names(table, table.ids(ContactFilter())) == IN_ORDER
    assert _names(table, table.ids(ContactFilter(), SortKey.NAME, True)) == IN_ORDER[::-1]
    first = [row.last_name for row in table.first_page(ContactFilter(), limit=5)]
    assert first == IN_ORDER[:5]


def test_a_renamed_contact_moves_to_its_place(people: Book) -> None:
    service = ContactService(people)
    table = ContactTable(people)
    zhang = next(r for r in table.rows(table.ids(ContactFilter())) if r.last_name == "Zhang")
    contact = service.get(zhang.id)
    service.update(contact.id, contact.version, ContactFields(first_name="Ana", last_name="Ådne"))
    assert _names(table, table.ids(ContactFilter()))[:2] == ["Ådne", "Æsa"]


SEARCHES = {
    "lukasz": ["Łukasz"],
    "LUKAS": ["Lukas", "Łukasz"],
    "soren": ["Ørsted", "Søren"],
    "orsted": ["Ørsted"],
    "strasse": ["Straße"],
    "straße": ["Straße"],
    "dorde": ["Đorđe"],
    "aesa": ["Æsa"],
    "oeuvre": ["Œuvre"],
    "thor": ["Þór"],
    "igdir": ["Iğdır"],
    "emile": ["Émile"],
    "ωμεγα": ["Ωμέγα"],
    "ΩΜΈΓΑ": ["Ωμέγα"],
    "жанна": ["Жанна"],
    "李": ["李"],
    # Phone numbers by their digits, whatever the punctuation on either side.
    "5551234": ["Straße", "Zhang"],
    "555-123": ["Straße", "Zhang"],
    "(555) 123-4567": ["Straße", "Zhang"],
    "+1 555 123 4567": ["Straße"],
    "555.987": ["Þór"],
    # A tag, whole, whatever its case; with other words too.
    "#golf": ["Émile", "Ørsted"],
    "#GOLF soren": ["Ørsted"],
    "#golf #family": ["Émile"],
    "#golfi": [],
    "#gol": [],
    # A tag shorter than a trigram; and tags that only start with it.
    "#x": ["Eric"],
    "#X #xmas": ["Eric"],
    "#xm": [],
    "golf": ["Elodie", "Émile", "Lukas", "Ørsted"],
}


@pytest.mark.parametrize("shape", SHAPES)
def test_search_finds_names_as_they_are_typed(people: Book, shape: str) -> None:
    table = ContactTable(people, **SHAPES[shape])
    for query, expected in SEARCHES.items():
        found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
        assert found == expected, query
        assert _names(table, table.ids(ContactFilter(text=query))) == expected, query
