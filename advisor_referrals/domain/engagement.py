"""The suggested segment: what a client's record says about their engagement.

The field facts behind it (docs/design.md, "The product"): engaged clients give nearly all
referrals, more often have a written plan, get 3-4+ reviews a year and are asked
for feedback; a detractor's NPS (0-6) marks a client at risk. The evidence is
read over the last 365 days.

The rule is a table read top to bottom; the first row that matches decides.

| # | condition                                                         | suggestion  |
|---|-------------------------------------------------------------------|-------------|
| 1 | latest NPS in the window is 0-6 (a detractor)                     | disgruntled |
| 2 | referred someone in the window (an intended introduction counts)  | engaged     |
| 3 | latest NPS 9-10, at least 3 reviews in the window, a written plan | engaged     |
| 4 | never reviewed, no NPS and no referral on record                  | unknown     |
| 5 | latest NPS 7-10, or reviewed as often as the cadence asks         | content     |
| 6 | anything else (behind the cadence, no recent NPS or referral)     | complacent  |

Row 5's "as often as the cadence asks" uses the client's cadence; a client with
no cadence needs at least one review in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.nps import band

ENGAGED_MIN_REVIEWS = 3


class ReasonCode(StrEnum):
    DETRACTOR = "detractor"
    PASSIVE = "passive"
    PROMOTER = "promoter"
    NO_NPS = "no_nps"
    REFERRED = "referred"
    REVIEWS = "reviews"
    BEHIND_CADENCE = "behind_cadence"
    PLAN = "plan"
    NO_PLAN = "no_plan"
    FEEDBACK_ASKED = "feedback_asked"
    NO_HISTORY = "no_history"


_TEXT = {
    ReasonCode.DETRACTOR: "latest NPS {value} (a detractor)",
    ReasonCode.PASSIVE: "latest NPS {value} (passive)",
    ReasonCode.PROMOTER: "latest NPS {value} (a promoter)",
    ReasonCode.NO_NPS: "no NPS answer in the last 12 months",
    ReasonCode.REFERRED: "referred {value} in the last 12 months",
    ReasonCode.REVIEWS: "{value} reviews in the last 12 months (cadence {of})",
    ReasonCode.BEHIND_CADENCE: "{value} of {of} reviews the cadence asks in the last 12 months",
    ReasonCode.PLAN: "has a written plan",
    ReasonCode.NO_PLAN: "no written plan",
    ReasonCode.FEEDBACK_ASKED: "asked for feedback",
    ReasonCode.NO_HISTORY: "no reviews, NPS answers or referrals on record",
}


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    value: int | None = None
    of: int | None = None

    @property
    def text(self) -> str:
        return _TEXT[self.code].format(value=self.value, of=self.of)


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """What the book knows about one client, over the last 365 days unless said otherwise."""

    latest_nps: int | None = None
    reviews_in_window: int = 0
    ever_reviewed: bool = False
    cadence: int | None = None
    has_written_plan: bool = False
    referrals_in_window: int = 0
    feedback_asked: bool = False


@dataclass(frozen=True)
class Suggestion:
    segment: Segment
    reasons: tuple[Reason, ...]

    @property
    def text(self) -> str:
        return "; ".join(reason.text for reason in self.reasons)


def _nps_reason(nps: int | None) -> Reason:
    if nps is None:
        return Reason(ReasonCode.NO_NPS)
    return Reason(ReasonCode(band(nps).value), nps)


def suggest_segment(evidence: Evidence) -> Suggestion:
    """The segment the evidence points to, with the reasons that decided it."""
    e = evidence
    nps = _nps_reason(e.latest_nps)
    needed = e.cadence or 1
    on_cadence = e.reviews_in_window >= needed
    reviews = Reason(ReasonCode.REVIEWS, e.reviews_in_window, needed)
    plan = Reason(ReasonCode.PLAN if e.has_written_plan else ReasonCode.NO_PLAN)

    if nps.code is ReasonCode.DETRACTOR:
        return Suggestion(Segment.DISGRUNTLED, (nps,))
    if e.referrals_in_window > 0:
        extra = (Reason(ReasonCode.FEEDBACK_ASKED),) if e.feedback_asked else ()
        return Suggestion(
            Segment.ENGAGED, (Reason(ReasonCode.REFERRED, e.referrals_in_window), nps, *extra)
        )
    if (
        nps.code is ReasonCode.PROMOTER
        and e.reviews_in_window >= ENGAGED_MIN_REVIEWS
        and e.has_written_plan
    ):
        return Suggestion(Segment.ENGAGED, (nps, reviews, plan))
    if not e.ever_reviewed and e.latest_nps is None:
        return Suggestion(Segment.UNKNOWN, (Reason(ReasonCode.NO_HISTORY),))
    if nps.code in (ReasonCode.PROMOTER, ReasonCode.PASSIVE) or on_cadence:
        return Suggestion(Segment.CONTENT, (nps, reviews))
    behind = Reason(ReasonCode.BEHIND_CADENCE, e.reviews_in_window, needed)
    return Suggestion(Segment.COMPLACENT, (behind, nps))
