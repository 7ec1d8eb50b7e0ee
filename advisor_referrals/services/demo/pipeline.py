"""The demo book's referral pipeline: who referred whom, how it went, what was paid, what led to it.

Referrals are drawn in date order, so a referred person who became a client can later
refer others (referral chains). Engaged clients and centres of influence refer most.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass

from advisor_referrals.services.demo.clients import REFERRED_SEGMENTS, make_client
from advisor_referrals.services.demo.people import (
    PeopleMaker,
    Person,
    Weighted,
    below,
    between,
    one_of,
    weighted,
)
from advisor_referrals.services.demo.world import REFERRAL_NOTES

DAY = 1
YEAR = 365
REFERRAL_SPAN = 12 * YEAR

# Which part of the book referrals come from (Advisor Impact: engaged clients refer
# most; professionals who see money moments are the other big source).
SOURCE_WEIGHTS = {"coi": 0.26, "engaged": 0.55, "content": 0.14, "other": 0.05}
CHANNELS = weighted(
    [
        ("introduction", 40),
        ("email", 18),
        ("phone", 18),
        ("event", 9),
        ("social", 5),
        ("website", 5),
        ("other", 5),
    ]
)
# Days from received to first contact; None: never reached.
FIRST_CONTACT_DELAYS = weighted(
    [(0, 26), (1, 30), (2, 15), (3, 10), (5, 8), (9, 5), (16, 3), (None, 3)]
)
THANK_DELAYS = weighted([(0, 22), (1, 24), (2, 14), (4, 12), (9, 8), (21, 5), (None, 15)])
OUTCOMES = weighted([("converted", 56), ("not_a_fit", 15), ("lost", 29)])
COMP_KINDS = weighted([("gift", 50), ("fee_waiver", 20), ("cash", 12), ("other", 18)])
COMP_DOLLARS = {
    "gift": (25, 50, 50, 75, 100, 150),
    "other": (60, 85, 120, 150, 200),
    "fee_waiver": (150, 250, 400, 600, 900),
    "cash": (100, 200, 250, 300, 500),
}
AGREEMENT_SHARE = {"cash": 0.6, "fee_waiver": 0.35, "other": 0.05, "gift": 0.03}
COMPENSATED_SHARE = 0.05
DE_MINIMIS_CENTS = 100_000


@dataclass(slots=True)
class Compensation:
    kind: str
    cents: int
    agreement: bool
    disclosed: int | None


@dataclass(slots=True)
class Trigger:
    contact: Person
    kind: str
    occurred: int
    conversation: bool
    notes: str
    key: str = ""  # the trigger's key in the book file and
    number: int = 0  # its place in the book (1, 2...), once the triggers are read in order


DEMO_USER = "demo"  # who recorded the demo referrals' moves


@dataclass(slots=True)
class Referral:
    referrer: Person
    referred: Person
    received: int
    status: str
    channel: str | None = None
    first_contacted: int | None = None
    thanked: int | None = None
    converted: int | None = None
    met: int | None = None  # the first meeting, when there was one
    closed: int | None = None  # the day it became converted, not a fit or lost
    trigger: Trigger | None = None
    notes: str = ""
    comp: Compensation | None = None
    number: int = 0  # the referral's place in the book (1, 2...), which the ids follow
    # The referral program's part (program_demo): the program's key, why the referrer
    # recommends the advisor, how the friend heard, the kit card's code, minutes spent.
    program: str | None = None
    why_refer: str = ""
    how_heard: str | None = None
    kit_code: str = ""
    minutes: int = 0

    @property
    def key(self) -> str:
        """The referral's key in the book file."""
        return f"r{self.number}"


# Recent referrals whose state is fixed, so the Today view always has something to show:
# (days ago, status, days to first contact, days to thank-you).
SHOWCASE: tuple[tuple[int, str, int | None, int | None], ...] = (
    (0, "new", None, None),
    (1, "new", None, None),
    (4, "new", None, None),
    (2, "intended", None, None),
    (10, "intended", None, 1),
    (3, "contacted", 1, None),
    (8, "contacted", 0, 1),
    (6, "meeting", 1, 1),
    (15, "converted", 0, 1),
    (25, "not_a_fit", 1, 2),
    (40, "lost", 2, None),
)


class ReferrerPool:
    """The people who may refer on a given day, by source; they join as they become able."""

    def __init__(self, rng: random.Random, today: int) -> None:
        self.rng = rng
        self.today = today
        self.waiting: list[tuple[int, int, Person]] = []
        self.ready: dict[str, list[Person]] = {name: [] for name in SOURCE_WEIGHTS}
        self._seq = 0

    def add(self, person: Person, available_on: int) -> None:
        self._seq += 1
        heapq.heappush(self.waiting, (available_on, self._seq, person))

    @staticmethod
    def source(person: Person) -> str:
        if person.relationship == "center_of_influence":
            return "coi"
        if person.relationship == "client" and person.segment in ("engaged", "content"):
            return person.segment
        return "other"

    def pick(self, day: int) -> tuple[Person, int]:
        """A referrer for a referral received on `day` (moved later if nobody could refer yet)."""
        while self.waiting and self.waiting[0][0] <= day:
            _, _, person = heapq.heappop(self.waiting)
            self.ready[self.source(person)].append(person)
        if not any(self.ready.values()):
            available_on, _, person = heapq.heappop(self.waiting)
            self.ready[self.source(person)].append(person)
            day = max(day, min(available_on, self.today))
        names = [n for n, people in self.ready.items() if people]
        chooser = Weighted(names, [SOURCE_WEIGHTS[n] for n in names])
        return one_of(self.rng, self.ready[chooser.pick(self.rng)]), day


def received_dates(rng: random.Random, today: int, count: int) -> list[tuple[int, int]]:
    """(received day, showcase index or -1), oldest first; the practice refers more each year."""
    showcase = SHOWCASE if count >= 2 * len(SHOWCASE) else ()
    dates = [
        (today - int(REFERRAL_SPAN * rng.random() ** 2.2), -1) for _ in range(count - len(showcase))
    ]
    dates += [(today - age, i) for i, (age, *_) in enumerate(showcase)]
    dates.sort()
    return dates


def timeline(rng: random.Random, ref: Referral, today: int) -> None:
    """Status and dates of a referral, as far as they have happened by today."""
    received = ref.received
    age = today - received
    if (age <= 75 and rng.random() < 0.2) or rng.random() < 0.01:
        ref.status = "intended"
        if rng.random() < 0.35:
            ref.thanked = _on_or_none(received + below(rng, 3), today)
        return
    thank_delay = THANK_DELAYS.pick(rng)
    if thank_delay is not None:
        ref.thanked = _on_or_none(received + thank_delay + below(rng, 2), today)
    delay = FIRST_CONTACT_DELAYS.pick(rng)
    outcome = OUTCOMES.pick(rng)
    if delay is None:
        ref.status = "lost" if age > 30 else "new"
        if ref.status == "lost":
            ref.closed = received + 30  # given up on after a month of trying
        return
    first = received + delay
    if first > today:
        ref.status = "new"
        return
    ref.first_contacted = first
    meeting = first + between(rng, 3, 22)
    if outcome == "converted":
        closed = meeting + between(rng, 7, 61)
    elif outcome == "not_a_fit":
        closed = meeting + between(rng, 0, 11)
    else:
        closed = meeting + between(rng, 10, 91)
    if meeting <= today and (outcome != "not_a_fit" or meeting < closed):
        ref.met = meeting  # a quick "not a fit" is found on the first call, before any meeting
    if closed <= today:
        ref.status = outcome
        ref.closed = closed
        if outcome == "converted":
            ref.converted = closed
    else:
        ref.status = "meeting" if meeting <= today else "contacted"


def showcase_timeline(ref: Referral, index: int, today: int) -> None:
    _, status, first, thanks = SHOWCASE[index]
    ref.status = status
    ref.first_contacted = None if first is None else ref.received + first
    ref.thanked = None if thanks is None else ref.received + thanks
    if status == "converted":
        ref.converted = today - 2
    if status in ("meeting", "converted") and ref.first_contacted is not None:
        ref.met = min(ref.first_contacted + 2, today)
    if status in ("converted", "not_a_fit", "lost"):
        ref.closed = ref.converted or min(ref.received + 5 + index, today)


def _on_or_none(day: int, today: int) -> int | None:
    return day if day <= today else None


def describe(rng: random.Random, ref: Referral) -> None:
    if ref.status == "intended":
        ref.channel = None if rng.random() < 0.5 else "other"
        templates = REFERRAL_NOTES["intended"]
    else:
        ref.channel = CHANNELS.pick(rng)
        templates = REFERRAL_NOTES[ref.channel]
    if rng.random() < 0.45:
        text = one_of(rng, templates)
        ref.notes = text.format(referrer=ref.referrer.display, referred=ref.referred.display)


def compensate(rng: random.Random, referrals: list[Referral], today: int) -> list[Person]:
    """About 5% of referrals rewarded; one or two promoters over $1,000 without an agreement."""
    for ref in referrals:
        if ref.status != "intended" and rng.random() < COMPENSATED_SHARE:
            kind = COMP_KINDS.pick(rng)
            disclosed = ref.received + below(rng, 6) if rng.random() < 0.85 else None
            ref.comp = Compensation(
                kind,
                100 * one_of(rng, COMP_DOLLARS[kind]),
                rng.random() < AGREEMENT_SHARE[kind],
                None if disclosed is None or disclosed > today else disclosed,
            )
    promoters = _over_de_minimis(rng, referrals, today)
    _agreements_for_big_promoters(referrals, promoters)
    return promoters


def _over_de_minimis(rng: random.Random, referrals: list[Referral], today: int) -> list[Person]:
    recent = [
        ref
        for ref in referrals
        if today - 330 <= ref.received <= today - 14 and ref.status != "intended" and not ref.comp
    ]
    cois = [r.referrer for r in referrals if r.referrer.relationship == "center_of_influence"]
    cois.sort(key=lambda p: p.profession not in ("Realtor", "Mortgage broker"))
    engaged = [
        p
        for p in (r.referrer for r in referrals)
        if p.segment == "engaged" and p.since and p.since < today - 400 and not p.do_not_ask
    ]
    plans = []
    if cois:
        plans.append((cois[0], [("cash", 50_000, True)] * 3))
    if engaged:
        plan = [("fee_waiver", 65_000, True), ("gift", 20_000, False), ("fee_waiver", 35_000, True)]
        plans.append((one_of(rng, engaged), plan))
    promoters = []
    for promoter, payments in plans:
        if len(recent) < len(payments):
            break
        chosen = rng.sample(recent, len(payments))
        for ref, (kind, cents, disclosed) in zip(chosen, payments, strict=True):
            recent.remove(ref)
            ref.referrer = promoter
            ref.notes = ""
            day = ref.received + 1
            ref.comp = Compensation(kind, cents, False, day if disclosed and day <= today else None)
        promoters.append(promoter)
    return promoters


def _agreements_for_big_promoters(referrals: list[Referral], promoters: list[Person]) -> None:
    """Anyone else paid over $1,000 has a written agreement, so only the chosen few are flagged."""
    totals: dict[int, int] = {}
    for ref in referrals:
        if ref.comp:
            totals[id(ref.referrer)] = totals.get(id(ref.referrer), 0) + ref.comp.cents
    flagged = {id(p) for p in promoters}
    for ref in referrals:
        if ref.comp:
            if id(ref.referrer) in flagged:
                ref.comp.agreement = False
            elif totals[id(ref.referrer)] > DE_MINIMIS_CENTS:
                ref.comp.agreement = True


def make_referrals(
    rng: random.Random, maker: PeopleMaker, pool: ReferrerPool, count: int, today: int
) -> tuple[list[Referral], list[Person]]:
    """`count` referrals, oldest first, and the new people they brought into the book."""
    referrals: list[Referral] = []
    referred_people: list[Person] = []
    floor = 0
    for drawn, showcase in received_dates(rng, today, count):
        referrer, day = pool.pick(max(drawn, floor))
        floor = day
        referred = _referred_person(rng, maker, referrer)
        ref = Referral(referrer, referred, day, "new")
        if showcase >= 0:
            showcase_timeline(ref, showcase, today)
        else:
            timeline(rng, ref, today)
        describe(rng, ref)
        _becomes(rng, maker, ref, today, pool)
        referrals.append(ref)
        referred_people.append(referred)
    return referrals, referred_people


def _referred_person(rng: random.Random, maker: PeopleMaker, referrer: Person) -> Person:
    roll = rng.random()
    if roll < 0.1 and referrer.relationship != "center_of_influence":
        # Family: a brother, a sister, a parent.
        return maker.person(
            culture=referrer.culture, surname=referrer.surname, place=referrer.place
        )
    culture = referrer.culture if roll < 0.5 else None
    place = referrer.place if rng.random() < 0.7 else None
    return maker.person(culture=culture, place=place)


def _becomes(
    rng: random.Random, maker: PeopleMaker, ref: Referral, today: int, pool: ReferrerPool
) -> None:
    """The referred person becomes a client on conversion, otherwise stays a prospect."""
    person = ref.referred
    person.added = ref.received
    # Someone only told about us is often just a name.
    intended = ref.status == "intended"
    maker.contact_details(
        person, email_share=0.3 if intended else 0.92, phone_share=0.15 if intended else 0.7
    )
    if ref.converted is not None:
        make_client(rng, person, ref.converted, REFERRED_SEGMENTS)
        if today - ref.converted > 3 * YEAR and rng.random() < 0.07:
            person.relationship, person.tier, person.promoter = "former_client", None, False
        if person.promoter:
            pool.add(person, ref.converted + 60)
    else:
        person.relationship = "prospect"
        closed = ref.status in ("lost", "not_a_fit")
        if closed and today - ref.received > 540 and rng.random() < 0.35:
            person.archived = min(today, ref.received + between(rng, 60, 400))


def referral_moves(r: Referral) -> list[tuple[str | None, str, int, int]]:
    """The referral's moves on the days they happened, as the advisor would have recorded
    them: created, first contact, first meeting, and how it ended. Each move is (from, to,
    day, hour of the day it was recorded)."""
    start = "intended" if r.status == "intended" else "new"
    steps: list[tuple[str, int]] = [(start, r.received)]
    if r.status not in ("intended", "new") and r.first_contacted is not None:
        steps.append(("contacted", r.first_contacted))
    if r.met is not None:
        steps.append(("meeting", r.met))
    if r.closed is not None and r.status in ("converted", "not_a_fit", "lost"):
        steps.append((r.status, r.closed))
    if steps[-1][0] != r.status:  # a referral still at `new` or `contacted` stays put
        steps.append((r.status, steps[-1][1]))
    moves: list[tuple[str | None, str, int, int]] = []
    before: str | None = None
    for status, day in steps:
        if status == before:
            continue
        moves.append((before, status, day, 9 + len(moves)))
        before = status
    return moves
