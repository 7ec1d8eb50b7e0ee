"""Who to ask for a referral now, and why: the rules of the ask list (docs/design.md, "The product").

Ask when results show (a positive review) or life moves (a trigger), ask the clients
who refer (engaged, or on the top service tier), and do not ask the same client too
often (referral fatigue), nor anyone who asked not to be asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.nps import PROMOTER_MIN

RECENT_DAYS = 30
POSITIVE_NPS = PROMOTER_MIN  # a promoter's answer
DEFAULT_INTERVAL_DAYS = 90
INTERVAL_RANGE = (7, 730)


@dataclass(frozen=True, kw_only=True)
class AskCandidate:
    contact_id: int
    name: str
    greeting: str
    segment: Segment
    tier: Tier | None
    review_on: date | None
    review_nps: int | None
    trigger_on: date | None
    trigger_label: str | None
    last_asked_on: date | None
    interval_days: int

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why this client is on the list, one plain sentence each."""
        found = []
        if self.segment is Segment.ENGAGED and self.tier is Tier.A:
            found.append("Engaged, tier A client")
        elif self.segment is Segment.ENGAGED:
            found.append("Engaged client")
        else:
            found.append("Tier A client")
        if self.review_on is not None:
            found.append(f"Gave {self.review_nps} at the review on {self.review_on.isoformat()}")
        if self.trigger_on is not None:
            found.append(f"{self.trigger_label} on {self.trigger_on.isoformat()}")
        if self.last_asked_on is None:
            found.append("Never asked for an introduction")
        else:
            found.append(
                f"Not asked in {self.interval_days} days (last on {self.last_asked_on.isoformat()})"
            )
        return tuple(found)

    @property
    def reason_text(self) -> str:
        return "; ".join(self.reasons)


def interval_problem(days: object) -> Problem | None:
    low, high = INTERVAL_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        return Problem(
            "settings",
            "ask interval",
            str(days),
            f"a whole number of days between {low} and {high}",
        )
    return None
