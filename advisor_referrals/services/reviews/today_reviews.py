"""The Today view's review lists: the first rows each shows and the whole list's total.

The Reviews page lists everything (`ReviewLists`); the Today view shows the first few of
the same lists, in the same order, with how many there are in all, and links to the
page for the rest. So only the rows shown are read whole: the clients due are dated and
counted from one pass over the listing index (no names), the bookings are counted from
the index of open bookings, and names are read for the few rows shown.

The order and the rule are those of `ReviewLists`: the same SQL conditions
(`services/reviews/due.py`), the same due dates (`domain.cadence`), the same sort keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import case, func, select

from advisor_referrals.domain.cadence import next_due
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.review_lists import (
    DueEntry,
    ReviewFilter,
    ReviewLists,
    ScheduledEntry,
    open_bookings,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow
from advisor_referrals.storage.scoping import advisor_scope, contact_scope

WEEK_DAYS = 7  # "this week": today and the six days after it
CHUNK = 500  # ids per IN (...) list
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


@dataclass(frozen=True)
class TodayReviewLists:
    """Both review blocks of the Today view, read together."""

    week: WeekAhead
    overdue: list[DueEntry]
    overdue_total: int


# (contact id, cadence, last review, due date or None: never reviewed, client since)
_Dated = tuple[int, int, date | None, date | None, date | None]


class TodayReviews:
    def __init__(self, book: Book, lists: ReviewLists) -> None:
        self.book = book
        self.lists = lists

    def week_ahead(self, today: date, shown: int, scope: Scope = PRACTICE_SCOPE) -> WeekAhead:
        return self.read(today, shown, scope).week

    def overdue(
        self, today: date, shown: int, scope: Scope = PRACTICE_SCOPE
    ) -> tuple[list[DueEntry], int]:
        found = self.read(today, shown, scope)
        return found.overdue, found.overdue_total

    def read(self, today: date, shown: int, scope: Scope = PRACTICE_SCOPE) -> TodayReviewLists:
        """The first `shown` rows of each list and each list's total.

        This week: the bookings of the coming seven days, soonest first; the clients
        falling due in them with nothing booked from today on, soonest first; how many
        past bookings still need an outcome. Overdue: the clients furthest behind their
        cadence, never reviewed first. Every client due by the week's end is read once,
        from the listing index alone (no name): enough to date and order them; names
        break ties, so they are read for the rows shown and any tied with the last.
        `scope`: whose clients (docs/design.md, "A practice").
        """
        until = today + timedelta(days=WEEK_DAYS - 1)
        overdue: list[_Dated] = []
        coming: list[_Dated] = []
        for dated in self._due_by(today, until, scope):
            due_on = dated[3]
            (overdue if due_on is None or due_on < today else coming).append(dated)
        booked_ids = self._booked_from(today, [d[0] for d in coming])
        coming = [d for d in coming if d[0] not in booked_ids]

        def lateness(d: _Dated) -> tuple[bool, int, date]:
            due_on, since = d[3], d[4]
            late = 0 if due_on is None else (today - due_on).days
            return (due_on is not None, -late, since or date.max)

        first_overdue = self._first(
            today,
            overdue,
            shown,
            lateness,
            lambda e: (*lateness((0, 0, None, e.due_on, e.client_since)), e.name.casefold()),
        )
        booked_next = self._next_bookings([e.contact_id for e in first_overdue], today)
        first_overdue = [
            e._replace(next_scheduled=booked_next.get(e.contact_id)) for e in first_overdue
        ]
        first_due = self._first(
            today,
            coming,
            shown,
            lambda d: d[3] or today,
            lambda e: (e.due_on or today, e.name.casefold()),
        )
        booked_total, waiting = self._count_bookings(today, until, scope)
        week = WeekAhead(
            booked=self.lists.scheduled(today, until, ReviewFilter(scope=scope), limit=shown),
            booked_total=booked_total,
            due=first_due,
            due_total=len(coming),
            needs_outcome_total=waiting,
        )
        return TodayReviewLists(week=week, overdue=first_overdue, overdue_total=len(overdue))

    # Helpers

    def _cadence_table(self) -> dict[str, int]:
        return {tier.value: n for tier, n in CadenceService(self.book).table().items()}

    def _due_by(self, today: date, until: date, scope: Scope) -> list[_Dated]:
        """Every client whose next review is due by `until` (never reviewed included),
        dated: one pass over the listing index."""
        table = self._cadence_table()
        query = select(
            ContactRow.id,
            ContactRow.tier,
            ContactRow.reviews_per_year,
            review_due.last_review_expr(today),
            ContactRow.client_since,
        ).where(
            ContactRow.archived_on.is_(None),
            review_due.due_by_clause(until, today, table),
            advisor_scope(ContactRow.advisor, scope.advisors),
        )
        if scope.everyone:
            # Every column read is in this listing index: reading it whole costs half of
            # reading the clients through the relationship index, which lacks
            # client_since and looks each one due up in the table (a million contacts).
            # A scope's advisor is in no index: the planner chooses then.
            query = query.with_hint(
                ContactRow, "INDEXED BY ix_contacts_list_client_since", "sqlite"
            )
        with self.book.session() as session:
            rows = session.connection().execute(query).all()
        found: list[_Dated] = []
        for contact_id, tier, own, last_review, since in rows:
            per_year = own if own is not None else table.get(tier or "")
            if per_year is not None:  # a tier missing from the table has no cadence
                found.append(
                    (contact_id, per_year, last_review, _next_due(last_review, per_year), since)
                )
        return found

    def _first(
        self,
        today: date,
        dated: list[_Dated],
        shown: int,
        rough: Callable[[_Dated], Any],
        exact: Callable[[DueEntry], Any],
    ) -> list[DueEntry]:
        """The first `shown` by `exact` (which ends with the name): those first by `rough`
        (the same without the name) and every one tied with the last of them, read whole,
        then put in order."""
        ordered = sorted(dated, key=lambda d: (rough(d), d[0]))
        if len(ordered) > shown:
            boundary = rough(ordered[shown - 1]) if shown else None
            ordered = ordered[:shown] + [d for d in ordered[shown:] if rough(d) == boundary]
        entries = self._entries(today, [(d[0], d[1], d[2]) for d in ordered])
        entries.sort(key=lambda e: (exact(e), e.contact_id))
        return entries[:shown]

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

    def _count_bookings(self, today: date, until: date, scope: Scope) -> tuple[int, int]:
        """(open bookings from today to `until`, open bookings before today): as many as
        `ReviewLists.scheduled` lists for each, read from the index of open bookings in
        one pass. SQLite is told to use it: its statistics take "not completed" for a
        rare value and would read every unfinished review through another index."""
        query = (
            select(
                func.coalesce(func.sum(case((ReviewRow.scheduled_for >= today, 1), else_=0)), 0),
                func.coalesce(func.sum(case((ReviewRow.scheduled_for < today, 1), else_=0)), 0),
            )
            .where(open_bookings(None, until), contact_scope(ReviewRow.contact_id, scope.advisors))
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_scheduled_for", "sqlite")
        )
        with self.book.session() as session:
            coming, past = session.execute(query).one()
        return int(coming), int(past)

    def _booked_from(self, today: date, contact_ids: Sequence[int]) -> set[int]:
        """Which of these clients (none archived) have a booking from today on.

        `open_bookings` leaves out archived contacts with a list it makes for each
        statement (40 ms on a million contacts): these clients are live, so each chunk
        is only looked up in the index of open bookings by contact.
        """
        found: set[int] = set()
        with self.book.session() as session:
            for start in range(0, len(contact_ids), CHUNK):
                chunk = list(contact_ids[start : start + CHUNK])
                query = (
                    select(ReviewRow.contact_id)
                    .where(
                        ReviewRow.contact_id.in_(chunk),
                        ReviewRow.completed_on.is_(None),
                        ReviewRow.cancelled_on.is_(None),
                        ReviewRow.scheduled_for >= today,
                    )
                    .distinct()
                )
                found.update(session.connection().execute(query).scalars())
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
