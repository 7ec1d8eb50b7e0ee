"""The first page of a search as you type on PostgreSQL: which way to read it.

Left to itself, PostgreSQL walks the name index testing each row, which for a word in
few names reads most of the book (33 ms for "smi" on 100,000 contacts; its hits first,
2.5 ms), while the hits of a word in many names cost more than the names that fill the
page ("(720) 555-01": 9 ms, its first 152 names 0.3 ms). Names are read from the index
of live contacts with their search text (migration 0025), no contact row visited: a name
read costs about a third of a hit sorted (0.43 against 1.45 us on a million contacts).
Each step is one statement, a round trip on a LAN (docs/design.md, "Search and sorting").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Integer, Select, case, cast, func, null, select, union_all
from sqlalchemy.orm import Session

from advisor_referrals.services.contacts.table_filter import ContactFilter
from advisor_referrals.services.contacts.table_reads import (
    BY_NAME,
    NAME,
    estimated_rows,
    read_ids,
)
from advisor_referrals.storage import search
from advisor_referrals.storage.models import ContactRow

if TYPE_CHECKING:
    from advisor_referrals.services.contacts.first_pages import ListingTable

# The names read in order before the indexes are asked: a word in one name out of twenty
# fills a page within them, and a rarer one costs under half a millisecond more.
FIRST_WALK_ROWS = 1000
# A word found among those, but too seldom to fill the page, is read on in name order for
# WALK_MARGIN times the rows its rate says the page needs, up to sqrt(WALK_PER_HIT *
# page * book) rows: past that, a word at that rate has fewer hits than the walk would
# read names, and each name read costs a third of a hit sorted. When that bound leaves
# less than WALK_LEAST_MARGIN times the rows the rate says, the walk would fall short
# about as often as not, and then cost the walk and the sort ("sm" on 100,000 contacts:
# 14 of the first 1,000 names, 3,873 names read on for two more): the hits are sorted.
WALK_MARGIN = 2
WALK_LEAST_MARGIN = 1.5
WALK_PER_HIT = 3
# Hits sorted in the statement, at most this many times the table's broad_search_hits
# for a word the trigram index looks up whole ("smith": 7,600 on a million contacts,
# 11 ms); a shorter word's hits are read from many trigrams, dear past a few thousand.
SORTED_PER_BROAD = 5


class PostgresPages:
    """The ways a search's first page is read on PostgreSQL, for one client table."""

    def __init__(self, table: ListingTable) -> None:
        self.table = table

    def search_page(self, session: Session, flt: ContactFilter, limit: int) -> list[int]:
        """1. The matches among the first FIRST_WALK_ROWS names in order (a common word).
        2. Else, when those held some, the names after them for twice as many rows as the
           rate seen says the page needs, when reading them costs less than sorting the
           hits of a word that common ("0147", in one name of 140 on a million contacts).
        3. Else every hit, sorted, when there are few enough (`_sortable_hits`): a rare
           word, or one bunched late in the alphabet ("smith": 7,600 hits, its 50th the
           71,500th name).
        4. Else names in order for as many rows as the planner expects hits, then every
           hit sorted.

        The first statement holds 1, 2 and 3, each part run only when the one before it
        left the page short: a second statement for 2 was a round trip and a plan more,
        and on 100,000 contacts about a third of the time of a word such as "sm".
        """
        others = self.table.filtered(select(ContactRow.id, *NAME), replace(flt, text=""))
        first_rows = min(FIRST_WALK_ROWS, self.table.walk_rows)
        lookup = search.postgres_lookup(flt.text)
        ids: list[int] = []
        walked = first_rows
        if lookup is None:  # no word an index can look up
            ids = read_ids(session, self._walk(others, flt.text, limit, first_rows))
        else:
            page, walked = self._first_statement(session, flt, others, lookup, limit, first_rows)
            if page is not None:
                return page
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
        if walk_rows > walked:  # else those names were read already
            ids = read_ids(session, self._walk(others, flt.text, limit, walk_rows))
            if len(ids) == limit:
                return ids
        every = (
            self.table.filtered(select(ContactRow.id, *NAME), flt)
            .cte("every")
            .prefix_with("MATERIALIZED")
        )
        return read_ids(session, select(every.c.id).order_by(*every.c[1:], every.c.id).limit(limit))

    def _first_statement(
        self,
        session: Session,
        flt: ContactFilter,
        others: Select[Any],
        lookup: ColumnElement[bool],
        limit: int,
        first_rows: int,
    ) -> tuple[list[int] | None, int]:
        """The page when the names read in order fill it or the hits are few enough to
        sort; else None, with how many names were read in order (the hits are too many to
        sort here).

        Each part runs only when the one before it left the page short: PostgreSQL tests
        a condition on the statement's counts before reading the rows under it, reads a
        materialised CTE only as far as it is asked (the hits are counted up to the
        bound, then sorted from the same rows), and works out a LIMIT of a subquery once,
        before the first row (the names read on, none when the first names decided).
        """
        sortable = self._sortable_hits(flt.text)
        hits = (
            self.table.filtered(select(ContactRow.id, *NAME), flt)
            .where(lookup)
            .cte("hits")
            .prefix_with("MATERIALIZED")
        )
        counted = select(hits.c.id).limit(sortable).subquery("counted")
        count_hits = select(func.count()).select_from(counted).scalar_subquery()
        walked = (
            self._walk(others, flt.text, limit, first_rows)
            .cte("walked")
            .prefix_with("MATERIALIZED")
        )
        # Each count is worked out once, in a one-row CTE read where it is needed (each
        # use of a subquery of its own would be planned and run again).
        counts = select(func.count().label("rows")).select_from(walked).cte("counts")
        plan = (
            select(counts.c.rows, self._walk_on(limit, first_rows, counts.c.rows).label("walk_on"))
            .cte("plan")
            .prefix_with("MATERIALIZED")
        )
        walk_on = select(plan.c.walk_on).scalar_subquery()
        further = (
            self._walk(others, flt.text, limit, walk_on).cte("further").prefix_with("MATERIALIZED")
        )
        further_rows = select(func.count()).select_from(further).scalar_subquery()
        # A CASE decides in its order (PostgreSQL may test an AND's terms in any): the
        # names are read on only when the first ones left the page short, and the hits
        # are counted only when neither walk fills it.
        read_on = case((plan.c.walk_on > 0, further_rows), else_=0)
        filled = case((plan.c.rows >= limit, 1), (read_on >= limit, 2), else_=0)
        decided = (
            select(
                filled.label("filled"),
                case((filled == 0, count_hits), else_=None).label("found"),
                plan.c.walk_on,
            )
            .cte("decided")
            .prefix_with("MATERIALIZED")
        )
        which = select(decided.c.filled).scalar_subquery()
        found = select(decided.c.found).scalar_subquery()
        parts = [
            select(walked.c.id, _no_number(), _no_number())
            .where(which == 1)
            .order_by(*walked.c[1:], walked.c.id),
            select(further.c.id, _no_number(), _no_number())
            .where(which == 2)
            .order_by(*further.c[1:], further.c.id),
            select(hits.c.id, found, _no_number())
            .where(found < sortable)
            .order_by(*hits.c[1:], hits.c.id)
            .limit(limit),
            # Nothing read here answers: too many hits to sort.
            select(_no_number(), decided.c.found, decided.c.walk_on).where(
                decided.c.found >= sortable
            ),
        ]
        rows = session.execute(union_all(*parts)).all()
        if rows and rows[0][0] is None:
            return None, max(first_rows, int(rows[0][2] or 0))
        return [row[0] for row in rows], 0

    def _walk_on(self, limit: int, after: int, walked_rows: Any) -> Any:
        """How many names to read in order: twice as many as the rate of matches among the
        first `after` says the page needs, up to `most`; 0 when they held none or filled
        the page, or when `most` leaves too little margin (WALK_LEAST_MARGIN).

        `most`, sqrt(WALK_PER_HIT * page * book): past it, a word at that rate has fewer
        hits than the walk would read names, and each name costs a third of a hit sorted.
        ("soren", once in the first thousand names of a million, has 2,500 hits: they are
        sorted, where 12,000 names more would have held three.)
        """
        if self.table.walk_scales:
            book = select(func.max(ContactRow.id)).scalar_subquery()
            most: Any = func.sqrt(WALK_PER_HIT * limit * func.coalesce(book, 0))
        else:
            most = self.table.walk_rows
        expected = limit * after / func.nullif(walked_rows, 0)
        return cast(
            case(
                (walked_rows >= limit, 0),
                (walked_rows == 0, 0),
                (WALK_LEAST_MARGIN * expected > most, 0),
                else_=func.ceil(func.least(WALK_MARGIN * expected, most)),
            ),
            Integer,
        )

    def _sortable_hits(self, text: str) -> int:
        """Below how many hits the first statement sorts the page from them."""
        if not all(len(word) >= search.TRIGRAM for word in search.tokens(text)):
            return self.table.broad_search_hits
        return self.table.broad_search_hits * SORTED_PER_BROAD

    def _walk(self, others: Select[Any], text: str, limit: int, rows: int | Any) -> Select[Any]:
        """The matches among the first `rows` names in order (a number, or a scalar
        subquery), with their names' sort keys."""
        first = (
            others.add_columns(ContactRow.search_text)
            .order_by(*BY_NAME)
            .limit(rows)
            .subquery("first")
        )
        # Read in name order from the subquery: no second sort of the rows walked.
        words = search.words_in(first.c.search_text, text)
        return select(first.c.id, *first.c[1:-1]).where(words).limit(limit)


def _no_number() -> Any:
    """NULL as an integer: the parts of a UNION agree on their columns' types."""
    return cast(null(), Integer)
