"""The client table's queries: ordered, filtered id lists and the rows of one page.

The table model holds only ids and asks for rows a page at a time, so sorting and
filtering 100,000 contacts is one indexed SQL query, never Python sorting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.contacts.first_pages import (
    BROAD_SEARCH_HITS,
    WALK_ROWS,
    FirstPages,
)
from advisor_referrals.services.contacts.postgres_pages import PostgresPages
from advisor_referrals.services.contacts.table_filter import ContactFilter, SortKey
from advisor_referrals.services.contacts.table_reads import (
    NAME,
    order_by,
    overdue_listing,
    read_ids,
    tagged,
    unindexed,
)
from advisor_referrals.services.contacts.table_rows import ContactListRow, list_rows
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    Household,
    ReviewCadence,
    TagRow,
)
from advisor_referrals.storage.scoping import advisor_scope

# The filter and the sort order live with the first pages' reading (table_filter.py), a
# line of the table with its reading (table_rows.py); they are the table's words, so
# callers keep importing them from here.
__all__ = ["ContactFilter", "ContactListRow", "ContactTable", "SortKey", "overdue_clause"]


@dataclass(frozen=True)
class _SortPlan:
    """How one sort order is listed: its columns, and the nullable one whose blanks go last."""

    columns: tuple[Any, ...]
    blank: Any | None = None


# Each plan matches an index of migration 0003 (archived_on, *columns, id, filters), so a
# listing reads that index in order instead of sorting the table.
_PLANS: dict[SortKey, _SortPlan] = {
    SortKey.NAME: _SortPlan(NAME),
    SortKey.FIRST_NAME: _SortPlan((func.lower(ContactRow.first_name),)),
    SortKey.EMAIL: _SortPlan((func.lower(ContactRow.email),), blank=func.lower(ContactRow.email)),
    SortKey.PHONE: _SortPlan((ContactRow.phone,), blank=ContactRow.phone),
    SortKey.CITY: _SortPlan((func.lower(ContactRow.city),), blank=func.lower(ContactRow.city)),
    SortKey.RELATIONSHIP: _SortPlan((ContactRow.relationship, *NAME)),
    SortKey.SEGMENT: _SortPlan((ContactRow.segment, *NAME)),
    SortKey.TIER: _SortPlan((ContactRow.tier, *NAME), blank=ContactRow.tier),
    SortKey.CLIENT_SINCE: _SortPlan((ContactRow.client_since,), blank=ContactRow.client_since),
}


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
        self._pages = FirstPages(self)
        self._postgres_pages = PostgresPages(self)

    def filtered(
        self, query: Select[Any], flt: ContactFilter, *, live_by_index: bool = True
    ) -> Select[Any]:
        """`live_by_index=False` keeps SQLite from reading live contacts through an index
        (see `FirstPages.sqlite_search_page`); the rows are the same either way."""
        dialect = self.book.engine.dialect.name
        if not flt.include_archived:
            archived = (
                ContactRow.archived_on if live_by_index else unindexed(ContactRow.archived_on)
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
            query = query.where(ContactRow.id.in_(tagged(flt.tag)))
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
        overdue = overdue_listing(flt, sort, descending)
        statements = [overdue] if overdue is not None else None
        with self.book.session() as session:
            ids: list[int] = []
            for statement in statements or self.listing_statements(flt, sort, descending):
                ids += read_ids(session, statement)
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
            by_household = (func.lower(Household.name), Household.id, *NAME)
            members = (
                self.filtered(select(ContactRow.id), flt)
                .join(Household, Household.id == ContactRow.household_id)
                .order_by(*order_by(by_household, descending))
            )
            alone = self._listing(flt, NAME, descending).where(ContactRow.household_id.is_(None))
            return [members, alone]
        plan = _PLANS[sort]
        if plan.blank is None:
            return [self._listing(flt, plan.columns, descending)]
        filled = self._listing(flt, plan.columns, descending).where(plan.blank.is_not(None))
        blank = self._listing(flt, plan.columns[1:], descending).where(plan.blank.is_(None))
        return [filled, blank]

    def count(self, flt: ContactFilter | None = None) -> int:
        query = self.filtered(select(func.count(ContactRow.id)), flt or ContactFilter())
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
                ids = self._pages.sqlite_search_page(session, flt, limit)
            elif by_name and flt.text.strip() and self.book.is_postgres:
                ids = self._postgres_pages.search_page(session, flt, limit)
            elif flt.tag and self.book.is_sqlite:
                ids = self._pages.sqlite_tag_page(session, flt, sort, descending, limit)
            else:
                ids = self.listed_page(session, flt, sort, descending, limit)
            return list_rows(session, ids)

    def listed_page(
        self, session: Session, flt: ContactFilter, sort: SortKey, descending: bool, limit: int
    ) -> list[int]:
        """The first `limit` ids of the listing's statements, one after the other."""
        ids: list[int] = []
        for statement in self.listing_statements(flt, sort, descending):
            ids += read_ids(session, statement.limit(limit - len(ids)))
            if len(ids) == limit:
                break
        return ids

    def _listing(
        self, flt: ContactFilter, columns: tuple[Any, ...], descending: bool
    ) -> Select[Any]:
        return self.filtered(select(ContactRow.id), flt).order_by(*order_by(columns, descending))

    def rows(self, ids: Sequence[int]) -> list[ContactListRow]:
        with self.book.session() as session:
            return list_rows(session, ids)

    def recent(self, limit: int = 8) -> list[ContactListRow]:
        """The contacts added last (ids grow with every addition)."""
        query = (
            select(ContactRow.id)
            .where(ContactRow.archived_on.is_(None))
            .order_by(ContactRow.id.desc())
            .limit(limit)
        )
        with self.book.session() as session:
            return list_rows(session, read_ids(session, query))

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
