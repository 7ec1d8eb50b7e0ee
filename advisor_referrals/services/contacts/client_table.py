"""The client table's queries: ordered, filtered id lists and the rows of one page.

The table model holds only ids and asks for rows a page at a time, so sorting and
filtering 100,000 contacts is one indexed SQL query, never Python sorting.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, null, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name, sort_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    Household,
    MemberRow,
    ReviewCadence,
    TagRow,
    contact_tags,
    name_order,
)
from advisor_referrals.storage.scoping import advisor_scope


class SortKey(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    RELATIONSHIP = "relationship"
    SEGMENT = "segment"
    TIER = "tier"
    CLIENT_SINCE = "client_since"
    HOUSEHOLD = "household"


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    relationships: frozenset[Relationship] = frozenset()
    segments: frozenset[Segment] = frozenset()
    tiers: frozenset[Tier] = frozenset()
    tag: str | None = None
    review_overdue: bool = False
    include_archived: bool = False
    today: date | None = None
    scope: Scope = PRACTICE_SCOPE  # whose clients (docs/design.md, "A practice")


@dataclass(frozen=True)
class ContactListRow:
    """What one line of the client table shows."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str | None
    email: str | None
    phone: str | None
    city: str | None
    relationship: Relationship
    segment: Segment
    tier: Tier | None
    client_since: date | None
    household: str | None
    archived_on: date | None
    tags: tuple[str, ...] = field(default=())
    advisor: str | None = None  # the advisor of record (a role on a practice book)
    advisor_name: str | None = None  # the name people know that advisor by

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def sort_name(self) -> str:
        return sort_name(self.first_name, self.last_name)


# Search as you type: fewer index hits than this is a narrow search, sorted from the hits;
# more is a broad one, answered by walking the names in order until the page is full.
BROAD_SEARCH_HITS = 2000
# A search page is sorted from the index's hits when they are fewer than this share of
# the book, and at most so many (`ContactTable._sortable_hits`).
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


_NAME = name_order()


@dataclass(frozen=True)
class _SortPlan:
    """How one sort order is listed: its columns, and the nullable one whose blanks go last."""

    columns: tuple[Any, ...]
    blank: Any | None = None


# Each plan matches an index of migration 0003 (archived_on, *columns, id, filters), so a
# listing reads that index in order instead of sorting the table.
_PLANS: dict[SortKey, _SortPlan] = {
    SortKey.NAME: _SortPlan(_NAME),
    SortKey.FIRST_NAME: _SortPlan((func.lower(ContactRow.first_name),)),
    SortKey.EMAIL: _SortPlan((func.lower(ContactRow.email),), blank=func.lower(ContactRow.email)),
    SortKey.PHONE: _SortPlan((ContactRow.phone,), blank=ContactRow.phone),
    SortKey.CITY: _SortPlan((func.lower(ContactRow.city),), blank=func.lower(ContactRow.city)),
    SortKey.RELATIONSHIP: _SortPlan((ContactRow.relationship, *_NAME)),
    SortKey.SEGMENT: _SortPlan((ContactRow.segment, *_NAME)),
    SortKey.TIER: _SortPlan((ContactRow.tier, *_NAME), blank=ContactRow.tier),
    SortKey.CLIENT_SINCE: _SortPlan((ContactRow.client_since,), blank=ContactRow.client_since),
}


def _order_by(columns: tuple[Any, ...], descending: bool) -> list[Any]:
    ordered = [c.desc() if descending else c.asc() for c in columns]
    ordered.append(ContactRow.id.desc() if descending else ContactRow.id.asc())
    return ordered


BY_NAME = _order_by(_NAME, False)


def overdue_clause(
    today: date, dialect: str = "", tier_cadence: Mapping[str, int] | None = None
) -> ColumnElement[bool]:
    """Clients whose portfolio review is overdue by their cadence (see `domain.cadence`).

    The rule lives in `services.review_due`, shared with the Reviews page's lists, so
    the quick filter and the overdue list always hold the same clients. `dialect` is
    kept for callers; the clause is the same SQL on every backend.
    """
    return review_due.overdue_clause(today, tier_cadence)


class ContactTable:
    def __init__(
        self,
        book: Book,
        *,
        broad_search_hits: int = BROAD_SEARCH_HITS,
        walk_rows: int | None = None,
    ) -> None:
        """`walk_rows`: how far a search reads names in order before it looks at the
        index's hits (None: WALK_ROWS, and on SQLite more as the book's size asks)."""
        self.book = book
        self.broad_search_hits = broad_search_hits
        self.walk_rows = WALK_ROWS if walk_rows is None else walk_rows
        self.walk_scales = walk_rows is None

    def _filtered(
        self, query: Select[Any], flt: ContactFilter, *, live_by_index: bool = True
    ) -> Select[Any]:
        """`live_by_index=False` keeps SQLite from reading live contacts through an index
        (see `_sqlite_search_page`); the rows are the same either way."""
        dialect = self.book.engine.dialect.name
        if not flt.include_archived:
            archived = (
                ContactRow.archived_on if live_by_index else _unindexed(ContactRow.archived_on)
            )
            query = query.where(archived.is_(None))
        if flt.text.strip():
            query = query.where(search.matches(dialect, flt.text))
        if not flt.scope.everyone:
            query = query.where(advisor_scope(ContactRow.advisor, flt.scope.advisors))
        if flt.relationships:
            query = query.where(ContactRow.relationship.in_([r.value for r in flt.relationships]))
        if flt.segments:
            query = query.where(ContactRow.segment.in_([s.value for s in flt.segments]))
        if flt.tiers:
            query = query.where(ContactRow.tier.in_([t.value for t in flt.tiers]))
        if flt.tag:
            query = query.where(ContactRow.id.in_(_tagged(flt.tag)))
        if flt.review_overdue:
            today = flt.today or date.today()
            query = query.where(overdue_clause(today, dialect, self._tier_cadence()))
        return query

    def _tier_cadence(self) -> dict[str, int]:
        with self.book.session() as session:
            rows = session.execute(select(ReviewCadence.tier, ReviewCadence.reviews_per_year))
            return {str(tier): int(n) for tier, n in rows}

    def ids(
        self, flt: ContactFilter, sort: SortKey = SortKey.NAME, descending: bool = False
    ) -> list[int]:
        """Ids of the contacts that pass the filter, in order; blank values last either way."""
        with self.book.session() as session:
            ids: list[int] = []
            for statement in self.listing_statements(flt, sort, descending):
                ids += _scalars(session, statement)
            return ids

    def listing_statements(
        self, flt: ContactFilter, sort: SortKey, descending: bool
    ) -> list[Select[Any]]:
        """The SELECTs whose ids, one list after the other, make the listing.

        A nullable sort column is listed in two parts, the filled values in order and then
        the blanks: each part reads one index in order, where "blanks last" in a single
        ORDER BY would sort the whole table.
        """
        if sort is SortKey.HOUSEHOLD:
            by_household = (func.lower(Household.name), Household.id, *_NAME)
            members = (
                self._filtered(select(ContactRow.id), flt)
                .join(Household, Household.id == ContactRow.household_id)
                .order_by(*_order_by(by_household, descending))
            )
            alone = self._listing(flt, _NAME, descending).where(ContactRow.household_id.is_(None))
            return [members, alone]
        plan = _PLANS[sort]
        if plan.blank is None:
            return [self._listing(flt, plan.columns, descending)]
        filled = self._listing(flt, plan.columns, descending).where(plan.blank.is_not(None))
        blank = self._listing(flt, plan.columns[1:], descending).where(plan.blank.is_(None))
        return [filled, blank]

    def count(self, flt: ContactFilter | None = None) -> int:
        query = self._filtered(select(func.count(ContactRow.id)), flt or ContactFilter())
        with self.book.session() as session:
            return session.scalar(query) or 0

    def first_page(
        self,
        flt: ContactFilter,
        limit: int = 50,
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
    ) -> list[ContactListRow]:
        """The first rows of the listing: what the table shows before anything scrolls
        (search as you type, or a big book's table while its whole id list is read)."""
        with self.book.session() as session:
            by_name = sort is SortKey.NAME and not descending
            if by_name and flt.text.strip() and self.book.is_sqlite:
                ids = self._sqlite_search_page(session, flt, limit)
            elif by_name and flt.text.strip() and self.book.is_postgres:
                ids = self._postgres_search_page(session, flt, limit)
            elif flt.tag and self.book.is_sqlite:
                ids = self._sqlite_tag_page(session, flt, sort, descending, limit)
            else:
                ids = self._listed_page(session, flt, sort, descending, limit)
            return self._rows(session, ids)

    def _listed_page(
        self, session: Session, flt: ContactFilter, sort: SortKey, descending: bool, limit: int
    ) -> list[int]:
        """The first `limit` ids of the listing's statements, one after the other."""
        ids: list[int] = []
        for statement in self.listing_statements(flt, sort, descending):
            ids += _scalars(session, statement.limit(limit - len(ids)))
            if len(ids) == limit:
                break
        return ids

    def _sqlite_tag_page(
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
        has_tag = _has_tag(flt.tag or "")
        walk_rows = self.walk_rows
        if self.walk_scales:
            walk_rows = max(walk_rows, math.isqrt(limit * _largest_id(session) // 2))
        ids: list[int] = []
        read = 0
        for statement in self.listing_statements(others, sort, descending):
            result = session.connection().execute(
                statement.add_columns(has_tag).limit(walk_rows - read)
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
                        return self._listed_page(session, flt, sort, descending, limit)
            finally:
                result.close()
        return ids  # every contact of the listing was read: the tag's are all here

    def _listing(
        self, flt: ContactFilter, columns: tuple[Any, ...], descending: bool
    ) -> Select[Any]:
        return self._filtered(select(ContactRow.id), flt).order_by(*_order_by(columns, descending))

    def _sqlite_search_page(self, session: Session, flt: ContactFilter, limit: int) -> list[int]:
        """SQLite cannot weigh an FTS match against the name index, so the shape is chosen here.

        A common word fills the page within the first names read in order; a rarer one
        is looked up in the index and its few hits sorted; only a word both common and
        bunched late in the alphabet needs the whole walk.
        """
        by_name = BY_NAME
        # Only fills as it is used (as the quarterly metrics' connection does).
        session.connection().exec_driver_sql(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        others = self._filtered(select(ContactRow.id), replace(flt, text=""))
        book_size = _largest_id(session)
        walk_rows = self.walk_rows
        if self.walk_scales:
            walk_rows = max(walk_rows, math.isqrt(limit * book_size // 2))
        sortable = self._sortable_hits(flt.text, book_size)
        # Look the hits up by id and sort them. Left to itself, SQLite reads the live
        # contacts in name order through the listing index until the page is full,
        # which for a rare word ("zo", "sm") means most of the book (10 ms vs 0.3 ms).
        by_id = self._filtered(select(ContactRow.id), replace(flt, text=""), live_by_index=False)
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

    def _postgres_search_page(self, session: Session, flt: ContactFilter, limit: int) -> list[int]:
        """A common word fills the page within the first names in order; a rarer one is
        read from the indexes' hits, then sorted.

        Left to itself, PostgreSQL walks the name index testing each row, which for a
        word in few names reads most of the book (33 ms for "smi" on 100,000 contacts;
        its hits first, 2.5 ms), while the hits of a word in many names cost more than
        the names that fill the page ("(720) 555-01": 9 ms, its first 152 names 0.3 ms).
        Each step is one query, a round trip on a LAN.
        """
        others = self._filtered(select(ContactRow.id, *_NAME), replace(flt, text=""))
        walk = self._postgres_walk(others, flt.text, limit, FIRST_WALK_ROWS)
        lookup = search.postgres_lookup(flt.text)
        if lookup is None:  # no word an index can look up
            ids = _scalars(session, walk)
        else:
            # The first names, or else up to broad_search_hits hits, sorted, with their
            # number (fewer is the answer): one statement, whose second part runs only
            # when the first did not fill the page.
            walked = walk.cte("walked").prefix_with("MATERIALIZED")
            hits = (
                self._filtered(select(ContactRow.id, *_NAME), flt)
                .where(lookup)
                .limit(self.broad_search_hits)
                .cte("hits")
                .prefix_with("MATERIALIZED")
            )
            walked_rows = select(func.count()).select_from(walked).scalar_subquery()
            found = select(func.count()).select_from(hits).scalar_subquery()
            from_walk = (
                select(walked.c.id, null().label("found"))
                .where(walked_rows == limit)
                .order_by(*walked.c[1:], walked.c.id)
            )
            from_hits = (
                select(hits.c.id, found)
                .where(walked_rows < limit)
                .order_by(*hits.c[1:], hits.c.id)
                .limit(limit)
            )
            rows = session.execute(union_all(from_walk, from_hits)).all()
            if not rows or rows[0][1] is None or rows[0][1] < self.broad_search_hits:
                return [row[0] for row in rows]
            ids = []
        if len(ids) == limit:
            return ids
        if self.walk_rows > FIRST_WALK_ROWS:  # else those names were read already
            ids = _scalars(session, self._postgres_walk(others, flt.text, limit, self.walk_rows))
            if len(ids) == limit:
                return ids
        every = (
            self._filtered(select(ContactRow.id, *_NAME), flt)
            .cte("every")
            .prefix_with("MATERIALIZED")
        )
        return _scalars(session, select(every.c.id).order_by(*every.c[1:], every.c.id).limit(limit))

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
            return self.broad_search_hits
        share = min(SORTED_HITS, book_size // BOOK_SHARE_SORTED)
        return max(self.broad_search_hits, share)

    def _postgres_walk(self, others: Select[Any], text: str, limit: int, rows: int) -> Select[Any]:
        """The matches among the first `rows` names in order (no more than `walk_rows`),
        with their names' sort keys."""
        first = (
            others.add_columns(ContactRow.search_text)
            .order_by(*BY_NAME)
            .limit(min(rows, self.walk_rows))
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

    def rows(self, ids: Sequence[int]) -> list[ContactListRow]:
        with self.book.session() as session:
            return self._rows(session, ids)

    @staticmethod
    def _rows(session: Session, ids: Sequence[int]) -> list[ContactListRow]:
        if not ids:
            return []
        found = session.execute(
            select(
                ContactRow.id,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.preferred_name,
                ContactRow.email,
                ContactRow.phone,
                ContactRow.city,
                ContactRow.relationship,
                ContactRow.segment,
                ContactRow.tier,
                ContactRow.client_since,
                Household.name,
                ContactRow.archived_on,
                ContactRow.advisor,
                MemberRow.display_name,
            )
            .outerjoin(Household, Household.id == ContactRow.household_id)
            .outerjoin(MemberRow, MemberRow.name == ContactRow.advisor)
            .where(ContactRow.id.in_(list(ids)))
        ).all()
        tags: dict[int, list[str]] = {}
        for contact_id, name in session.execute(
            select(contact_tags.c.contact_id, TagRow.name)
            .join(TagRow, TagRow.id == contact_tags.c.tag_id)
            .where(contact_tags.c.contact_id.in_(list(ids)))
            .order_by(TagRow.name)
        ):
            tags.setdefault(contact_id, []).append(name)
        by_id = {
            r[0]: ContactListRow(
                id=r[0],
                first_name=r[1],
                last_name=r[2],
                preferred_name=r[3],
                email=r[4],
                phone=r[5],
                city=r[6],
                relationship=Relationship(r[7]),
                segment=Segment(r[8]),
                tier=Tier(r[9]) if r[9] else None,
                client_since=r[10],
                household=r[11],
                archived_on=r[12],
                tags=tuple(tags.get(r[0], ())),
                advisor=r[13],
                advisor_name=r[14] or r[13],
            )
            for r in found
        }
        return [by_id[i] for i in ids if i in by_id]

    def recent(self, limit: int = 8) -> list[ContactListRow]:
        """The contacts added last (ids grow with every addition)."""
        query = (
            select(ContactRow.id)
            .where(ContactRow.archived_on.is_(None))
            .order_by(ContactRow.id.desc())
            .limit(limit)
        )
        with self.book.session() as session:
            return self._rows(session, _scalars(session, query))

    def relationship_counts(self, scope: Scope = PRACTICE_SCOPE) -> dict[Relationship, int]:
        """Live contacts by relationship, every relationship present (zero when none)."""
        query = (
            select(ContactRow.relationship, func.count(ContactRow.id))
            .where(ContactRow.archived_on.is_(None))
            .where(advisor_scope(ContactRow.advisor, scope.advisors))
            .group_by(ContactRow.relationship)
        )
        with self.book.session() as session:
            found = {Relationship(r): n for r, n in session.execute(query)}
        return {r: found.get(r, 0) for r in Relationship}

    def is_empty(self) -> bool:
        """No contact at all, archived ones included: a brand-new book."""
        # A plain table query: the main window asks this before it shows, and an ORM
        # query would first set up every mapper (a tenth of a second), which the
        # background loads can do after the window is up.
        contacts = ContactRow.__table__
        with self.book.engine.connect() as connection:
            if self.book.is_postgres:  # one round trip: no BEGIN and ROLLBACK around it
                connection.execution_options(isolation_level="AUTOCOMMIT")
            return connection.execute(select(contacts.c.id).limit(1)).first() is None

    def tag_names(self) -> list[str]:
        with self.book.session() as session:
            return list(session.scalars(select(TagRow.name).order_by(func.lower(TagRow.name))))


def _largest_id(session: Session) -> int:
    """About how many contacts the book holds, at once (the largest id: read from the end
    of the table, where a count reads all of it)."""
    return int(session.scalar(select(func.max(ContactRow.id))) or 0)


def _unindexed(column: Any) -> ColumnElement[Any]:
    """`+column`: the same value, but SQLite's planner will not reach it through an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _scalars(session: Session, query: Select[Any]) -> list[int]:
    # Ids need no type conversion; reading the driver's rows directly keeps a 100,000-id
    # listing about as fast as the query itself (the generic result layer doubles it).
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _tagged(tag: str) -> Select[Any]:
    """The ids of the contacts that carry a tag (its name in any case)."""
    return (
        select(contact_tags.c.contact_id)
        .join(TagRow, TagRow.id == contact_tags.c.tag_id)
        .where(func.lower(TagRow.name) == tag.lower())
    )


def _has_tag(tag: str) -> ColumnElement[bool]:
    """The contact carries the tag: one look-up in the tag links' key per contact."""
    tag_ids = select(TagRow.id).where(func.lower(TagRow.name) == tag.lower())
    return (
        select(contact_tags.c.contact_id)
        .where(contact_tags.c.contact_id == ContactRow.id, contact_tags.c.tag_id.in_(tag_ids))
        .exists()
    )
