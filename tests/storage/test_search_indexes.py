"""On PostgreSQL, a word too short for a trigram is looked up through migration 0017's
partial indexes (docs/design.md, "Search and sorting"). The planner uses a partial index
only for a condition written as its predicate: were `storage.search` and the migration to
drift apart, every short search would test each contact again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow


@pytest.mark.parametrize(
    ("word", "index"),
    [
        ("sm", "ix_contacts_search_mixed"),  # and the trigram index for sm + ASCII
        ("東", "ix_contacts_search_wide"),
        ("ль", "ix_contacts_search_wide"),
    ],
)
def test_a_short_word_is_read_through_its_index(pg_book: Book, word: str, index: str) -> None:
    lookup = search.postgres_lookup(word)
    assert lookup is not None
    query = select(ContactRow.id).where(search.matches("postgresql", word), lookup)
    sql = str(query.compile(pg_book.engine, compile_kwargs={"literal_binds": True}))
    with pg_book.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")  # a new book is empty
        explained = connection.exec_driver_sql("EXPLAIN " + sql)  # its %% reach psycopg
        plan = "\n".join(row[0] for row in explained)
    assert index in plan
    if word.isascii():
        assert "ix_contacts_search_trgm" in plan


def test_a_single_latin_letter_has_no_index_to_read(pg_book: Book) -> None:
    assert search.postgres_lookup("s") is None
    assert search.postgres_lookup("s 1") is None
    assert search.postgres_lookup("s smith") is not None
