"""Writing a generated demo book straight into a book, without the book file's round trip.

The demo book used to be built as a parsed book file (a dict per record) and loaded
through the file's checking loader. For a million contacts that took six minutes and
3.8 GB: each of 6.5 million records was built as text, then read back and checked
field by field. Here the generated people and events are written as they are, with the
bulk writer; only the small sections (the advisor, the trigger kinds, the program's
records) still go through the loader. The data is made by our own generator, so there
is nothing to check, and a test holds both ways to the same book.

The contacts are written first, and while SQLite builds their search index (a single
statement that holds no Python lock: a quarter of a minute for a million contacts) the
rest of the book is generated on this thread (docs/design.md, "Budgets").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.book_file.loader import BookLoader
from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
from advisor_referrals.services.demo.demo_generation import (
    DemoParts,
    DemoPeople,
    demo_activity,
    demo_events,
)
from advisor_referrals.services.demo.demo_rows import (
    Days,
    Ids,
    IsoDays,
    write_asks,
    write_moves,
    write_referrals,
    write_reviews,
    write_triggers,
)
from advisor_referrals.services.demo.people import Person
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.contact_values import normalised_contact
from advisor_referrals.services.progress import Progress, step

STEP_EVERY = 20_000


def _lookup(kind: Any) -> dict[str, Any]:
    return {member.value: member for member in kind}


RELATIONSHIPS = _lookup(Relationship)
SEGMENTS = _lookup(Segment)
TIERS = _lookup(Tier)


def write_demo(
    session: Session,
    writer: BulkWriter,
    found: DemoPeople,
    progress: Progress | None = None,
    foreign_keys: ForeignKeysSetAside | None = None,
) -> Counter[str]:
    """Write the demo book into an empty book's open transaction; what was written.

    `found`: the people. Rows are written as tuples in chunks, as they are read from the
    generated book: no list of a whole table is made.

    SQLite: the people are written first, and what happened to them is generated while
    their search index is built (`demo_activity`). PostgreSQL (the writer copies behind
    the load, `write_behind`): their triggers and reviews are generated first, so each
    contact is written with its last review's date (`last_reviews_given`) instead of an
    update of every contact at the end; then each table's indexes, statistics and
    `foreign_keys` are built on the server while the next table's rows are made
    (`BulkWriter.build_indexes`), the contacts' while the asks and the program are
    generated (docs/design.md, "Budgets").
    """
    from advisor_referrals.services.book_file.importing import load_sections
    from advisor_referrals.services.demo.program_demo import HEADER_SECTIONS, LATER_SECTIONS

    people, referrals = found.people, found.referrals
    # The activity's sizes are fixed by the book's (demo_activity); asks tick no progress.
    total = len(people) + 5 * len(people) + len(referrals)
    done = 0

    def advance(what: str) -> Callable[[int], None]:
        def tick(count: int) -> None:
            nonlocal done
            done += count
            step(progress, done, total, f"Saving {what}…")

        return tick

    def finished(*tables: str) -> None:
        """These tables are whole: their indexes and foreign keys are built behind."""
        keys = foreign_keys.restored_with(tables) if foreign_keys is not None else []
        writer.build_indexes(*tables, then=keys)

    ids = Ids(writer)
    behind = writer.copy_behind is not None
    assert writer.last_reviews_given == behind, "contacts get their last review date here"
    if behind:
        step(progress, done, total, "Generating the demo book…")
        events = demo_events(found)
        last = events.reviews.last_held(len(people))
        _contacts(writer, people, Days(), advance("contacts"), last)
        finished("contacts", "contact_tags")
        parts = demo_activity(found, events)
        del events
    else:
        _contacts(writer, people, Days(), advance("contacts"))
        writer.flush()
        step(progress, done, total, "Generating the demo book…")
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-search") as indexing:
            # Nothing on this thread touches the book until the index is built.
            searchable = indexing.submit(writer.index_search)
            try:
                parts = demo_activity(found)
            finally:
                searchable.result()
    # The advisor, the trigger kinds, the programs and goals (the big sections come next).
    header = {**parts.header, **{name: parts.program.get(name, []) for name in HEADER_SECTIONS}}
    loader = BookLoader(session, header, writer, whole_tables=False)
    load_sections(loader)
    if loader.problems:  # our own data: a problem here is a fault of the generator
        raise AssertionError(f"the demo book's header is not valid: {loader.problems[0]}")
    counts = Counter(loader.counts)
    counts.update(
        contacts=len(people),
        households=len({p.household for p in people if p.household}),
        triggers=len(parts.triggers),
        referrals=len(referrals),
        reviews=len(parts.reviews),
        asks=len(parts.asks),
    )
    days = IsoDays()  # the other tables' rows are written as stored (`stored_text`)
    write_triggers(writer, ids, parts.triggers, loader.kinds, days, advance("triggers"))
    if behind:
        finished("conversation_triggers")
    write_referrals(writer, ids, referrals, loader.program_ids, days, advance("referrals"))
    write_moves(writer, ids, referrals, days)
    if behind:
        finished("referrals", "referral_status_changes")
    write_asks(writer, ids, parts.asks, days, lambda _count: None)
    parts.asks.clear()
    write_reviews(writer, ids, parts.reviews, days, advance("reviews"))
    if behind:
        finished("reviews")
    # The program's few records last: their loader reads the book, so waits for the rest.
    later = {name: parts.program.get(name, []) for name in LATER_SECTIONS}
    counts.update(_program_records(session, writer, ids, later, parts, loader.program_ids))
    step(progress, total, total, "Saving…")
    return counts


def _program_records(
    session: Session,
    writer: BulkWriter,
    ids: Ids,
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
    people = parts.people
    loader.contact_ids = {key: ids.contact(people[int(key[1:]) - 1]) for key in named}
    cited = {r["referral"] for r in sections["rewards"]}
    cited.update(g["referral"] for event in sections["events"] for g in event["guests"])
    referrals = parts.referrals
    loader.referral_ids = {key: ids.referral(referrals[int(key[1:]) - 1]) for key in cited}
    loader.program_ids = program_ids
    BookExtras(loader).kit_history()
    program = ProgramSections(loader)
    program.events()
    program.rewards()
    if loader.problems:  # our own data: a problem here is a fault of the generator
        raise AssertionError(f"the demo book's program is not valid: {loader.problems[0]}")
    return loader.counts


def _contacts(
    writer: BulkWriter,
    people: Sequence[Person],
    days: Days,
    tick: Callable[[int], None],
    last: Sequence[int | None] | None = None,
) -> None:
    """Each person as a contact, in order (their numbers follow it, and so do the ids).
    `last`: each person's last review held by their number (`ReviewLog.last_held`), given
    to the contact as `last_review_on`; None: the writer brings the dates up to date."""
    for person in people:
        contact_id = writer.new_id("contacts")
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
        if last is None:
            writer.add_contact(contact_id, fields, archived_on=archived)
        else:
            held = last[person.number]
            reviewed = None if held is None else days[held]
            writer.add_contact(contact_id, fields, archived_on=archived, last_review_on=reviewed)
        if person.number % STEP_EVERY == 0:
            tick(STEP_EVERY)
