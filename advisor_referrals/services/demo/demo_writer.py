"""Writing a generated demo book straight into a book, without the book file's round trip.

The demo book used to be built as a parsed book file (a dict per record) and loaded
through the file's checking loader. For a million contacts that took six minutes and
3.8 GB: each of 6.5 million records was built as text, then read back and checked
field by field. Here the generated people and events are written as they are, with the
bulk writer; only the small sections (the advisor, the trigger kinds) still go through
the loader. The data is made by our own generator, so there is nothing to check, and a
test holds both ways to the same book.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import (
    CompensationKind,
    Relationship,
    Segment,
    Tier,
)
from advisor_referrals.domain.referrals import Compensation
from advisor_referrals.services.book_file.loader import BookLoader
from advisor_referrals.services.demo.activity import MEETING_TIMES, Review
from advisor_referrals.services.demo.asks import Ask
from advisor_referrals.services.demo.people import Person
from advisor_referrals.services.demo.pipeline import DEMO_USER, Referral, Trigger, referral_moves
from advisor_referrals.services.imports.bulk_writer import CHUNK, BulkWriter, table
from advisor_referrals.services.imports.contact_values import normalised_contact
from advisor_referrals.services.imports.row_inserts import insert_values, stored_text
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.storage.rows import compensation_columns

STEP_EVERY = 20_000
TRIGGER_COLUMNS = (
    "id",
    "contact_id",
    "kind_id",
    "occurred_on",
    "referral_conversation",
    "notes",
)
REFERRAL_COLUMNS = (
    "id",
    "referrer_id",
    "referred_id",
    "received_on",
    "status",
    "channel",
    "first_contacted_on",
    "thanked_on",
    "converted_on",
    "trigger_id",
    "notes",
    *compensation_columns(None),
    "program_id",
    "why_refer",
    "why_refer_notes",
    "how_heard",
    "kit_code",
    "minutes",
)
MOVE_COLUMNS = (
    "id",
    "referral_id",
    "from_status",
    "to_status",
    "changed_on",
    "changed_at",
    "user",
)
ASK_COLUMNS = (
    "id",
    "contact_id",
    "asked_on",
    "method",
    "outcome",
    "referral_id",
    "notes",
    "minutes",
)
REVIEW_COLUMNS = (
    "id",
    "contact_id",
    "scheduled_for",
    "scheduled_time",
    "kind",
    "completed_on",
    "nps",
    "feedback_requested",
    "referral_conversation",
    "notes",
    "cancelled_on",
    "rescheduled_from_id",
)


@dataclass
class DemoParts:
    """A generated demo book: its people (in the order they joined) and what happened."""

    header: dict[str, Any]  # format, version, advisor and trigger kinds, as in a book file
    people: list[Person]
    triggers: list[Trigger]
    referrals: list[Referral]
    reviews: list[Review]
    asks: list[Ask]
    # The referral program's own sections, as the book file has them (program_demo).
    program: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


class _Days(dict[int, date]):
    """Dates by ordinal, each made once."""

    def __missing__(self, ordinal: int) -> date:
        day = date.fromordinal(ordinal)
        self[ordinal] = day
        return day


class _IsoDays(dict[int, str]):
    """The same as ISO text, as the bulk writer stores dates (`stored_text`)."""

    def __missing__(self, ordinal: int) -> str:
        text = date.fromordinal(ordinal).isoformat()
        self[ordinal] = text
        return text


def _lookup(kind: Any) -> dict[str, Any]:
    return {member.value: member for member in kind}


RELATIONSHIPS = _lookup(Relationship)
SEGMENTS = _lookup(Segment)
TIERS = _lookup(Tier)
COMP_KINDS = _lookup(CompensationKind)


def write_demo(
    session: Session, writer: BulkWriter, parts: DemoParts, progress: Progress | None = None
) -> Counter[str]:
    """Write the demo book into an empty book's open transaction; what was written."""
    from advisor_referrals.services.book_file.importing import load_sections
    from advisor_referrals.services.demo.program_demo import HEADER_SECTIONS, LATER_SECTIONS

    # The advisor, the trigger kinds, the programs and goals (the big sections come next).
    header = {**parts.header, **{name: parts.program.get(name, []) for name in HEADER_SECTIONS}}
    loader = BookLoader(session, header, writer)
    load_sections(loader)
    if loader.problems:  # our own data: a problem here is a fault of the generator
        raise AssertionError(f"the demo book's header is not valid: {loader.problems[0]}")
    counts = Counter(loader.counts)
    total = (
        len(parts.people)
        + len(parts.triggers)
        + len(parts.referrals)
        + len(parts.reviews)
        + len(parts.asks)
    )
    done = 0

    def advance(what: str) -> Callable[[int], None]:
        def tick(count: int) -> None:
            nonlocal done
            done += count
            step(progress, done, total, f"Saving {what}…")

        return tick

    counts.update(
        contacts=len(parts.people),
        households=len({p.household for p in parts.people if p.household}),
        triggers=len(parts.triggers),
        referrals=len(parts.referrals),
        reviews=len(parts.reviews),
        asks=len(parts.asks),
    )
    # Each list is emptied once written: a million contacts' events are most of the memory.
    _contacts(writer, parts.people, _Days(), advance("contacts"))
    days = _IsoDays()  # the other tables' rows are written as stored (`stored_text`)
    _triggers(writer, parts.triggers, loader.kinds, days, advance("triggers"))
    parts.triggers.clear()  # those a referral names live on through it
    _referrals(writer, parts.referrals, loader.program_ids, days, advance("referrals"))
    _moves(writer, parts.referrals, days)
    _asks(writer, parts.asks, days, advance("asks"))  # before the referrals they name go
    parts.asks.clear()
    later = {name: parts.program.get(name, []) for name in LATER_SECTIONS}
    counts.update(_program_records(session, writer, later, parts, loader.program_ids))
    parts.referrals.clear()
    _reviews(writer, parts.reviews, days, advance("reviews"))
    parts.reviews.clear()
    step(progress, total, total, "Saving…")
    return counts


def _program_records(
    session: Session,
    writer: BulkWriter,
    sections: dict[str, list[dict[str, Any]]],
    parts: DemoParts,
    program_ids: dict[str, int],
) -> Counter[str]:
    """The program's kits, events and rewards through the book file's loader (a few
    records), with the keys of the people and referrals already written."""
    from advisor_referrals.services.book_file.extras import BookExtras
    from advisor_referrals.services.book_file.program_sections import ProgramSections

    loader = BookLoader(session, sections, writer)
    named = {k["contact"] for k in sections["kit_history"]}
    for event in sections["events"]:
        named.update(i["contact"] for i in event["invitations"])
        named.update(g[who] for g in event["guests"] for who in ("host", "contact"))
    loader.contact_ids = {p.key: p.number for p in parts.people if p.key in named}
    cited = {r["referral"] for r in sections["rewards"]}
    cited.update(g["referral"] for event in sections["events"] for g in event["guests"])
    loader.referral_ids = {r.key: r.number for r in parts.referrals if r.key in cited}
    loader.program_ids = program_ids
    BookExtras(loader).kit_history()
    program = ProgramSections(loader)
    program.events()
    program.rewards()
    if loader.problems:  # our own data: a problem here is a fault of the generator
        raise AssertionError(f"the demo book's program is not valid: {loader.problems[0]}")
    return loader.counts


def _contacts(
    writer: BulkWriter, people: Sequence[Person], days: _Days, tick: Callable[[int], None]
) -> None:
    """Each person as a contact, in order; the person keeps the contact's id."""
    for person in people:
        contact_id = writer.new_id("contacts")
        person.number = contact_id
        place = person.place
        fields = normalised_contact(
            first_name=person.first,
            last_name=person.last,
            preferred_name=person.preferred,
            relationship=RELATIONSHIPS[person.relationship],
            profession=person.profession,
            email=person.email,
            phone=person.phone,
            city=place.city if place else None,
            region=place.region if place else None,
            country=place.country if place else None,
            household=person.household,
            segment=SEGMENTS[person.segment],
            tier=TIERS[person.tier] if person.tier else None,
            client_since=None if person.since is None else days[person.since],
            has_written_plan=person.plan,
            do_not_ask=person.do_not_ask,
            tags=person.tags,
            notes=person.notes,
            advisor=person.advisor,
        )
        archived = None if person.archived is None else days[person.archived]
        writer.add_contact(contact_id, fields, archived_on=archived)
        if contact_id % STEP_EVERY == 0:
            tick(STEP_EVERY)


def _triggers(
    writer: BulkWriter,
    triggers: Sequence[Trigger],
    kinds: dict[str, int],
    days: _IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "conversation_triggers", TRIGGER_COLUMNS, tick)
    first = rows.take_ids(len(triggers))
    for number, trigger in enumerate(triggers, first):
        trigger.number = number
    stamps = rows.stamps
    rows.write(
        (
            number,
            trigger.contact.number,
            kinds[trigger.kind],
            days[trigger.occurred],
            trigger.conversation,
            trigger.notes,
            *stamps,
        )
        for number, trigger in enumerate(triggers, first)
    )


def _referrals(
    writer: BulkWriter,
    referrals: Sequence[Referral],
    program_ids: dict[str, int],
    days: _IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "referrals", REFERRAL_COLUMNS, tick)
    first = rows.take_ids(len(referrals))
    for number, referral in enumerate(referrals, first):
        referral.number = number
    stamps = rows.stamps
    rows.write(
        (
            number,
            referral.referrer.number,
            referral.referred.number,
            days[referral.received],
            referral.status,  # the generator's values are the enums' values
            referral.channel,
            None if referral.first_contacted is None else days[referral.first_contacted],
            None if referral.thanked is None else days[referral.thanked],
            None if referral.converted is None else days[referral.converted],
            None if referral.trigger is None else referral.trigger.number,
            referral.notes,
            *_compensation(referral.comp),
            None if referral.program is None else program_ids[referral.program],
            referral.why_refer,
            "",
            referral.how_heard,
            referral.kit_code,
            referral.minutes,
            *stamps,
        )
        for number, referral in enumerate(referrals, first)
    )


def _moves(writer: BulkWriter, referrals: Sequence[Referral], days: _IsoDays) -> None:
    """Each referral's dated moves (the history the figures are counted from), as the
    book file's `status_history` gives them (docs/design.md, "Metrics")."""
    rows = _Rows(
        writer, "referral_status_changes", MOVE_COLUMNS, lambda _count: None, stamped=False
    )
    moves = [
        (referral.number, before, status, day, hour)
        for referral in referrals
        for before, status, day, hour in referral_moves(referral)
    ]
    first = rows.take_ids(len(moves))
    rows.write(
        (
            number,
            referral,
            before,
            status,
            days[day],
            f"{days[day]} {hour:02d}:30:00.000000",
            DEMO_USER,
        )
        for number, (referral, before, status, day, hour) in enumerate(moves, first)
    )


def _asks(
    writer: BulkWriter, asks: Sequence[Ask], days: _IsoDays, tick: Callable[[int], None]
) -> None:
    rows = _Rows(writer, "asks", ASK_COLUMNS, tick)
    first = rows.take_ids(len(asks))
    stamps = rows.stamps
    rows.write(
        (
            number,
            ask.contact.number,
            days[ask.asked],
            ask.method,  # the generator's values are the enums' values
            ask.outcome,
            None if ask.referral is None else ask.referral.number,
            ask.notes,
            ask.minutes,
            *stamps,
        )
        for number, ask in enumerate(asks, first)
    )


def _compensation(comp: Any) -> tuple[Any, ...]:
    if comp is None:
        return NO_COMPENSATION
    compensation = Compensation(
        kind=COMP_KINDS[comp.kind],
        value=Decimal(f"{comp.cents // 100}.{comp.cents % 100:02d}"),
        currency="USD",
        agreement_on_file=comp.agreement,
        disclosure_delivered_on=None
        if comp.disclosed is None
        else date.fromordinal(comp.disclosed),
    )
    return tuple(
        stored_text(value) if isinstance(value, date) else value
        for value in compensation_columns(compensation).values()
    )


NO_COMPENSATION = tuple(compensation_columns(None).values())


def _reviews(
    writer: BulkWriter,
    reviews: Sequence[Review],
    days: _IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "reviews", REVIEW_COLUMNS, tick)
    first = rows.take_ids(len(reviews))
    stamps = rows.stamps
    clocks: dict[str | None, str | None] = {
        text: stored_text(time.fromisoformat(text)) for text in MEETING_TIMES
    }
    clocks[None] = None
    rows.write(
        (
            number,
            review.contact.number,
            None if review.scheduled is None else days[review.scheduled],
            clocks[review.time],
            review.kind,  # the generator's values are the enums' values
            None if review.completed is None else days[review.completed],
            review.nps,
            review.feedback,
            review.conversation,
            review.notes,
            None,
            None,
            *stamps,
        )
        for number, review in enumerate(reviews, first)
    )


class _Rows:
    """Rows of one table as tuples, written in chunks after everything pending before them
    (their parents) is written."""

    def __init__(
        self,
        writer: BulkWriter,
        name: str,
        columns: tuple[str, ...],
        tick: Callable[[int], None],
        *,
        stamped: bool = True,
    ) -> None:
        self.writer = writer
        self.name = name
        stamps = writer.stamps() if stamped else {}
        self.columns = (*columns, *stamps)
        self.stamps = tuple(
            stored_text(value) if isinstance(value, date) else value for value in stamps.values()
        )
        self.tick = tick
        writer.flush()

    def take_ids(self, count: int) -> int:
        """The first of `count` new ids of the table, handed out in one go."""
        first = self.writer.next_ids[self.name]
        self.writer.next_ids[self.name] = first + count
        return first

    def write(self, rows: Iterable[tuple[Any, ...]]) -> None:
        connection = self.writer.session.connection()
        into = table(self.name)
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK)):
            insert_values(connection, into, self.columns, chunk, as_stored=True)
            self.writer.written[self.name] += len(chunk)
            self.tick(len(chunk))
