"""Net Promoter Score: the three bands of an answer and the score of a set of answers.

Defined once here (docs/design.md, "Metrics"): 9-10 is a promoter, 7-8 a passive and
0-6 a detractor. SQL that counts the bands compares with these same constants.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

LOWEST = 0
HIGHEST = 10
PASSIVE_MIN = 7  # 7 and 8 are passives
PROMOTER_MIN = 9  # 9 and 10 are promoters; below PASSIVE_MIN, a detractor


class NpsBand(StrEnum):
    DETRACTOR = "detractor"
    PASSIVE = "passive"
    PROMOTER = "promoter"


def band(answer: int) -> NpsBand:
    if answer >= PROMOTER_MIN:
        return NpsBand.PROMOTER
    if answer >= PASSIVE_MIN:
        return NpsBand.PASSIVE
    return NpsBand.DETRACTOR


def nps_score(promoters: int, detractors: int, responses: int) -> float | None:
    """100 x (share of promoters minus share of detractors), to one decimal, halves away from
    zero; None when nobody answered."""
    if responses == 0:
        return None
    exact = Decimal(100 * (promoters - detractors)) / Decimal(responses)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
