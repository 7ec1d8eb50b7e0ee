"""How each metric reads to a person: its label, its value as text, and its change.

Shared by the PDF, the spreadsheet and the app so the same number reads the same way
everywhere. Labels and explanations come from `domain/metric_definitions.py`, the one
source of what each figure counts. A missing value (an empty denominator) reads "n/a".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from advisor_referrals.domain import metric_definitions
from advisor_referrals.domain.metrics import FRACTION_KEYS
from advisor_referrals.domain.quarter import Quarter

MISSING = "n/a"
MINUS = "\u2013"  # an en dash: the bundled Noto Sans has no U+2212 minus sign


class Kind(Enum):
    COUNT = "count"
    FRACTION = "fraction"
    SCORE = "score"
    DAYS = "days"


class Better(Enum):
    HIGHER = 1
    LOWER = -1
    NEITHER = 0


@dataclass(frozen=True)
class Figure:
    key: str
    kind: Kind = Kind.COUNT
    better: Better = Better.HIGHER

    @property
    def label(self) -> str:
        """The figure's name, from the one source of definitions."""
        return metric_definitions.label(self.key)

    @property
    def explanation(self) -> str:
        return metric_definitions.explanation(self.key)


SCALAR_FIGURES: tuple[Figure, ...] = (
    Figure("referrals_received"),
    Figure("intended_introductions"),
    Figure("referrals_converted"),
    Figure("conversion_rate", Kind.FRACTION),
    Figure("median_days_to_convert", Kind.DAYS, Better.LOWER),
    Figure("followed_up_within_2_days", Kind.FRACTION),
    Figure("thanked_within_2_days", Kind.FRACTION),
    Figure("unique_referrers"),
    Figure("referring_clients_share", Kind.FRACTION),
    Figure("triggers_logged"),
    Figure("triggers_with_referral"),
    Figure("asks"),
    Figure("asks_led_to_introduction", Kind.FRACTION),
    Figure("reviews_completed"),
    Figure("reviews_missed", better=Better.LOWER),
    Figure("nps", Kind.SCORE),
    Figure("nps_responses"),
    Figure("engaged_review_coverage", Kind.FRACTION),
    Figure("new_clients"),
    Figure("new_clients_from_referrals"),
    Figure("compensated_referrals", better=Better.NEITHER),
    Figure("compensated_missing_disclosure", better=Better.LOWER),
)
FIGURES = {figure.key: figure for figure in SCALAR_FIGURES}
assert set(FIGURES) >= FRACTION_KEYS

SOURCE_LABELS = {
    "client": "Clients and former clients",
    "center_of_influence": "Centres of influence",
    "other": "Others (prospects)",
}
STATUS_LABELS = {
    "intended": "Intended",
    "new": "New",
    "contacted": "Contacted",
    "meeting": "Meeting",
    "converted": "Converted",
    "not_a_fit": "Not a fit",
    "lost": "Lost",
}
SEGMENT_LABELS = {
    "engaged": "Engaged",
    "content": "Content",
    "complacent": "Complacent",
    "disgruntled": "Disgruntled",
    "unknown": "Not yet known",
}


def show(key: str, value: Any) -> str:
    """A metric's value as a person reads it."""
    if value is None:
        return MISSING
    kind = FIGURES[key].kind if key in FIGURES else Kind.COUNT
    if kind is Kind.FRACTION:
        return percent(value)
    if kind is Kind.SCORE:
        return signed(value, 1)
    if kind is Kind.DAYS:
        return f"{number(value, 1)} days" if value != 1 else "1 day"
    return number(value)


def percent(value: float | None) -> str:
    return MISSING if value is None else f"{100 * value:.1f}%"


def number(value: float, places: int = 0) -> str:
    if places and float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{places}f}".replace("-", MINUS)


def signed(value: float, places: int = 0) -> str:
    text = f"{abs(value):,.{places}f}"
    if value > 0:
        return f"+{text}"
    return f"{MINUS}{text}" if value < 0 else text


@dataclass(frozen=True)
class Change:
    text: str
    direction: int  # +1 better, -1 worse, 0 same or not comparable


def change(key: str, now: Any, before: Any) -> Change:
    """The move from the previous period, in the metric's own terms (points for rates)."""
    if now is None or before is None:
        return Change("", 0)
    figure = FIGURES[key]
    delta = float(now) - float(before)
    if figure.kind is Kind.FRACTION:
        delta *= 100
    if abs(delta) < 0.05:
        return Change("no change", 0)
    if figure.kind is Kind.FRACTION:
        text = f"{signed(delta, 1)} pts"
    elif figure.kind is Kind.SCORE:
        text = signed(delta, 1)
    elif figure.kind is Kind.DAYS:
        text = f"{signed(delta, 1 if not delta.is_integer() else 0)} days"
    else:
        text = signed(delta)
    direction = 0 if figure.better is Better.NEITHER else (1 if delta > 0 else -1)
    return Change(text, direction * figure.better.value)


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(day: date) -> str:
    """Dates in words, the US way: "September 30, 2026"."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def date_span(start: date, end: date) -> str:
    if start.year == end.year:
        return f"{MONTHS[start.month - 1]} {start.day} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def quarter_words(quarter: Quarter) -> str:
    """A quarter as people write it in prose: "Q3 2026"."""
    return f"Q{quarter.number} {quarter.year}"
