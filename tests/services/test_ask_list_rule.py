"""The ask list's query against its rule applied in Python to every stored row, on books
full of close calls: events on the window's first and last days and a day outside, answers
of 8, 9 and 10 on the same day, two life events on one day, asks and referral
conversations on the interval's edge, namesakes, archived and do-not-ask clients, and two
advisors' scopes. docs/design.md, "Asking for referrals".
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from advisor_referrals.domain.asking import POSITIVE_NPS, RECENT_DAYS, AskCandidate
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name, greeting_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.asks.ask_log import AskService
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)
from tests.support.referrals import person, review, trigger

TODAY = date(2026, 11, 23)
INTERVAL = 60
RECENT = TODAY - timedelta(days=RECENT_DAYS)
ASKED_SINCE = TODAY - timedelta(days=INTERVAL)
# Days that sit on or just beside an edge of the window or of the interval.
EVENT_DAYS = (RECENT - timedelta(days=1), RECENT, RECENT + timedelta(days=1), TODAY,
              TODAY + timedelta(days=1), TODAY - timedelta(days=7))  # fmt: skip
ASK_DAYS = (ASKED_SINCE - timedelta(days=1), ASKED_SINCE, ASKED_SINCE + timedelta(days=1),
            TODAY, TODAY + timedelta(days=1))  # fmt: skip
ADVISORS = ("Dana Whitfield", "Lee Moreau", None)


def fill(book: Book, seed: int) -> None:
    rng = random.Random(seed)
    SettingsService(book).set("ask_interval_days", INTERVAL)
    contacts = ContactService(book)
    for number in range(50):
        first = rng.choice(["Ana", "Ana", "Ben", "Zoë", "Ølaf", "李"])
        last = rng.choice(["Souza", "Souza", "Ito", "Marlow"])
        who = person(
            book,
            first,
            last,
            relationship=rng.choice([Relationship.CLIENT] * 4 + [Relationship.PROSPECT]),
            segment=rng.choice(
                [Segment.ENGAGED, Segment.ENGAGED, Segment.CONTENT, Segment.UNKNOWN]
            ),
            tier=rng.choice([Tier.A, Tier.A, Tier.B, None]),
            do_not_ask=rng.random() < 0.1,
            advisor=rng.choice(ADVISORS),  # two advisors, and nobody's
            preferred_name=rng.choice([None, None, "Nana"]),
        )
        for _ in range(rng.randint(0, 3)):
            day = rng.choice(EVENT_DAYS)
            review(book, who, day, nps=rng.choice([None, 8, 9, 10, 10]))
        for _ in range(rng.randint(0, 3)):
            trigger(book, who, rng.choice(EVENT_DAYS), rng.choice(["retirement", "new_child"]))
        if rng.random() < 0.3:
            review(book, who, rng.choice(ASK_DAYS), referral_conversation=True)
        if rng.random() < 0.3:
            AskService(book).log(_ask(who.id, rng.choice(ASK_DAYS)))
        if rng.random() < 0.08:
            contacts.set_archived(who.id, contacts.get(who.id).version, archived=True)
        del number


def _ask(contact_id: int, on: date) -> Any:
    from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome

    return AskFields(
        contact_id=contact_id, asked_on=on, method=AskMethod.CALL, outcome=AskOutcome.NOT_NOW
    )


def by_rule(book: Book, scope: Scope) -> list[AskCandidate]:
    """The ask list worked out in Python from every row of the book."""
    with book.session() as session:
        contacts = session.scalars(select(ContactRow)).all()
        reviews = session.scalars(select(ReviewRow)).all()
        triggers = session.scalars(select(TriggerRow)).all()
        asks = session.scalars(select(AskRow)).all()
        labels = dict(session.execute(select(TriggerKindRow.id, TriggerKindRow.label)).all())
    found = []
    for c in contacts:
        if not (
            c.relationship == Relationship.CLIENT.value
            and c.archived_on is None
            and not c.do_not_ask
            and (c.segment == Segment.ENGAGED.value or c.tier == Tier.A.value)
            and (scope.advisors is None or c.advisor in scope.advisors)
        ):
            continue
        positive = [
            (r.completed_on, r.nps)
            for r in reviews
            if r.contact_id == c.id
            and r.nps is not None
            and r.nps >= POSITIVE_NPS
            and r.completed_on is not None
            and RECENT <= r.completed_on <= TODAY
        ]
        events = [
            (t.occurred_on, t.id, t.kind_id)
            for t in triggers
            if t.contact_id == c.id and RECENT <= t.occurred_on <= TODAY
        ]
        if not positive and not events:
            continue
        last_ask = max((a.asked_on for a in asks if a.contact_id == c.id and a.asked_on <= TODAY),
                       default=None)  # fmt: skip
        talked = max(
            (
                r.completed_on
                for r in reviews
                if r.contact_id == c.id
                and r.referral_conversation
                and r.completed_on is not None
                and r.completed_on <= TODAY
            ),
            default=None,
        )
        if any(d is not None and d > ASKED_SINCE for d in (last_ask, talked)):
            continue
        review_on, nps = max(positive) if positive else (None, None)
        trigger_on, _, kind = max(events) if events else (None, None, None)
        asked = [d for d in (last_ask, talked) if d is not None]
        found.append(
            (
                c,
                AskCandidate(
                    contact_id=c.id,
                    name=full_name(c.first_name, c.last_name),
                    greeting=greeting_name(c.preferred_name, c.first_name, c.last_name),
                    segment=Segment(c.segment),
                    tier=Tier(c.tier) if c.tier else None,
                    review_on=review_on,
                    review_nps=nps,
                    trigger_on=trigger_on,
                    trigger_label=labels[kind] if kind is not None else None,
                    last_asked_on=max(asked) if asked else None,
                    interval_days=INTERVAL,
                ),
            )
        )

    def best_first(item: tuple[ContactRow, AskCandidate]) -> tuple[Any, ...]:
        c, a = item
        score = (2 if a.review_on else 0) + (1 if a.trigger_on else 0)
        score += (c.segment == Segment.ENGAGED.value) + (c.tier == Tier.A.value)
        latest = max(d for d in (a.review_on, a.trigger_on) if d is not None)
        return (-score, -latest.toordinal(), c.name_key, c.id)

    return [a for _, a in sorted(found, key=best_first)]


@pytest.mark.parametrize("seed", [5, 11])
def test_the_ask_list_is_its_rule_applied_to_every_row(book: Book, seed: int) -> None:
    fill(book, seed)
    asks = AskListService(book, SettingsService(book))
    for scope in (PRACTICE_SCOPE, Scope(advisors=frozenset({"Dana Whitfield"}))):
        expected = by_rule(book, scope)
        assert len(expected) >= 3, "the sample book should put several clients on the list"
        assert asks.candidates(TODAY, limit=None, scope=scope) == expected
        first, total = asks.first_candidates(TODAY, 3, scope=scope)
        assert (first, total) == (expected[:3], len(expected))
        assert asks.count(TODAY, scope=scope) == len(expected)


def test_last_asked_reads_the_latest_flagged_review_up_to_today(book: Book) -> None:
    # Read from the index of flagged reviews (migration 0023): a later review without the
    # flag, a flagged one after today, and one inside the interval (which keeps its client
    # off the list) must not be taken for it; a flagged review on the interval's first
    # day still lets the client be asked.
    SettingsService(book).set("ask_interval_days", INTERVAL)
    cases = {}
    for name, flagged, plain in (
        ("Edge", [ASKED_SINCE, ASKED_SINCE - timedelta(days=9)], [ASKED_SINCE + timedelta(1)]),
        ("Later", [ASKED_SINCE - timedelta(days=30), TODAY + timedelta(days=1)], []),
        ("Inside", [ASKED_SINCE + timedelta(days=1)], []),
        ("Never", [], [ASKED_SINCE - timedelta(days=2)]),
    ):
        who = person(book, name, "Client", segment=Segment.ENGAGED, tier=Tier.A)
        review(book, who, TODAY - timedelta(days=3), nps=10)
        for day in flagged:
            review(book, who, day, referral_conversation=True)
        for day in plain:
            review(book, who, day)
        cases[name] = who.id
    found = {
        c.contact_id: c.last_asked_on
        for c in AskListService(book, SettingsService(book)).candidates(TODAY, limit=None)
    }
    assert found == {
        cases["Edge"]: ASKED_SINCE,
        cases["Later"]: ASKED_SINCE - timedelta(days=30),
        cases["Never"]: None,
    }
