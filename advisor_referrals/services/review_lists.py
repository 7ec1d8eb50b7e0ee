"""What the Reviews page and the Today view list: overdue, due soon, scheduled, coverage.

Filtering is SQL (indexed; the cadence rule through `review_due`); Python only
computes the due date of the rows found, with `domain.cadence`, to sort and show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select

from advisor_referrals.domain.cadence import days_late, next_due, window_start
from advisor_referrals.domain.enums import ReviewKind, Segment, Tier
from advisor_referrals.services import review_due
from advisor_referrals.services.reviews import ReviewService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow

PROMOTER_MIN = 9


@dataclass(frozen=True)
class ReviewFilter:
    tiers: frozenset[Tier] = frozenset()
    segments: frozenset[Segment] = frozenset()


EVERYONE = ReviewFilter()


@dataclass(frozen=True, slots=True)
class DueEntry:
    """A client whose review is due: who, on what cadence, since when, and what is booked."""

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


@dataclass(frozen=True, slots=True)
class ScheduledEntry:
    """One booked review (not completed, not cancelled)."""

    review_id: int
    version: int
    contact_id: int
    name: str
    tier: Tier | None
    segment: Segment
    scheduled_for: date
    scheduled_time: time | None
    kind: ReviewKind | None
    notes: str
    rescheduled_from_id: int | None


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


@dataclass(frozen=True, slots=True)
class PositiveReview:
    contact_id: int
    name: str
    completed_on: date
    nps: int


@dataclass(frozen=True)
class ReviewCounts:
    overdue: int
    due_soon: int
    scheduled: int
    awaiting_completion: int


DueCondition = Callable[[Any, Any], Any]


def _name(first: str, last: str) -> str:
    return " ".join(p for p in (first, last) if p)


class ReviewLists:
    def __init__(self, book: Book, clock: Callable[[], date] = date.today) -> None:
        self.book = book
        self.clock = clock

    # Clients by due date

    def _due_rows(self, today: date, flt: ReviewFilter, where: DueCondition) -> list[DueEntry]:
        inner = apply_filter(
            select(
                ContactRow.id,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.tier,
                ContactRow.segment,
                ContactRow.client_since,
                review_due.cadence_expr().label("cadence"),
                review_due.last_review_expr(today).label("last_review"),
                review_due.next_scheduled_expr().label("next_scheduled"),
            ).where(review_due.on_cadence(), ContactRow.archived_on.is_(None)),
            flt,
        ).subquery()
        query = select(inner).where(where(inner.c.last_review, inner.c.cadence))
        with self.book.session() as session:
            rows = session.execute(query).all()
        found = []
        for r in rows:
            if r.cadence is None:
                continue
            due = next_due(r.last_review, r.cadence)
            found.append(
                DueEntry(
                    contact_id=r.id,
                    name=_name(r.first_name, r.last_name),
                    tier=Tier(r.tier) if r.tier else None,
                    segment=Segment(r.segment),
                    cadence=r.cadence,
                    last_review=r.last_review,
                    due_on=due,
                    days_late=days_late(due, today),
                    next_scheduled=r.next_scheduled,
                    client_since=r.client_since,
                )
            )
        return found

    def overdue(self, flt: ReviewFilter = EVERYONE, today: date | None = None) -> list[DueEntry]:
        """Overdue clients: never reviewed first (longest-standing first), then the latest first."""
        day = today or self.clock()
        found = self._due_rows(day, flt, lambda last, n: review_due.overdue(day, last, n))
        found.sort(
            key=lambda e: (
                e.due_on is not None,
                -(e.days_late or 0),
                e.client_since or date.max,
                e.name.casefold(),
                e.contact_id,
            )
        )
        return found

    def due_soon(
        self, days: int = 30, flt: ReviewFilter = EVERYONE, today: date | None = None
    ) -> list[DueEntry]:
        """Clients whose next review falls due today or within `days` days, soonest first."""
        day = today or self.clock()
        until = day + timedelta(days=days)
        found = self._due_rows(day, flt, lambda last, n: review_due.coming_due(day, until, last, n))
        found.sort(key=lambda e: (e.due_on or day, e.name.casefold(), e.contact_id))
        return found

    # Booked reviews

    def scheduled(
        self,
        start: date | None = None,
        end: date | None = None,
        flt: ReviewFilter = EVERYONE,
    ) -> list[ScheduledEntry]:
        """Open reviews scheduled between start and end (both inclusive; None: no bound)."""
        query = (
            select(
                ReviewRow.id,
                ReviewRow.version,
                ReviewRow.contact_id,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.tier,
                ContactRow.segment,
                ReviewRow.scheduled_for,
                ReviewRow.scheduled_time,
                ReviewRow.kind,
                ReviewRow.notes,
                ReviewRow.rescheduled_from_id,
            )
            .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
            .where(
                ReviewRow.completed_on.is_(None),
                ReviewRow.cancelled_on.is_(None),
                ReviewRow.scheduled_for.is_not(None),
                ContactRow.archived_on.is_(None),
            )
        )
        if start is not None:
            query = query.where(ReviewRow.scheduled_for >= start)
        if end is not None:
            query = query.where(ReviewRow.scheduled_for <= end)
        query = apply_filter(query, flt).order_by(
            ReviewRow.scheduled_for,
            ReviewRow.scheduled_time.is_(None),
            ReviewRow.scheduled_time,
            func.lower(ContactRow.last_name),
            ReviewRow.id,
        )
        with self.book.session() as session:
            rows = session.execute(query).all()
        return [
            ScheduledEntry(
                review_id=r[0],
                version=r[1],
                contact_id=r[2],
                name=_name(r[3], r[4]),
                tier=Tier(r[5]) if r[5] else None,
                segment=Segment(r[6]),
                scheduled_for=r[7],
                scheduled_time=r[8],
                kind=ReviewKind(r[9]) if r[9] else None,
                notes=r[10],
                rescheduled_from_id=r[11],
            )
            for r in rows
        ]

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

    # Coverage and outcomes

    def coverage(self, today: date | None = None) -> list[TierCoverage]:
        """Per tier: of clients with at least a year's standing, those with their cadence's
        reviews completed in the last 365 days.

        Clients who became clients within the last 365 days are left out: a year's
        cadence cannot be asked of them yet (they show in the overdue list instead).
        """
        today = today or self.clock()
        start = window_start(today)
        done = (
            select(ReviewRow.contact_id, func.count().label("n"))
            .where(ReviewRow.completed_on > start, ReviewRow.completed_on <= today)
            .group_by(ReviewRow.contact_id)
            .subquery()
        )
        cadence = review_due.cadence_expr()
        completed = func.coalesce(done.c.n, 0)
        query = (
            select(
                ContactRow.tier,
                func.count(),
                func.sum(case((completed >= cadence, 1), else_=0)),
            )
            .outerjoin(done, done.c.contact_id == ContactRow.id)
            .where(
                review_due.on_cadence(),
                ContactRow.tier.is_not(None),
                ContactRow.archived_on.is_(None),
                or_(ContactRow.client_since.is_(None), ContactRow.client_since <= start),
            )
            .group_by(ContactRow.tier)
        )
        table = ReviewService(self.book).cadence_table()
        with self.book.session() as session:
            counts = {Tier(t): (n, int(c or 0)) for t, n, c in session.execute(query)}
        return [
            TierCoverage(tier, table.get(tier), *counts.get(tier, (0, 0)))
            for tier in sorted(Tier, key=lambda t: t.value)
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
                PositiveReview(r[0], _name(r[1], r[2]), r[3], int(r[4]))
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


def apply_filter(query: Any, flt: ReviewFilter) -> Any:
    """The page's tier and segment filters (any Select over ContactRow)."""
    if flt.tiers:
        query = query.where(ContactRow.tier.in_(sorted(t.value for t in flt.tiers)))
    if flt.segments:
        query = query.where(ContactRow.segment.in_(sorted(s.value for s in flt.segments)))
    return query
