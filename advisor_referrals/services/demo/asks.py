"""The demo book's asks: when the advisor asked clients for an introduction, and how it went.

An ask follows a good review where referrals came up, or comes a few weeks before a
client's referral (an ask a day or two before one is the introduction it led to, and
names it). Clients marked do-not-ask are never asked. A random stream of its own keeps
the rest of the demo book as it was before asks existed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from advisor_referrals.services.demo.people import Person, between, one_of, weighted
from advisor_referrals.services.demo.pipeline import Referral

STREAM = 0x41534B53  # "ASKS": the seed of this stream, beside the book's seed
ASKED_BEFORE_REFERRAL = 0.35  # referrals from clients that an ask came before
AT_REVIEW = weighted([("will_think", 55), ("not_now", 30), ("declined", 15)])
AHEAD = weighted([("call", 45), ("event", 25), ("kit", 20), ("review", 10)])
NOTES = {
    "will_think": (
        "Thinking of a colleague who is about to retire.",
        "Mentioned her brother-in-law, who just sold his practice.",
        "Will pass a card to a neighbour who is buying a house.",
        "Said a friend from the tennis club asked about planning.",
    ),
    "not_now": (
        "Busy with the move; asked me to raise it again after the summer.",
        "Not the right moment, the family is dealing with an illness.",
    ),
    "declined": ("Prefers to keep finances private among friends.",),
    "introduced": ("Gave me her sister's number on the spot.", "Introduced a colleague by email."),
}


@dataclass(slots=True)
class Ask:
    contact: Person
    asked: int
    method: str
    outcome: str
    notes: str = ""
    referral: Referral | None = None
    minutes: int = 0  # the advisor's time on it (program_demo)


def make_asks(
    seed: int,
    conversations: Iterable[tuple[Person, int]],
    referrals: list[Referral],
    today: int,
) -> list[Ask]:
    """`conversations`: (client, day) of each review held where referrals came up, in the
    reviews' order."""
    rng = random.Random(seed * 7919 + STREAM)
    asks: list[Ask] = []
    for who, held in conversations:
        if not who.do_not_ask:
            outcome = AT_REVIEW.pick(rng)
            asks.append(Ask(who, held, "review", outcome, _note(rng, outcome)))
    for ref in referrals:
        who = ref.referrer
        if who.relationship != "client" or who.do_not_ask or ref.status == "intended":
            continue
        if rng.random() >= ASKED_BEFORE_REFERRAL:
            continue
        ahead = between(rng, 0, 45)
        if ahead <= 2:
            asked = ref.received - ahead
            asks.append(
                Ask(who, asked, AHEAD.pick(rng), "introduced", _note(rng, "introduced"), ref)
            )
        else:
            asks.append(Ask(who, ref.received - ahead, AHEAD.pick(rng), "will_think"))
    asks = [a for a in asks if a.asked <= today]
    asks.sort(key=lambda a: (a.asked, a.contact.key))
    return asks


def _note(rng: random.Random, outcome: str) -> str:
    return one_of(rng, NOTES[outcome]) if rng.random() < 0.5 else ""
