"""Generating the demo book: first its people and referrals, then what happened to them.

The two steps share one random source, in this order, so the same seed and day give the
same book however the steps are used: `demo_parts` runs both for the book file, and
`make_demo_book` writes the people between them while the search index of the contacts
is built (docs/design.md, "Budgets"). Nothing here touches a book.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.services.demo.activity import make_reviews, make_triggers
from advisor_referrals.services.demo.asks import Ask, make_asks
from advisor_referrals.services.demo.clients import (
    center_of_influence,
    client_units,
    former_client,
    prospect,
)
from advisor_referrals.services.demo.logs import ReviewLog, TriggerLog
from advisor_referrals.services.demo.people import PeopleMaker, Person
from advisor_referrals.services.demo.pipeline import (
    REFERRAL_SPAN,
    Referral,
    ReferrerPool,
    compensate,
    make_referrals,
)
from advisor_referrals.services.demo.practice_people import advisor_names, assign_advisors
from advisor_referrals.services.demo.program_demo import add_program
from advisor_referrals.services.demo.world import ADVISOR, ADVISOR_EXTRAS

BOOK_FORMAT = "advisor-referrals-book"
BOOK_VERSION = 1
# Shares of the whole book; the rest of the people not referred are clients.
COI_SHARE = 0.03
FORMER_SHARE = 0.05
PROSPECT_SHARE = 0.03


@dataclass
class DemoPeople:
    """The people of a demo book (in the order they joined it, numbered) and who referred
    whom; `rng` goes on to what happened to them (`demo_activity`)."""

    rng: random.Random
    seed: int
    today: date
    people: list[Person]
    referrals: list[Referral]


@dataclass
class DemoParts:
    """A generated demo book: its people (in the order they joined) and what happened."""

    header: dict[str, Any]  # format, version, advisor and trigger kinds, as in a book file
    people: list[Person]
    triggers: TriggerLog
    referrals: list[Referral]
    reviews: ReviewLog
    asks: list[Ask]
    # The referral program's own sections, as the book file has them (program_demo).
    program: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def demo_parts(clients: int, seed: int, today: date, *, practice: bool = False) -> DemoParts:
    """A whole demo book with `clients` contacts: the people and what happened to them.

    `practice`: the advisors of record are the demo members' roles, not their names.
    """
    return demo_activity(demo_people(clients, seed, today, practice=practice))


def demo_people(clients: int, seed: int, today: date, *, practice: bool = False) -> DemoPeople:
    """The demo book's people and referrals, numbered, each with their advisor."""
    if clients < 1:
        raise ValueError("a demo book needs at least one contact")
    rng = random.Random(seed)
    day = today.toordinal()
    maker = PeopleMaker(rng)
    n_referrals = clients // 2
    base = _organic_book(rng, maker, clients, clients - n_referrals, day)
    pool = ReferrerPool(rng, day)
    for person in base:
        if person.relationship == "center_of_influence":
            pool.add(person, day - REFERRAL_SPAN - 1)
        elif person.promoter or person is base[0]:
            pool.add(person, (person.since or day) + 30)
    referrals, referred = make_referrals(rng, maker, pool, n_referrals, day)
    del maker, pool  # what they remember (every e-mail address...) is no longer needed
    compensate(rng, referrals, day)
    people = base + referred
    del base, referred
    people.sort(key=lambda p: p.added)  # ids follow the order people joined the book
    for number, person in enumerate(people, 1):
        person.number = number  # its key (the asks are ordered by it) and id follow
    for number, referral in enumerate(referrals, 1):
        referral.number = number  # the program's rewards and event guests name them
    assign_advisors(people, referrals, seed, advisor_names(practice))
    return DemoPeople(rng, seed, today, people, referrals)


@dataclass
class DemoEvents:
    """The triggers and reviews of the people, the last draws of the shared random source."""

    triggers: TriggerLog
    reviews: ReviewLog


def demo_events(found: DemoPeople) -> DemoEvents:
    """The people's triggers and reviews. The rest of what happened (asks, the program)
    has random sources of its own (`demo_activity`)."""
    rng, people, referrals, clients = found.rng, found.people, found.referrals, len(found.people)
    day = found.today.toordinal()
    triggers = make_triggers(rng, people, referrals, 2 * clients, day)
    reviews = make_reviews(rng, people, 3 * clients, day)
    return DemoEvents(triggers, reviews)


def demo_activity(found: DemoPeople, events: DemoEvents | None = None) -> DemoParts:
    """What happened to the people: triggers, reviews, asks and the referral program.
    `events`: the triggers and reviews, when already made (`demo_events`)."""
    people, referrals = found.people, found.referrals
    day = found.today.toordinal()
    if events is None:
        events = demo_events(found)
    triggers, reviews = events.triggers, events.reviews
    conversations = ((people[who - 1], held) for who, held in reviews.conversations())
    asks = make_asks(found.seed, conversations, referrals, day)
    header = {
        "format": BOOK_FORMAT,
        "version": BOOK_VERSION,
        "advisor": {**ADVISOR, **ADVISOR_EXTRAS},
        "trigger_kinds": [
            {"key": k.key, "label": k.label, "talking_point": k.talking_point}
            for k in DEFAULT_TRIGGER_KINDS
        ],
    }
    program = add_program(people, referrals, asks, found.seed, found.today)
    return DemoParts(header, people, triggers, referrals, reviews, asks, program)


def _organic_book(
    rng: random.Random, maker: PeopleMaker, total: int, count: int, day: int
) -> list[Person]:
    """The people not brought in by a referral in the book: clients first, at least one."""
    shares = [round(total * s) for s in (COI_SHARE, FORMER_SHARE, PROSPECT_SHARE)]
    while sum(shares) > count - 1:
        shares[shares.index(max(shares))] -= 1
    n_coi, n_former, n_prospect = shares
    units = client_units(rng, maker, count - n_coi - n_former - n_prospect, day)
    people = [person for unit in units for person in unit]
    people += [center_of_influence(rng, maker, day) for _ in range(n_coi)]
    people += [former_client(rng, maker, day) for _ in range(n_former)]
    people += [prospect(rng, maker, day) for _ in range(n_prospect)]
    return people
