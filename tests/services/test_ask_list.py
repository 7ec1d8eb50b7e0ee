"""The ask list: who is on it, who never is, in what order, and why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.services.asks.ask_log import AskService
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from tests.support.referrals import audit_summaries, client, person, review, trigger

TODAY = date(2026, 11, 23)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def names(book: Book) -> list[str]:
    return [c.name for c in AskListService(book, SettingsService(book)).candidates(TODAY)]


def test_who_is_on_the_ask_list_and_who_is_not(book: Book) -> None:
    # On the list
    review(book, client(book, "Ana", "Review"), ago(3), nps=10)
    trigger(book, client(book, "Tom", "Trigger", tier=None), ago(30), "retirement")
    review(book, client(book, "Tia", "TierA", segment=Segment.CONTENT), ago(1), nps=9)
    review(book, client(book, "Ola", "OldAsk"), ago(5), nps=9, referral_conversation=False)
    trigger(book, client(book, "Ned", "Ninety"), ago(2), referral_conversation=False)
    review(
        book, ContactService(book).get(names_id(book, "Ned")), ago(90), referral_conversation=True
    )
    # Not on the list
    review(book, client(book, "Eve", "Eight"), ago(3), nps=8)
    trigger(book, client(book, "Sal", "Stale"), ago(31))
    review(
        book, client(book, "Con", "Content", segment=Segment.CONTENT, tier=Tier.B), ago(2), nps=10
    )
    review(book, client(book, "Dan", "DoNotAsk", do_not_ask=True), ago(2), nps=10)
    review(
        book, client(book, "Pia", "Prospect", relationship=Relationship.PROSPECT), ago(2), nps=10
    )
    review(book, client(book, "Rae", "Recent"), ago(2), nps=10)
    ask(book, names_id(book, "Rae"), ago(89))
    # A life event noted as a referral conversation is not an ask: only asks (and reviews
    # that note one) hold the client back.
    talked = client(book, "Tal", "Talked")
    trigger(book, talked, ago(4), "home_sale", referral_conversation=True)
    archived = client(book, "Arc", "Archived")
    review(book, archived, ago(2), nps=10)
    ContactService(book).set_archived(archived.id, archived.version, archived=True)
    review(book, client(book, "Fut", "Future"), TODAY + timedelta(days=1), nps=10)

    assert sorted(names(book)) == [
        "Ana Review",
        "Ned Ninety",
        "Ola OldAsk",
        "Tal Talked",
        "Tia TierA",
        "Tom Trigger",
    ]


def ask(book: Book, contact_id: int, on: date) -> None:
    AskService(book).log(
        AskFields(
            contact_id=contact_id, asked_on=on, method=AskMethod.CALL, outcome=AskOutcome.NOT_NOW
        )
    )


def names_id(book: Book, first: str) -> int:
    from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable

    return ContactTable(book).first_page(ContactFilter(text=first))[0].id


def test_each_row_says_why_and_the_best_asks_come_first(book: Book) -> None:
    both = client(book, "Bea", "Both")
    review(book, both, ago(10), nps=10)
    trigger(book, both, ago(2), "home_purchase")
    review(book, client(book, "Ray", "Review"), ago(1), nps=9)
    trigger(book, client(book, "Tess", "Trigger"), ago(1), "retirement")
    asked_long_ago = client(book, "Len", "Long", tier=None)
    review(book, asked_long_ago, ago(200), referral_conversation=True)
    review(book, asked_long_ago, ago(20), nps=10)

    found = AskListService(book, SettingsService(book)).candidates(TODAY)
    assert [c.name for c in found] == ["Bea Both", "Ray Review", "Tess Trigger", "Len Long"]
    assert found[0].reasons == (
        "Engaged, tier A client",
        "Gave 10 at the review on 2026-11-13",
        "Buying a home on 2026-11-21",
        "Never asked for an introduction",
    )
    assert found[3].reasons == (
        "Engaged client",
        "Gave 10 at the review on 2026-11-03",
        "Not asked in 90 days (last on 2026-05-07)",
    )


def test_the_ask_interval_is_a_book_setting(book: Book) -> None:
    asked = client(book, "Ava", "Asked")
    review(book, asked, ago(40), referral_conversation=True)
    review(book, asked, ago(3), nps=10)
    service = AskListService(book, SettingsService(book))
    assert service.interval_days() == 90
    assert names(book) == []
    service.set_interval_days(30)
    assert service.interval_days() == 30
    assert names(book) == ["Ava Asked"]
    assert service.count(TODAY) == 1
    with pytest.raises(ValidationError, match="between 7 and 730"):
        service.set_interval_days(0)
    assert audit_summaries(book, "setting") == ["Set the referral ask interval to 30 days"]


def test_exactly_at_the_interval_the_client_can_be_asked_again(book: Book) -> None:
    edge = client(book, "Edd", "Edge")
    review(book, edge, ago(90), referral_conversation=True)
    review(book, edge, ago(30), nps=9)
    assert names(book) == ["Edd Edge"]
    review(book, edge, ago(89), referral_conversation=True)
    assert names(book) == []


def test_an_ask_holds_the_client_back_for_the_interval(book: Book) -> None:
    asked = client(book, "Ada", "Asked")
    review(book, asked, ago(3), nps=10)
    assert names(book) == ["Ada Asked"]
    ask(book, asked.id, ago(90))  # exactly the interval ago: may be asked again
    assert names(book) == ["Ada Asked"]
    ask(book, asked.id, ago(1))
    assert names(book) == []
    assert person  # the helper stays imported for other cases
