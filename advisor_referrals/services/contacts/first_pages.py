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

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from advisor_referrals.services.contacts.table_filter import ContactFilter, SortKey
from advisor_referrals.services.contacts.table_reads import (
    BY_NAME,
    NAME,
    estimated_rows,
    has_tag,
    largest_id,
    read_ids,
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
# On PostgreSQL, the names read in order before the indexes are asked: a word in one name
# out of twenty fills a page within them, and a rarer one costs about a millisecond more.
FIRST_WALK_ROWS = 1000
# Then, as far as the rate of matches among those says the page needs, times WALK_MARGIN,
# and at most sqrt(WALK_PER_HIT * page * book) rows: a name read from the index of live
# contacts with their search text (migration 0025) costs about a third of a hit sorted
# (0.43 against 1.45 us on a million contacts), so past that many rows the hits of a word
# that common cost less (docs/design.md, "Search and sorting").
WALK_MARGIN = 2
WALK_PER_HIT = 3
# PostgreSQL sorts a search's page from up to this many times BROAD_SEARCH_HITS hits of a
# word the trigram index looks up whole, in its first statement.
SORTED_PER_BROAD = 5


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

        def sorted_hits(hits: ColumnElement[bool]) -> list[int]:
            query = by_id.where(hits, row_checks).order_by(*by_name).limit(limit)
            return list(session.scalars(query))

        ids = self._first_names_holding(session, others, flt.text, limit, walk_rows)
        if ids is not None:
            return ids
        fts = search.sqlite_fts_query(session, flt.text)
        if fts == search.NO_MATCH:
            return []
        # Few enough hits to sort: they are read within the statement that sorts them,
        # not handed to Python and back (a third of the time for 8,000 hits).
        if fts is not None and search.fts_count(session, fts, sortable) < sortable:
            return sorted_hits(search.fts_matches(fts))
        query = others.where(search.words_in(ContactRow.search_text, flt.text))
        return list(session.scalars(query.order_by(*by_name).limit(limit)))

    def postgres_search_page(self, session: Session, flt: ContactFilter, limit: int) -> list[int]:
        """A common word fills the page within the first names in order; a rarer one is
        read from the indexes' hits, then sorted.

        Left to itself, PostgreSQL walks the name index testing each row, which for a
        word in few names reads most of the book (33 ms for "smi" on 100,000 contacts;
        its hits first, 2.5 ms), while the hits of a word in many names cost more than
        the names that fill the page ("(720) 555-01": 9 ms, its first 152 names 0.3 ms).
        Each step is one query, a round trip on a LAN.
        """
        others = self.table.filtered(select(ContactRow.id, *NAME), replace(flt, text=""))
        first_rows = min(FIRST_WALK_ROWS, self.table.walk_rows)
        lookup = search.postgres_lookup(flt.text)
        if lookup is None:  # no word an index can look up
            ids = read_ids(session, self._postgres_walk(others, flt.text, limit, first_rows))
        else:
            page = self._postgres_first_ways(session, flt, others, lookup, limit, first_rows)
            if page is not None:
                return page
            ids = []
        if len(ids) == limit:
            return ids
        # A word in very many names whose page the first names read did not fill (on a
        # million contacts, the 200th "son" is the 11,510th name): names are read in order
        # for up to as many rows as the planner expects hits, since sorting every hit reads
        # about one row per hit (92,000 rows for "son": 730 ms, against 30 for the walk).
        # At worst the two cost twice the sort alone.
        walk_rows = self.table.walk_rows
        if self.table.walk_scales:
            every_hit = self.table.filtered(select(ContactRow.id), flt)
            walk_rows = max(walk_rows, estimated_rows(session, every_hit))
        if walk_rows > first_rows:  # else those names were read already
            ids = read_ids(session, self._postgres_walk(others, flt.text, limit, walk_rows))
            if len(ids) == limit:
                return ids
        every = (
            self.table.filtered(select(ContactRow.id, *NAME), flt)
            .cte("every")
            .prefix_with("MATERIALIZED")
        )
        return read_ids(session, select(every.c.id).order_by(*every.c[1:], every.c.id).limit(limit))

    def _postgres_first_ways(
        self,
        session: Session,
        flt: ContactFilter,
        others: Select[Any],
        lookup: ColumnElement[bool],
        limit: int,
        first_rows: int,
    ) -> list[int] | None:
        """The page in one statement, read the cheapest of three ways; None when the word
        is in too many contacts for their hits to be sorted here.

        1. The matches among the first `first_rows` names in order (a common word).
        2. Else, when those held some matches, the names after them, for twice as many
           rows as the rate of matches seen says the page needs, unless reading that many
           names costs more than sorting the hits of a word that common would
           (`_postgres_walk_on`): "0147", in one name of 140 on a million contacts.
        3. Else every hit, sorted, when they are fewer than `_postgres_sortable_hits`: a
           rare word, or one bunched late in the alphabet ("smith": 7,600 hits, its 50th
           the 71,500th name).

        Each part runs only when the one before it left the page short: PostgreSQL
        evaluates a condition on the statement's counts before the rows under it, and
        reads a materialised CTE only as far as it is asked (the hits are counted up to
        the bound, then sorted from the same rows). Names are read from the index of live
        contacts with their search text (migration 0025) without touching the table.
        """
        walked = (
            self._postgres_walk(others, flt.text, limit, first_rows)
            .cte("walked")
            .prefix_with("MATERIALIZED")
        )
        walked_rows = select(func.count()).select_from(walked).scalar_subquery()
        walked_on = (
            self._postgres_walk_on(others, flt.text, limit, first_rows, walked_rows)
            .cte("walked_on")
            .prefix_with("MATERIALIZED")
        )
        shown = union_all(select(*walked.c), select(*walked_on.c)).subquery("shown")
        shown_rows = walked_rows + select(func.count()).select_from(walked_on).scalar_subquery()
        sortable = self._postgres_sortable_hits(flt.text)
        hits = (
            self.table.filtered(select(ContactRow.id, *NAME), flt)
            .where(lookup)
            .cte("hits")
            .prefix_with("MATERIALIZED")
        )
        counted = select(hits.c.id).limit(sortable).subquery("counted")
        # Counted only when the names left the page short: a CASE decides in its order,
        # where PostgreSQL may test the conditions of an AND in any order.
        found = case(
            (shown_rows < limit, select(func.count()).select_from(counted).scalar_subquery()),
            else_=None,
        )
        from_walk = (
            select(shown.c.id, null().label("found"))
            .where(shown_rows >= limit)
            .order_by(*shown.c[1:], shown.c.id)
            .limit(limit)
        )
        from_hits = (
            select(hits.c.id, found)
            .where(found < sortable)
            .order_by(*hits.c[1:], hits.c.id)
            .limit(limit)
        )
        too_many = select(null(), found).where(found >= sortable)
        rows = session.execute(union_all(from_walk, from_hits, too_many)).all()
        if rows and rows[0][0] is None:
            return None
        return [row[0] for row in rows]

    def _postgres_walk_on(
        self, others: Select[Any], text: str, limit: int, after: int, walked_rows: Any
    ) -> Select[Any]:
        """The matches among the names after the first `after`, for twice as many rows as
        the rate of matches among those says the page needs; none when they held none,
        filled the page, or say it needs more than `most` rows.

        `most` is the square root of WALK_PER_HIT times the page's rows times the book's:
        past it, a word at that rate has fewer hits than the walk would read names, and
        each name read costs a third of a hit sorted. ("soren", once in the first
        thousand names of a million, has 2,500 hits: they are sorted, where a walk of
        12,000 names would have found three.)
        """
        if self.table.walk_scales:
            book = select(func.max(ContactRow.id)).scalar_subquery()
            most: Any = func.sqrt(WALK_PER_HIT * limit * func.coalesce(book, 0))
        else:
            most = literal(self.table.walk_rows)
        expected = limit * after / func.nullif(walked_rows, 0)
        rows = case(
            (walked_rows >= limit, 0),
            (walked_rows == 0, 0),
            (expected > most, 0),
            else_=func.greatest(0, func.ceil(func.least(WALK_MARGIN * expected, most)) - after),
        )
        following = (
            others.add_columns(ContactRow.search_text)
            .order_by(*BY_NAME)
            .offset(after)
            .limit(cast(rows, Integer))
            .subquery("following")
        )
        words = search.words_in(following.c.search_text, text)
        return select(following.c.id, *following.c[1:-1]).where(words).limit(limit)

    def _postgres_sortable_hits(self, text: str) -> int:
        """Below how many hits PostgreSQL sorts a search's page from them, within the first
        statement: a word the trigram index looks up whole costs about a row visited per
        hit (7,600 for "smith" on a million contacts: 11 ms); a shorter one's hits are read
        from many trigrams, dear past a few thousand (`_sortable_hits`)."""
        if not all(len(word) >= search.TRIGRAM for word in search.tokens(text)):
            return self.table.broad_search_hits
        return self.table.broad_search_hits * SORTED_PER_BROAD

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

    def _postgres_walk(self, others: Select[Any], text: str, limit: int, rows: int) -> Select[Any]:
        """The matches among the first `rows` names in order (no more than `walk_rows`),
        with their names' sort keys."""
        first = (
            others.add_columns(ContactRow.search_text)
            .order_by(*BY_NAME)
            .limit(rows)
            .subquery("first")
        )
        # Read in name order from the subquery: no second sort of the rows walked.
        words = search.words_in(first.c.search_text, text)
        return select(first.c.id, *first.c[1:-1]).where(words).limit(limit)

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
                for contact_id, searchable in batch:
                    if all(word in searchable for word in words):
                        ids.append(contact_id)
                        if len(ids) == limit:
                            return ids
                read += len(batch)
                if len(ids) * walk_rows < read * limit:
                    return None
        finally:
            result.close()
        return None
