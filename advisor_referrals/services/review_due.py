"""The review cadence rule as SQL, built from `domain.cadence` so both always agree.

Due dates are never computed in SQL (SQLite and PostgreSQL differ on month
arithmetic). Instead, for a day D and each cadence n, the domain gives the latest
last-review date whose next review is due by D; the database only compares the
stored last review with that date. The client table's "review overdue" filter and
the Reviews page's lists share these expressions.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, case, func, literal, or_, select

from advisor_referrals.domain.cadence import CADENCE_RANGE, latest_last_review_due_by
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.storage.models import ContactRow, ReviewCadence, ReviewRow


def cadence_expr() -> ColumnElement[Any]:
    """A contact's reviews a year: their own override, else their tier's (NULL when neither)."""
    return func.coalesce(
        ContactRow.reviews_per_year,
        select(ReviewCadence.reviews_per_year)
        .where(ReviewCadence.tier == ContactRow.tier)
        .scalar_subquery(),
    )


def last_review_expr(today: date) -> ColumnElement[Any]:
    """The contact's latest completed review up to today (NULL when never reviewed)."""
    return (
        select(func.max(ReviewRow.completed_on))
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .scalar_subquery()
    )


def next_scheduled_expr() -> ColumnElement[Any]:
    """The earliest open (not completed, not cancelled) scheduled review of the contact."""
    return (
        select(func.min(ReviewRow.scheduled_for))
        .where(
            ReviewRow.contact_id == ContactRow.id,
            ReviewRow.completed_on.is_(None),
            ReviewRow.cancelled_on.is_(None),
        )
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


def due_by(day: date, last: ColumnElement[Any], cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """The next review (after `last`) is due on or before `day`; never reviewed counts too."""
    return or_(last.is_(None), last <= _cutoff(day, cadence))


def overdue(
    today: date, last: ColumnElement[Any], cadence: ColumnElement[Any]
) -> ColumnElement[bool]:
    """Due before today, or never reviewed (due now)."""
    return due_by(today - timedelta(days=1), last, cadence)


def coming_due(
    today: date, until: date, last: ColumnElement[Any], cadence: ColumnElement[Any]
) -> ColumnElement[bool]:
    """Reviewed before, next review due between today and `until`, both inclusive."""
    return and_(
        last.is_not(None),
        last > _cutoff(today - timedelta(days=1), cadence),
        last <= _cutoff(until, cadence),
    )


def overdue_clause(today: date) -> ColumnElement[bool]:
    """Clients on a cadence whose review is overdue: the client table's quick filter."""
    return and_(on_cadence(), overdue(today, last_review_expr(today), cadence_expr()))
