"""The client list's queries: every sort order, blanks last, and "review overdue" by cadence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable, SortKey
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReviewRow

TODAY = date(2026, 9, 15)


def client(first: str, **fields: object) -> ContactFields:
    return ContactFields(
        first_name=first, last_name="Test", relationship=Relationship.CLIENT, **fields
    )  # type: ignore[arg-type]


def reviewed(book: Book, contact_id: int, days_ago: int) -> None:
    with book.write() as session:
        session.add(ReviewRow(contact_id=contact_id, completed_on=TODAY - timedelta(days_ago)))


def overdue(table: ContactTable) -> list[str]:
    ids = table.ids(ContactFilter(review_overdue=True, today=TODAY))
    return [row.first_name for row in table.rows(ids)]


def test_review_overdue_uses_the_cadence_rule(book: Book) -> None:
    """The rule itself (months, clamping, day counts) is tested with `domain.cadence`."""
    contacts = ContactService(book)
    reviewed(book, contacts.create(client("Recent", tier=Tier.A)).id, 30)
    reviewed(book, contacts.create(client("Late", tier=Tier.A)).id, 200)
    reviewed(book, contacts.create(client("Yearly", tier=Tier.C)).id, 200)
    reviewed(book, contacts.create(client("Monthly", tier=Tier.C, reviews_per_year=12)).id, 40)
    reviewed(book, contacts.create(client("Ahead", tier=Tier.A)).id, -10)  # after today
    contacts.create(client("Never", tier=Tier.B))
    contacts.create(client("NoCadence"))
    contacts.create(ContactFields(first_name="Pros", last_name="Pect", tier=Tier.A))
    assert sorted(overdue(ContactTable(book))) == ["Ahead", "Late", "Monthly", "Never"]


@pytest.mark.parametrize(
    ("key", "field"),
    [
        (SortKey.EMAIL, "email"),
        (SortKey.PHONE, "phone"),
        (SortKey.CITY, "city"),
        (SortKey.TIER, "tier"),
        (SortKey.CLIENT_SINCE, "client_since"),
    ],
)
def test_blank_values_sort_last_in_both_directions(book: Book, key: SortKey, field: str) -> None:
    contacts = ContactService(book)
    values = {
        "email": ["b@example.com", "A@example.com"],
        "phone": ["+1 617 555 0102", "+1 617 555 0101"],
        "city": ["boston", "Austin"],
        "tier": [Tier.B, Tier.A],
        "client_since": [date(2020, 1, 1), date(2010, 1, 1)],
    }[field]
    contacts.create(client("Blank"))
    contacts.create(client("Second", **{field: values[0]}))
    contacts.create(client("First", **{field: values[1]}))
    table = ContactTable(book)

    def order(descending: bool) -> list[str]:
        return [r.first_name for r in table.rows(table.ids(ContactFilter(), key, descending))]

    assert order(False) == ["First", "Second", "Blank"]
    assert order(True) == ["Second", "First", "Blank"]


def test_sorting_by_segment_then_name_and_by_household(book: Book) -> None:
    contacts = ContactService(book)
    for first, last, segment, household in [
        ("Ana", "Souza", Segment.ENGAGED, "Souza"),
        ("Bea", "Adams", Segment.ENGAGED, None),
        ("Cai", "Brown", Segment.CONTENT, "Brown"),
        ("Dan", "Souza", Segment.CONTENT, "Souza"),
    ]:
        contacts.create(
            ContactFields(first_name=first, last_name=last, segment=segment, household=household)
        )
    table = ContactTable(book)

    def firsts(key: SortKey, descending: bool = False) -> list[str]:
        return [r.first_name for r in table.rows(table.ids(ContactFilter(), key, descending))]

    assert firsts(SortKey.SEGMENT) == ["Cai", "Dan", "Bea", "Ana"]
    assert firsts(SortKey.HOUSEHOLD) == ["Cai", "Ana", "Dan", "Bea"]
    assert firsts(SortKey.HOUSEHOLD, descending=True) == ["Dan", "Ana", "Cai", "Bea"]
    assert firsts(SortKey.FIRST_NAME, descending=True) == ["Dan", "Cai", "Bea", "Ana"]


def test_counts_recent_and_emptiness(book: Book) -> None:
    table = ContactTable(book)
    assert table.is_empty()
    contacts = ContactService(book)
    ana = contacts.create(client("Ana"))
    contacts.create(
        ContactFields(
            first_name="Cpa", last_name="X", relationship=Relationship.CENTER_OF_INFLUENCE
        )
    )
    gone = contacts.create(client("Gone"))
    contacts.set_archived(gone.id, gone.version, True)
    assert not table.is_empty()
    assert table.count() == 2
    assert table.count(ContactFilter(include_archived=True)) == 3
    counts = table.relationship_counts()
    assert counts[Relationship.CLIENT] == 1
    assert counts[Relationship.PROSPECT] == 0
    assert [r.first_name for r in table.recent(5)] == ["Cpa", "Ana"]
    assert table.recent(1)[0].id != ana.id


def test_a_list_read_in_parts_is_the_whole_list(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ids come from the driver a few thousand at a time; with two at a time, five contacts
    # (an odd number: the last part is short) and an archived one must come out whole.
    from advisor_referrals.services.contacts import table_reads

    service = ContactService(book)
    names = ["Eve", "Bea", "Dan", "Ada", "Cy", "Fay"]
    made = {name: service.create(client(name)) for name in names}
    service.set_archived(made["Fay"].id, made["Fay"].version, True)
    table = ContactTable(book)
    monkeypatch.setattr(table_reads, "IDS_AT_A_TIME", 2)
    ids = table.ids(ContactFilter())
    assert [row.first_name for row in table.rows(ids)] == ["Ada", "Bea", "Cy", "Dan", "Eve"]
    every = table.ids(ContactFilter(include_archived=True), SortKey.FIRST_NAME, descending=True)
    assert [row.first_name for row in table.rows(every)] == [
        "Fay",
        "Eve",
        "Dan",
        "Cy",
        "Bea",
        "Ada",
    ]


# Thresholds that send a tag's first page down each path: the listing read in order with
# each contact's tag looked up, giving up early, and the tag's contacts sorted.
TAG_SHAPES = {"usual": {}, "gives up at once": {"walk_rows": 1}, "reads far": {"walk_rows": 1000}}


TAGGED_NAMES = [
    *(("Ann", "Lee"), ("Ann", "Lee"), ("Bo", "Lee"), ("Cy", "Adams"), ("Di", "Zorn")),
    *(("Ed", "Moss"), ("Flo", "Moss"), ("Gus", "Moss"), ("Hal", "Baker"), ("Ivy", "Baker")),
]


@pytest.mark.parametrize("shape", TAG_SHAPES)
def test_a_tags_first_page_is_the_start_of_its_whole_list(book: Book, shape: str) -> None:
    """Ties of name and blanks at a page's edge, an archived contact, a tag written in
    another case, a tag few contacts carry and one nobody does, two advisors' clients."""
    contacts = ContactService(book)
    made = []
    for n, (first, last) in enumerate(TAGGED_NAMES):
        tags = ("Golf",) if n % 3 else ("golf", "rare")
        made.append(
            contacts.create(
                ContactFields(
                    first_name=first,
                    last_name=last,
                    email=None if n % 4 == 0 else f"{first.lower()}{n}@example.com",
                    tier=None if n % 2 else Tier.A,
                    advisor=("ana" if n % 2 else "ben"),
                    tags=tags if n != 7 else (),
                )
            )
        )
    gone = made[1]
    contacts.set_archived(gone.id, gone.version, True)
    table = ContactTable(book, **TAG_SHAPES[shape])
    for tag in ("GOLF", "rare", "nobody"):
        for key in (SortKey.NAME, SortKey.EMAIL, SortKey.TIER):
            for descending in (False, True):
                for archived in (False, True):
                    flt = ContactFilter(tag=tag, include_archived=archived)
                    whole = table.ids(flt, key, descending)
                    for size in (1, 2, 3, len(whole) + 1):
                        page = table.first_page(flt, size, key, descending)
                        assert [r.id for r in page] == whole[:size], (tag, key, descending, size)
    golf = table.ids(ContactFilter(tag="golf"))
    assert gone.id not in golf and made[7].id not in golf and len(golf) == 8


def test_each_line_shows_its_own_tags_in_the_books_order_of_names(book: Book) -> None:
    """A page is read in one statement, each contact with its tags: a contact keeps only
    its own, in the order the book sorts tag names, whatever their script or case."""
    service = ContactService(book)
    tags = ("zeta", "Alpha", "émigré", "beta", "Ωmega", "日本", "golf, club")
    many = service.create(client("Many", tags=tags))
    none = service.create(client("None"))
    one = service.create(client("One", tags=("beta",)))
    with book.session() as session:
        in_order = [n for (n,) in session.execute(text("SELECT name FROM tags ORDER BY name"))]
    table = ContactTable(book)
    rows = table.rows([one.id, many.id, none.id, 999_999])
    assert [r.first_name for r in rows] == ["One", "Many", "None"]
    assert rows[0].tags == ("beta",)
    assert rows[1].tags == tuple(in_order) and sorted(rows[1].tags) == sorted(tags)
    assert rows[2].tags == ()
