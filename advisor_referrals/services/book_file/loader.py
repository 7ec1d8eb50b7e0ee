"""Checking a book file's records and, while they are all good, writing them in chunks.

One pass over the file: each record is checked with the domain validators and its
references resolved through the keys seen so far. Rows are handed to the bulk
writer only while no problem has been found; after the first problem the rest is
still checked (so every problem is reported) but nothing more is written, and the
caller rolls the transaction back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import TAG_MAX, ContactFields
from advisor_referrals.domain.contacts import validate_contact as check_contact
from advisor_referrals.domain.enums import (
    Relationship,
    Segment,
    Tier,
)
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.triggers import TriggerFields, validate_trigger
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.last_reviews import LastReviews, latest_by_key
from advisor_referrals.services.book_file.records import Record, filled
from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
from advisor_referrals.services.book_file.stored_rows import StoredRows, day
from advisor_referrals.services.book_file.streamed_file import RecordsOnDisk, is_records
from advisor_referrals.services.book_file.table_columns import (
    TRIGGER_COLUMNS,
)
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.contact_values import normalised_contact
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.values import BAD_CHARS_RULE, has_bad_chars, shown
from advisor_referrals.services.progress import Progress, step

STEP_EVERY = 2000
_PLACEHOLDER_DAY = date(2000, 1, 1)
KEY_RULE = "a key naming this record within the file, such as "


class BookLoader:
    def __init__(
        self,
        session: Session,
        data: Mapping[str, Any],
        writer: BulkWriter | None,
        progress: Progress | None = None,
        foreign_keys: ForeignKeysSetAside | None = None,
        *,
        whole_tables: bool = True,
    ) -> None:
        """`whole_tables`: each section loaded is its table whole, so once it is loaded the
        table's indexes may be built behind the load (`finished`); False for a caller
        that writes the big tables itself and loads only some small sections (the demo)."""
        self.session = session
        self.foreign_keys = foreign_keys
        self.whole_tables = whole_tables
        self.data = data
        self.writer = writer
        self.progress = progress
        self.problems: list[Problem] = []
        self.counts: Counter[str] = Counter()
        self.contact_ids: dict[str, int] = {}
        self.trigger_ids: dict[str, int] = {}
        self.review_ids: dict[str, int] = {}
        self.program_ids: dict[str, int] = {}
        self.referral_ids: dict[str, int] = {}
        self.referrers: dict[int, int | None] = {}  # referral id -> its referrer's id
        self.next_ids: Counter[str] = Counter()
        # The big sections' rows, as stored (stored_rows); None for a dry run.
        self.rows = StoredRows(writer) if writer is not None else None
        self.last_reviews = LastReviews()
        kinds = table("trigger_kinds")
        self.kinds: dict[str, int] = dict(session.execute(select(kinds.c.key, kinds.c.id)).all())
        self.done = 0
        self.total = sum(len(self.section(name)) for name in fmt.LIST_SECTIONS)

    # Plumbing

    @property
    def writing(self) -> bool:
        return self.writer is not None and not self.problems

    def new_id(self, name: str) -> int:
        if self.writer is not None:
            return self.writer.new_id(name)
        self.next_ids[name] += 1
        return self.next_ids[name]

    def section(self, name: str) -> Sequence[Any] | RecordsOnDisk:
        """A list section's records (read from the file as they are walked, for a file
        laid out as the export writes it: streamed_file); none when it is not a list."""
        value = self.data.get(name)
        return value if is_records(value) else []

    def records(self, name: str, what: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
        for index, item in enumerate(self.section(name), start=1):
            self.done += 1
            if self.done % STEP_EVERY == 0:
                step(self.progress, self.done, self.total, f"Checking {name}…")
            if item.__class__ is dict or isinstance(item, Mapping):
                yield index, item
            else:
                self.problems.append(
                    Problem(f"{name} #{index}", "", shown(item), f"each {what} must be an object")
                )

    def keyed(
        self, name: str, index: int, item: Mapping[str, Any], known: dict[str, int] | None
    ) -> tuple[Record, str | None]:
        """The record, named by its key when it has a usable one; a missing key is a problem
        when `known` is given (others point at this record), else the key is optional."""
        key = item.get("key")
        usable = isinstance(key, str) and key.strip() != "" and len(key) <= 100
        where = f"{name}[{key}]" if usable else f"{name} #{index}"
        record = Record(where, item, self.problems)
        if key is None and known is None:
            return record, None
        example = fmt.KEY_PREFIX.get(name, "k") + str(index)
        if not usable:
            record.bad("key", key, f"missing or unusable; {KEY_RULE}{example!r}")
            return record, None
        assert isinstance(key, str)
        if has_bad_chars(key):
            record.bad("key", key, BAD_CHARS_RULE)
            return record, None
        if known is not None and key in known:
            record.bad("key", key, "another record of this section already has this key")
            return record, None
        return record, key

    def required_reference(
        self, record: Record, field: str, known: Mapping[str, int], what: str
    ) -> int | None:
        if record.data.get(field) is None:
            record.bad(field, None, f"missing; the key of a {what} in this file")
            return None
        return record.reference(field, known, what)

    # Sections

    def contacts(self) -> None:
        latest = latest_by_key(self.section("reviews")) if self.writer is not None else {}
        for index, item in self.records("contacts", "contact"):
            record, key = self.keyed("contacts", index, item, self.contact_ids)
            record.check_fields(fmt.CONTACT_FIELDS)
            contact_id = self.new_id("contacts")
            if key is not None:
                self.contact_ids[key] = contact_id
            fields = read_contact(record)
            archived_on = record.date("archived_on")
            self.problems += check_contact(fields, record.where)
            if fields.phone and len(fields.phone) > fmt.PHONE_MAX:
                record.bad("phone", fields.phone, f"at most {fmt.PHONE_MAX} characters")
            self.counts["contacts"] += 1
            if self.writing and self.writer is not None:
                self.writer.add_contact(
                    contact_id,
                    fields,
                    archived_on=archived_on,
                    last_review_on=self.last_reviews.give(
                        contact_id, latest.get(key) if key is not None else None
                    ),
                )
        self.finished("contacts", "contact_tags")

    def finished(self, *tables: str) -> None:
        """These tables are written whole: their indexes may be built and their foreign
        keys added back (behind the load, `BulkWriter.build_indexes`)."""
        if not self.writing or self.writer is None:
            return
        if self.rows is not None:
            self.rows.flush()
        if self.writer.copy_behind is not None and self.whole_tables:
            keys = self.foreign_keys.restored_with(tables) if self.foreign_keys else []
            self.writer.build_indexes(*tables, then=keys)

    def triggers(self) -> None:
        kinds = set(self.kinds)
        rows = self.rows
        if rows is not None:
            rows.layout("conversation_triggers", TRIGGER_COLUMNS)
            stamps = rows.stamps
        for index, item in self.records("triggers", "trigger"):
            record, key = self.keyed("triggers", index, item, self.trigger_ids)
            record.check_fields(fmt.TRIGGER_FIELDS)
            trigger_id = self.new_id("conversation_triggers")
            if key is not None:
                self.trigger_ids[key] = trigger_id
            contact_id = self.required_reference(record, "contact", self.contact_ids, "contact")
            kind = record.text("kind")
            occurred_on = record.date("occurred_on", required=True)
            fields = filled(
                TriggerFields,
                {
                    "contact_id": contact_id or 0,
                    "kind": kind,
                    "occurred_on": occurred_on or _PLACEHOLDER_DAY,
                    "referral_conversation": record.flag("referral_conversation"),
                    "notes": record.text("notes"),
                },
            )
            self.problems += validate_trigger(fields, kinds, record.where)
            self.counts["triggers"] += 1
            if rows is not None and not self.problems:
                rows.add(
                    "conversation_triggers",
                    (
                        trigger_id,
                        contact_id,
                        self.kinds[kind],
                        day(occurred_on),
                        fields.referral_conversation,
                        fields.notes,
                        *stamps,
                    ),
                )
        self.finished("conversation_triggers")


def read_contact(record: Record) -> ContactFields:
    """The contact fields of a record, types checked and normalised (not yet validated)."""
    return normalised_contact(
        first_name=record.text("first_name"),
        last_name=record.text("last_name"),
        preferred_name=record.optional_text("preferred_name"),
        relationship=record.choice("relationship", Relationship) or Relationship.PROSPECT,
        profession=record.optional_text("profession"),
        email=record.optional_text("email"),
        phone=record.optional_text("phone"),
        city=record.optional_text("city"),
        region=record.optional_text("region"),
        country=record.optional_text("country"),
        household=record.optional_text("household"),
        advisor=record.optional_text("advisor"),
        segment=record.choice("segment", Segment) or Segment.UNKNOWN,
        tier=record.choice("tier", Tier),
        client_since=record.date("client_since"),
        has_written_plan=record.flag("has_written_plan"),
        do_not_ask=record.flag("do_not_ask"),
        tags=record.strings("tags", limit=TAG_MAX * 20),
        notes=record.text("notes"),
        reviews_per_year=record.whole(
            "reviews_per_year", 1, 12, "between 1 and 12 reviews a year, or null"
        ),
        preferred_language=record.optional_text("preferred_language"),
    )
