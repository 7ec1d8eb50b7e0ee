"""The demo book's referral program: programs, client events, kits with their codes, goals,
rewards, why clients refer, how their friends heard, and the time asks took.

It is laid over the generated people and referrals (`demo_parts`) with a random source of
its own, so the rest of the demo book is the same with or without it, and the same seed
and day give the same program. It sets the program's fields on the referrals and asks
and returns its own sections as the book file has them (few records, keyed like the
file), so the direct writer and the file import lay down the same program. It adds no
people: event guests are friends already referred through the channel "event", and the
kit cards name kits made for the referrers.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from advisor_referrals.domain.program import COMPENSATION_OF, RewardKind, reward_due_on
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.referral_sources import CODE_ALPHABET, CODE_LENGTH, DEFAULT_REASONS
from advisor_referrals.services.demo.asks import Ask
from advisor_referrals.services.demo.people import Person
from advisor_referrals.services.demo.pipeline import Compensation, Referral

Record = dict[str, Any]
REASON_WEIGHTS = (24, 18, 22, 26, 10)  # planning, responsiveness, expertise, trust, life event
EVENT_QUARTERS = 8
PROGRAM_SHARE = 0.35  # of the referrals a program could take, those the client made under it
RECENT_DAYS = 45  # an event this recent shows its guests waiting on the Today view


def day(ordinal: int | None) -> date | None:
    return None if ordinal is None else date.fromordinal(ordinal)


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# The sections the program adds to the book file, in the order they are loaded.
HEADER_SECTIONS = ("programs", "goals")  # pointing at nothing: loaded before the people
LATER_SECTIONS = ("kit_history", "events", "rewards")  # pointing at people and referrals


def add_program(
    people: list[Person],
    referrals: list[Referral],
    asks: list[Ask],
    seed: int,
    today: date,
) -> dict[str, list[Record]]:
    """Set the program's fields on the generated referrals and asks; the program's own
    sections of the book file. The people and referrals must have their keys."""
    rng = random.Random(seed * 7919 + 18)
    kits = _kits(rng, people, today)
    programs = _programs(today)
    kit_history = [k for entries in kits.values() for k in entries]
    kit_history.sort(key=lambda k: (k["generated_at"], k["contact"]))
    events = _events(rng, people, referrals, today)
    for r in referrals:
        _sources(rng, r, kits)
    rewards = _rewards(rng, referrals, programs, today)
    goals = _goals(people, referrals, today)
    for ask in asks:  # the advisor's time on each ask, 10 to 30 minutes
        ask.minutes = 10 + 5 * rng.randrange(5)
    return {
        "programs": [p for p, _ in programs],
        "goals": goals,
        "kit_history": kit_history,
        "events": events,
        "rewards": rewards,
    }


def _code(rng: random.Random) -> str:
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _kits(rng: random.Random, people: list[Person], today: date) -> dict[str, list[Record]]:
    """Kits made over the last two years, mostly for engaged clients."""
    kits: dict[str, list[Record]] = {}
    taken: set[str] = set()
    for person in people:
        key = person.key
        if person.relationship != "client" or person.archived is not None:
            continue
        chance = 0.45 if person.segment == "engaged" else 0.06
        if rng.random() >= chance:
            continue
        since = day(person.since) or today - timedelta(days=720)
        first = max(since, today - timedelta(days=720))
        if first >= today:
            continue
        made = first + timedelta(days=rng.randrange((today - first).days))
        code = _code(rng)
        while code in taken:
            code = _code(rng)
        taken.add(code)
        kits[key] = [
            {
                "contact": key,
                "generated_at": datetime.combine(made, time(9 + rng.randrange(8), 5)).isoformat(),
                "generated_by": "maria",
                "page_size": "letter",
                "pages": 5,
                "file_name": f"kit-{key}.pdf",
                "code": code,
            }
        ]
    return kits


def _programs(today: date) -> list[tuple[Record, Any]]:
    """(program, who it is for) for the programs of the demo practice."""
    last_summer = date(today.year - 1, 6, 1)
    # A six-week window that is running today: long enough to act on, short enough to urge.
    start, end = today - timedelta(days=10), today + timedelta(days=32)

    def program(key: str, name: str, **fields: Any) -> Record:
        base: Record = {
            "key": key,
            "name": name,
            "kind": "evergreen",
            "starts_on": None,
            "ends_on": None,
            "audience": "clients",
            "audience_value": "",
            "reward_kind": "invitation",
            "reward_value": None,
            "reward_when": "became_client",
            "reward_text": "",
            "friend_offer": "",
            "kit_wording": "",
            "notes": "",
            "active": True,
        }
        base.update(fields)
        return base

    return [
        (
            program(
                "p1",
                "Client appreciation dinner",
                starts_on=iso(today - timedelta(days=4 * 365)),
                reward_text="Two seats at the autumn client dinner",
                friend_offer="A complimentary financial check-up",
                kit_wording="When someone you introduce becomes a client, two seats at our "
                "autumn client dinner are yours.",
            ),
            "client",
        ),
        (
            program(
                "p2",
                "Give back this season",
                kind="limited_time",
                starts_on=iso(start),
                ends_on=iso(end),
                audience="segment",
                audience_value="engaged",
                reward_kind="donation",
                reward_value="100.00",
                reward_when="introduction",
                reward_text="$100 to the charity of the client's choice",
                friend_offer="A second opinion on their plan, at no cost",
                kit_wording=f"Until {end.strftime('%B')} {end.day}, for every friend you "
                "introduce we will give $100 to the charity of your choice.",
            ),
            "engaged",
        ),
        (
            program(
                "p3",
                "Summer thank-you",
                kind="limited_time",
                starts_on=iso(last_summer),
                ends_on=iso(last_summer + timedelta(days=91)),
                reward_kind="gift_card",
                reward_value="50.00",
                audience="segment",
                audience_value="engaged",
                reward_when="first_meeting",
                reward_text="A $50 restaurant gift card",
                active=False,
            ),
            "engaged",
        ),
        (
            program(
                "p4",
                "Professional partners",
                starts_on=iso(today - timedelta(days=3 * 365)),
                audience="centers_of_influence",
                reward_kind="invitation",
                reward_when="introduction",
                reward_text="Seats at the partners' lunch each spring",
            ),
            "center_of_influence",
        ),
    ]


def _matches(who: str, person: Person) -> bool:
    if who == "center_of_influence":
        return person.relationship == "center_of_influence"
    if person.relationship != "client":
        return False
    return who in ("client", person.segment)


def _runs_on(program: Record, on: date) -> bool:
    start, end = _parsed(program["starts_on"]), _parsed(program["ends_on"])
    return (start is None or start <= on) and (end is None or on <= end)


def _parsed(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _events(
    rng: random.Random, people: list[Person], referrals: list[Referral], today: date
) -> list[Record]:
    """An event a quarter for two years, one held last week and one coming up."""
    living = [p for p in people if p.relationship == "client" and p.archived is None]
    clients = [p.key for p in living]
    engaged = [p.key for p in living if p.segment == "engaged"]
    quarter = Quarter.containing(today)
    dates = []
    for _ in range(EVENT_QUARTERS):
        quarter = quarter.previous()
        dates.append(quarter.start + timedelta(days=35 + rng.randrange(30)))
    dates = [*sorted(dates), today - timedelta(days=6), today + timedelta(days=24)]
    names = (
        "Wine tasting",
        "Harbour cruise",
        "Garden brunch",
        "Cooking class",
        "Estate planning evening",
        "Gallery night",
        "Golf clinic",
        "Winter concert",
    )
    by_day: dict[date, list[Referral]] = {}
    for r in referrals:
        if r.channel == "event" and r.status != "intended":
            by_day.setdefault(date.fromordinal(r.received), []).append(r)
    events = []
    for number, held in enumerate(dates):
        recent = held >= today - timedelta(days=RECENT_DAYS)
        guests = [] if held > today else _guests(referrals if recent else [], by_day, held, today)
        hosts = {g.referrer.key for g in guests}
        pool = rng.sample(engaged, min(len(engaged), 22)) + rng.sample(
            clients, min(len(clients), 8)
        )
        invited = list(dict.fromkeys([*sorted(hosts), *pool]))
        name = (
            names[number % len(names)]
            if held < today - timedelta(days=7)
            else ("Client appreciation evening" if held <= today else "Autumn client dinner")
        )
        events.append(
            {
                "key": f"e{number + 1}",
                "name": name,
                "held_on": held.isoformat(),
                "place": rng.choice(
                    ("Harbour Room", "The Conservatory", "Lopes office", "Riverside Club")
                ),
                "capacity": 60,
                "cost": f"{800 + 50 * rng.randrange(60)}.00",
                "minutes": 180 + 30 * rng.randrange(8),
                "notes": "",
                "invitations": [_invitation(rng, k, k in hosts, held, today) for k in invited],
                "guests": [
                    {
                        "host": g.referrer.key,
                        "contact": g.referred.key,
                        "referral": g.key,
                        "attended": True,
                    }
                    for g in guests
                ],
            }
        )
    return events


def _guests(
    recent: list[Referral], by_day: dict[date, list[Referral]], held: date, today: date
) -> list[Referral]:
    """Friends referred through an event in the three weeks after it (the friend called
    after the evening), or, for last week's event, new referrals still waiting for the
    advisor's first call."""
    if recent:
        waiting = [
            r
            for r in recent
            if r.status == "new"
            and r.thanked is None
            and held <= date.fromordinal(r.received) < today
        ][:3]
        for r in waiting:
            r.channel = "event"
        return waiting
    return [r for offset in range(21) for r in by_day.get(held + timedelta(days=offset), [])]


def _invitation(rng: random.Random, key: str, host: bool, held: date, today: date) -> Record:
    invited = held - timedelta(days=28)
    if held > today:
        rsvp = rng.choice(("pending", "pending", "yes", "no", "maybe"))
        return {
            "contact": key,
            "guest_places": 2,
            "rsvp": rsvp,
            "attended": False,
            "invited_on": iso(min(invited, today)),
        }
    rsvp = "yes" if host else rng.choices(("yes", "no", "maybe"), (55, 35, 10))[0]
    attended = host or (rsvp == "yes" and rng.random() < 0.85)
    return {
        "contact": key,
        "guest_places": 2 if rsvp == "yes" else 1,
        "rsvp": rsvp,
        "attended": attended,
        "invited_on": iso(invited),
    }


def _sources(rng: random.Random, r: Referral, kits: dict[str, list[Record]]) -> None:
    """Why the referrer recommends the advisor, how the friend heard, and time spent."""
    received = date.fromordinal(r.received).isoformat()
    from_coi = r.referrer.relationship == "center_of_influence"
    reason = (
        None
        if r.status == "intended" or rng.random() < 0.3
        else (
            rng.choice(("Expertise", "Responsiveness"))
            if from_coi
            else rng.choices(DEFAULT_REASONS, REASON_WEIGHTS)[0]
        )
    )
    r.why_refer = reason or ""
    kit = next(
        (k for k in kits.get(r.referrer.key, []) if k["generated_at"][:10] < received),
        None,
    )
    r.kit_code = ""
    if r.channel == "event":
        how: str | None = "event"
    elif from_coi:
        how = "center_of_influence"
    elif r.channel in ("website", "social"):
        how = "online"
    elif kit is not None and rng.random() < 0.45:
        how = "kit_card"
        r.kit_code = f"{kit['code']}-{1 + rng.randrange(8)}"
    else:
        how = "conversation" if rng.random() < 0.8 else None
    r.how_heard = how
    minutes = 0
    if r.first_contacted is not None:
        minutes += 15 + 5 * rng.randrange(8)
    if r.status in ("meeting", "converted"):
        minutes += 60 + 15 * rng.randrange(5)
    r.minutes = minutes
    r.program = None


def _cents(value: str) -> int:
    whole, _, part = value.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def _rewards(
    rng: random.Random,
    referrals: Iterable[Referral],
    programs: list[tuple[Record, Any]],
    today: date,
) -> list[Record]:
    rewards = []
    for r in referrals:
        received = date.fromordinal(r.received)
        candidates = [
            p for p, who in programs if _matches(who, r.referrer) and _runs_on(p, received)
        ]
        candidates.sort(key=lambda p: p["kind"] != "limited_time")
        if not candidates or rng.random() > PROGRAM_SHARE:
            continue
        program = candidates[0]
        r.program = program["key"]
        earned = _earned(r, program["reward_when"])
        if earned is None:
            continue
        due = reward_due_on(earned)
        given = None
        if due < today - timedelta(days=10) or (due < today and rng.random() < 0.5):
            given = min(today, earned + timedelta(days=rng.randrange(3, 20)))
        kind = RewardKind(program["reward_kind"])
        rewards.append(
            {
                "referral": r.key,
                "program": program["key"],
                "kind": kind.value,
                "value": program["reward_value"],
                "earned_on": earned.isoformat(),
                "due_on": due.isoformat(),
                "given_on": iso(given),
                "notes": "",
            }
        )
        if kind in COMPENSATION_OF and r.comp is None:
            disclosed = received + timedelta(days=rng.randrange(3)) if rng.random() < 0.9 else None
            r.comp = Compensation(
                kind=COMPENSATION_OF[kind].value,
                cents=_cents(program["reward_value"]),
                agreement=False,
                disclosed=min(disclosed, today).toordinal() if disclosed else None,
            )
    return rewards


def _earned(r: Referral, when: str) -> date | None:
    status, received, converted = r.status, date.fromordinal(r.received), day(r.converted)
    if when == "introduction":
        return None if status == "intended" else received
    if when == "became_client":
        return converted if status == "converted" else None
    if status == "converted":
        return converted
    if status == "meeting" and r.first_contacted is not None:
        return day(r.first_contacted)
    return None


def _goals(people: list[Person], referrals: list[Referral], today: date) -> list[Record]:
    """Goals for last quarter (set a little above the quarter before it) and for this quarter
    and year (a little above the pace so far, so some are behind and some ahead)."""
    quarter = Quarter.containing(today)
    last = quarter.previous()
    elapsed = ((today - quarter.start).days + 1) / ((quarter.end - quarter.start).days + 1)

    def engaged(p: Person) -> bool:
        return p.relationship == "client" and p.segment == "engaged"

    def received(first: date, end: date, only: Any = None) -> int:
        return sum(
            1
            for r in referrals
            if r.status != "intended"
            and first.toordinal() <= r.received <= end.toordinal()
            and (only is None or only(r.referrer))
        )

    def converted(first: date, end: date) -> int:
        return sum(
            1
            for r in referrals
            if r.converted is not None and first.toordinal() <= r.converted <= end.toordinal()
        )

    def goal(figure: str, target: float, q: Quarter | None, notes: str) -> Record:
        return {
            "figure": figure,
            "target": max(2, round(target)),
            "period": "quarter" if q else "year",
            "year": q.year if q else today.year,
            "quarter": q.number if q else None,
            "notes": notes,
        }

    before = last.previous()
    pace = 1 / max(elapsed, 0.2)
    year_start = date(today.year, 1, 1)
    year_elapsed = ((today - year_start).days + 1) / 365
    return [
        goal(
            "referrals_received",
            1.15 * received(before.start, before.end),
            last,
            "A little above the quarter before: ask after every good review.",
        ),
        goal(
            "referrals_converted",
            1.15 * converted(before.start, before.end),
            last,
            "Follow up every introduction within two days.",
        ),
        goal(
            "referrals_received",
            1.2 * pace * received(quarter.start, today),
            quarter,
            "Twenty per cent above our pace: the season's donation drive should lift it.",
        ),
        goal(
            "referrals_from_engaged",
            0.9 * pace * received(quarter.start, today, engaged),
            quarter,
            "Engaged clients refer most; keep them engaged.",
        ),
        goal(
            "referrals_converted",
            1.1 * pace * converted(quarter.start, today),
            quarter,
            "Meet every referred friend within a week.",
        ),
        goal(
            "engaged_reviews",
            0.25 * sum(3 for p in people if engaged(p)),
            quarter,
            "Three reviews a year with every engaged client.",
        ),
        goal(
            "referrals_received",
            1.1 * received(year_start, today) / max(year_elapsed, 0.2),
            None,
            "The year's pace so far, plus a tenth.",
        ),
    ]
