"""The first page of a search or a tag on a big book: which way to read it.

Left to themselves, SQLite and PostgreSQL either walk the name index testing each row (a
rare word reads most of the book) or sort every hit (a common word's hits are tens of
thousands of rows): each way here is chosen from what the page needs (docs/design.md,
"Budgets").
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from advisor_referrals.services.contacts.table_filter import ContactFilter, SortKey
from advisor_referrals.services.contacts.table_reads import (
    BY_NAME,
    has_tag,
    largest_id,
)
from advisor_referrals.storage import search
from advisor_referrals.storage.models import ContactRow

# Search as you type: fewer index hits than this is a narrow search, sorted from the hits;
# more is a broad one, answered by walking the names in order until the page is full.
BROAD_SEARCH_HITS = 2000
# A search page is sorted from the index's hits when they are fewer than this share of
# the book, and at most so many (`FirstPages._sortable_hits`).
BOOK_SHARE_SORTED = 8
SORTED_HITS = 20_000
# Reading contacts in name order for a search gives up when the page would need more rows
# than this, judged every WALK_CHECK rows. On SQLite, more on a big book: the square root
# of half the page's rows times the book's, where reading them in Python costs about what
# sorting the hits of a word that common does (a name read costs two hits sorted).
WALK_ROWS = 3000
WALK_CHECK = 200
# SQLite's page cache on a connection that searches: a page of a common word's hits
# touches thousands of contact pages, and the next keystroke most of the same ones.
SEARCH_CACHE_KIB = 48 * 1024


class ListingTable(Protocol):
    """What the first pages read of the client table: its filters, listings and settings."""

    walk_rows: int
    walk_scales: bool
    broad_search_hits: int

    def filtered(
        self, query: Select[Any], flt: ContactFilter, *, live_by_index: bool = True
    ) -> Select[Any]: ...

    def listing_statements(
        self, flt: ContactFilter, sort: SortKey, descending: bool
    ) -> list[Select[Any]]: ...

    def listed_page(
        self, session: Session, flt: ContactFilter, sort: SortKey, descending: bool, limit: int
    ) -> list[int]: ...


class FirstPages:
    """The ways a first page is read, for one client table (its filters and listings)."""

    def __init__(self, table: ListingTable) -> None:
        self.table = table

    def sqlite_tag_page(
        self, session: Session, flt: ContactFilter, sort: SortKey, descending: bool, limit: int
    ) -> list[int]:
        """The first page of a tag's contacts on SQLite: read in the listing's order, each
        contact's tag looked up, while matches come often enough; else the tag's contacts
        sorted.

        SQLite, left to itself, reads every contact of the tag and sorts them: on a million
        contacts a common tag's 91,000 rows, each a page of the table (92 ms), where its
        first 200 names in order are among the first 2,200 read from the listing index,
        each with its tag looked up (3 ms). A rare tag would be read through most of the
        book that way, so the reading stops as a search's does (docs/design.md, "Budgets").
        """
        others = replace(flt, tag=None)
        tag_test = has_tag(flt.tag or "")
        walk_rows = self.table.walk_rows
        if self.table.walk_scales:
            walk_rows = max(walk_rows, math.isqrt(limit * largest_id(session) // 2))
        ids: list[int] = []
        read = 0
        for statement in self.table.listing_statements(others, sort, descending):
            result = session.connection().execute(
                statement.add_columns(tag_test).limit(walk_rows - read)
            )
            try:
                while batch := result.cursor.fetchmany(WALK_CHECK):
                    for contact_id, tagged in batch:
                        if tagged:
                            ids.append(contact_id)
                            if len(ids) == limit:
                                return ids
                    read += len(batch)
                    if read >= walk_rows or len(ids) * walk_rows < read * limit:
                        return self.table.listed_page(session, flt, sort, descending, limit)
            finally:
                result.close()
        return ids  # every contact of the listing was read: the tag's are all here

    def sqlite_search_page(self, session: Session, flt: ContactFilter, limit: int) -> list[int]:
        """SQLite cannot weigh an FTS match against the name index, so the shape is chosen here.

        A common word fills the page within the first names read in order; a rarer one
        is looked up in the index and its few hits sorted; only a word both common and
        bunched late in the alphabet needs the whole walk.
        """
        by_name = BY_NAME
        # Only fills as it is used (as the quarterly metrics' connection does).
        session.connection().exec_driver_sql(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        others = self.table.filtered(select(ContactRow.id), replace(flt, text=""))
        book_size = largest_id(session)
        walk_rows = self.table.walk_rows
        if self.table.walk_scales:
            walk_rows = max(walk_rows, math.isqrt(limit * book_size // 2))
        sortable = self._sortable_hits(flt.text, book_size)
        # Look the hits up by id and sort them. Left to itself, SQLite reads the live
        # contacts in name order through the listing index until the page is full,
        # which for a rare word ("zo", "sm") means most of the book (10 ms vs 0.3 ms).
        by_id = self.table.filtered(
            select(ContactRow.id), replace(flt, text=""), live_by_index=False
        )
        row_checks = search.words_in(ContactRow.search_text, flt.text, unindexed_only=True)

        def sorted_hits(fts_query: str) -> list[int]:
            query = search.fts_joined(by_id.where(row_checks), fts_query)
            return list(session.scalars(query.order_by(*by_name).limit(limit)))

        ids = self._first_names_holding(session, others, flt.text, limit, walk_rows)
        if ids is not None:
            return ids
        fts = search.sqlite_fts_query(session, flt.text)
        if fts == search.NO_MATCH:
            return []
        # Few enough hits to sort: they are read within the statement that sorts them,
        # not handed to Python and back (a third of the time for 8,000 hits).
        if fts is not None and search.fts_count(session, fts, sortable) < sortable:
            return sorted_hits(fts)
        query = others.where(search.words_in(ContactRow.search_text, flt.text))
        return list(session.scalars(query.order_by(*by_name).limit(limit)))

    def _sortable_hits(self, text: str, book_size: int) -> int:
        """Below how many index hits a search's page is sorted from its hits rather than
        read from every name in order.

        Sorting a hit costs about what reading a name in order does (each is a contact row
        looked up), and reading in order goes on until the page is full: for a word late
        in the alphabet, most of the book. So words the index looks up whole (three
        letters or more) are sorted from up to an eighth of the book's hits, at most
        SORTED_HITS: on a million contacts "smith" read 70,000 names in order (150 ms) where
        its 8,000 hits sort in 20. A shorter word's hits are read from many index terms,
        dear past a few thousand.
        """
        if not all(len(word) >= search.TRIGRAM for word in search.tokens(text)):
            return self.table.broad_search_hits
        share = min(SORTED_HITS, book_size // BOOK_SHARE_SORTED)
        return max(self.table.broad_search_hits, share)

    def _first_names_holding(
        self, session: Session, others: Select[Any], text: str, limit: int, walk_rows: int
    ) -> list[int] | None:
        """The page read from contacts in name order, when matches come often enough; else None.

        Rows stream from the name index; every few hundred rows the reading stops if, at
        the rate seen so far, the page would not be full within `walk_rows`.
        """
        words = search.tokens(text)
        query = others.add_columns(ContactRow.search_text).order_by(*BY_NAME)
        ids: list[int] = []
        result = session.connection().execute(query.limit(walk_rows))
        read = 0
        try:
            # Batches straight from the driver: per-row fetching through the result layer
            # cost more than the matching itself.
            while batch := result.cursor.fetchmany(WALK_CHECK):
                if len(words) == 1:  # the usual search: one word, no generator per name
                    (word,) = words
                    matched = [contact_id for contact_id, text in batch if word in text]
                else:
                    matched = [
                        contact_id
                        for contact_id, text in batch
                        if all(word in text for word in words)
                    ]
                if len(ids) + len(matched) >= limit:
                    return ids + matched[: limit - len(ids)]
                ids += matched
                read += len(batch)
                if len(ids) * walk_rows < read * limit:
                    return None
        finally:
            result.close()
        return None
