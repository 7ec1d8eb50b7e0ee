"""The demo book's big tables written as plain rows, in chunks, as the logs and lists give them.

Each record's id is its number (its place in its table, from 1) after the ids the book
had already used (`Ids`), so rows can name each other before they are written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from decimal import Decimal
from itertools import islice
from typing import Any

from advisor_referrals.domain.enums import CompensationKind
from advisor_referrals.domain.referrals import Compensation
from advisor_referrals.services.book_file import table_columns as columns
from advisor_referrals.services.demo.activity import MEETING_TIMES
from advisor_referrals.services.demo.asks import Ask
from advisor_referrals.services.demo.logs import ReviewLog, TriggerLog
from advisor_referrals.services.demo.people import Person
from advisor_referrals.services.demo.pipeline import DEMO_USER, Referral, referral_moves
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.load_order import CHUNK, WITH_IDS
from advisor_referrals.services.imports.row_inserts import stored_text
from advisor_referrals.storage.rows import compensation_columns

# The demo writes every column of the book file's rows but two it leaves to their
# defaults: who thanked a referrer, and whether a review was missed.
TRIGGER_COLUMNS = columns.TRIGGER_COLUMNS
REFERRAL_COLUMNS = tuple(c for c in columns.REFERRAL_COLUMNS if c != "thanked_by")
MOVE_COLUMNS = columns.MOVE_COLUMNS
ASK_COLUMNS = columns.ASK_COLUMNS
REVIEW_COLUMNS = tuple(c for c in columns.REVIEW_COLUMNS if c != "missed")


class Days(dict[int, date]):
    """Dates by ordinal, each made once."""

    def __missing__(self, ordinal: int) -> date:
        day = date.fromordinal(ordinal)
        self[ordinal] = day
        return day


class IsoDays(dict[int | None, str | None]):
    """The same as ISO text, as the bulk writer stores dates (`stored_text`); None for None."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, ordinal: int | None) -> str | None:
        assert ordinal is not None
        text = date.fromordinal(ordinal).isoformat()
        self[ordinal] = text
        return text


COMP_KINDS = {member.value: member for member in CompensationKind}


class Ids:
    """The id of a generated record: its number (its place in its table, from 1) after
    the ids the book had already used, as the bulk writer hands them out."""

    def __init__(self, writer: BulkWriter) -> None:
        self.before = {name: writer.next_ids[name] - 1 for name in WITH_IDS}

    def contact(self, person: Person) -> int:
        return self.before["contacts"] + person.number

    def referral(self, referral: Referral) -> int:
        return self.before["referrals"] + referral.number


def write_triggers(
    writer: BulkWriter,
    ids: Ids,
    triggers: TriggerLog,
    kinds: dict[str, int],
    days: IsoDays,
    tick: Callable[[int], None],
) -> None:
    """In the order of the day they happened (which numbers them, and the Triggers that
    referrals name with them)."""
    rows = _Rows(writer, "conversation_triggers", TRIGGER_COLUMNS, tick)
    first, contacts = ids.before["conversation_triggers"], ids.before["contacts"]
    stamps = rows.stamps
    rows.write(
        (first + number, contacts + contact, kinds[kind], days[day], conversation, notes, *stamps)
        for number, contact, kind, day, conversation, notes in triggers.records()
    )


def write_referrals(
    writer: BulkWriter,
    ids: Ids,
    referrals: Sequence[Referral],
    program_ids: dict[str, int],
    days: IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "referrals", REFERRAL_COLUMNS, tick)
    first, contacts = ids.before["referrals"], ids.before["contacts"]
    triggers = ids.before["conversation_triggers"]
    stamps = rows.stamps
    rows.write(
        (
            first + referral.number,
            contacts + referral.referrer.number,
            contacts + referral.referred.number,
            days[referral.received],
            referral.status,  # the generator's values are the enums' values
            referral.channel,
            days[referral.first_contacted],
            days[referral.thanked],
            days[referral.converted],
            None if referral.trigger is None else triggers + referral.trigger.number,
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
        for referral in referrals
    )


def write_moves(writer: BulkWriter, ids: Ids, referrals: Sequence[Referral], days: IsoDays) -> None:
    """Each referral's dated moves (the history the figures are counted from), as the
    book file's `status_history` gives them (docs/design.md, "Metrics")."""
    rows = _Rows(
        writer, "referral_status_changes", MOVE_COLUMNS, lambda _count: None, stamped=False
    )
    first = ids.before["referrals"]
    rows.write(
        (
            None,  # numbered by `_Rows.write`
            first + referral.number,
            before,
            status,
            days[day],
            f"{days[day]} {hour:02d}:30:00.000000",
            DEMO_USER,
        )
        for referral in referrals
        for before, status, day, hour in referral_moves(referral)
    )


def write_asks(
    writer: BulkWriter,
    ids: Ids,
    asks: Sequence[Ask],
    days: IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "asks", ASK_COLUMNS, tick)
    contacts, referrals = ids.before["contacts"], ids.before["referrals"]
    stamps = rows.stamps
    rows.write(
        (
            None,  # numbered by `_Rows.write`
            contacts + ask.contact.number,
            days[ask.asked],
            ask.method,  # the generator's values are the enums' values
            ask.outcome,
            None if ask.referral is None else referrals + ask.referral.number,
            ask.notes,
            ask.minutes,
            *stamps,
        )
        for ask in asks
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


def write_reviews(
    writer: BulkWriter,
    ids: Ids,
    reviews: ReviewLog,
    days: IsoDays,
    tick: Callable[[int], None],
) -> None:
    rows = _Rows(writer, "reviews", REVIEW_COLUMNS, tick)
    first, contacts = ids.before["reviews"], ids.before["contacts"]
    stamps = rows.stamps
    clocks: dict[str | None, str | None] = {
        text: stored_text(time.fromisoformat(text)) for text in MEETING_TIMES
    }
    clocks[None] = None
    rows.write(
        (
            first + number,
            contacts + contact,
            days[scheduled],
            clocks[clock],
            kind,  # the generator's values are the enums' values
            days[completed],
            nps,
            feedback,
            conversation,
            notes,
            None,
            None,
            *stamps,
        )
        for (
            number,
            contact,
            scheduled,
            completed,
            nps,
            kind,
            clock,
            feedback,
            conversation,
            notes,
        ) in reviews.records()
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
        writer.send()  # their parents first (behind the load, with `write_behind`)

    def write(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Write the rows, each with its id first (None: the next id of the table); the
        table's next id follows the last one written."""
        next_id = self.writer.next_ids[self.name]
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK)):
            if chunk[0][0] is None:
                chunk = [(n, *row[1:]) for n, row in enumerate(chunk, next_id)]
            next_id = chunk[-1][0] + 1
            # Written now, or copied by the writer's helper thread (`write_behind`).
            self.writer.send({self.name: (self.columns, chunk)})
            self.tick(len(chunk))
        self.writer.next_ids[self.name] = next_id
