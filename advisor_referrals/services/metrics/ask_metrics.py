"""The ask side of the quarterly metrics (docs/design.md, "Metrics"): asks, and how many led
to an introduction within 90 days.

An ask led to an introduction when a referral it names, or any referral from the client
asked, was received on the day of the ask or within the 90 days after it, and by the
period's end (a later one has not happened yet, for that period).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, exists, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from advisor_referrals.domain.asks import INTRODUCTION_WINDOW_DAYS, AskMethod, AskOutcome
from advisor_referrals.domain.period import Period
from advisor_referrals.services.metrics.as_of import past_intended_at
from advisor_referrals.services.metrics.referral_metrics import REFERRALS, R, counted
from advisor_referrals.storage.models import AskRow
from advisor_referrals.storage.sql_dates import days_between

A = AskRow.__table__.c
ASKS = AskRow.__table__


@dataclass(frozen=True)
class AskFigures:
    asks: int
    led_to_introduction: int
    by_method: dict[str, int]
    by_outcome: dict[str, int]


def led_to_introduction(period: Period) -> ColumnElement[bool]:
    """The ask (A) was followed by an introduction in time, as its period's end knew it."""
    in_time = and_(
        R.received_on <= period.end,
        days_between(R.received_on, A.asked_on) >= 0,
        days_between(R.received_on, A.asked_on) <= INTRODUCTION_WINDOW_DAYS,
        past_intended_at(period.end),
    )

    def any_referral(link: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(select(R.id).select_from(REFERRALS).where(link, in_time)).correlate(ASKS)

    # Two lookups, each on its own index, rather than one OR that neither index serves.
    return or_(any_referral(R.referrer_id == A.contact_id), any_referral(R.id == A.referral_id))


def ask_figures(conn: Connection, period: Period) -> AskFigures:
    in_period = and_(A.asked_on >= period.start, A.asked_on <= period.end)
    columns = [func.count(), counted(led_to_introduction(period))]
    columns += [counted(A.method == m.value) for m in AskMethod]
    columns += [counted(A.outcome == o.value) for o in AskOutcome]
    row = conn.execute(select(*columns).select_from(ASKS).where(in_period)).one()
    values = [int(v or 0) for v in row]
    methods = values[2 : 2 + len(AskMethod)]
    outcomes = values[2 + len(AskMethod) :]
    return AskFigures(
        asks=values[0],
        led_to_introduction=values[1],
        by_method={m.value: n for m, n in zip(AskMethod, methods, strict=True)},
        by_outcome={o.value: n for o, n in zip(AskOutcome, outcomes, strict=True)},
    )
