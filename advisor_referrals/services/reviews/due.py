"""The review cadence rule as SQL, built from `domain.cadence` so both always agree.

Due dates are never computed in SQL (SQLite and PostgreSQL differ on month
arithmetic). Instead, for a day D and each cadence n, the domain gives the latest
last-review date whose next review is due by D; the database only compares the
stored last review with that date. The client table's "review overdue" filter and
the Reviews page's lists share these expressions.

The stored last review is `contacts.last_review_on`, kept by triggers (migration 0005):
the latest completed date of any day. The rule counts reviews up to today only, so
`reviews` is still probed, but only for the rare contact whose latest date is after
today (imported, or a clock set back); everyone else is answered from the contact row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, and_, case, func, literal, null, or_, select

from advisor_referrals.domain.cadence import CADENCE_RANGE, latest_last_review_due_by
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.storage.models import ContactRow, ReviewCadence, ReviewRow


def cadence_expr() -> ColumnElement[Any]:
    """A contact's reviews a year: their own override, else their tier's (NULL when neither)."""
    return func.coalesce(
        ContactRow.reviews_per_year,
        select(ReviewCadence.reviews_per_year)
        .where(ReviewCadence.tier == ContactRow.tier)
        .correlate(ContactRow)  # also when nested two levels deep, as in `completed_after`
        .scalar_subquery(),
    )


# `cadence_expr` for a query joined to the tier's cadence (`with_cadence`): a subquery
# per client cost more than the rest of a list on PostgreSQL (58,000 probes of the
# cadence table for the overdue list); the join reads it once.
JOINED_CADENCE = func.coalesce(ContactRow.reviews_per_year, ReviewCadence.reviews_per_year)


def with_cadence(query: Select[Any]) -> Select[Any]:
    """The query over contacts, joined to their tier's cadence row (for JOINED_CADENCE)."""
    return query.outerjoin(ReviewCadence, ReviewCadence.tier == ContactRow.tier)


def last_review_expr(today: date) -> ColumnElement[Any]:
    """The contact's latest completed review up to today (NULL when never reviewed)."""
    latest_up_to_today = (
        select(func.max(ReviewRow.completed_on))
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .correlate(ContactRow)
        .scalar_subquery()
    )
    stored = ContactRow.last_review_on
    return case((stored > today, latest_up_to_today), else_=stored)


def next_scheduled_expr(today: date) -> ColumnElement[Any]:
    """The earliest open (not completed, not cancelled) review booked for today or later.

    A booking whose day has passed is not what comes next: it waits for its outcome
    (held, missed or cancelled) in a list of its own.
    """
    return (
        select(func.min(ReviewRow.scheduled_for))
        .where(
            ReviewRow.contact_id == ContactRow.id,
            ReviewRow.completed_on.is_(None),
            ReviewRow.cancelled_on.is_(None),
            ReviewRow.scheduled_for >= today,
        )
        .correlate(ContactRow)
        .scalar_subquery()
    )


def on_cadence() -> ColumnElement[bool]:
    """Clients whom a cadence applies to (archived or not: callers decide about archives)."""
    return and_(
        ContactRow.relationship == Relationship.CLIENT.value,
        or_(ContactRow.tier.is_not(None), ContactRow.reviews_per_year.is_not(None)),
    )


def _cutoff(day: date, cadence: ColumnElement[Any]) -> ColumnElement[Any]:
    whens = {n: literal(latest_last_review_due_by(day, n), Date) for n in CADENCE_RANGE}
    return case(whens, value=cadence)


def completed_after(after: ColumnElement[Any], today: date) -> ColumnElement[bool]:
    """The contact completed a review after `after` and no later than today.

    Never NULL, so that its negation holds every contact it does not: with no cutoff
    at all (a tier missing from the cadence table) nothing counts as after it, as
    when the rule was a NOT EXISTS over `reviews`.
    """
    after = func.coalesce(after, literal(date.max, Date))
    stored = ContactRow.last_review_on
    probe = (
        select(ReviewRow.id)
        .where(
            ReviewRow.contact_id == ContactRow.id,
            ReviewRow.completed_on > after,
            ReviewRow.completed_on <= today,
        )
        .correlate_except(ReviewRow)  # the contact, and the cadence row joined to it
        .exists()
    )
    # A stored date up to today is the latest one that counts; only a later one needs
    # the reviews themselves. SQLite stops at the first true branch, so the probe
    # runs for those contacts only.
    return and_(
        stored.is_not(None),
        or_(and_(stored > after, stored <= today), and_(stored > today, probe)),
    )


def due_by(day: date, today: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """The next review is due on or before `day` (never reviewed counts as due):
    no review completed after the cutoff."""
    return ~completed_after(_cutoff(day, cadence), today)


def overdue(today: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """Due before today, or never reviewed (due now)."""
    return due_by(today - timedelta(days=1), today, cadence)


def coming_due(today: date, until: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """Reviewed before, and the next review falls due between today and `until` (inclusive)."""
    return and_(
        completed_after(_cutoff(today - timedelta(days=1), cadence), today),
        due_by(until, today, cadence),
    )


def row_cutoff(day: date, tier_cadence: Mapping[str, int]) -> ColumnElement[Any]:
    """`_cutoff` written from each row's own columns, given the tier cadence table (read
    just before), instead of looking the tier up once per client: on 60,000 clients that
    lookup was a sixth of a filter's time. Those columns and the last review are all in
    the listing indexes, so a filter built on it reads no table rows."""
    whens = {
        tier: literal(latest_last_review_due_by(day, n), Date) for tier, n in tier_cadence.items()
    }
    by_tier = case(whens, value=ContactRow.tier) if whens else null()
    return case(
        (ContactRow.reviews_per_year.is_(None), by_tier),
        else_=_cutoff(day, ContactRow.reviews_per_year.expression),
    )


def overdue_clause(
    today: date, tier_cadence: Mapping[str, int] | None = None
) -> ColumnElement[bool]:
    """Clients on a cadence whose review is overdue: the client table's quick filter and
    the Today view's count (see `row_cutoff` for what the tier cadence table saves)."""
    if tier_cadence is None:
        return and_(on_cadence(), overdue(today, cadence_expr()))
    cutoff = row_cutoff(today - timedelta(days=1), tier_cadence)
    return and_(on_cadence(), ~completed_after(cutoff, today))


def due_by_clause(day: date, today: date, tier_cadence: Mapping[str, int]) -> ColumnElement[bool]:
    """`due_by` for clients on a cadence, from the tier cadence table (`row_cutoff`): the
    overdue ones and those falling due from today to `day`, in one condition."""
    return and_(on_cadence(), ~completed_after(row_cutoff(day, tier_cadence), today))
