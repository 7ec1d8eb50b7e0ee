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

from sqlalchemy import Connection

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.metrics import CoiReciprocity
from advisor_referrals.domain.period import Period
from advisor_referrals.services.metrics import people_metrics as people
from advisor_referrals.services.metrics import referral_metrics as refs
from advisor_referrals.services.metrics.ask_metrics import AskFigures, ask_figures


class Counting:
    """One period's figures, each query run once on one read connection."""

    def __init__(self, conn: Connection, period: Period) -> None:
        self.conn = conn
        self.period = period

    @cached_property
    def received(self) -> refs.ReceivedFigures:
        return refs.received_figures(self.conn, self.period)

    @cached_property
    def converted(self) -> int:
        return refs.conversions(self.conn, self.period)[0]

    @cached_property
    def cube(self) -> refs.ReferralCube:
        return refs.referral_cube(self.conn, self.period, {})

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
