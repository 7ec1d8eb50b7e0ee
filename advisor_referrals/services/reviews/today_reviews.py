"""The Today view's review lists: the first rows each shows and the whole list's total.

The Reviews page lists everything (`ReviewLists`); the Today view shows the first few of
the same lists, in the same order, with how many there are in all, and links to the
page for the rest. So the totals are counted in SQL and only the rows that may be shown
leave the database, in two statements (docs/design.md, "Changes and undo"):

* the clients: those due by the week's end, read from the index of active clients by
  cadence and last review (`services/reviews/today_clients.py`), counted as overdue or
  falling due (less those booked from today on); only the few that may come first in
  either list are read whole, with their names;
* the bookings: this week's and the past ones waiting for an outcome counted from the
  index of open bookings, and this week's first rows.

The order and the rule are those of `ReviewLists`: the same SQL conditions
(`services/reviews/due.py`), the same due dates (`domain.cadence`), the same sort keys.
Each statement is built once for a day, a page size and a scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, case, false, func, literal, or_, select, true, tuple_
from sqlalchemy.orm import aliased

from advisor_referrals.domain.cadence import next_due
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.reviews.open_bookings import (
    ScheduledEntry,
    archived_contacts,
    booked_between,
    scheduled_columns,
    scheduled_entry,
    scheduled_order,
)
from advisor_referrals.services.reviews.review_lists import (
    DueEntry,
    ReviewFilter,
    ReviewLists,
    apply_filter,
    due_soon_order,
    overdue_order,
)
from advisor_referrals.services.reviews.today_clients import (
    LONG_LISTS,
    STATEMENTS,
    WEEK_DAYS,
    clients_by_ranges,
    clients_listed,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow
from advisor_referrals.storage.scoping import Advisors, contact_scope
from advisor_referrals.storage.sql_dates import days_after

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


class TodayReviews:
    def __init__(self, book: Book, lists: ReviewLists) -> None:
        self.book = book
        self.lists = lists
        # The statement of clients due that suits the database and the lists' length
        # (`today_clients`); PostgreSQL's follows the last read's (`_postgres_clients`).
        self.clients_query: Callable[[date, int, Advisors], Select[Any]] = (
            clients_by_ranges if book.is_sqlite else self._postgres_clients
        )
        self.long_lists = False

    def _postgres_clients(self, today: date, wanted: int, advisors: Advisors) -> Select[Any]:
        if self.long_lists:
            return clients_by_ranges(today, wanted, advisors, postgres=True)
        return clients_listed(today, wanted, advisors)

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
        wanted = max(shown, 1)  # at least one row of each list carries its total
        with self.book.session() as session:
            clients = session.execute(self.clients_query(today, wanted, scope.advisors)).all()
            # The advisors are part of the key: Scope's equality leaves them out.
            bookings = session.execute(
                _bookings_query(today, wanted, scope, scope.advisors, self.book.is_postgres)
            ).all()
        lists: dict[bool, list[DueEntry]] = {True: [], False: []}
        totals = {True: 0, False: 0}
        for row in clients:
            late = bool(row.late)
            lists[late].append(_due_entry(row, today))
            totals[late] = int(row.total)
        self.long_lists = totals[True] + totals[False] >= LONG_LISTS
        lists[True].sort(key=overdue_order)
        lists[False].sort(key=lambda e: due_soon_order(e, today))
        week = WeekAhead(
            booked=[scheduled_entry(row[2:]) for row in bookings if row[2] is not None][:shown],
            booked_total=int(bookings[0].booked_total),
            due=lists[False][:shown],
            due_total=totals[False],
            needs_outcome_total=int(bookings[0].waiting_total),
        )
        return TodayReviewLists(week=week, overdue=lists[True][:shown], overdue_total=totals[True])


def _due_entry(row: Any, today: date) -> DueEntry:
    due_on = _next_due(row.last_review, row.cadence)
    return DueEntry(
        contact_id=row.id,
        name=full_name(row.first_name, row.last_name),
        tier=Tier(row.tier) if row.tier else None,
        segment=Segment(row.segment),
        cadence=row.cadence,
        last_review=row.last_review,
        due_on=due_on,
        days_late=None if due_on is None else (today - due_on).days,
        next_scheduled=row.next_scheduled if row.late else None,
        client_since=row.client_since,
    )


@lru_cache(maxsize=STATEMENTS)
def _bookings_query(
    today: date, wanted: int, scope: Scope, advisors: Advisors, postgres: bool = False
) -> Select[Any]:
    """This week's first bookings, as `ReviewLists.scheduled` lists them, each with how
    many are booked from today to the week's end (`booked_total`) and how many before
    today wait for an outcome (`waiting_total`); one row of totals alone when there is no
    booking this week.

    Both counts are ranges of the index of open bookings by day, read alone, less those
    of archived contacts (few, found through their own index). SQLite is told which
    index: its statistics take "not completed" for a rare value and would read every
    unfinished review through another one. The first bookings are read from the index
    of open bookings in the list's order (day, a time before none, time): the day and
    time of the `wanted`-th one are its first entries, and only the bookings up to that
    time of day join their client, whose name orders those at the same time; then the
    `wanted` rows found are read whole (docs/design.md, "Budgets").

    `postgres`: both counts in one pass over the index's range up to the week's end, each
    booking's client looked up in a hash of the archived contacts. Counted apart, the
    archived contacts' bookings were found by a second pass over the same range (180,000
    bookings on a million contacts, against 64,000 archived contacts hashed), on top of
    the two counts' own.
    """
    until = today + timedelta(days=WEEK_DAYS - 1)
    archived = archived_contacts().cte("archived")
    mine = contact_scope(ReviewRow.contact_id, advisors)

    def counted(label: str, start: date | None, end: date) -> Any:
        return (
            select(func.count().label(label))
            .select_from(ReviewRow)
            .where(booked_between(start, end), mine)
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_scheduled_for", "sqlite")
            .scalar_subquery()
        )

    coming = ReviewRow.scheduled_for >= today
    gone = (
        select(
            func.count(case((coming, 1))).label("booked"),
            func.count(case((~coming, 1))).label("waiting"),
        )
        .select_from(archived.join(ReviewRow, ReviewRow.contact_id == archived.c.id))
        .where(booked_between(None, until), mine)
        .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_contact", "sqlite")
        .subquery("gone")
    )
    totals = (
        select(
            (counted("booked", today, until) - gone.c.booked).label("booked_total"),
            (counted("waiting", None, today - timedelta(days=1)) - gone.c.waiting).label(
                "waiting_total"
            ),
        )
        .select_from(gone)
        .subquery("totals")
    )
    if postgres:
        # The client's id plus nothing: a value, not the order of an index by client.
        # On the id itself the planner merged the archived contacts with the whole index
        # of open bookings by client, where this reads the range of the week and before
        # and looks each booking's client up in a hash of the archived ones.
        archived_client = select(archived.c.id).where(archived.c.id == ReviewRow.contact_id + 0)
        totals = (
            select(
                func.count(case((coming, 1))).label("booked_total"),
                func.count(case((~coming, 1))).label("waiting_total"),
            )
            .where(booked_between(None, until), mine, ~archived_client.exists())
            .subquery("totals")
        )
    # The day and time of the `wanted`-th booking (none when there are fewer): the first
    # entries of the index, each client's archive looked up (a probe, not a list of
    # every archived contact built to test the few read).
    day, time = ReviewRow.scheduled_for, ReviewRow.scheduled_time
    in_order = "INDEXED BY ix_reviews_open_day_time"
    dropped = aliased(ContactRow, name="dropped")
    kept = ~(
        select(dropped.id)
        .where(dropped.id == ReviewRow.contact_id, dropped.archived_on.is_not(None))
        .with_hint(dropped, "INDEXED BY ix_contacts_archived", "sqlite")
        .exists()
    )
    nth = (
        select(day, time)
        .where(booked_between(today, until), kept, mine)
        .order_by(day, time.is_(None), time)
        .limit(1)
        .offset(wanted - 1)
        .with_hint(ReviewRow, in_order, "sqlite")
        .subquery("nth")
    )
    # One row always (empty when there are fewer), so it can be read first. PostgreSQL
    # reads it once, as values that bound the range of the index read below: joined to
    # it, the whole week's bookings were read and tested (50,000 on a million contacts,
    # for the 2,700 of the first morning). SQLite reads the join in the index's order.
    edge_row = select(
        func.max(nth.c.scheduled_for).label("scheduled_for"),
        func.max(nth.c.scheduled_time).label("scheduled_time"),
    )
    edge: Any
    edge_day: Any
    edge_time: Any
    if postgres:
        edge = edge_row.cte("edge")
        edge_day = select(edge.c.scheduled_for).scalar_subquery()
        edge_time = select(edge.c.scheduled_time).scalar_subquery()
        bound = _up_to(edge_day, edge_time, until)
    else:
        edge = edge_row.subquery("edge")
        edge_day, edge_time, bound = edge.c.scheduled_for, edge.c.scheduled_time, true()
    # The bookings up to the edge, with their client's name: only their ids leave.
    sort_name = func.lower(ContactRow.last_name).label("sort_name")
    up_to_edge = apply_filter(
        select(ReviewRow.id, day, time, sort_name)
        .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
        .where(booked_between(today, until), ContactRow.archived_on.is_(None)),
        ReviewFilter(scope=scope),
    )
    if not postgres:
        up_to_edge = up_to_edge.join(edge, true())
    up_to_edge = up_to_edge.where(
        bound,
        day <= func.coalesce(edge_day, until),  # the index's range
        or_(
            edge_day.is_(None),
            day < edge_day,
            and_(day == edge_day, or_(edge_time.is_(None), time <= edge_time)),
        ),
    ).with_hint(ReviewRow, in_order, "sqlite")
    keys = (
        up_to_edge.order_by(*scheduled_order(up_to_edge.selected_columns))
        .limit(wanted)
        .subquery("first_keys")
    )
    first = (
        select(*scheduled_columns())
        .select_from(keys)
        .join(ReviewRow, ReviewRow.id == keys.c.id)
        .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
        .subquery("first")
    )
    return (
        select(totals.c.booked_total, totals.c.waiting_total, *first.c)
        .select_from(totals.outerjoin(first, true()))
        .order_by(*scheduled_order(first.c))
    )


def _up_to(edge_day: Any, edge_time: Any, until: date) -> Any:
    """PostgreSQL: the entries of the index of open bookings by day and time up to the
    edge, as a bound it reads the index to (the exact test follows it). At the edge's
    time when it has one; else to the start of the day after it (or after the week),
    the entries compared before their times are: a time compared with none is unknown,
    which would leave a booking out. On a million contacts the first day holds 38,000
    bookings, and the first eight rows are among its first 2,700."""
    no_time = edge_time.is_(None)
    bound_day = case(
        (no_time, days_after(func.coalesce(edge_day, until), literal(1))), else_=edge_day
    )
    day, at = ReviewRow.scheduled_for, ReviewRow.scheduled_time
    return tuple_(day, at.is_(None), at) <= tuple_(
        bound_day, false(), func.coalesce(edge_time, literal(time(0, 0)))
    )
