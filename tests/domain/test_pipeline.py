"""The pipeline's rules as pure functions: the dates a move implies, and who becomes a client."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.pipeline import (
    ContactState,
    as_recorded,
    converted_contact,
    first_contact,
    moved,
)
from advisor_referrals.domain.referrals import ReferralFields

RECEIVED = date(2026, 7, 1)
NEW = ReferralFields(referrer_id=1, referred_id=2, received_on=RECEIVED)


def test_reaching_contacted_dates_the_first_contact_once() -> None:
    contacted = moved(NEW, ReferralStatus.CONTACTED, date(2026, 7, 2))
    assert (contacted.status, contacted.first_contacted_on) == (
        ReferralStatus.CONTACTED,
        date(2026, 7, 2),
    )
    meeting = moved(contacted, ReferralStatus.MEETING, date(2026, 7, 9))
    assert meeting.first_contacted_on == date(2026, 7, 2)


def test_converting_dates_the_conversion_and_leaving_it_clears_the_date() -> None:
    converted = moved(NEW, ReferralStatus.CONVERTED, date(2026, 8, 1))
    assert converted.converted_on == date(2026, 8, 1)
    assert converted.first_contacted_on == date(2026, 8, 1)
    lost = moved(converted, ReferralStatus.LOST, date(2026, 8, 2))
    assert (lost.converted_on, lost.first_contacted_on) == (None, date(2026, 8, 1))


def test_a_move_to_the_same_status_changes_nothing_and_none_comes_before_receipt() -> None:
    assert moved(NEW, ReferralStatus.NEW, date(2020, 1, 1)) is NEW
    with pytest.raises(ValidationError, match="before the referral was received"):
        moved(NEW, ReferralStatus.CONTACTED, date(2026, 6, 30))


def test_a_first_call_moves_a_waiting_referral_and_only_dates_a_later_one() -> None:
    assert first_contact(NEW, date(2026, 7, 3)).status is ReferralStatus.CONTACTED
    meeting = ReferralFields(
        referrer_id=1, referred_id=2, received_on=RECEIVED, status=ReferralStatus.MEETING
    )
    called = first_contact(meeting, date(2026, 7, 3))
    assert (called.status, called.first_contacted_on) == (ReferralStatus.MEETING, date(2026, 7, 3))


def test_recorded_as_converted_without_a_date_converts_today() -> None:
    converted = ReferralFields(
        referrer_id=1, referred_id=2, received_on=RECEIVED, status=ReferralStatus.CONVERTED
    )
    assert as_recorded(converted, date(2026, 7, 5)).converted_on == date(2026, 7, 5)
    assert as_recorded(NEW, date(2026, 7, 5)) is NEW


def test_a_prospect_who_converts_becomes_a_client_and_a_returning_client_keeps_the_date() -> None:
    prospect = ContactState(relationship=Relationship.PROSPECT, client_since=None)
    assert converted_contact(prospect, date(2026, 8, 1)) == ContactState(
        relationship=Relationship.CLIENT, client_since=date(2026, 8, 1)
    )
    former = ContactState(relationship=Relationship.FORMER_CLIENT, client_since=date(2019, 1, 1))
    assert converted_contact(former, date(2026, 8, 1)).client_since == date(2019, 1, 1)
