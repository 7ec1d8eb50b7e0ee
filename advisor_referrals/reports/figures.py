"""How each metric reads to a person: its label, its value as text, and its change.

Shared by the PDF, the spreadsheet and the app so the same number reads the same way
everywhere. Labels and explanations come from `domain/metric_definitions.py`, the one
source of what each figure counts. A missing value (an empty denominator) reads "n/a".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from advisor_referrals.domain import metric_definitions
from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.domain.metrics import FRACTION_KEYS
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.words import Words, words_for

MISSING = "n/a"  # the report's "nothing to divide by" (report.missing in every catalogue)
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


class CatalogueLabels(Mapping[str, str]):
    """Labels of a vocabulary (sources, statuses, segments) in the report's language."""

    def __init__(self, prefix: str, keys: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.keys_ = keys

    def __getitem__(self, key: str) -> str:
        if key not in self.keys_:
            raise KeyError(key)
        return report_words().text(f"{self.prefix}.{key}")

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)


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

SOURCE_LABELS = CatalogueLabels("report.source", ("client", "center_of_influence", "other"))
STATUS_LABELS = CatalogueLabels(
    "report.status",
    ("intended", "new", "contacted", "meeting", "converted", "not_a_fit", "lost"),
)
SEGMENT_LABELS = CatalogueLabels(
    "report.segment", ("engaged", "content", "complacent", "disgruntled", "unknown")
)
ASK_METHOD_LABELS = CatalogueLabels("report.ask.method", tuple(m.value for m in AskMethod))
ASK_OUTCOME_LABELS = CatalogueLabels("report.ask.outcome", tuple(o.value for o in AskOutcome))


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
        # The plural form of a whole count (2.5 days reads like 2 days), the value as is.
        return report_words().plural("report.days", int(value), shown=number(value, 1))
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
        return Change(report_words().text("report.no_change"), 0)
    if figure.kind is Kind.FRACTION:
        text = report_words().text("report.points", n=signed(delta, 1))
    elif figure.kind is Kind.SCORE:
        text = signed(delta, 1)
    elif figure.kind is Kind.DAYS:
        text = report_words().text(
            "report.days_change", n=signed(delta, 1 if not delta.is_integer() else 0)
        )
    else:
        text = signed(delta)
    direction = 0 if figure.better is Better.NEITHER else (1 if delta > 0 else -1)
    return Change(text, direction * figure.better.value)


# The language of the quarterly report's own words (English for now).
REPORT_LANGUAGE = "en"


def report_words() -> Words:
    """The report's words, and its dates and month names through Babel (never strftime,
    which follows the machine's locale). docs/design.md, Languages and scripts."""
    return words_for(REPORT_LANGUAGE)


def long_date(day: date) -> str:
    """Dates in words as the report's language writes them: "September 30, 2026"."""
    return report_words().long_date(day)


def date_span(start: date, end: date) -> str:
    words = report_words()
    if start.year == end.year and words.language == "en":
        # "July 1 – September 30, 2026": the year once, as English prose has it.
        return f"{words.long_date(start).rsplit(',', 1)[0]} – {words.long_date(end)}"
    return words.date_span(start, end)


def month_label(month: date) -> str:
    """A chart's month: "Sep 2026"."""
    return report_words().month_short(month)


def quarter_words(quarter: Quarter) -> str:
    """A quarter as people write it in prose: "Q3 2026"."""
    return report_words().text("report.quarter", number=quarter.number, year=quarter.year)
