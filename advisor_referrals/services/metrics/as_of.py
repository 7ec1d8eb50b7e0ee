"""Where each referral stood at a period's end, from its dated history (docs/design.md, "Metrics").

A past quarter's figures never change when its referrals move on later: every status a
figure reads is the status on the period's last day, the last move of
`referral_status_changes` dated on or before it (ties go to the later move). Every way a
referral enters the book writes that history whole (`domain/referral_history.py`); a
referral without one falls back to its status today.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import CTE, Subquery, exists, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.storage.models import ReferralRow, ReferralStatusChangeRow

R = ReferralRow.__table__.c
REFERRALS = ReferralRow.__table__
H = ReferralStatusChangeRow.__table__.c
CONVERTED = ReferralStatus.CONVERTED.value
INTENDED = ReferralStatus.INTENDED.value


def status_at(end: date) -> ColumnElement[Any]:
    """The referral's (R's) status at the end of the day `end`."""
    latest = (
        select(H.to_status)
        .where(H.referral_id == R.id, H.changed_on <= end)
        .order_by(H.changed_on.desc(), H.id.desc())
        .limit(1)
        .correlate(REFERRALS)
        .scalar_subquery()
    )
    return func.coalesce(latest, R.status)


def past_intended_at(end: date) -> ColumnElement[bool]:
    """The referral (R) was past `intended` at `end`: received, by then.

    Most referrals were never intended, and a status can only be `intended` at `end`
    after a move to it: those referrals, a short list read once, are the only ones whose
    status is looked up.
    """
    ever_intended = select(H.referral_id).where(H.to_status == INTENDED, H.changed_on <= end)
    return or_(R.id.not_in(ever_intended), status_at(end) != INTENDED)


def converted_on_at(end: date) -> ColumnElement[Any]:
    """The day of the referral's last move to `converted` on or before `end`: its conversion
    date as it stood then (read it only for a referral converted at `end`)."""
    return (
        select(func.max(H.changed_on))
        .where(H.referral_id == R.id, H.to_status == CONVERTED, H.changed_on <= end)
        .correlate(REFERRALS)
        .scalar_subquery()
    )


def reached(statuses: Iterable[ReferralStatus], end: date) -> ColumnElement[bool]:
    """The referral moved into one of `statuses` on or before `end`."""
    return (
        exists()
        .where(
            H.referral_id == R.id,
            H.to_status.in_([s.value for s in statuses]),
            H.changed_on <= end,
        )
        .correlate(REFERRALS)
    )


def received_in(start: date, end: date, *columns: Any) -> CTE:
    """The referrals with received_on in [start, end], each with `at_end`, its status at
    `end`, computed once per referral however many figures read it: materialised, since
    a flattened subquery would look the status up again for every figure that reads it."""
    return (
        select(*columns, status_at(end).label("at_end"))
        .where(R.received_on >= start, R.received_on <= end)
        .cte("received_in")
        .prefix_with("MATERIALIZED")
    )


def converted_between(start: date, end: date) -> Subquery:
    """Referrals converted in [start, end] and still converted at `end`: (id, received_on,
    converted_on) with the conversion date as it stood at `end`."""
    candidates = select(H.referral_id).where(
        H.to_status == CONVERTED, H.changed_on >= start, H.changed_on <= end
    )
    found = (
        select(
            R.id.label("id"),
            R.received_on.label("received_on"),
            status_at(end).label("at_end"),
            converted_on_at(end).label("converted_on"),
        )
        .where(R.id.in_(candidates))
        .cte("converted_between")
        .prefix_with("MATERIALIZED")
    )
    return (
        select(found.c.id, found.c.received_on, found.c.converted_on)
        .where(found.c.at_end == CONVERTED, found.c.converted_on >= start)
        .subquery()
    )
