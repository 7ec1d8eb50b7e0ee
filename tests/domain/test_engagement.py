"""The suggested segment: each row of the rule's table, its order, and the reasons it gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from advisor_referrals.domain.engagement import (
    Evidence,
    Reason,
    ReasonCode,
    suggest_segment,
)
from advisor_referrals.domain.enums import Segment


def test_a_detractor_is_disgruntled_even_after_referring() -> None:
    found = suggest_segment(Evidence(latest_nps=5, referrals_in_window=2))
    assert found.segment is Segment.DISGRUNTLED
    assert found.reasons == (Reason(ReasonCode.DETRACTOR, 5),)
    assert found.text == "latest NPS 5 (a detractor)"


def test_a_client_who_referred_is_engaged() -> None:
    found = suggest_segment(
        Evidence(
            latest_nps=None,
            reviews_in_window=1,
            ever_reviewed=True,
            cadence=4,
            referrals_in_window=2,
            feedback_asked=True,
        )
    )
    assert found.segment is Segment.ENGAGED
    assert found.reasons[0] == Reason(ReasonCode.REFERRED, 2)
    assert "asked for feedback" in found.text


def test_a_promoter_with_a_plan_and_three_reviews_is_engaged() -> None:
    evidence = Evidence(
        latest_nps=10, reviews_in_window=3, ever_reviewed=True, cadence=4, has_written_plan=True
    )
    found = suggest_segment(evidence)
    assert found.segment is Segment.ENGAGED
    assert found.text == (
        "latest NPS 10 (a promoter); 3 reviews in the last 12 months (cadence 4); "
        "has a written plan"
    )
    # Without the plan, or with two reviews, the same promoter is content.
    assert suggest_segment(
        Evidence(**{**evidence.__dict__, "has_written_plan": False})
    ).segment is (Segment.CONTENT)
    assert suggest_segment(Evidence(**{**evidence.__dict__, "reviews_in_window": 2})).segment is (
        Segment.CONTENT
    )


def test_no_evidence_at_all_is_unknown() -> None:
    found = suggest_segment(Evidence(cadence=4, has_written_plan=True))
    assert found.segment is Segment.UNKNOWN
    assert found.reasons == (Reason(ReasonCode.NO_HISTORY),)


def test_reviewed_on_cadence_without_nps_is_content() -> None:
    found = suggest_segment(Evidence(reviews_in_window=2, ever_reviewed=True, cadence=2))
    assert found.segment is Segment.CONTENT


def test_a_passive_answer_is_content_even_behind_cadence() -> None:
    found = suggest_segment(
        Evidence(latest_nps=7, reviews_in_window=1, ever_reviewed=True, cadence=4)
    )
    assert found.segment is Segment.CONTENT


def test_behind_cadence_without_answer_or_referral_is_complacent() -> None:
    found = suggest_segment(Evidence(reviews_in_window=1, ever_reviewed=True, cadence=4))
    assert found.segment is Segment.COMPLACENT
    assert found.reasons[0] == Reason(ReasonCode.BEHIND_CADENCE, 1, 4)
    assert found.text.startswith("1 of 4 reviews the cadence asks")


def test_reviewed_long_ago_but_not_this_year_is_complacent() -> None:
    found = suggest_segment(Evidence(reviews_in_window=0, ever_reviewed=True, cadence=1))
    assert found.segment is Segment.COMPLACENT


def test_without_a_cadence_one_review_a_year_is_enough() -> None:
    found = suggest_segment(Evidence(reviews_in_window=1, ever_reviewed=True, cadence=None))
    assert found.segment is Segment.CONTENT


@given(
    st.one_of(st.none(), st.integers(0, 10)),
    st.integers(0, 12),
    st.booleans(),
    st.one_of(st.none(), st.integers(1, 12)),
    st.booleans(),
    st.integers(0, 5),
    st.booleans(),
)
def test_every_suggestion_has_reasons_and_follows_the_first_rows(
    nps: int | None,
    reviews: int,
    ever: bool,
    cadence: int | None,
    plan: bool,
    referrals: int,
    feedback: bool,
) -> None:
    evidence = Evidence(
        latest_nps=nps,
        reviews_in_window=reviews,
        ever_reviewed=ever or reviews > 0,
        cadence=cadence,
        has_written_plan=plan,
        referrals_in_window=referrals,
        feedback_asked=feedback,
    )
    found = suggest_segment(evidence)
    assert found.reasons
    assert all(reason.text for reason in found.reasons)
    if nps is not None and nps <= 6:
        assert found.segment is Segment.DISGRUNTLED
    elif referrals:
        assert found.segment is Segment.ENGAGED
    else:
        assert found.segment is not Segment.DISGRUNTLED
