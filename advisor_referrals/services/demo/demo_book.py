"""The demo book: a realistic, reproducible book that a new user sees first and benchmarks use.

`generate_demo_data` returns a whole book in the JSON book format (docs/design.md, "Contracts");
`make_demo_book` loads it into an empty book. With N contacts the book holds N/2
referrals, 3N reviews and 2N triggers (the benchmark book is N = 100,000), and the
asks for introductions that came before some of them; the referral program (programs,
goals, client events, kits with their codes, rewards) is laid over it (`program_demo`).
Everything
is dated relative to `today`, so the Today view always has current follow-ups,
thank-yous owed and reviews due; the same seed and day give the same book.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from advisor_referrals.domain.errors import BookError, BookNotEmptyError
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.services.demo.activity import Review, make_reviews, make_triggers
from advisor_referrals.services.demo.asks import Ask, make_asks
from advisor_referrals.services.demo.clients import (
    center_of_influence,
    client_units,
    former_client,
    prospect,
)
from advisor_referrals.services.demo.demo_writer import DemoParts, write_demo
from advisor_referrals.services.demo.people import IsoDates, PeopleMaker, Person
from advisor_referrals.services.demo.pipeline import (
    DEMO_USER,
    REFERRAL_SPAN,
    Referral,
    ReferrerPool,
    Trigger,
    compensate,
    make_referrals,
    referral_moves,
)
from advisor_referrals.services.demo.practice_people import (
    add_members,
    advisor_names,
    assign_advisors,
    give_tasks,
)
from advisor_referrals.services.demo.program_demo import add_program
from advisor_referrals.services.demo.world import ADVISOR, ADVISOR_EXTRAS
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow, TriggerRow

BOOK_FORMAT = "advisor-referrals-book"
BOOK_VERSION = 1
# Shares of the whole book; the rest of the people not referred are clients.
COI_SHARE = 0.03
FORMER_SHARE = 0.05
PROSPECT_SHARE = 0.03


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    households: int
    referrals: int
    reviews: int
    triggers: int
    location: str = ""
    seconds: float = 0.0

    def __str__(self) -> str:
        where = f" in {self.location}" if self.location else ""
        return (
            f"Demo book ready{where}: {self.contacts:,} contacts ({self.households:,} households), "
            f"{self.referrals:,} referrals, {self.reviews:,} reviews, "
            f"{self.triggers:,} conversation triggers ({self.seconds:.1f} s)."
        )


def generate_demo_data(
    clients: int, seed: int, today: date, *, practice: bool = False
) -> dict[str, Any]:
    """A whole demo book with `clients` contacts, as the parsed JSON book file.

    `practice`: the advisors of record are the demo members' roles, not their names.
    """
    parts = demo_parts(clients, seed, today, practice=practice)
    day = today.toordinal()
    for number, trigger in enumerate(parts.triggers, 1):
        trigger.key = f"t{number}"
    iso = IsoDates(day - 16 * 365, day + 100)
    referral_keys = {id(r): f"r{n}" for n, r in enumerate(parts.referrals, 1)}
    return {
        **parts.header,
        "contacts": [_contact(p, iso) for p in parts.people],
        "triggers": [_trigger(t, iso) for t in parts.triggers],
        "referrals": [_referral(n, r, iso) for n, r in enumerate(parts.referrals, 1)],
        "reviews": [_review(r, iso) for r in parts.reviews],
        "asks": [_ask(a, iso, referral_keys) for a in parts.asks],
        **parts.program,
    }


def demo_parts(clients: int, seed: int, today: date, *, practice: bool = False) -> DemoParts:
    """A whole demo book with `clients` contacts: the people and what happened to them.

    `practice`: the advisors of record are the demo members' roles, not their names.
    """
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
    compensate(rng, referrals, day)
    people = base + referred
    del base, referred
    people.sort(key=lambda p: p.added)  # ids follow the order people joined the book
    for number, person in enumerate(people, 1):
        person.key = f"c{number}"  # the asks are ordered by it
    assign_advisors(people, referrals, seed, advisor_names(practice))
    triggers = make_triggers(rng, people, referrals, 2 * clients, day)
    reviews = make_reviews(rng, people, 3 * clients, day)
    asks = make_asks(seed, reviews, referrals, day)
    for number, referral in enumerate(referrals, 1):
        referral.key = f"r{number}"  # the program's rewards and event guests name them
    header = {
        "format": BOOK_FORMAT,
        "version": BOOK_VERSION,
        "advisor": {**ADVISOR, **ADVISOR_EXTRAS},
        "trigger_kinds": [
            {"key": k.key, "label": k.label, "talking_point": k.talking_point}
            for k in DEFAULT_TRIGGER_KINDS
        ],
    }
    program = add_program(people, referrals, asks, seed, today)
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


def _contact(p: Person, iso: IsoDates) -> dict[str, Any]:
    place = p.place
    return {
        "key": p.key,
        "first_name": p.first,
        "last_name": p.last,
        "preferred_name": p.preferred,
        "relationship": p.relationship,
        "profession": p.profession,
        "email": p.email,
        "phone": p.phone,
        "city": place.city if place else None,
        "region": place.region if place else None,
        "country": place.country if place else None,
        "household": p.household,
        "advisor": p.advisor,
        "segment": p.segment,
        "tier": p.tier,
        "client_since": iso[p.since],
        "has_written_plan": p.plan,
        "do_not_ask": p.do_not_ask,
        "tags": p.tags,
        "notes": p.notes,
        "archived_on": iso[p.archived],
    }


def _trigger(t: Trigger, iso: IsoDates) -> dict[str, Any]:
    return {
        "key": t.key,
        "contact": t.contact.key,
        "kind": t.kind,
        "occurred_on": iso[t.occurred],
        "referral_conversation": t.conversation,
        "notes": t.notes,
    }


def _referral(number: int, r: Referral, iso: IsoDates) -> dict[str, Any]:
    comp = r.comp
    return {
        "key": f"r{number}",
        "referrer": r.referrer.key,
        "referred": r.referred.key,
        "received_on": iso[r.received],
        "status": r.status,
        "channel": r.channel,
        "first_contacted_on": iso[r.first_contacted],
        "thanked_on": iso[r.thanked],
        "converted_on": iso[r.converted],
        "trigger": r.trigger.key if r.trigger else None,
        "notes": r.notes,
        "compensation": None
        if comp is None
        else {
            "kind": comp.kind,
            "value": f"{comp.cents // 100}.{comp.cents % 100:02d}",
            "currency": "USD",
            "agreement_on_file": comp.agreement,
            "disclosure_delivered_on": iso[comp.disclosed],
        },
        "status_history": _history(r, iso),
        "program": r.program,
        "why_refer": r.why_refer,
        "why_refer_notes": "",
        "how_heard": r.how_heard,
        "kit_code": r.kit_code,
        "minutes": r.minutes,
    }


def _history(r: Referral, iso: IsoDates) -> list[dict[str, Any]]:
    return [
        {
            "from": before,
            "to": status,
            "changed_on": iso[day],
            "changed_at": f"{iso[day]}T{hour:02d}:30:00",
            "user": DEMO_USER,
        }
        for before, status, day, hour in referral_moves(r)
    ]


def _ask(a: Ask, iso: IsoDates, referral_keys: dict[int, str]) -> dict[str, Any]:
    return {
        "contact": a.contact.key,
        "asked_on": iso[a.asked],
        "method": a.method,
        "outcome": a.outcome,
        "referral": referral_keys[id(a.referral)] if a.referral is not None else None,
        "notes": a.notes,
        "minutes": a.minutes,
    }


def _review(r: Review, iso: IsoDates) -> dict[str, Any]:
    return {
        "contact": r.contact.key,
        "scheduled_for": iso[r.scheduled],
        "scheduled_time": r.time,
        "kind": r.kind,
        "completed_on": iso[r.completed],
        "nps": r.nps,
        "feedback_requested": r.feedback,
        "referral_conversation": r.conversation,
        "notes": r.notes,
    }


def check_empty(book: Book) -> None:
    with book.session() as session:
        counts = {
            "contacts": session.scalar(select(func.count()).select_from(ContactRow)) or 0,
            "referrals": session.scalar(select(func.count()).select_from(ReferralRow)) or 0,
            "reviews": session.scalar(select(func.count()).select_from(ReviewRow)) or 0,
            "triggers": session.scalar(select(func.count()).select_from(TriggerRow)) or 0,
        }
    held = ", ".join(f"{n:,} {what}" for what, n in counts.items() if n)
    if held:
        raise BookNotEmptyError(
            f"the book at {book.location} already holds {held}; the demo fills only an empty "
            "book. Choose a new book with --db PATH (a file that does not exist yet)."
        )


# The largest book the benchmarks are held to (docs/design.md, "Budgets"); far beyond
# it the generator alone needs gigabytes.
MAX_CLIENTS = 1_000_000


def make_demo_book(
    book: Book,
    *,
    clients: int = 250,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty book with the demo book; refuses a book that holds anything.

    Written straight from the generated people and events (`demo_writer`), in one
    transaction, as importing its book file would (docs/design.md, "Budgets": a
    million contacts within 3 minutes and 1.5 GB). On a practice book (loaded by its
    administrator) the demo's people become members.
    """
    from advisor_referrals.services.book_file.importing import (
        EMPTY_TABLES,
        SUMMARY_ORDER,
        ensure_empty,
    )
    from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
    from advisor_referrals.services.imports.gc_pause import paused_gc
    from advisor_referrals.services.imports.summary import ImportSummary
    from advisor_referrals.services.practice.members import PracticeService

    if not 1 <= clients <= MAX_CLIENTS:
        raise BookError(f"a demo book has from 1 to {MAX_CLIENTS:,} clients, not {clients:,}")
    started = time.perf_counter()
    check_empty(book)
    day = today or date.today()
    practice = PracticeService(book).is_practice
    if practice:
        add_members(book)
    step(progress, 0, 1, "Generating the demo book…")
    with paused_gc():  # millions of generated objects live until the book is written
        parts = demo_parts(clients, seed, day, practice=practice)
        book_writer = BookWriter(book, "book")
        with (
            book_writer.transaction(check_references=False) as session,  # the writer's ids
            BulkWriter(session, rebuild_indexes=EMPTY_TABLES) as writer,
        ):
            ensure_empty(session, book)
            # PostgreSQL checks each row's references again: once per key at the end.
            foreign_keys = ForeignKeysSetAside(session, EMPTY_TABLES)
            counts = write_demo(session, writer, parts, progress)
            writer.finish()
            foreign_keys.restore()
            summary = ImportSummary(
                source="the demo book",
                what="book file",
                dry_run=False,
                counts={noun: counts[noun] for noun in SUMMARY_ORDER},
            )
            book_writer.audit(
                session,
                "import",
                None,
                f"Imported the book file the demo book: {summary.described_counts()}",
            )
    give_tasks(book, practice, day)
    return DemoSummary(
        contacts=counts["contacts"],
        households=counts["households"],
        referrals=counts["referrals"],
        reviews=counts["reviews"],
        triggers=counts["triggers"],
        location=book.location,
        seconds=time.perf_counter() - started,
    )
