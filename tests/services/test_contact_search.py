"""Search as you type: the same answers whichever way the query is run, short words included."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.table_reads import BY_NAME
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow

PEOPLE = [
    ContactFields(first_name="Ana", last_name="Souza", city="Austin", region="TX"),
    ContactFields(first_name="Peter", last_name="Smith", email="psmith@example.com"),
    ContactFields(first_name="Zoë", last_name="Goldsmith", city="Zürich"),
    ContactFields(first_name="王", last_name="小明", email="xm@example.org"),
    ContactFields(first_name="Mary", last_name="Adams", phone="(303) 555-0147", tags=("retiree",)),
    ContactFields(first_name="Sam", last_name="Ortiz", city="Denver", region="CO"),
    ContactFields(first_name="Lee", last_name="Young", household="Young, Lee & Kim"),
    ContactFields(first_name="Kim", last_name="Young", household="Young, Lee & Kim"),
]

EXPECTED = {
    "tx": ["Souza"],  # the last word of the searchable text
    "co": ["Ortiz", "Smith"],  # Colorado, and .com
    "sm": ["Goldsmith", "Smith"],
    "smi": ["Goldsmith", "Smith"],
    "s": ["Adams", "Goldsmith", "Ortiz", "Smith", "Souza"],
    "王": ["小明"],
    "明": ["小明"],
    "zo": ["Goldsmith"],
    "0147": ["Adams"],
    "ee": ["Adams", "Young", "Young"],
    "y l": ["Young", "Young"],
    "kim lee": ["Young", "Young"],
    "qq": [],
    "smith zz": [],
}


@pytest.fixture
def people(book: Book) -> Book:
    service = ContactService(book)
    for person in PEOPLE:
        service.create(person)
    return book


# Thresholds that send the same query down each path: reading names in order, sorting
# the index's hits, and reading every name in order.
SHAPES = {
    "usual": {},
    "every query broad": {"broad_search_hits": 1},
    "no early reading": {"walk_rows": 1},
}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_search_shape_gives_the_same_page(people: Book, shape: str) -> None:
    table = ContactTable(people, **SHAPES[shape])
    for query, names in EXPECTED.items():
        found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
        assert found == names, query
        # A page that fills up before the end is the first rows of the whole answer.
        if len(names) > 1:
            page = table.first_page(ContactFilter(text=query), limit=len(names) - 1)
            assert [row.last_name for row in page] == names[:-1], query


def test_a_page_past_the_first_names_is_the_same_read_in_order_or_sorted(
    people: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PostgreSQL reads its first few names, then (for a common word) names in order for as
    # many rows as the planner expects hits, then sorts every hit: with two names read
    # first, every query past them goes down the later paths, and they must agree.
    from advisor_referrals.services.contacts import postgres_pages

    monkeypatch.setattr(postgres_pages, "FIRST_WALK_ROWS", 2)
    for shape in ({"broad_search_hits": 1}, {}):
        table = ContactTable(people, **shape)
        for query, names in EXPECTED.items():
            found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
            assert found == names, (query, shape)
            for size in range(1, len(names)):
                page = table.first_page(ContactFilter(text=query), limit=size)
                assert [row.last_name for row in page] == names[:size], (query, size, shape)


def test_the_search_page_follows_the_other_filters(people: Book) -> None:
    table = ContactTable(people)
    service = ContactService(people)
    smith = service.find_by_email("psmith@example.com")[0]
    service.set_archived(smith.id, smith.version, True)
    assert [r.last_name for r in table.first_page(ContactFilter(text="sm"))] == ["Goldsmith"]
    with_archived = ContactFilter(text="sm", include_archived=True)
    assert [r.last_name for r in table.first_page(with_archived)] == ["Goldsmith", "Smith"]


# Short words next to characters beyond ASCII: on PostgreSQL a two-letter word followed by
# one is found through migration 0017's partial indexes, not the trigram index.
BESIDE_OTHER_SCRIPTS = [
    ContactFields(first_name="Mei", last_name="Lin", household="Kyo東京"),
    ContactFields(first_name="Ida", last_name="Ng", household="Ken’s"),
    ContactFields(first_name="Dan", last_name="O’Hara", city="Derry"),
    ContactFields(first_name="Sam", last_name="Ortiz", city="Denver"),
    ContactFields(first_name="王", last_name="小明", city="Denver"),  # no Latin beside them
    ContactFields(first_name="Ольга", last_name="Морозова"),
]

EXPECTED_BESIDE = {
    "yo": ["Lin"],  # only before 東
    "en": ["Ng", "Ortiz", "小明"],  # before ’ in Ken’s, before v in Denver
    "o’": ["O’Hara"],
    "’h": ["O’Hara"],
    "o東": ["Lin"],
    "東": ["Lin"],
    "京": ["Lin"],
    "’": ["Ng", "O’Hara"],
    "京 mei": ["Lin"],
    "明": ["小明"],
    "小明": ["小明"],
    "王 den": ["小明"],
    "ль": ["Морозова"],
    "а": ["Морозова"],
    "ng ’": ["Ng"],
    "yo ng": [],
}


@pytest.mark.parametrize("shape", SHAPES)
def test_short_words_beside_other_scripts_are_found(book: Book, shape: str) -> None:
    service = ContactService(book)
    for person in BESIDE_OTHER_SCRIPTS:
        service.create(person)
    table = ContactTable(book, **SHAPES[shape])
    for query, names in EXPECTED_BESIDE.items():
        found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
        assert found == names, query
        assert [row.last_name for row in table.rows(table.ids(ContactFilter(text=query)))] == (
            names
        ), query


def test_signs_in_a_search_are_taken_as_typed(book: Book) -> None:
    # PostgreSQL's statements carry the words as literals: quotes, backslashes and LIKE's
    # own signs must reach the database as the text they are.
    service = ContactService(book)
    service.create(ContactFields(first_name="Ann", last_name="D'Arcy", email="ann_d@example.com"))
    service.create(ContactFields(first_name="Bo", last_name="Berg", household="50% Club"))
    service.create(ContactFields(first_name="Cy", last_name="Back\\slash"))
    expected = {
        "d'a": ["D'Arcy"],
        "'": ["D'Arcy"],
        "_d": ["D'Arcy"],
        "_": ["D'Arcy"],
        "%": ["Berg"],
        "0% c": ["Berg"],
        "\\": ["Back\\slash"],
        "k\\s": ["Back\\slash"],
        "'; drop table contacts; --": [],
    }
    for shape in SHAPES.values():
        table = ContactTable(book, **shape)
        for query, names in expected.items():
            found = [row.last_name for row in table.first_page(ContactFilter(text=query))]
            assert found == names, query
    assert ContactTable(book).count() == 3


def test_random_searches_find_what_reading_every_contact_finds(book: Book) -> None:
    """Random words against a brute-force reading of every contact's searchable text, in
    name order, by each path a page can take: names read in order, the index's hits
    sorted after their count (whole words), and every name read."""
    rng = random.Random(20261205)
    syllables = ["an", "smi", "th", "son", "ro", "ber", "li", "ne", "é", "ø", "ka"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))).capitalize()

    service = ContactService(book)
    for n in range(40):
        service.create(
            ContactFields(
                first_name=word(),
                last_name=word() if n % 7 else "Smith",
                city=None if n % 3 else word(),
                email=None if n % 4 else f"{word().lower()}{n}@example.com",
                tags=("golf",) if n % 5 == 0 else (),
            )
        )
    with book.session() as session:
        stored = session.execute(
            select(ContactRow.id, ContactRow.search_text).order_by(*BY_NAME)
        ).all()
    texts = [(contact_id, text) for contact_id, text in stored]
    queries = ["smith", "smi th", "#golf", "ber", "anson", "ø", "roli", "kané"]
    for _ in range(40):
        _, text = rng.choice(texts)
        start = rng.randrange(len(text))
        queries.append(text[start : start + rng.randint(2, 6)].strip(" |"))
    for shape in ({}, {"broad_search_hits": 1}, {"walk_rows": 1}, {"walk_rows": 3}):
        table = ContactTable(book, **shape)  # type: ignore[arg-type]
        for query in queries:
            words = search.tokens(query)
            if not words:
                continue
            expected = [i for i, text in texts if all(w in text for w in words)]
            for size in (1, 5, 50):
                found = [row.id for row in table.first_page(ContactFilter(text=query), size)]
                assert found == expected[:size], (shape, query, size)


def test_every_way_of_reading_a_page_agrees_on_close_calls(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Namesakes (one name, several contacts: the id breaks the tie), archived contacts
    among the matches, tags and phone digits, read with so few names first that a search
    goes on to the names after them (as far as the rate seen asks), to the hits sorted,
    or past both; each page must be the first rows of the whole answer in name order."""
    from advisor_referrals.services.contacts import postgres_pages

    service = ContactService(book)
    archived = []
    for n in range(36):
        last = ["Smith", "Smithson", "Adams", "Nguyen"][n % 4]
        contact = service.create(
            ContactFields(
                first_name="Jo" if n % 3 else "Ann",  # namesakes: "Smith, Jo" several times
                last_name=last,
                phone=f"(303) 555-{147 + n % 5:04d}",
                tags=("golf",) if n % 6 == 0 else (),
            )
        )
        if n % 5 == 2:
            archived.append(service.set_archived(contact.id, contact.version, True).id)
    with book.session() as session:
        stored = session.execute(
            select(ContactRow.id, ContactRow.search_text).order_by(*BY_NAME)
        ).all()
    queries = ["smith", "smiths", "jo smith", "0147", "555-0149", "#golf", "ann", "so", "ad", "zz"]
    for first_rows in (1, 3, 1000):
        monkeypatch.setattr(postgres_pages, "FIRST_WALK_ROWS", first_rows)
        for shape in ({}, {"broad_search_hits": 1}, {"broad_search_hits": 3}, {"walk_rows": 5}):
            table = ContactTable(book, **shape)  # type: ignore[arg-type]
            for query in queries:
                words = search.tokens(query)
                for with_archived in (False, True):
                    expected = [
                        i
                        for i, text in stored
                        if all(w in text for w in words) and (with_archived or i not in archived)
                    ]
                    flt = ContactFilter(text=query, include_archived=with_archived)
                    for size in (1, 4, 50):
                        found = [row.id for row in table.first_page(flt, size)]
                        assert found == expected[:size], (first_rows, shape, query, size)
    assert archived and any(
        "| #golf |" in text for i, text in stored if i in archived
    )  # the archived include tagged contacts


@pytest.mark.parametrize(
    "every", [5, 40], ids=["page found reading on", "hits sorted, too few to read on for"]
)
def test_a_page_past_the_first_names_costs_one_statement_on_postgres(
    book: Book, monkeypatch: pytest.MonkeyPatch, every: int
) -> None:
    """On a practice's server each statement is a round trip: the first names, the names
    read on past them and the sorted hits are parts of one statement, run as far as the
    page needs (docs/design.md, "Search and sorting")."""
    if not book.is_postgres:
        pytest.skip("the statements counted are PostgreSQL's")
    from advisor_referrals.services.contacts import postgres_pages
    from tests.support.round_trips import RoundTrips

    service = ContactService(book)
    for n in range(200):
        # "Quill" in one name of `every`, spread through the alphabet.
        last = f"Name{n:03d}" + (" Quill" if n % every == 2 else "")
        service.create(ContactFields(first_name="Ann", last_name=last))
    monkeypatch.setattr(postgres_pages, "FIRST_WALK_ROWS", 10)
    table = ContactTable(book)
    expected = [f"Name{n:03d} Quill" for n in range(200) if n % every == 2][:4]
    trips = RoundTrips().attach(book.engine)
    try:
        page = table.first_page(ContactFilter(text="quill"), limit=4)
    finally:
        trips.detach(book.engine)
    assert [row.last_name for row in page] == expected
    reads = [s for s in trips.log if s.startswith(("SELECT", "WITH"))]
    # The ids in one statement; then the page's rows with their tags.
    assert len(reads) == 2, reads
