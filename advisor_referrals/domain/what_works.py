"""What works: referrals compared by program, reward kind, event, channel, kit and trigger,
with the cost of each new client (docs/design.md, "Metrics": cost per new client).

Every row counts the referrals received in the period (status past `intended`, as the
quarterly metrics do), those of them converted by the period's end, the median days they
took, the distinct new clients they brought, and what they cost: rewards for those
referrals, the cost of the events behind them, and the advisor's logged minutes priced
at the hourly value set in Settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from advisor_referrals.domain.period import Period

CENT = Decimal("0.01")
MINUTES_PER_HOUR = 60


class Dimension(StrEnum):
    PROGRAM = "program"
    REWARD_KIND = "reward_kind"
    EVENT = "event"
    CHANNEL = "channel"
    KIT = "kit"
    TRIGGER = "trigger"
    HOW_HEARD = "how_heard"
    WHY_REFER = "why_refer"


DIMENSION_LABELS: dict[Dimension, str] = {
    Dimension.PROGRAM: "Programs",
    Dimension.REWARD_KIND: "Reward kinds",
    Dimension.EVENT: "Events",
    Dimension.CHANNEL: "Channels",
    Dimension.KIT: "Kits",
    Dimension.TRIGGER: "Triggers",
    Dimension.HOW_HEARD: "How they heard",
    Dimension.WHY_REFER: "Why they refer",
}

# What one row of each comparison is, for a table's first column.
DIMENSION_ITEM: dict[Dimension, str] = {
    Dimension.PROGRAM: "Program",
    Dimension.REWARD_KIND: "Reward kind",
    Dimension.EVENT: "Event",
    Dimension.CHANNEL: "Channel",
    Dimension.KIT: "Kit",
    Dimension.TRIGGER: "Trigger",
    Dimension.HOW_HEARD: "How they heard",
    Dimension.WHY_REFER: "Why they refer",
}


def time_cost(minutes: int, hourly: Decimal) -> Decimal:
    return (hourly * minutes / MINUTES_PER_HOUR).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """One row of a comparison: what one program (kit, channel...) brought and cost."""

    key: str
    label: str
    referrals: int = 0
    converted: int = 0
    median_days: float | None = None
    new_clients: int = 0
    spent: Decimal = Decimal(0)  # rewards and event costs
    minutes: int = 0
    time_value: Decimal = Decimal(0)  # the minutes at the hourly value

    @property
    def conversion_rate(self) -> float | None:
        return None if not self.referrals else self.converted / self.referrals

    @property
    def cost(self) -> Decimal:
        return self.spent + self.time_value

    @property
    def cost_per_new_client(self) -> Decimal | None:
        if not self.new_clients:
            return None
        return (self.cost / self.new_clients).quantize(CENT, ROUND_HALF_UP)

    @property
    def time_share_of_cost(self) -> float | None:
        return None if not self.cost else float(self.time_value / self.cost)


@dataclass(frozen=True, kw_only=True)
class WhatWorks:
    """The comparisons for one period, with the whole book's row first."""

    period: Period
    hourly_value: Decimal
    book: Outcome
    rows: dict[Dimension, list[Outcome]] = field(default_factory=dict)

    def of(self, dimension: Dimension) -> list[Outcome]:
        return self.rows.get(dimension, [])
