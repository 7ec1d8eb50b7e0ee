"""The quarterly metrics of docs/design.md, "Metrics" as typed values, and the breakdowns behind them.

`Metrics.as_dict()` is the contract: exactly the keys of that table, in its order, with
fractions as 0..1 floats and None where a denominator is empty. The breakdowns in
`MetricsDetail` feed the report's charts and tables and the Referrals page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from advisor_referrals.domain.period import Period

FIELD_BENCHMARK_REFERRING_SHARE = 0.29
SOURCES = ("client", "center_of_influence", "other")

METRIC_KEYS: tuple[str, ...] = (
    "referrals_received",
    "intended_introductions",
    "referrals_by_source",
    "referrals_converted",
    "conversion_rate",
    "median_days_to_convert",
    "followed_up_within_2_days",
    "thanked_within_2_days",
    "unique_referrers",
    "top_referrers",
    "referring_clients_share",
    "triggers_logged",
    "triggers_by_kind",
    "triggers_with_referral",
    "asks",
    "asks_led_to_introduction",
    "reviews_completed",
    "reviews_missed",
    "nps",
    "nps_responses",
    "engaged_review_coverage",
    "new_clients",
    "new_clients_from_referrals",
    "compensated_referrals",
    "compensated_missing_disclosure",
    "promoters_over_de_minimis",
)

FRACTION_KEYS = frozenset(
    {
        "conversion_rate",
        "followed_up_within_2_days",
        "thanked_within_2_days",
        "referring_clients_share",
        "engaged_review_coverage",
        "asks_led_to_introduction",
    }
)


@dataclass(frozen=True)
class TopReferrer:
    name: str
    referrals: int


@dataclass(frozen=True)
class MonthCount:
    month: date
    received: int
    intended: int
    converted: int


@dataclass(frozen=True)
class KindCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class TierReviews:
    """Reviews of one service tier; `due` is what the cadence asks for in the period."""

    tier: str | None
    clients: int
    due: float
    scheduled: int
    completed: int
    missed: int


@dataclass(frozen=True)
class CoiReciprocity:
    contact_id: int
    name: str
    profession: str
    received: int
    sent: int
    received_year: int
    sent_year: int


@dataclass(frozen=True)
class CompensatedReferral:
    referral_id: int
    received_on: date
    referrer: str
    referred: str
    kind: str
    value: Decimal
    currency: str
    agreement_on_file: bool
    disclosure_delivered_on: date | None


@dataclass(frozen=True)
class PromoterTotal:
    name: str
    total: Decimal
    referrals: int


@dataclass(frozen=True)
class MetricsDetail:
    referrals_by_month: list[MonthCount] = field(default_factory=list)
    referrals_by_status: dict[str, int] = field(default_factory=dict)
    referrals_by_segment: dict[str, int] = field(default_factory=dict)
    referrals_by_trigger_kind: list[KindCount] = field(default_factory=list)
    referrals_without_trigger: int = 0
    trigger_kind_labels: dict[str, str] = field(default_factory=dict)
    reviews_by_tier: list[TierReviews] = field(default_factory=list)
    nps_promoters: int = 0
    nps_passives: int = 0
    nps_detractors: int = 0
    clients: int = 0
    referring_clients: int = 0
    engaged_clients: int = 0
    engaged_covered: int = 0
    coi_reciprocity: list[CoiReciprocity] = field(default_factory=list)
    compensated: list[CompensatedReferral] = field(default_factory=list)
    promoters: list[PromoterTotal] = field(default_factory=list)
    # Of the referrals received in the period, those converted at its end: the conversion
    # rate's numerator (a different count from the referrals converted in the period).
    converted_by_end: int = 0
    # How far the referrals received in the period got by its end: received, then those
    # that reached first contact, a meeting, conversion (docs/design.md, "Metrics").
    funnel: dict[str, int] = field(default_factory=dict)
    asks_by_method: dict[str, int] = field(default_factory=dict)
    asks_by_outcome: dict[str, int] = field(default_factory=dict)
    asks_introduced: int = 0


@dataclass(frozen=True, kw_only=True)
class Metrics:
    period: Period
    referrals_received: int
    intended_introductions: int
    referrals_by_source: dict[str, int]
    referrals_converted: int
    conversion_rate: float | None
    median_days_to_convert: float | None
    followed_up_within_2_days: float | None
    thanked_within_2_days: float | None
    unique_referrers: int
    top_referrers: list[TopReferrer]
    referring_clients_share: float | None
    triggers_logged: int
    triggers_by_kind: dict[str, int]
    triggers_with_referral: int
    asks: int
    asks_led_to_introduction: float | None
    reviews_completed: int
    reviews_missed: int
    nps: float | None
    nps_responses: int
    engaged_review_coverage: float | None
    new_clients: int
    new_clients_from_referrals: int
    compensated_referrals: int
    compensated_missing_disclosure: int
    promoters_over_de_minimis: list[str]
    detail: MetricsDetail = field(default_factory=MetricsDetail)

    def as_dict(self) -> dict[str, Any]:
        """Exactly the metric keys of docs/design.md, "Metrics", JSON-ready."""
        out: dict[str, Any] = {}
        for key in METRIC_KEYS:
            value = getattr(self, key)
            if key == "top_referrers":
                value = [{"name": t.name, "referrals": t.referrals} for t in value]
            elif isinstance(value, dict):
                value = dict(value)
            elif isinstance(value, list):
                value = list(value)
            out[key] = value
        return out


def ratio(numerator: int, denominator: int) -> float | None:
    """A 0..1 fraction, or None when there is nothing to divide by."""
    return None if denominator == 0 else numerator / denominator
