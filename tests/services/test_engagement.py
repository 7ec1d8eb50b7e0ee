"""Suggested segments from the book's evidence, and accepting one as an audited contact edit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_referrals.domain.engagement import ReasonCode
from advisor_referrals.domain.enums import ReferralStatus, Segment, Tier
from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.segments import EngagementService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.review_lists import ReviewFilter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReferralRow
from tests.support.reviews import TODAY, audit_summaries, client, fixed_today, held


@pytest.fixture
def engagement(book: Book) -> EngagementService:
    return EngagementService(book, ContactService(book), clock=fixed_today)


def referral(book: Book, referrer_id: int, referred_id: int, received_on: date) -> None:
    with book.write() as session:
        session.add(
            ReferralRow(
                referrer_id=referrer_id,
                referred_id=referred_id,
                received_on=received_on,
                status=ReferralStatus.INTENDED.value,
            )
        )


def days_ago(*days: int) -> list[date]:
    return [TODAY - timedelta(days=d) for d in days]


def test_suggestions_read_nps_reviews_plans_and_referrals(
    book: Book, engagement: EngagementService
) -> None:
    promoter = client(
        book, "Pam", "Promoter", Tier.A, segment=Segment.CONTENT, has_written_plan=True
    )
    held(book, promoter, *days_ago(20, 110, 200), nps=10)
    detractor = client(book, "Dan", "Detractor", Tier.B, segment=Segment.ENGAGED)
    held(book, detractor, *days_ago(30), nps=4)
    old_detractor = client(book, "Olga", "Old", Tier.B, segment=Segment.CONTENT)
    held(book, old_detractor, *days_ago(400), nps=2)  # outside the window: not counted
    held(book, old_detractor, *days_ago(100, 200))
    referrer = client(book, "Rita", "Referrer", Tier.C, segment=Segment.COMPLACENT)
    friend = client(book, "Fred", "Friend", None)
    referral(book, referrer.id, friend.id, TODAY - timedelta(days=40))
    drifter = client(book, "Drew", "Drift", Tier.A, segment=Segment.CONTENT)
    held(book, drifter, *days_ago(500))
    client(book, "Nell", "New", Tier.A, segment=Segment.ENGAGED)  # no evidence: not offered

    found = {s.name: s for s in engagement.suggestions()}
    assert set(found) == {"Pam Promoter", "Dan Detractor", "Rita Referrer", "Drew Drift"}
    assert found["Pam Promoter"].suggestion.segment is Segment.ENGAGED
    assert found["Pam Promoter"].current is Segment.CONTENT
    assert found["Dan Detractor"].suggestion.segment is Segment.DISGRUNTLED
    assert found["Rita Referrer"].suggestion.segment is Segment.ENGAGED
    assert found["Rita Referrer"].suggestion.reasons[0].code is ReasonCode.REFERRED
    assert found["Drew Drift"].suggestion.segment is Segment.COMPLACENT
    # Olga's detractor answer is 400 days old; two reviews on a B cadence make her content.
    olga = engagement.for_contact(old_detractor.id)
    assert olga is not None and olga.suggestion.segment is Segment.CONTENT and not olga.differs

    everyone = engagement.suggestions(only_differing=False)
    assert len(everyone) == 7
    tier_a = engagement.suggestions(ReviewFilter(tiers=frozenset({Tier.A})))
    assert [s.name for s in tier_a] == ["Drew Drift", "Pam Promoter"]


def test_the_latest_answer_in_the_window_decides(book: Book, engagement: EngagementService) -> None:
    changed = client(book, "Cy", "Changed", Tier.B, segment=Segment.DISGRUNTLED)
    held(book, changed, *days_ago(200), nps=3)
    held(book, changed, *days_ago(10), nps=8)
    found = engagement.for_contact(changed.id)
    assert found is not None
    assert found.suggestion.segment is Segment.CONTENT
    assert found.suggestion.reasons[0].value == 8


def test_accepting_updates_the_segment_through_the_contact_service(
    book: Book, engagement: EngagementService
) -> None:
    dan = client(book, "Dan", "Detractor", Tier.B, segment=Segment.ENGAGED)
    ReviewService(book, clock=fixed_today).record(dan.id, TODAY, nps=3)
    suggestion = engagement.suggestions()[0]
    updated = engagement.accept(
        suggestion.contact_id, suggestion.contact_version, suggestion.suggestion.segment
    )
    assert updated.segment is Segment.DISGRUNTLED
    assert audit_summaries(book, "contact")[-1] == (
        "update",
        "Edited Dan Detractor: segment",
    )
    assert list(engagement.suggestions()) == []
    with pytest.raises(ConflictError):
        engagement.accept(dan.id, suggestion.contact_version, Segment.CONTENT)
