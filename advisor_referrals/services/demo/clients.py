"""The organic part of the demo book: client households, former clients, prospects and COIs.

Segments follow the Advisor Impact clusters (engaged about a quarter of clients);
engaged clients get the top service tier more often and more of them have a written
plan (64% against 44%).
"""

from __future__ import annotations

import random

from advisor_referrals.services.demo.people import (
    PeopleMaker,
    Person,
    Weighted,
    below,
    between,
    one_of,
    weighted,
)
from advisor_referrals.services.demo.world import (
    CLIENT_NOTES,
    LIFE_STAGE_TAGS,
    OTHER_TAGS,
    PROFESSIONS,
    PROSPECT_NOTES,
    WORK_TAGS,
)

YEAR = 365
BOOK_SPAN = 15 * YEAR

CLIENT_SEGMENTS = weighted(
    [("engaged", 24), ("content", 36), ("complacent", 24), ("disgruntled", 8), ("unknown", 8)]
)
# Referred clients convert better and engage more.
REFERRED_SEGMENTS = weighted(
    [("engaged", 31), ("content", 36), ("complacent", 20), ("disgruntled", 4), ("unknown", 9)]
)
TIERS = {
    "engaged": weighted([("A", 52), ("B", 34), ("C", 14)]),
    "content": weighted([("A", 20), ("B", 45), ("C", 35)]),
    "complacent": weighted([("A", 10), ("B", 38), ("C", 52)]),
    "disgruntled": weighted([("A", 16), ("B", 40), ("C", 44)]),
    "unknown": weighted([("A", 6), ("B", 30), ("C", 64)]),
}
WRITTEN_PLAN = {"engaged": 0.64}
OTHER_WRITTEN_PLAN = 0.44
# Who ever refers (about 29% of clients do; almost all of them engaged).
PROMOTER_SHARE = {
    "engaged": 0.72,
    "content": 0.2,
    "complacent": 0.07,
    "disgruntled": 0.02,
    "unknown": 0.1,
}
DO_NOT_ASK = {"disgruntled": 0.12}
LIFE_STAGES = weighted(LIFE_STAGE_TAGS)
WORK = weighted(WORK_TAGS)
OTHER = weighted(OTHER_TAGS)
COI_PROFESSIONS = Weighted([(p[0], p[1]) for p in PROFESSIONS], [p[2] for p in PROFESSIONS])


def make_client(
    rng: random.Random,
    person: Person,
    since: int,
    segments: Weighted[str] = CLIENT_SEGMENTS,
    segment: str | None = None,
) -> None:
    person.relationship = "client"
    person.since = person.added = since
    person.segment = segment or segments.pick(rng)
    person.tier = TIERS[person.segment].pick(rng)
    person.plan = rng.random() < WRITTEN_PLAN.get(person.segment, OTHER_WRITTEN_PLAN)
    person.do_not_ask = rng.random() < DO_NOT_ASK.get(person.segment, 0.012)
    person.promoter = rng.random() < PROMOTER_SHARE[person.segment]
    tags = [WORK.pick(rng), OTHER.pick(rng)]
    person.tags = sorted({t for t in tags if t})
    if rng.random() < 0.12:
        person.notes = one_of(rng, CLIENT_NOTES)


def _share_life_stage(rng: random.Random, members: list[Person]) -> None:
    stage = LIFE_STAGES.pick(rng)
    if stage:
        for member in members:
            member.tags = sorted({*member.tags, stage})


def client_units(
    rng: random.Random, maker: PeopleMaker, count: int, today: int
) -> list[list[Person]]:
    """`count` clients in households (couples, a few with an adult child) and singles."""
    units: list[list[Person]] = []
    made = 0
    while made < count:
        left = count - made
        roll = rng.random()
        since = today - 30 - int((BOOK_SPAN - 30) * rng.random() ** 1.15)
        first = maker.person()
        make_client(rng, first, since)
        members = [first]
        if left >= 2 and roll < 0.5:
            members.append(_spouse(rng, maker, first, since))
            if left >= 3 and roll < 0.04:
                child = maker.person(
                    culture=first.culture, surname=first.surname, place=first.place
                )
                make_client(rng, child, min(today - 30, since + below(rng, 3 * YEAR)))
                child.tier = "C"
                child.tags = sorted({*child.tags, "next generation"})
                members.append(child)
            name = maker.household_name(members)
            for member in members:
                member.household = name
        _share_life_stage(rng, members[:2])
        _household_contacts(rng, maker, members)
        units.append(members)
        made += len(members)
    return units


def _spouse(rng: random.Random, maker: PeopleMaker, partner: Person, since: int) -> Person:
    same_sex = rng.random() < 0.04
    woman = partner.woman if same_sex else not partner.woman
    culture = partner.culture if rng.random() < 0.85 else None
    surname = partner.surname if (culture and not same_sex and rng.random() < 0.8) else None
    spouse = maker.person(woman=woman, culture=culture, surname=surname, place=partner.place)
    segment = partner.segment if rng.random() < 0.8 else None
    make_client(rng, spouse, since, segment=segment)
    spouse.tier, spouse.plan = partner.tier, partner.plan
    return spouse


def _household_contacts(rng: random.Random, maker: PeopleMaker, members: list[Person]) -> None:
    home_phone = maker.phone(members[0].place) if rng.random() < 0.5 else None
    for member in members:
        maker.contact_details(member, email_share=0.93, phone_share=0.0)
        member.phone = home_phone or (maker.phone(member.place) if rng.random() < 0.86 else None)


def former_client(rng: random.Random, maker: PeopleMaker, today: int) -> Person:
    person = maker.person()
    since = today - 3 * YEAR - int((BOOK_SPAN - 3 * YEAR) * rng.random())
    make_client(rng, person, since, segment=one_of(rng, ("disgruntled", "complacent", "unknown")))
    person.relationship, person.tier, person.promoter = "former_client", None, False
    person.do_not_ask = rng.random() < 0.2
    if rng.random() < 0.25:
        person.archived = since + below(rng, today - since)
    maker.contact_details(person, email_share=0.8, phone_share=0.6)
    return person


def prospect(rng: random.Random, maker: PeopleMaker, today: int) -> Person:
    person = maker.person()
    person.relationship = "prospect"
    person.added = today - below(rng, 2 * YEAR)
    if rng.random() < 0.4:
        person.notes = one_of(rng, PROSPECT_NOTES)
    if today - person.added > YEAR and rng.random() < 0.2:
        person.archived = person.added + between(rng, 180, 360)
    maker.contact_details(person, email_share=0.9, phone_share=0.6)
    return person


def center_of_influence(rng: random.Random, maker: PeopleMaker, today: int) -> Person:
    person = maker.person()
    profession, domain = COI_PROFESSIONS.pick(rng)
    person.relationship, person.profession = "center_of_influence", profession
    person.promoter = rng.random() < 0.85
    person.added = today - below(rng, BOOK_SPAN)
    if rng.random() < 0.92:
        person.email = maker.email(person, f"{person.roman_last}{domain}.example.com")
    person.phone = maker.phone(person.place)
    return person
