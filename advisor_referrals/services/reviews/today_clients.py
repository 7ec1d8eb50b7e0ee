"""The Today view's clients due, as one statement: each row a client who may come first
in the overdue list or the list of clients falling due this week, with its list's total
(`services/reviews/today_reviews.py` reads it; docs/design.md, "Budgets").

Two shapes of the same answer. The long ranges of overdue clients are only counted and
their first entries read (`clients_by_ranges`): on a million contacts 77,000 overdue
clients were otherwise materialised, dated and sorted for eight rows. PostgreSQL plans
that statement, three times the ranges, in 20-30 ms, longer than the other shape, which
reads every client due once (`clients_listed`), takes to run while the lists are short
(7,700 clients due on the 100k book). So on PostgreSQL `TodayReviews` reads the ranges
only once a read has shown the lists to be long (`LONG_LISTS`).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Select, case, func, literal, select, true, union_all

from advisor_referrals.domain.cadence import CADENCE_RANGE, interval_days
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.scoping import Advisors
from advisor_referrals.storage.sql_dates import days_after, days_between

WEEK_DAYS = 7  # "this week": today and the six days after it
EPOCH = date(2000, 1, 1)  # days are counted from here to order clients in SQL
NEVER_FIRST = 10_000_000  # days: puts never-reviewed clients before any due date
ANY_DAY = 10_000_000  # days: later than any due date (the limit of a short list)
STATEMENTS = 8  # statements kept built: a few days, page sizes and scopes


def due_day(columns: Any, bound: int) -> Any:
    """Days from EPOCH to the earliest (0) or latest (1) day the client may fall due;
    never-reviewed clients by client-since date, ahead of everyone. `columns`: a client
    due's (cadence, last_review, client_since)."""
    spans = {n: interval_days(n)[bound] for n in CADENCE_RANGE}
    since = func.coalesce(columns.client_since, literal(date.max, Date))
    return case(
        (
            columns.last_review.is_(None),
            days_between(since, literal(EPOCH, Date)) - NEVER_FIRST,
        ),
        else_=days_between(columns.last_review, literal(EPOCH, Date))
        + case(spans, value=columns.cadence),
    )


# Clients due (both lists) from which PostgreSQL reads the ranges: the listed shape's
# time grows with them (a million contacts, 96,000 due: 150 ms against 95 ms), the ranged
# shape's planning does not (the 100k book, 7,700 due: 35 ms against 55 ms).
LONG_LISTS = 20_000


@lru_cache(maxsize=STATEMENTS)
def clients_by_ranges(
    today: date, wanted: int, advisors: Advisors, *, postgres: bool = False
) -> Select[Any]:
    """The clients due by the week's end (overdue ones whatever is booked, the others
    with nothing booked from today on), as the two lists: each row with its list's total
    (`late`: 1 overdue, 0 falling due), and only the rows that may come first, whole.

    The due date itself is `domain.cadence`'s, computed in Python; SQL only bounds it. A
    client's next review falls due between the fewest and the most days its cadence's
    interval can span after the last one (`interval_days`), so whoever may fall due no
    later than the `wanted`-th client of the list at the latest is a candidate. Never
    reviewed clients come first in the overdue list, by client-since date.

    The overdue clients of a tier are ranges of the index in the list's order
    (`review_due.ArmKind`), tens of thousands of entries on a million contacts: they are
    counted, and only each range's first `wanted` entries are read to find that
    latest day; the candidates are then the start of each range up to a date found from
    it (docs/design.md, "Budgets"). The few other clients due are read once, whole.

    `postgres`: the bookings of clients falling due are looked up client by client (a
    join hashed every booking for each tier), and each range's first entries are asked
    for in the index's whole order, its leading columns (one value in the range) first,
    which PostgreSQL then reads instead of sorting the range.
    """
    until = today + timedelta(days=WEEK_DAYS - 1)
    arms = review_due.due_arms(until, today, advisors, unbooked=True, booked_by_id=not postgres)
    ranges = [arm for arm in arms if arm.kind is not review_due.ArmKind.WHOLE]
    few = union_all(*(a.query for a in arms if a.kind is review_due.ArmKind.WHOLE)).cte("few")

    def head(arm: review_due.DueArm) -> Any:
        """The arm's first `wanted` rows in the list's order, each with its latest day."""
        order: list[Any] = {
            # Never reviewed: the last review (none) first, so that PostgreSQL reads the
            # index of clients due in its order rather than every contact by client-since.
            review_due.ArmKind.NEVER_SINCE: [ContactRow.last_review_on, ContactRow.client_since],
            review_due.ArmKind.NEVER_UNDATED: [],
            review_due.ArmKind.REVIEWED: [ContactRow.last_review_on],
        }[arm.kind]
        if postgres and order:
            # The range's own leading columns (one value each in it) first: PostgreSQL
            # then reads the index in order instead of sorting the whole range.
            order = [ContactRow.reviews_per_year, ContactRow.tier, *order]
        first = arm.query.order_by(*order).limit(wanted).subquery()
        return select(first.c.late, due_day(first.c, 1).label("latest"))

    heads = union_all(
        select(few.c.late, due_day(few.c, 1).label("latest")), *(head(arm) for arm in ranges)
    ).cte("heads")

    def limit(late: int) -> Any:
        """The `wanted`-th latest day of the list (none when it is shorter): the first
        rows of each range hold the list's first rows."""
        return (
            select(heads.c.latest)
            .where(heads.c.late == late)
            .order_by(heads.c.latest)
            .limit(1)
            .offset(wanted - 1)
            .scalar_subquery()
        )

    # Both lists' totals, counted range by range (each range is overdue), and limits.
    counts = union_all(
        select(func.count().label("rows"), func.coalesce(func.sum(few.c.late), 0).label("late")),
        *(select(func.count(), func.count()).select_from(arm.query.subquery()) for arm in ranges),
    ).subquery("counts")
    bounds = (
        select(
            func.sum(counts.c.late).label("overdue_total"),
            (func.sum(counts.c.rows) - func.sum(counts.c.late)).label("coming_total"),
            func.coalesce(limit(1), ANY_DAY).label("overdue_limit"),
            func.coalesce(limit(0), ANY_DAY).label("coming_limit"),
        )
        .select_from(counts)
        .cte("bounds")
    )
    overdue_limit = select(bounds.c.overdue_limit).scalar_subquery()

    def up_to(days: Any) -> Any:
        """The date `days` after EPOCH, kept within the dates a database writes."""
        low, high = (date(1, 1, 1) - EPOCH).days, (date(9999, 12, 31) - EPOCH).days
        kept = case((days < low, low), (days > high, high), else_=days)
        return days_after(literal(EPOCH, Date), kept)

    def candidates(arm: review_due.DueArm) -> Any:
        """The start of an overdue range whose earliest due day may be within the limit."""
        if arm.kind is review_due.ArmKind.NEVER_SINCE:
            return arm.query.where(ContactRow.client_since <= up_to(overdue_limit + NEVER_FIRST))
        if arm.kind is review_due.ArmKind.NEVER_UNDATED:
            undated = (date.max - EPOCH).days - NEVER_FIRST
            return arm.query.where(overdue_limit >= undated)
        fewest = case({n: interval_days(n)[0] for n in CADENCE_RANGE}, value=arm.cadence)
        return arm.query.where(ContactRow.last_review_on <= up_to(overdue_limit - fewest))

    listed = union_all(select(few), *(candidates(arm) for arm in ranges)).cte("listed")
    return _listed_whole(listed, bounds, today)


@lru_cache(maxsize=STATEMENTS)
def clients_listed(today: date, wanted: int, advisors: Advisors) -> Select[Any]:
    """The same two lists as `clients_by_ranges` (the same rows, totals and limits), in
    the one statement that reads every client due once: PostgreSQL plans it in less time
    than the ranged one saves while the lists are short (`LONG_LISTS`)."""
    until = today + timedelta(days=WEEK_DAYS - 1)
    listed = review_due.dated_clients_due_by(until, today, advisors, unbooked=True).cte("listed")

    def limit(late: int) -> Any:
        """The `wanted`-th latest day of the list (none when it is shorter)."""
        latest = due_day(listed.c, 1).label("latest")
        return (
            select(latest)
            .where(listed.c.late == late)
            .order_by(latest)
            .limit(1)
            .offset(wanted - 1)
            .scalar_subquery()
        )

    # Both lists' totals and limits, once: a row every candidate joins.
    bounds = select(
        func.sum(listed.c.late).label("overdue_total"),
        (func.count() - func.coalesce(func.sum(listed.c.late), 0)).label("coming_total"),
        func.coalesce(limit(1), ANY_DAY).label("overdue_limit"),
        func.coalesce(limit(0), ANY_DAY).label("coming_limit"),
    ).cte("bounds")
    return _listed_whole(listed, bounds, today)


def _listed_whole(listed: Any, bounds: Any, today: date) -> Select[Any]:
    """The last step of both statements of clients due: each candidate whole, with its
    list's total, up to its list's limit (`bounds`)."""
    late = listed.c.late == 1

    def person(column: Any) -> Any:
        # Looked up per candidate: joined, PostgreSQL would hash every contact for the
        # few candidates (it cannot tell how few they are).
        return select(column).where(ContactRow.id == listed.c.id).scalar_subquery()

    return (
        select(
            listed.c.id,
            listed.c.cadence,
            listed.c.last_review,
            listed.c.client_since,
            listed.c.late,
            case((late, bounds.c.overdue_total), else_=bounds.c.coming_total).label("total"),
            person(ContactRow.first_name).label("first_name"),
            person(ContactRow.last_name).label("last_name"),
            person(ContactRow.tier).label("tier"),
            person(ContactRow.segment).label("segment"),
            review_due.next_scheduled_expr(today, listed.c.id).label("next_scheduled"),
        )
        .select_from(listed.join(bounds, true()))
        .where(
            due_day(listed.c, 0)
            <= case((late, bounds.c.overdue_limit), else_=bounds.c.coming_limit)
        )
    )
