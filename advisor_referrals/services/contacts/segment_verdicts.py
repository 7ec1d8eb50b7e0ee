"""The segment rule as a table, generated from `domain.engagement`, for SQL to look up.

Suggested segments keep only the clients whose suggestion differs from the segment the
advisor chose (docs/design.md, "Budgets"). Judging that in SQL lets the other half of a
big book's clients stay in the database, yet the rule is written once, in the domain:
this module asks `suggest_segment` about every combination of evidence the book can hold
and writes the answers into a byte string, one byte per combination, which the SQL reads
at the combination's position (`substr` of a blob on SQLite, `get_byte` on PostgreSQL).

A combination is a number in mixed radix over `DIMENSIONS`. Two of its parts are capped:
reviews in the window count up to `REVIEWS_CAP` (the rule compares them with three and
with a cadence of at most twelve) and referrals up to one (it asks whether there was
any). tests/services/test_segment_verdicts.py checks every combination, and counts well
past the caps, against the domain.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from advisor_referrals.domain.cadence import MAX_PER_YEAR
from advisor_referrals.domain.engagement import ENGAGED_MIN_REVIEWS, Evidence, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier

# Each stored segment and tier as a small number (a tier's 0: none).
SEGMENT_CODES = tuple(Segment)
TIER_CODES: tuple[Tier | None, ...] = (None, *Tier)
REVIEWS_CAP = max(ENGAGED_MIN_REVIEWS, MAX_PER_YEAR)
# Reviews of the window packed with their latest answer: (2 * count + feedback asked) * 16
# + the latest NPS answer (0 to 10), or NO_NPS without one.
NO_NPS = 15
# The parts of a combination, most significant first: (name, how many values).
DIMENSIONS = (
    ("segment", len(SEGMENT_CODES)),  # the stored one
    ("cadence", MAX_PER_YEAR + 1),  # 0: none
    ("plan", 2),
    ("ever", 2),  # ever reviewed up to the day
    ("referred", 2),
    ("reviews", REVIEWS_CAP + 1),
    ("feedback", 2),
    ("nps", NO_NPS + 1),
)

N = TypeVar("N")


def position(parts: Sequence[N], sizes: Sequence[int] | None = None) -> N:
    """The combination's place in the table: `parts` in the order of DIMENSIONS (or of
    `sizes`, how many values each part has), as ints or as SQL expressions: the same
    arithmetic serves both."""
    sizes = [size for _, size in DIMENSIONS] if sizes is None else sizes
    place: Any = parts[0]
    for size, part in zip(sizes[1:], parts[1:], strict=True):
        place = place * size + part
    return place  # type: ignore[no-any-return]


# The first four of DIMENSIONS, the client's own: how many combinations of them there are.
PROFILES = math.prod(size for _, size in DIMENSIONS[:4])
# How many values the packed reviews' last two parts (feedback asked, latest answer) take.
ANSWERS = 2 * (NO_NPS + 1)


def offered_place(profile: N, referred: N, packed: N, least: Callable[[Any, Any], Any]) -> N:
    """`position` of a client's evidence, worked out in fewer steps: the statement does it
    for every client (docs/design.md, "Budgets"). `profile` is the place of the client's
    own parts (the first four of DIMENSIONS), `referred` the referrals and `packed` the
    reviews (`packed_reviews`); `least` the smaller of two values, in Python or SQL.

    The packed reviews are the count of reviews times ANSWERS plus the feedback and answer
    parts, just as their three places in the table are; the count is capped by capping
    the whole, with its own last parts kept."""
    counted: Any = packed
    reviews = least(packed, REVIEWS_CAP * ANSWERS + counted % ANSWERS)
    own: Any = profile
    place: Any = (own * 2 + least(referred, 1)) * ((REVIEWS_CAP + 1) * ANSWERS) + reviews
    return place  # type: ignore[no-any-return]


def packed_reviews(count: int, feedback: bool, nps: int | None) -> int:
    return (2 * count + int(feedback)) * 16 + (NO_NPS if nps is None else nps)


def unpack_reviews(packed: int) -> tuple[int, bool, int | None]:
    """(reviews in the window, feedback asked, latest answer) from `packed_reviews`."""
    reviewed, nps = divmod(packed, 16)
    count, feedback = divmod(reviewed, 2)
    return count, bool(feedback), None if nps == NO_NPS else nps


def evidence(
    packed: int, *, cadence: int | None, plan: bool, ever: bool, referrals: int
) -> Evidence:
    count, feedback, nps = unpack_reviews(packed)
    return Evidence(
        latest_nps=nps,
        reviews_in_window=count,
        ever_reviewed=ever,
        cadence=cadence,
        has_written_plan=plan,
        referrals_in_window=referrals,
        feedback_asked=feedback,
    )


def is_offered(current: Segment, suggested: Segment) -> bool:
    """Whether a suggestion is offered to an advisor who chose `current`: it differs, and
    says more than that the evidence is too thin."""
    return suggested not in (current, Segment.UNKNOWN)


@lru_cache(maxsize=1)
def offered_table() -> bytes:
    """One byte per combination of DIMENSIONS: 1 when the domain's suggestion for that
    evidence is offered to a client of that stored segment, else 0 (also for the NPS
    values no answer can have)."""
    table = bytearray(position([size for _, size in DIMENSIONS]))  # all zero
    nps_values = [*range(11), NO_NPS]
    for cadence, plan, ever, referred, reviews, feedback, nps in itertools.product(
        range(MAX_PER_YEAR + 1),
        (0, 1),
        (0, 1),
        (0, 1),
        range(REVIEWS_CAP + 1),
        (0, 1),
        nps_values,
    ):
        suggested = suggest_segment(
            evidence(
                packed_reviews(reviews, bool(feedback), None if nps == NO_NPS else nps),
                cadence=cadence or None,
                plan=bool(plan),
                ever=bool(ever),
                referrals=referred,
            )
        ).segment
        for code, current in enumerate(SEGMENT_CODES):
            if is_offered(current, suggested):
                parts = (code, cadence, plan, ever, referred, reviews, feedback, nps)
                table[position(parts)] = 1
    return bytes(table)
