"""How each figure a goal can name is counted: with the functions the quarterly metrics use.

A goal's progress must agree with the report, so every figure here is read from the
same SQL the report's figures come from (docs/design.md, "Metrics"), once per period
however many goals name it. The registry grows with the book: a figure is added with
`register_counter` beside `domain.goals.register_figure` when the records it counts
exist.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.metrics import CoiReciprocity
from advisor_referrals.domain.period import Period
from advisor_referrals.services.metrics import people_metrics as people
from advisor_referrals.services.metrics import referral_metrics as refs
from advisor_referrals.services.metrics.as_of import CONVERTED, H, converted_on_at, status_at
from advisor_referrals.services.metrics.ask_metrics import AskFigures, ask_figures
from advisor_referrals.services.metrics.quarter_referrals import (
    ReceivedFigures,
    ReferralCube,
    period_referrals,
)
from advisor_referrals.services.metrics.referral_metrics import CONTACTS, REFERRALS, C, R
from advisor_referrals.storage.models import AskRow, OutboundReferralRow, ReviewRow


class Counting:
    """One period's figures, each query run once on one read connection."""

    def __init__(self, conn: Connection, period: Period) -> None:
        self.conn = conn
        self.period = period

    @cached_property
    def referrals(self) -> tuple[ReceivedFigures, ReferralCube]:
        received, cube = period_referrals(self.conn, self.period, with_cube=True)
        assert cube is not None
        return received, cube

    @cached_property
    def received(self) -> ReceivedFigures:
        return self.referrals[0]

    @cached_property
    def converted(self) -> int:
        return refs.conversions(self.conn, self.period)[0]

    @cached_property
    def cube(self) -> ReferralCube:
        return self.referrals[1]

    @cached_property
    def reciprocity(self) -> list[CoiReciprocity]:
        return refs.coi_reciprocity(self.conn, self.period)

    @cached_property
    def asks(self) -> AskFigures:
        return ask_figures(self.conn, self.period)

    @cached_property
    def engaged_reviews(self) -> int:
        return people.engaged_reviews_completed(self.conn, self.period)


Counter = Callable[[Counting], int]

GOAL_COUNTERS: dict[str, Counter] = {
    "referrals_received": lambda c: c.received.received,
    "referrals_from_engaged": lambda c: c.cube.by_segment.get(Segment.ENGAGED.value, 0),
    "referrals_from_cois": lambda c: c.received.by_source["center_of_influence"],
    "referrals_converted": lambda c: c.converted,
    "introductions_to_cois": lambda c: sum(row.sent for row in c.reciprocity),
    "engaged_reviews": lambda c: c.engaged_reviews,
    "asks_made": lambda c: c.asks.asks,
}


def register_counter(key: str, counter: Counter) -> None:
    GOAL_COUNTERS[key] = counter


def count(conn: Connection, period: Period, figures: list[str]) -> dict[str, int]:
    """The figures named, for one period; an unknown figure counts nothing."""
    counting = Counting(conn, period)
    return {key: GOAL_COUNTERS[key](counting) if key in GOAL_COUNTERS else 0 for key in figures}


# The same figures as single SQL expressions, for a page that must read every goal's
# progress in one statement (Today, docs/design.md, "Budgets"). Each is built from the
# conditions the report's queries use (`as_of.py`); tests/services/test_goal_progress.py
# holds them equal to the counters above.
Expression = Callable[[Period], ScalarSelect[Any]]
REFERRERS = REFERRALS.join(CONTACTS, C.id == R.referrer_id)


def _received(period: Period, *where: ColumnElement[bool]) -> ScalarSelect[Any]:
    return (
        select(func.count())
        .select_from(REFERRERS)
        .where(refs.received_by_end(period.start, period.end), *where)
        .scalar_subquery()
    )


def _converted(period: Period) -> ScalarSelect[Any]:
    candidates = select(H.referral_id).where(
        H.to_status == CONVERTED, H.changed_on >= period.start, H.changed_on <= period.end
    )
    return (
        select(func.count())
        .select_from(REFERRALS)
        .where(
            R.id.in_(candidates),
            status_at(period.end) == CONVERTED,
            converted_on_at(period.end) >= period.start,
        )
        .scalar_subquery()
    )


def _introductions(period: Period) -> ScalarSelect[Any]:
    out = OutboundReferralRow.__table__.c
    return (
        select(func.count())
        .select_from(OutboundReferralRow.__table__.join(CONTACTS, C.id == out.coi_id))
        .where(out.sent_on >= period.start, out.sent_on <= period.end)
        .scalar_subquery()
    )


def _engaged_reviews(period: Period) -> ScalarSelect[Any]:
    v = ReviewRow.__table__.c
    return (
        select(func.count())
        .select_from(ReviewRow.__table__.join(CONTACTS, C.id == v.contact_id))
        .where(
            v.completed_on >= period.start,
            v.completed_on <= period.end,
            C.segment == Segment.ENGAGED.value,
        )
        .scalar_subquery()
    )


def _asks(period: Period) -> ScalarSelect[Any]:
    a = AskRow.__table__.c
    return (
        select(func.count())
        .select_from(AskRow.__table__)
        .where(a.asked_on >= period.start, a.asked_on <= period.end)
        .scalar_subquery()
    )


GOAL_EXPRESSIONS: dict[str, Expression] = {
    "referrals_received": _received,
    "referrals_from_engaged": lambda p: _received(p, C.segment == Segment.ENGAGED.value),
    "referrals_from_cois": lambda p: _received(p, C.relationship == refs.COI),
    "referrals_converted": _converted,
    "introductions_to_cois": _introductions,
    "engaged_reviews": _engaged_reviews,
    "asks_made": _asks,
}
