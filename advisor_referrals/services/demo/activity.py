"""The demo book's activity: conversation triggers and portfolio reviews, relative to today.

Reviews follow each client's tier cadence (A 4 a year, B 2, C 1); the answer to "how
likely are you to recommend us" follows the client's segment. Some clients are
overdue, some reviews were missed, and a few are due this week. Both are kept packed
(`logs`): a million contacts' worth is five million records.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache

from advisor_referrals.domain.nps import PROMOTER_MIN
from advisor_referrals.domain.reviews import DEFAULT_CADENCE
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.services.demo.logs import DayLog, ReviewLog, TriggerLog
from advisor_referrals.services.demo.people import Person, Weighted, weighted
from advisor_referrals.services.demo.pipeline import Referral, Trigger
from advisor_referrals.services.demo.world import REVIEW_NOTES, TRIGGER_NOTES

TRIGGER_WINDOW = 730
KIND_WEIGHTS = {
    "retirement": 14,
    "home_purchase": 12,
    "job_change": 11,
    "home_sale": 8,
    "new_child": 8,
    "college": 7,
    "marriage": 6,
    "inheritance": 6,
    "relocation": 6,
    "health_event": 5,
    "death_in_family": 4,
    "windfall": 4,
    "divorce": 3,
    "business_sale": 3,
    "other": 3,
}
KIND_KEYS = [kind.key for kind in DEFAULT_TRIGGER_KINDS]
KINDS = Weighted(KIND_KEYS, [KIND_WEIGHTS.get(k, 3) for k in KIND_KEYS])
TRIGGER_ATTENTION = {"engaged": 3.0, "content": 2.0, "complacent": 1.2}

UPCOMING_DAYS = 42
NPS = {
    "engaged": weighted([(10, 45), (9, 33), (8, 12), (7, 5), (6, 3), (5, 1), (3, 1)]),
    "content": weighted([(10, 15), (9, 25), (8, 28), (7, 17), (6, 8), (5, 4), (4, 2), (3, 1)]),
    "complacent": weighted(
        [(10, 6), (9, 12), (8, 25), (7, 25), (6, 15), (5, 10), (4, 4), (3, 2), (2, 1)]
    ),
    "disgruntled": weighted(
        [
            (10, 1),
            (9, 3),
            (8, 8),
            (7, 12),
            (6, 18),
            (5, 18),
            (4, 15),
            (3, 11),
            (2, 7),
            (1, 4),
            (0, 3),
        ]
    ),
    "unknown": weighted([(10, 12), (9, 22), (8, 28), (7, 18), (6, 10), (5, 6), (4, 3), (2, 1)]),
}
REVIEW_KIND_NAMES = ("in_person", "video", "phone")
REVIEW_KINDS = weighted(list(zip(REVIEW_KIND_NAMES, (55, 30, 15), strict=True)))
MEETING_TIMES = tuple(f"{h:02d}:{m:02d}:00" for h in range(9, 17) for m in (0, 30) if h != 12)
FEEDBACK_ASKED = {"engaged": 0.75, "content": 0.5, "disgruntled": 0.45}


# Reviews are held on working days: not at weekends, not on these holidays.
HOLIDAYS = frozenset(
    date(year, month, day).toordinal()
    for year in range(1990, 2101)
    for month, day in ((1, 1), (7, 4), (12, 24), (12, 25), (12, 31))
)


def workday(day: int, earliest: int, latest: int) -> int:
    """The working day nearest `day` within [earliest, latest] (or `day` if there is none)."""
    if earliest <= day - 3 and day + 3 <= latest:  # nearly always: the same for every client
        return _nearest_workday(day)
    for candidate in (day, day + 1, day - 1, day + 2, day - 2, day + 3, day - 3):
        if (
            earliest <= candidate <= latest
            and (candidate - 1) % 7 < 5
            and candidate not in HOLIDAYS
        ):
            return candidate
    return day


@cache
def _nearest_workday(day: int) -> int:
    for candidate in (day, day + 1, day - 1, day + 2, day - 2, day + 3, day - 3):
        if (candidate - 1) % 7 < 5 and candidate not in HOLIDAYS:
            return candidate
    return day


def make_triggers(
    rng: random.Random, people: list[Person], referrals: list[Referral], count: int, today: int
) -> TriggerLog:
    """`count` triggers over the past two years; some led to a referral (and are linked)."""
    rand = rng.random
    start = today - TRIGGER_WINDOW
    log = TriggerLog(KIND_KEYS, TRIGGER_NOTES)
    for ref in referrals:
        if len(log) >= count // 3:
            break
        person = ref.referrer
        if ref.received < start or person.relationship != "client" or rand() >= 0.35:
            continue
        occurred = max(start, ref.received - int(rand() * 31), person.since or start)
        kind = KINDS.pick(rng)
        note = _note(rand, kind)
        occurred = min(occurred, ref.received)
        text = TRIGGER_NOTES[kind][note - 1] if note else ""
        ref.trigger = Trigger(person, kind, occurred, True, text)
        log.add_trigger(person.number, kind, occurred, True, note, ref.trigger)
    weights = [_attention(p) for p in people]
    if not any(weights):
        weights = [1.0] * len(people)
    who = Weighted(people, weights)
    add = log.add_trigger
    for n in range(count - len(log)):
        person = who.pick(rng)
        # Every kind of the library appears, even in a small book.
        kind = KIND_KEYS[n] if n < len(KIND_KEYS) else KINDS.pick(rng)
        low = min(today, max(start, person.since or person.added))
        occurred = low + int(rand() * (today - low + 1))
        asked = (person.segment == "engaged" and rand() < 0.35) or rand() < 0.12
        add(person.number, kind, occurred, asked and not person.do_not_ask, _note(rand, kind))
    return log


def _attention(person: Person) -> float:
    if person.archived is not None:
        return 0.0
    if person.relationship == "client":
        return TRIGGER_ATTENTION.get(person.segment, 1.0)
    return 0.4 if person.relationship == "prospect" else 0.0


def _note(rand: Callable[[], float], kind: str) -> int:
    """Whether a trigger has a note (0: none), and which (1 + its place)."""
    return 1 + int(rand() * len(TRIGGER_NOTES[kind])) if rand() < 0.55 else 0


class _Plans:
    """Each client's review rhythm: last review, interval, jitter and client since (days),
    in four arrays, one entry per client."""

    def __init__(self) -> None:
        self.last: array[int] = array("q")
        self.interval: array[int] = array("q")
        self.jitter: array[int] = array("q")
        self.since: array[int] = array("q")

    def append(self, last: int, interval: int, jitter: int, since: int) -> None:
        self.last.append(last)
        self.interval.append(interval)
        self.jitter.append(jitter)
        self.since.append(since)

    def __len__(self) -> int:
        return len(self.last)

    def rows(self, stride: int = 1) -> Iterator[tuple[int, int, int, int]]:
        if stride == 1:
            return zip(self.last, self.interval, self.jitter, self.since, strict=True)
        return zip(
            self.last[::stride],
            self.interval[::stride],
            self.jitter[::stride],
            self.since[::stride],
            strict=True,
        )


def make_reviews(rng: random.Random, people: list[Person], count: int, today: int) -> ReviewLog:
    """Exactly `count` reviews: every upcoming one, then past ones, newest first, as room allows."""
    rand = rng.random
    clients = [p for p in people if p.relationship == "client" and p.tier and p.archived is None]
    this_week = {id(p) for p in rng.sample(clients, min(3, len(clients)))}
    upcoming: list[tuple[Person, int]] = []  # (client, day booked)
    plans = _Plans()
    for person in clients:
        interval = 365 // DEFAULT_CADENCE[person.tier or "C"]
        jitter = max(3, interval // 12)
        since = person.since if person.since is not None else today
        overdue = id(person) not in this_week and rand() < (
            0.12 if person.segment in ("complacent", "disgruntled") else 0.06
        )
        last = today - (interval + 10 + int(rand() * 140) if overdue else int(rand() * interval))
        plans.append(last, interval, jitter, since)
        if overdue:
            missed = last + interval
            if since <= missed <= today - 3 and rand() < 0.4:
                upcoming.append((person, workday(missed, since, today - 1)))
            continue
        if id(person) in this_week:
            nxt = today + (0, 1, 2, 4)[int(rand() * 4)]
        elif last >= since:
            nxt = last + interval - jitter + int(rand() * (2 * jitter + 1))
        else:
            nxt = since + 30  # a new client's first review
        if nxt <= today + UPCOMING_DAYS:
            upcoming.append((person, workday(max(nxt, today), today, today + 90)))
    log = ReviewLog(REVIEW_KIND_NAMES, MEETING_TIMES, REVIEW_NOTES)
    for person, booked in upcoming[:count]:
        kind = REVIEW_KINDS.pick_with(rand)
        time = 1 + int(rand() * len(MEETING_TIMES)) if booked >= today else 0
        log.add_review(person.number, booked, None, kind=kind, time=time)
    room = count - len(log)
    past = _past_days(rand, plans, _horizon(plans, room, today))
    if len(past) < room:
        past = _past_days(rand, plans, 0)
    del plans
    for day, entry in past.newest(room):
        person = clients[entry >> 1]
        _past_review(rand, log, person, workday(day, person.since or day, today), entry & 1)
    _extra(rand, log, clients, count - len(log), today)
    return log


def _past_days(rand: Callable[[], float], plans: _Plans, horizon: int) -> DayLog:
    """Each client's past reviews back to the horizon, by day: the client's place among
    the clients times two, plus 1 for the client's latest review."""
    past = DayLog()
    days = past.days
    count = 0
    for index, (last, interval, jitter, since) in enumerate(plans.rows()):
        low = max(since, horizon)
        day, latest = last, 1
        step = interval - jitter
        spread = 2 * jitter + 1
        entry = index << 1
        while day >= low:
            bucket = days.get(day)
            if bucket is None:
                bucket = days[day] = array("q")
            bucket.append(entry | latest)
            count += 1
            day -= step + int(rand() * spread)
            latest = 0
    past.count = count
    return past


def _horizon(plans: _Plans, room: int, today: int) -> int:
    """About how far back reviews must go to fill `room`, estimated on a sample of clients.

    Generating only that far saves drawing (and then dropping) years of older reviews.
    """
    if not len(plans) or room <= 0:
        return today
    stride = max(1, len(plans) // 2000)
    sample = list(plans.rows(stride))
    wanted = room * 1.1 + 50

    def approx(days_back: int) -> float:
        low_day = today - days_back
        total = 0
        for last, interval, _, since in sample:
            low = max(since, low_day)
            if last >= low:
                total += (last - low) // interval + 1
        return total * len(plans) / len(sample)

    lo, hi = 0, 20 * 365
    if approx(hi) < wanted:
        return 0
    while lo < hi:
        mid = (lo + hi) // 2
        if approx(mid) >= wanted:
            hi = mid
        else:
            lo = mid + 1
    return today - lo - 30


def _past_review(
    rand: Callable[[], float], log: ReviewLog, person: Person, day: int, latest: int
) -> None:
    if not latest and rand() < 0.05:  # missed
        log.add_review(person.number, day, None, kind=REVIEW_KINDS.pick_with(rand))
        return
    roll = rand()
    scheduled = day if roll < 0.8 else (day - 1 - int(rand() * 7) if roll < 0.95 else None)
    kind = REVIEW_KINDS.pick_with(rand)
    segment = person.segment
    feedback = rand() < FEEDBACK_ASKED.get(segment, 0.35)
    nps = NPS[segment].pick_with(rand) if feedback and rand() < 0.85 else None
    conversation = False
    if not person.do_not_ask:
        conversation = rand() < (0.35 if (nps or 0) >= PROMOTER_MIN else 0.06)
    note = 1 + int(rand() * len(REVIEW_NOTES)) if rand() < 0.25 else 0
    log.add_held(person.number, day, scheduled, nps, kind, feedback, conversation, note)


def _extra(
    rand: Callable[[], float], log: ReviewLog, clients: list[Person], room: int, today: int
) -> None:
    """Check-in meetings, for the rare book too young to hold its share of reviews."""
    for _ in range(max(0, room) if clients else 0):
        person = clients[int(rand() * len(clients))]
        since = min(person.since or today, today)
        held = workday(since + int(rand() * (today - since + 1)), since, today)
        _past_review(rand, log, person, held, 1)
