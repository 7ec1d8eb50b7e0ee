"""The Today ask list says why each client is there, in the user's language and date format."""

from __future__ import annotations

from datetime import date

from advisor_referrals.domain.asking import AskCandidate
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.ui.formats import medium_date
from advisor_referrals.ui.referrals.today_sections import why_now


def candidate(**changes: object) -> AskCandidate:
    values: dict[str, object] = {
        "contact_id": 1,
        "name": "Ana Souza",
        "greeting": "Ana",
        "segment": Segment.ENGAGED,
        "tier": Tier.A,
        "review_on": date(2026, 11, 3),
        "review_nps": 10,
        "trigger_on": None,
        "trigger_label": None,
        "last_asked_on": None,
        "interval_days": 90,
    }
    values.update(changes)
    return AskCandidate(**values)  # type: ignore[arg-type]


def test_a_promoter_never_asked_reads_as_such(qapp: object) -> None:
    assert why_now(candidate()) == (
        f"Engaged, tier A client; Gave 10 at the review on {medium_date(date(2026, 11, 3))}; "
        "Never asked for an introduction"
    )


def test_a_trigger_and_the_last_conversation_are_dated_in_the_locale(qapp: object) -> None:
    text = why_now(
        candidate(
            segment=Segment.CONTENT,
            review_on=None,
            review_nps=None,
            trigger_on=date(2026, 11, 20),
            trigger_label="New grandchild",
            last_asked_on=date(2026, 5, 1),
        )
    )
    assert text == (
        "Tier A client; New grandchild on November 20, 2026; "
        "Not asked in 90 days (last on May 1, 2026)"
    )
