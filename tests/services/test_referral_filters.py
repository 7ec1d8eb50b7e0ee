"""The Referrals table and the Triggers page: search by either person, and the Today view's
needs as filters, each holding exactly the rows (and count) its Today list has."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from advisor_referrals.domain.enums import CompensationKind, ReferralStatus
from advisor_referrals.domain.referrals import Compensation
from advisor_referrals.services.referrals.referral_lists import (
    ReferralFilter,
    ReferralNeed,
    ReferralTable,
)
from advisor_referrals.services.triggers.trigger_log import TriggerFilter, TriggerService
from advisor_referrals.storage.book import Book
from tests.support.referrals import client, person, prospect, referral, trigger

TODAY = date(2026, 7, 15)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def fill(book: Book) -> dict[str, int]:
    zoe = client(book, "Zoë", "Durić", email="zoe@example.com")
    bob = client(book, "Robert", "Kim", preferred_name="Bob")
    cpa = person(book, "Carla", "Price", profession="CPA")
    found = {
        "fresh": referral(book, zoe, prospect(book, "Lucas", "Martin"), TODAY).id,
        "late": referral(book, bob, prospect(book, "Priya", "Shah"), ago(5)).id,
        "called": referral(
            book,
            zoe,
            prospect(book, "Tom", "Becker"),
            ago(20),
            status=ReferralStatus.CONTACTED,
            first_contacted_on=ago(19),
            thanked_on=ago(18),
        ).id,
        "old": referral(book, bob, prospect(book, "Ada", "Old"), ago(200)).id,
        "paid": referral(
            book,
            cpa,
            prospect(book, "Omar", "Haddad"),
            ago(30),
            status=ReferralStatus.MEETING,
            first_contacted_on=ago(29),
            compensation=Compensation(kind=CompensationKind.GIFT, value=Decimal("150")),
        ).id,
    }
    return found


def ids(table: ReferralTable, **flt: object) -> set[int]:
    return set(table.ids(ReferralFilter(today=TODAY, **flt)))  # type: ignore[arg-type]


def test_each_need_filter_holds_its_today_list_and_count(book: Book) -> None:
    made = fill(book)
    table = ReferralTable(book)
    counts = table.today_counts(TODAY)
    expected = {
        ReferralNeed.AWAITING_FIRST_CONTACT: {made["fresh"]},
        ReferralNeed.FOLLOW_UP_OVERDUE: {made["late"], made["old"]},
        ReferralNeed.THANKS_OWED: {made["fresh"], made["late"], made["paid"]},
        ReferralNeed.MISSING_DISCLOSURE: {made["paid"]},
    }
    for need, wanted in expected.items():
        shown = {r.id for r in table.needing(need, TODAY, limit=None)}
        assert ids(table, need=need) == shown == wanted, need
        assert counts[need.value] == len(wanted)
        assert table.count(ReferralFilter(need=need, today=TODAY)) == len(wanted)
    # The first rows of a Today list are its longest-waiting ones.
    assert [r.id for r in table.needing(ReferralNeed.FOLLOW_UP_OVERDUE, TODAY, limit=1)] == [
        made["old"]
    ]


def test_search_finds_a_referral_by_either_person_as_you_type(book: Book) -> None:
    made = fill(book)
    table = ReferralTable(book)
    assert ids(table, text="priya") == {made["late"]}  # the referred person
    assert ids(table, text="kim") == {made["late"], made["old"]}  # the referrer
    assert ids(table, text="bob") == {made["late"], made["old"]}  # a preferred name
    assert ids(table, text="zoe duric") == {made["fresh"], made["called"]}  # accents folded
    assert ids(table, text="Du") == {made["fresh"], made["called"]}  # a short word
    assert ids(table, text="nobody") == set()
    assert len(ids(table, text="  ")) == 5  # no words: no search
    # Search and a need narrow together.
    assert ids(table, text="kim", need=ReferralNeed.FOLLOW_UP_OVERDUE) == {
        made["late"],
        made["old"],
    }
    assert ids(table, text="zoe", need=ReferralNeed.THANKS_OWED) == {made["fresh"]}


def test_the_triggers_page_searches_by_contact_and_by_whether_referrals_came_up(
    book: Book,
) -> None:
    zoe = client(book, "Zoë", "Durić")
    bob = client(book, "Robert", "Kim", preferred_name="Bob")
    talked = trigger(book, zoe, ago(3), "retirement", referral_conversation=True)
    quiet = trigger(book, zoe, ago(4), "new_child")
    house = trigger(book, bob, ago(5))
    service = TriggerService(book)

    def found(**flt: object) -> set[int]:
        return set(service.ids(TriggerFilter(**flt)))  # type: ignore[arg-type]

    assert found(text="zoe") == {talked.id, quiet.id}
    assert found(text="bob kim") == {house.id}
    assert found(text="zoe", referral_conversation=False) == {quiet.id}
    assert found(referral_conversation=True) == {talked.id}
