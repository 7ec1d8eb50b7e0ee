"""The Today view's review lists: the first rows each shows and the whole list's total.

The Reviews page lists everything (`ReviewLists`); the Today view shows the first few of
the same lists, in the same order, with how many there are in all, and links to the
page for the rest. So the totals are counted in SQL and only rows that may be shown
leave the database, in two statements (docs/design.md, "Changes and undo"):

* the clients: every client due by the week's end is dated in one pass over a listing
  index, counted as overdue or falling due (less those booked from today on), and only
  the few that may come first in either list are read whole, with their names;
* the bookings: this week's and the past ones waiting for an outcome counted from the
  index of open bookings, and this week's first rows.

The order and the rule are those of `ReviewLists`: the same SQL conditions
(`services/reviews/due.py`), the same due dates (`domain.cadence`), the same sort keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, case, func, literal, null, or_, select, true

from advisor_referrals.domain.cadence import CADENCE_RANGE, interval_days, next_due
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.review_lists import (
    DueEntry,
    ReviewFilter,
    ReviewLists,
    ScheduledEntry,
    archived_contacts,
    due_soon_order,
    open_bookings,
    overdue_order,
    scheduled_entry,
    scheduled_order,
    scheduled_query,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow
from advisor_referrals.storage.scoping import advisor_scope, contact_scope
from advisor_referrals.storage.sql_dates import days_between

WEEK_DAYS = 7  # "this week": today and the six days after it
EPOCH = date(2000, 1, 1)  # days are counted from here to order clients in SQL
NEVER_FIRST = 10_000_000  # days: puts never-reviewed clients before any due date
ANY_DAY = 10_000_000  # days: later than any due date (the limit of a short list)
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


@dataclass(frozen=True)
class _DueClients:
    overdue: list[DueEntry]
    overdue_total: int
    coming: list[DueEntry]
    coming_total: int


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
        cadence, never reviewed first. `scope`: whose clients (docs/design.md, "A
        practice").
        """
        until = today + timedelta(days=WEEK_DAYS - 1)
        wanted = max(shown, 1)  # at least one row of each list carries its total
        clients = self._due_clients(today, until, wanted, scope)
        booked, booked_total, waiting = self._bookings(today, until, wanted, scope)
        week = WeekAhead(
            booked=booked[:shown],
            booked_total=booked_total,
            due=clients.coming[:shown],
            due_total=clients.coming_total,
            needs_outcome_total=waiting,
        )
        return TodayReviewLists(
            week=week, overdue=clients.overdue[:shown], overdue_total=clients.overdue_total
        )

    # Helpers

    def _due_clients(self, today: date, until: date, wanted: int, scope: Scope) -> _DueClients:
        """The clients due by `until` without a booking from today on (overdue ones
        whatever is booked), as the two lists: their totals and the rows that may come
        first, whole.

        One pass over a listing index dates every client due by `until` (last review and
        cadence; the due date itself is `domain.cadence`'s, computed here). Each list's
        first rows are then found among a few candidates, without a due date in SQL: a
        client's next review falls due between the fewest and the most days its cadence's
        interval can span after the last one (`interval_days`), so whoever may fall due
        no later than the `wanted`-th client at the latest is a candidate. Never-reviewed
        clients come first in the overdue list, by client-since date. Python puts the
        candidates in the lists' own order.
        """
        table = {tier.value: n for tier, n in CadenceService(self.book).table().items()}
        by_tier = case(table, value=ContactRow.tier) if table else null()
        cadence = case(
            (ContactRow.reviews_per_year.is_(None), by_tier), else_=ContactRow.reviews_per_year
        )
        overdue = ~review_due.completed_after(
            review_due.row_cutoff(today - timedelta(days=1), table), today
        )
        dated = (
            select(
                ContactRow.id,
                cadence.label("cadence"),
                review_due.last_review_expr(today).label("last_review"),
                ContactRow.client_since,
                case((overdue, 1), else_=0).label("late"),
            )
            .where(
                ContactRow.archived_on.is_(None),
                ContactRow.relationship == Relationship.CLIENT.value,
                # On a cadence: `review_due.on_cadence()`, less a tier missing from the
                # table (no cadence), and written so that PostgreSQL reads the index
                # alone (a test of either column made it read every client's row).
                cadence.is_not(None),
                ~review_due.completed_after(review_due.row_cutoff(until, table), today),
                advisor_scope(ContactRow.advisor, scope.advisors),
            )
            # Every column it reads is in this index: no client's row is read.
            .with_hint(ContactRow, "INDEXED BY ix_contacts_list_client_since", "sqlite")
            .cte("dated")
        )
        booked = (
            select(ReviewRow.id)
            .where(
                ReviewRow.contact_id == dated.c.id,
                ReviewRow.completed_on.is_(None),
                ReviewRow.cancelled_on.is_(None),
                ReviewRow.scheduled_for >= today,
            )
            .exists()
        )
        listed = select(dated).where(or_(dated.c.late == 1, ~booked)).cte("listed")

        def due_day(bound: int) -> Any:
            """Days from EPOCH to the earliest (0) or latest (1) day the client may fall
            due; never-reviewed clients by client-since date, ahead of everyone."""
            spans = {n: interval_days(n)[bound] for n in CADENCE_RANGE}
            since = func.coalesce(listed.c.client_since, literal(date.max, Date))
            return case(
                (
                    listed.c.last_review.is_(None),
                    days_between(since, literal(EPOCH, Date)) - NEVER_FIRST,
                ),
                else_=days_between(listed.c.last_review, literal(EPOCH, Date))
                + case(spans, value=listed.c.cadence),
            )

        def latest(late: int) -> Any:
            """The `wanted`-th latest day of the list (none when it is shorter)."""
            return (
                select(due_day(1))
                .where(listed.c.late == late)
                .order_by(due_day(1))
                .limit(1)
                .offset(wanted - 1)
                .scalar_subquery()
            )

        # Both lists' totals and limits, once: a row every candidate joins.
        bounds = select(
            func.sum(listed.c.late).label("overdue_total"),
            (func.count() - func.coalesce(func.sum(listed.c.late), 0)).label("coming_total"),
            func.coalesce(latest(1), ANY_DAY).label("overdue_limit"),
            func.coalesce(latest(0), ANY_DAY).label("coming_limit"),
        ).cte("bounds")
        late = listed.c.late == 1

        def person(column: Any) -> Any:
            # Looked up per candidate: joined, PostgreSQL would hash every contact for
            # the few candidates (it cannot tell how few they are).
            return select(column).where(ContactRow.id == listed.c.id).scalar_subquery()

        query = (
            select(
                listed.c.id,
                listed.c.cadence,
                listed.c.last_review,
                listed.c.client_since,
                listed.c.late,
                case((late, bounds.c.overdue_total), else_=bounds.c.coming_total),
                person(ContactRow.first_name),
                person(ContactRow.last_name),
                person(ContactRow.tier),
                person(ContactRow.segment),
                select(func.min(ReviewRow.scheduled_for))
                .where(
                    ReviewRow.contact_id == listed.c.id,
                    ReviewRow.completed_on.is_(None),
                    ReviewRow.cancelled_on.is_(None),
                    ReviewRow.scheduled_for >= today,
                )
                .scalar_subquery(),
            )
            .select_from(listed.join(bounds, true()))
            .where(due_day(0) <= case((late, bounds.c.overdue_limit), else_=bounds.c.coming_limit))
        )
        with self.book.session() as session:
            rows = session.execute(query).all()
        found: dict[bool, list[DueEntry]] = {True: [], False: []}
        totals = {True: 0, False: 0}
        for (
            cid,
            per_year,
            last,
            since_on,
            late,
            count,
            first,
            last_name,
            tier,
            segment,
            nxt,
        ) in rows:
            due_on = _next_due(last, per_year)
            found[bool(late)].append(
                DueEntry(
                    contact_id=cid,
                    name=full_name(first, last_name),
                    tier=Tier(tier) if tier else None,
                    segment=Segment(segment),
                    cadence=per_year,
                    last_review=last,
                    due_on=due_on,
                    days_late=None if due_on is None else (today - due_on).days,
                    next_scheduled=nxt if late else None,
                    client_since=since_on,
                )
            )
            totals[bool(late)] = int(count)
        found[True].sort(key=overdue_order)
        found[False].sort(key=lambda e: due_soon_order(e, today))
        return _DueClients(found[True], totals[True], found[False], totals[False])

    def _bookings(
        self, today: date, until: date, wanted: int, scope: Scope
    ) -> tuple[list[ScheduledEntry], int, int]:
        """This week's first bookings, as `ReviewLists.scheduled` lists them, with how many
        are booked from today to `until` and how many before today wait for an outcome.

        The counts read the index of open bookings alone. SQLite is told to: its
        statistics take "not completed" for a rare value and would read every
        unfinished review through another index. The counts are one row that the first
        bookings join, so that they come back however few bookings there are."""

        archived = archived_contacts().cte("archived")
        coming = ReviewRow.scheduled_for >= today
        totals = (
            select(
                func.count(case((coming, 1))).label("booked_total"),
                func.count(case((~coming, 1))).label("waiting_total"),
            )
            .where(
                open_bookings(None, until, archived),
                contact_scope(ReviewRow.contact_id, scope.advisors),
            )
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_scheduled_for", "sqlite")
            .subquery("totals")
        )
        week = scheduled_query(today, until, ReviewFilter(scope=scope), archived=archived)
        first = (
            week.order_by(*scheduled_order(week.selected_columns)).limit(wanted).subquery("first")
        )
        query = (
            select(totals.c.booked_total, totals.c.waiting_total, *first.c)
            .select_from(totals.outerjoin(first, true()))
            .order_by(*scheduled_order(first.c))
        )
        with self.book.session() as session:
            rows = session.execute(query).all()
        booked_total, waiting = int(rows[0][0]), int(rows[0][1])
        booked = [scheduled_entry(row[2:]) for row in rows if row[2] is not None]
        return booked, booked_total, waiting
