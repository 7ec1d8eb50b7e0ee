"""What the Reviews page and the Today view list: overdue, due soon, scheduled, coverage.

Filtering is SQL (indexed; the cadence rule through `review_due`); Python only
computes the due date of the rows found, with `domain.cadence`, to sort and show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, literal, or_, select, text

from advisor_referrals.domain.cadence import next_due, window_start
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.nps import PROMOTER_MIN
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.open_bookings import (
    ScheduledEntry,
    scheduled_entry,
    scheduled_order,
    scheduled_query,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewCadence, ReviewRow
from advisor_referrals.storage.scoping import advisor_scope
from advisor_referrals.storage.sql_dates import as_stored


@dataclass(frozen=True)
class ReviewFilter:
    tiers: frozenset[Tier] = frozenset()
    segments: frozenset[Segment] = frozenset()
    scope: Scope = PRACTICE_SCOPE  # whose clients (docs/design.md, "A practice")


EVERYONE = ReviewFilter()


class DueEntry(NamedTuple):
    """A client whose review is due: who, on what cadence, since when, and what is booked.

    Named tuples, not dataclasses: lists of tens of thousands are built per refresh.
    """

    contact_id: int
    name: str
    tier: Tier | None
    segment: Segment
    cadence: int
    last_review: date | None
    due_on: date | None  # None: never reviewed, due now
    days_late: int | None
    next_scheduled: date | None
    client_since: date | None = None


@dataclass(frozen=True)
class TierCoverage:
    """A tier's clients of a full year's standing, and how many had their cadence's reviews."""

    tier: Tier
    cadence: int | None  # the tier's cadence; clients with their own override count by theirs
    clients: int
    covered: int

    @property
    def share(self) -> float | None:
        return None if self.clients == 0 else self.covered / self.clients


class PositiveReview(NamedTuple):
    contact_id: int
    name: str
    completed_on: date
    nps: int


@dataclass(frozen=True)
class ClientReviewStatus:
    """One contact's review standing, for the schedule and complete dialogs."""

    contact_id: int
    name: str
    can_review: bool  # an active client
    tier: Tier | None
    cadence: int | None
    last_review: date | None
    due_on: date | None  # None with a cadence: never reviewed, due now
    open_reviews: tuple[ScheduledEntry, ...]


@dataclass(frozen=True)
class ReviewCounts:
    overdue: int
    due_soon: int
    scheduled: int
    awaiting_completion: int


_TIERS = {tier.value: tier for tier in Tier}
_SEGMENTS = {segment.value: segment for segment in Segment}
# Many clients share a last review day: compute each due date once per list.
_next_due = lru_cache(maxsize=65536)(next_due)
_MISSING = object()


class ReviewLists:
    def __init__(self, book: Book, clock: Callable[[], date] = date.today) -> None:
        self.book = book
        self.clock = clock

    # Clients by due date

    def due_rows(
        self,
        today: date,
        until: date,
        late: bool,
        flt: ReviewFilter,
        *,
        unbooked: bool = False,
        where: Callable[[Any], list[Any]] | None = None,
    ) -> list[DueEntry]:
        """The active clients due by `until` that are overdue (`late`) or not, dated.
        `unbooked`: of those not overdue, only the ones with no booking from today on.
        `where`: more conditions on the rows of `review_due.dated_clients_due_by` (its
        subquery given), as a block of a list read a page at a time sets them
        (`due_pages.py`).

        Who they are is read first, as ranges of the index of active clients by cadence
        and last review (`review_due.dated_clients_due_by`): only the clients due, from
        the index alone, where a pass over a listing index read every contact (a million
        entries for a few tens of thousands due). Then those clients are read whole in the
        order of their ids, with their next booking: in name order instead, every client
        due cost a jump to a far part of the contacts table and of the reviews' index.
        """
        advisors = None if flt.scope.everyone else flt.scope.advisors
        dated = review_due.dated_clients_due_by(
            until, today, advisors, unbooked=unbooked, late=late
        ).subquery("dated")
        due = (
            select(dated.c.id, dated.c.cadence, dated.c.last_review)
            .where(dated.c.late == (1 if late else 0), *(where(dated) if where else ()))
            .order_by(dated.c.id)
            .cte("due")
            .prefix_with("MATERIALIZED")
        )
        query = (
            select(
                ContactRow.id,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.tier,
                ContactRow.segment,
                ContactRow.client_since,
                due.c.cadence,
                due.c.last_review,
                review_due.next_scheduled_expr(today).label("next_scheduled"),
            )
            .join_from(due, ContactRow, ContactRow.id == due.c.id)
            # They are all active clients: said with constants, SQLite reads them from the
            # index of active clients in id order (migration 0019), a tenth of the table.
            .where(
                ContactRow.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
                ContactRow.archived_on.is_(None),
            )
            .with_hint(ContactRow, "INDEXED BY ix_contacts_evidence", "sqlite")
        )
        query = apply_filter(query, replace(flt, scope=PRACTICE_SCOPE))  # the scope is in `due`
        with self.book.session() as session:
            # The driver's rows, not the result layer's: tens of thousands of rows of
            # three dates each, converted here once per distinct day (docs/design.md,
            # "Budgets").
            result = session.connection().execute(query)
            try:
                rows = result.cursor.fetchall()
            finally:
                result.close()
        days: dict[Any, date | None] = {None: None}

        def day(value: Any) -> date | None:
            found = days.get(value, _MISSING)
            if found is _MISSING:
                found = days[value] = date.fromisoformat(value) if isinstance(value, str) else value
            return found  # type: ignore[return-value]

        found = []
        new_entry = tuple.__new__
        for contact_id, first, last, tier, segment, since, cadence, stored, booked in rows:
            if cadence is None:
                continue
            last_review = day(stored)
            due_on = _next_due(last_review, cadence)
            found.append(
                new_entry(
                    DueEntry,
                    (
                        contact_id,
                        full_name(first, last),
                        _TIERS[tier] if tier else None,
                        _SEGMENTS[segment],
                        cadence,
                        last_review,
                        due_on,
                        None if due_on is None else (today - due_on).days,
                        day(booked),
                        day(since),
                    ),
                )
            )
        return found

    def overdue(self, flt: ReviewFilter = EVERYONE, today: date | None = None) -> list[DueEntry]:
        """Overdue clients: never reviewed first (longest-standing first), then the latest first."""
        day = today or self.clock()
        found = self.due_rows(day, day - timedelta(days=1), True, flt)
        found.sort(key=overdue_order)
        return found

    def due_soon(
        self, days: int = 30, flt: ReviewFilter = EVERYONE, today: date | None = None
    ) -> list[DueEntry]:
        """Clients whose next review falls due today or within `days` days, soonest first."""
        day = today or self.clock()
        found = self.due_rows(day, day + timedelta(days=days), False, flt)
        found.sort(key=lambda e: due_soon_order(e, day))
        return found

    # Booked reviews

    def scheduled(
        self,
        start: date | None = None,
        end: date | None = None,
        flt: ReviewFilter = EVERYONE,
        contact_id: int | None = None,
        limit: int | None = None,
    ) -> list[ScheduledEntry]:
        """Open reviews scheduled between start and end (both inclusive; None: no bound),
        soonest first; the first `limit` of them when given."""
        query = apply_filter(scheduled_query(start, end, contact_id), flt)
        query = query.order_by(*scheduled_order(query.selected_columns))
        if contact_id is None and (start is not None or end is not None):
            # The open bookings by day (migration 0014) hold just the range asked for;
            # SQLite's statistics, which count a NULL date as rare, chose every review
            # not completed instead (docs/design.md, "Budgets").
            query = query.with_hint(ReviewRow, "INDEXED BY ix_reviews_open_scheduled_for", "sqlite")
        if limit is not None:
            query = query.limit(limit)
        with self.book.session() as session:
            # Plain rows, no ORM bookkeeping: the whole book's bookings for a calendar.
            rows = session.connection().execute(query)
            return [scheduled_entry(row) for row in rows]

    def client_status(self, contact_id: int, today: date | None = None) -> ClientReviewStatus:
        today = today or self.clock()
        query = select(
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.relationship,
            ContactRow.archived_on,
            ContactRow.tier,
            review_due.cadence_expr(),
            review_due.last_review_expr(today),
        ).where(ContactRow.id == contact_id)
        with self.book.session() as session:
            found = session.execute(query).first()
        if found is None:
            raise NotFoundError(f"there is no contact with id {contact_id}")
        first, last, relationship, archived_on, tier, cadence, last_review = found
        return ClientReviewStatus(
            contact_id=contact_id,
            name=full_name(first, last),
            can_review=relationship == Relationship.CLIENT.value and archived_on is None,
            tier=_TIERS[tier] if tier else None,
            cadence=cadence,
            last_review=last_review,
            due_on=None if cadence is None else next_due(last_review, cadence),
            open_reviews=tuple(self.scheduled(contact_id=contact_id)),
        )

    def upcoming(
        self, weeks: int = 4, flt: ReviewFilter = EVERYONE, today: date | None = None
    ) -> list[ScheduledEntry]:
        today = today or self.clock()
        return self.scheduled(today, today + timedelta(days=7 * weeks - 1), flt)

    def awaiting_completion(
        self, flt: ReviewFilter = EVERYONE, today: date | None = None
    ) -> list[ScheduledEntry]:
        """Reviews whose day has passed but that were neither completed nor cancelled."""
        today = today or self.clock()
        return self.scheduled(None, today - timedelta(days=1), flt)

    def needs_outcome(
        self, flt: ReviewFilter = EVERYONE, today: date | None = None
    ) -> list[ScheduledEntry]:
        """Past bookings with no outcome yet (held, missed or cancelled), the latest first:
        the ones still remembered come before those long gone."""
        return self.awaiting_completion(flt, today)[::-1]

    # Coverage and outcomes

    def coverage(self, today: date | None = None) -> list[TierCoverage]:
        """Per tier: of clients with at least a year's standing, those with their cadence's
        reviews completed in the last 365 days.

        Clients who became clients within the last 365 days are left out: a year's
        cadence cannot be asked of them yet (they show in the overdue list instead).
        """
        today = today or self.clock()
        start = window_start(today)
        window = (ReviewRow.completed_on > start, ReviewRow.completed_on <= today)
        if self.book.is_postgres:
            # PostgreSQL counts the window's reviews per client in one pass over the
            # reviews' index, joined to the clients: a count per client, each a descent
            # of that index (330,000 of a million contacts), was four times as long.
            counted = (
                select(ReviewRow.contact_id, func.count().label("done"))
                .where(*window)
                .group_by(ReviewRow.contact_id)
                .subquery("done")
            )
            done: Any = func.coalesce(counted.c.done, 0)
        else:
            # SQLite: one indexed count per client, in id order (see below), beats
            # grouping every review of the window.
            done = (
                select(func.count())
                .where(ReviewRow.contact_id == ContactRow.id, *window)
                .scalar_subquery()
            )
        # Most clients need no count: the stored last review (the latest of any day)
        # answers for those never reviewed or not since the window began (none in it),
        # and for a cadence of one a year when it is in the window.
        cadence = review_due.JOINED_CADENCE
        # Tests of each client, never an index's range: compared as stored
        # (`sql_dates.as_stored`), without SQLite's attempt to read each date as a number.
        last = as_stored(ContactRow.last_review_on)
        client_since = as_stored(ContactRow.client_since)
        covered = case(
            (or_(last.is_(None), last <= start), 0),
            (and_(cadence == 1, last <= today), 1),
            (done >= cadence, 1),
            else_=0,
        )
        # One total per tier in a single pass (FILTER): grouping by tier sorted the
        # half a million clients first.
        tiers = sorted(Tier, key=lambda t: t.value)
        totals = []
        for tier in tiers:
            of_tier = ContactRow.tier == tier.value
            totals += [func.count().filter(of_tier), func.sum(covered).filter(of_tier)]
        query = (
            select(*totals)
            .outerjoin(ReviewCadence, ReviewCadence.tier == ContactRow.tier)
            .where(
                # Constants, not parameters: SQLite then knows the partial index applies.
                ContactRow.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
                ContactRow.tier.is_not(None),
                ContactRow.archived_on.is_(None),
                or_(client_since.is_(None), client_since <= start),
            )
            # The active clients in id order with every column read (migration 0019):
            # each client's count then reads the reviews' index in its own order, where
            # the clients in another order sent each count to a far part of it.
            .with_hint(ContactRow, "INDEXED BY ix_contacts_evidence", "sqlite")
        )
        if self.book.is_postgres:
            query = query.outerjoin(counted, counted.c.contact_id == ContactRow.id)
        table = CadenceService(self.book).table()
        with self.book.session() as session:
            if self.book.is_postgres:
                # The planner's cost of this one statement sets off JIT compiling, which
                # took longer (half a second) than the statement saves by it.
                session.execute(text("SET LOCAL jit = off"))
            found = session.execute(query).one()
        return [
            TierCoverage(tier, table.get(tier), int(found[2 * i] or 0), int(found[2 * i + 1] or 0))
            for i, tier in enumerate(tiers)
        ]

    def positive_reviews(self, since: date, until: date | None = None) -> list[PositiveReview]:
        """Reviews completed in [since, until] with an NPS of 9 or 10, newest first.

        The Today view's ask list reads this: right after a good review is the moment
        to raise referrals.
        """
        until = until or self.clock()
        query = (
            select(
                ReviewRow.contact_id,
                ContactRow.first_name,
                ContactRow.last_name,
                ReviewRow.completed_on,
                ReviewRow.nps,
            )
            .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
            .where(
                ReviewRow.completed_on >= since,
                ReviewRow.completed_on <= until,
                ReviewRow.nps >= PROMOTER_MIN,
                ContactRow.archived_on.is_(None),
            )
            .order_by(ReviewRow.completed_on.desc(), ReviewRow.id.desc())
        )
        with self.book.session() as session:
            return [
                PositiveReview(r[0], full_name(r[1], r[2]), r[3], int(r[4]))
                for r in session.execute(query)
                if r[3] is not None and r[4] is not None
            ]

    def counts(self, today: date | None = None, due_days: int = 7) -> ReviewCounts:
        today = today or self.clock()
        return ReviewCounts(
            overdue=len(self.overdue(today=today)),
            due_soon=len(self.due_soon(due_days, today=today)),
            scheduled=len(self.upcoming(1, today=today)),
            awaiting_completion=len(self.awaiting_completion(today=today)),
        )


def overdue_order(entry: DueEntry) -> tuple[Any, ...]:
    """The overdue list's order: never reviewed first (longest-standing clients first),
    then the latest first, then by name."""
    return (
        entry.due_on is not None,
        -(entry.days_late or 0),
        entry.client_since or date.max,
        entry.name.casefold(),
        entry.contact_id,
    )


def due_soon_order(entry: DueEntry, today: date) -> tuple[Any, ...]:
    """The due-soon list's order: the soonest due first, then by name."""
    return (entry.due_on or today, entry.name.casefold(), entry.contact_id)


def apply_filter(query: Any, flt: ReviewFilter) -> Any:
    """The page's tier and segment filters (any Select over ContactRow)."""
    if flt.tiers:
        query = query.where(ContactRow.tier.in_(sorted(t.value for t in flt.tiers)))
    if flt.segments:
        query = query.where(ContactRow.segment.in_(sorted(s.value for s in flt.segments)))
    if not flt.scope.everyone:
        query = query.where(advisor_scope(ContactRow.advisor, flt.scope.advisors))
    return query
