"""The Today view's review lists: the first rows each shows and the whole list's total.

The Reviews page lists everything (`ReviewLists`); the Today view shows the first few of
the same lists, in the same order, with how many there are in all, and links to the
page for the rest. So the totals are counted in SQL and only the rows shown are read
whole: on the 100,000-contact book the page's lists take seconds, these milliseconds
(docs/design.md, "Budgets").

The order and the rule are those of `ReviewLists`: the same SQL conditions
(`services/reviews/due.py`), the same due dates (`domain.cadence`), the same sort keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, func, select

from advisor_referrals.domain.cadence import next_due
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.review_lists import (
    DueEntry,
    ReviewLists,
    ScheduledEntry,
    open_bookings,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow

WEEK_DAYS = 7  # "this week": today and the six days after it
# Many clients share a last review day: compute each due date once.
_next_due = lru_cache(maxsize=65536)(next_due)


@dataclass(frozen=True)
class WeekAhead:
    """Reviews this week: bookings, clients falling due with none, past bookings waiting."""

    booked: list[ScheduledEntry]
    booked_total: int
    due: list[DueEntry]
    due_total: int
    needs_outcome_total: int


class TodayReviews:
    def __init__(self, book: Book, lists: ReviewLists) -> None:
        self.book = book
        self.lists = lists

    def week_ahead(self, today: date, shown: int) -> WeekAhead:
        """The first `shown` bookings of the coming seven days and clients falling due in
        them without a booking, with the totals, and how many past bookings need an
        outcome."""
        end = today + timedelta(days=WEEK_DAYS - 1)
        booked = self.lists.scheduled(today, end, limit=shown)
        booked_total = self._count_bookings(today, end)
        waiting = self._count_bookings(None, today - timedelta(days=1))
        # Clients falling due this week with nothing booked from today on, soonest first.
        until = today + timedelta(days=WEEK_DAYS - 1)
        due = self._due(
            today,
            lambda table: review_due.coming_due_clause(today, until, table),
            lambda e: (e.due_on or today, e.name.casefold(), e.contact_id),
            unbooked=True,
        )
        return WeekAhead(
            booked=booked,
            booked_total=booked_total,
            due=due[:shown],
            due_total=len(due),
            needs_outcome_total=waiting,
        )

    def overdue(self, today: date, shown: int) -> tuple[list[DueEntry], int]:
        """The first `shown` overdue clients, in the Reviews page's order, and how many.

        Every overdue client is read from the listing index alone (no name): enough to
        date and order them. Names break ties, so they are read for the rows shown and
        for any tied with the last of them.
        """
        table = self._cadence_table()
        query = select(
            ContactRow.id,
            ContactRow.tier,
            ContactRow.reviews_per_year,
            review_due.last_review_expr(today),
            ContactRow.client_since,
        ).where(ContactRow.archived_on.is_(None), review_due.overdue_clause(today, table))
        with self.book.session() as session:
            rows = session.connection().execute(query).all()
        ranked: list[tuple[tuple[bool, int, date], int, int, date | None]] = []
        for contact_id, tier, own, last_review, since in rows:
            per_year = own if own is not None else table.get(tier or "")
            if per_year is None:
                continue
            due_on = _next_due(last_review, per_year)
            late = 0 if due_on is None else (today - due_on).days
            ranked.append(
                ((due_on is not None, -late, since or date.max), contact_id, per_year, last_review)
            )
        ranked.sort(key=lambda r: (r[0], r[1]))
        if len(ranked) > shown:
            boundary = ranked[shown - 1][0] if shown else None
            ranked = ranked[:shown] + [r for r in ranked[shown:] if r[0] == boundary]
        entries = self._entries(today, [(cid, n, last) for _key, cid, n, last in ranked])
        entries.sort(
            key=lambda e: (
                e.due_on is not None,
                -(e.days_late or 0),
                e.client_since or date.max,
                e.name.casefold(),
                e.contact_id,
            )
        )
        first = entries[:shown]
        booked = self._next_bookings([e.contact_id for e in first], today)
        shown_rows = [e._replace(next_scheduled=booked.get(e.contact_id)) for e in first]
        return shown_rows, len(rows)

    # Helpers

    def _cadence_table(self) -> dict[str, int]:
        return {tier.value: n for tier, n in CadenceService(self.book).table().items()}

    def _entries(
        self, today: date, chosen: Sequence[tuple[int, int, date | None]]
    ) -> list[DueEntry]:
        """The rows shown, whole: (contact id, cadence, last review) each."""
        if not chosen:
            return []
        query = select(
            ContactRow.id,
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.tier,
            ContactRow.segment,
            ContactRow.client_since,
        ).where(ContactRow.id.in_([cid for cid, _n, _last in chosen]))
        with self.book.session() as session:
            people = {row[0]: row[1:] for row in session.connection().execute(query)}
        entries = []
        for contact_id, per_year, last_review in chosen:
            first, last, tier, segment, since = people[contact_id]
            due_on = _next_due(last_review, per_year)
            entries.append(
                DueEntry(
                    contact_id=contact_id,
                    name=full_name(first, last),
                    tier=Tier(tier) if tier else None,
                    segment=Segment(segment),
                    cadence=per_year,
                    last_review=last_review,
                    due_on=due_on,
                    days_late=None if due_on is None else (today - due_on).days,
                    next_scheduled=None,
                    client_since=since,
                )
            )
        return entries

    def _count_bookings(self, start: date | None, end: date | None) -> int:
        """As many as `ReviewLists.scheduled(start, end)` lists, counted from the index of
        open bookings. SQLite is told to use it: its statistics take "not completed" for
        a rare value and would read every unfinished review through another index."""
        query = (
            select(func.count())
            .select_from(ReviewRow)
            .where(open_bookings(start, end))
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_scheduled_for", "sqlite")
        )
        with self.book.session() as session:
            return int(session.execute(query).scalar_one())

    def _due(
        self,
        today: date,
        where: Callable[[Mapping[str, int]], ColumnElement[bool]],
        key: Callable[[DueEntry], Any],
        *,
        unbooked: bool = False,
    ) -> list[DueEntry]:
        """Clients the condition holds for, sorted by `key`, read without their bookings
        (only the rows shown need those); `unbooked` keeps those with nothing booked
        from today on. The cadence table is read first, so each client's cadence comes
        from their own row (`due.row_cutoff`)."""
        table = self._cadence_table()
        query = select(
            ContactRow.id,
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.tier,
            ContactRow.segment,
            ContactRow.client_since,
            ContactRow.reviews_per_year,
            review_due.last_review_expr(today).label("last_review"),
        ).where(ContactRow.archived_on.is_(None), where(table))
        if unbooked:
            query = query.where(review_due.next_scheduled_expr(today).is_(None))
        with self.book.session() as session:
            rows = session.connection().execute(query).all()
        found = []
        for contact_id, first, last, tier, segment, since, own, last_review in rows:
            per_year = own if own is not None else table.get(tier or "")
            if per_year is None:
                continue
            due_on = _next_due(last_review, per_year)
            found.append(
                DueEntry(
                    contact_id=contact_id,
                    name=full_name(first, last),
                    tier=Tier(tier) if tier else None,
                    segment=Segment(segment),
                    cadence=per_year,
                    last_review=last_review,
                    due_on=due_on,
                    days_late=None if due_on is None else (today - due_on).days,
                    next_scheduled=None,
                    client_since=since,
                )
            )
        found.sort(key=key)
        return found

    def _next_bookings(self, contact_ids: Sequence[int], today: date) -> dict[int, date]:
        """Each client's next booking from today on, for the few rows shown."""
        if not contact_ids:
            return {}
        query = (
            select(ReviewRow.contact_id, func.min(ReviewRow.scheduled_for))
            .where(ReviewRow.contact_id.in_(list(contact_ids)), open_bookings(today, None))
            .group_by(ReviewRow.contact_id)
        )
        with self.book.session() as session:
            return {row[0]: row[1] for row in session.execute(query) if row[1] is not None}
