"""Checking a book file's records and, while they are all good, writing them in chunks.

One pass over the file: each record is checked with the domain validators and its
references resolved through the keys seen so far. Rows are handed to the bulk
writer only while no problem has been found; after the first problem the rest is
still checked (so every problem is reported) but nothing more is written, and the
caller rolls the transaction back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import TAG_MAX, ContactFields
from advisor_referrals.domain.contacts import validate_contact as check_contact
from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    Relationship,
    ReviewKind,
    Segment,
    ThankYouMethod,
    Tier,
    allowed,
)
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.referral_history import DatedMove, completed_history
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.referrals import (
    MINUTES_MAX,
    Compensation,
    ReferralFields,
    validate_referral,
)
from advisor_referrals.domain.reviews import ReviewFields, validate_review
from advisor_referrals.domain.triggers import TriggerFields, validate_trigger
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.last_reviews import LastReviews, latest_by_key
from advisor_referrals.services.book_file.records import Record, filled
from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
from advisor_referrals.services.book_file.stored_rows import StoredRows, day, stored
from advisor_referrals.services.book_file.table_columns import (
    MOVE_COLUMNS,
    REFERRAL_COLUMNS,
    REVIEW_COLUMNS,
    TRIGGER_COLUMNS,
)
from advisor_referrals.services.imports.bulk_writer import BulkWriter, table
from advisor_referrals.services.imports.contact_values import normalised_contact
from advisor_referrals.services.imports.values import BAD_CHARS_RULE, has_bad_chars, shown
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.storage.rows import compensation_columns

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

    def section(self, name: str) -> list[Any]:
        value = self.data.get(name)
        return value if isinstance(value, list) else []

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

    def referrals(self) -> None:
        seen: dict[str, int] = {}
        rows = self.rows
        if rows is not None:
            rows.layout("referrals", REFERRAL_COLUMNS)
            rows.layout("referral_status_changes", MOVE_COLUMNS, stamped=False)
            stamps = rows.stamps
        for index, item in self.records("referrals", "referral"):
            record, key = self.keyed("referrals", index, item, None)
            record.check_fields(fmt.REFERRAL_FIELDS)
            referral_id = self.new_id("referrals")
            if key is not None:
                if key in seen:
                    record.bad("key", key, "another referral already has this key")
                seen[key] = index
                self.referral_ids[key] = referral_id
            referrer = self.required_reference(record, "referrer", self.contact_ids, "contact")
            referred = self.required_reference(record, "referred", self.contact_ids, "contact")
            same = item.get("referrer") is not None and item.get("referrer") == item.get("referred")
            if same:
                record.bad("referred", item.get("referred"), "a contact cannot refer themselves")
            received_on = record.date("received_on", required=True)
            fields = filled(
                ReferralFields,
                {
                    "referrer_id": -1 if referrer is None or same else referrer,
                    "referred_id": -2 if referred is None or same else referred,
                    "received_on": received_on or _PLACEHOLDER_DAY,
                    "status": record.choice("status", ReferralStatus) or ReferralStatus.NEW,
                    "channel": record.choice("channel", Channel),
                    "first_contacted_on": record.date("first_contacted_on"),
                    "thanked_on": record.date("thanked_on"),
                    "converted_on": record.date("converted_on"),
                    "trigger_id": record.reference("trigger", self.trigger_ids, "trigger"),
                    "notes": record.text("notes"),
                    "compensation": self.compensation(record),
                    "program_id": record.reference("program", self.program_ids, "program"),
                    "why_refer": record.text("why_refer"),
                    "why_refer_notes": record.text("why_refer_notes"),
                    "how_heard": record.choice("how_heard", HowHeard),
                    "kit_code": record.text("kit_code"),
                    "minutes": record.whole("minutes", 0, MINUTES_MAX) or 0,
                    "thanked_by": record.choice("thanked_by", ThankYouMethod),
                },
            )
            self.problems += validate_referral(fields, record.where)
            history = self.status_history(record, referral_id)
            self.referrers[referral_id] = referrer
            self.counts["referrals"] += 1
            if rows is not None and not self.problems:
                rows.add(
                    "referrals",
                    (
                        referral_id,
                        referrer,
                        referred,
                        day(received_on),
                        fields.status.value,
                        fields.channel.value if fields.channel else None,
                        day(fields.first_contacted_on),
                        day(fields.thanked_on),
                        fields.thanked_by.value if fields.thanked_by else None,
                        day(fields.converted_on),
                        fields.trigger_id,
                        fields.notes,
                        *_stored_compensation(fields.compensation),
                        fields.program_id,
                        fields.why_refer,
                        fields.why_refer_notes,
                        fields.how_heard.value if fields.how_heard else None,
                        fields.kit_code,
                        fields.minutes,
                        *stamps,
                    ),
                )
                for move in self.whole_history(fields, history, referral_id):
                    rows.add(
                        "referral_status_changes",
                        (
                            move["id"],
                            referral_id,
                            move["from_status"],
                            move["to_status"],
                            day(move["changed_on"]),
                            stored(move["changed_at"]),
                            move["user"],
                        ),
                    )
        self.finished("referrals", "referral_status_changes")

    def compensation(self, record: Record) -> Compensation | None:
        value = record.data.get("compensation")
        if value is None:
            return None
        if not isinstance(value, Mapping):
            record.bad("compensation", value, "must be an object with kind and value, or null")
            return None
        comp = Record(record.where, value, self.problems, prefix="compensation.")
        comp.check_fields(fmt.COMPENSATION_FIELDS)
        kind = comp.choice("kind", CompensationKind)
        if kind is None and value.get("kind") is None:
            comp.bad("kind", None, f"missing; allowed: {allowed(CompensationKind)}")
        amount = comp.money("value")
        currency = comp.text("currency", default="USD")
        agreement = comp.flag("agreement_on_file")
        disclosed = comp.date("disclosure_delivered_on")
        if kind is None or amount is None:
            return None
        return Compensation(
            kind=kind,
            value=amount,
            currency=currency,
            agreement_on_file=agreement,
            disclosure_delivered_on=disclosed,
        )

    def status_history(self, record: Record, referral_id: int) -> list[dict[str, Any]]:
        value = record.data.get("status_history")
        if value is None:
            return []
        if not isinstance(value, list):
            record.bad("status_history", value, "must be a list of status changes, or null")
            return []
        rows = []
        for number, item in enumerate(value, start=1):
            prefix = f"status_history[{number}]."
            if not isinstance(item, Mapping):
                record.bad(prefix.rstrip("."), item, "each status change must be an object")
                continue
            change = Record(record.where, item, self.problems, prefix=prefix)
            change.check_fields(fmt.STATUS_CHANGE_FIELDS)
            to_status = change.choice("to", ReferralStatus)
            if to_status is None and item.get("to") is None:
                change.bad("to", None, f"missing; allowed: {allowed(ReferralStatus)}")
            from_status = change.choice("from", ReferralStatus)
            rows.append(
                {
                    "id": self.new_id("referral_status_changes"),
                    "referral_id": referral_id,
                    "from_status": from_status.value if from_status else None,
                    "to_status": to_status.value if to_status else None,
                    "changed_on": change.date("changed_on", required=True),
                    "changed_at": change.moment("changed_at"),
                    "user": change.text("user", limit=fmt.USER_MAX),
                }
            )
        return rows

    def whole_history(
        self, fields: ReferralFields, given: list[dict[str, Any]], referral_id: int
    ) -> list[dict[str, Any]]:
        """The file's history of a referral made whole (`completed_history`): a file without
        one (older files, other tools) gets the moves the referral's dates imply, so the
        quarterly figures can be counted as of any quarter's end (docs/design.md, "Metrics").
        The moves the file gives keep who made them and when."""
        moves = [
            DatedMove(
                ReferralStatus(row["from_status"]) if row["from_status"] else None,
                ReferralStatus(row["to_status"]),
                row["changed_on"],
            )
            for row in given
        ]
        made: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
        for move, row in zip(moves, given, strict=True):
            made.setdefault((move.from_status, move.to_status), []).append(row)
        rows: list[dict[str, Any]] = []
        for move in completed_history(fields, moves):
            same = made.get((move.from_status, move.to_status), [])
            known = same.pop(0) if same else None
            rows.append(
                {
                    "id": known["id"] if known else self.new_id("referral_status_changes"),
                    "referral_id": referral_id,
                    "from_status": move.from_status.value if move.from_status else None,
                    "to_status": move.to_status.value,
                    "changed_on": move.on,
                    # An implied move is stamped with its own day: the same on every
                    # import, so export, import and export give the same file.
                    "changed_at": known["changed_at"]
                    if known
                    else datetime.combine(move.on, time()),
                    "user": known["user"] if known else "",
                }
            )
        # Ids follow the order of the moves: the status on a day is the last move dated
        # on or before it, ties going to the later id.
        ids = sorted(int(row["id"]) for row in rows)
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        return rows

    def reviews(self) -> None:
        pending: list[tuple[Record, int, Any]] = []
        rows = self.rows
        if rows is not None:
            rows.layout("reviews", REVIEW_COLUMNS)
            stamps = rows.stamps
        for index, item in self.records("reviews", "review"):
            record, key = self.keyed("reviews", index, item, None)
            review_id = self.new_id("reviews")
            if key is not None:
                if key in self.review_ids:
                    record.bad("key", key, "another review already has this key")
                self.review_ids[key] = review_id
            record.check_fields(fmt.REVIEW_FIELDS)
            contact_id = self.required_reference(record, "contact", self.contact_ids, "contact")
            fields = filled(
                ReviewFields,
                {
                    "contact_id": contact_id or 0,
                    "scheduled_for": record.date("scheduled_for"),
                    "scheduled_time": record.clock("scheduled_time"),
                    "kind": record.choice("kind", ReviewKind),
                    "completed_on": record.date("completed_on"),
                    "nps": record.whole("nps", 0, 10, "a whole number from 0 to 10, or null"),
                    "feedback_requested": record.flag("feedback_requested"),
                    "referral_conversation": record.flag("referral_conversation"),
                    "notes": record.text("notes"),
                    "cancelled_on": record.date("cancelled_on"),
                    "missed": record.flag("missed"),
                },
            )
            self.problems += validate_review(fields, record.where)
            if item.get("rescheduled_from") is not None:
                pending.append((record, review_id, item["rescheduled_from"]))
            self.counts["reviews"] += 1
            if rows is not None and not self.problems:
                self.last_reviews.saw(fields.contact_id, fields.completed_on)
                rows.add(
                    "reviews",
                    (
                        review_id,
                        fields.contact_id,
                        day(fields.scheduled_for),
                        stored(fields.scheduled_time),
                        fields.kind.value if fields.kind else None,
                        day(fields.completed_on),
                        fields.nps,
                        fields.feedback_requested,
                        fields.referral_conversation,
                        fields.notes,
                        day(fields.cancelled_on),
                        fields.missed,
                        None,  # rescheduled_from_id: linked once every review is in
                        *stamps,
                    ),
                )
        if rows is not None:
            rows.flush()
        self.link_rescheduled(pending)
        if self.writing:
            self.last_reviews.correct(self.session)
        self.finished("reviews")

    def link_rescheduled(self, pending: list[tuple[Record, int, Any]]) -> None:
        """A review may name one later in the file, so these links are set after all are in."""
        links = []
        for record, review_id, ref in pending:
            earlier = record.reference("rescheduled_from", self.review_ids, "review")
            if earlier == review_id:
                record.bad("rescheduled_from", ref, "a review cannot be rescheduled from itself")
            elif earlier is not None:
                links.append({"b_id": review_id, "b_from": earlier})
        if links and self.writing and self.rows is not None:
            self.rows.flush()
            reviews = table("reviews")
            self.session.execute(
                reviews.update()
                .where(reviews.c.id == bindparam("b_id"))
                .values(rescheduled_from_id=bindparam("b_from")),
                links,
            )


def _stored_compensation(comp: Compensation | None) -> tuple[Any, ...]:
    if comp is None:
        return NO_COMPENSATION
    return tuple(
        stored(value) if isinstance(value, date) else value
        for value in compensation_columns(comp).values()
    )


NO_COMPENSATION = tuple(compensation_columns(None).values())


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
