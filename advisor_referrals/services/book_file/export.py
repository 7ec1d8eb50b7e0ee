"""The whole-book file (JSON, docs/design.md, "Contracts"): export.

Keys are positions in id order (c1, c2… t1… r1… v1…), dates ISO, money a decimal
string with two places, every optional field present (null when empty), and the
records in id order, so exporting a book, importing the file into an empty book
and exporting again gives the same bytes, on SQLite and PostgreSQL alike. Nothing
is ordered by text in SQL (collations differ between databases).

The file has one record per line: readable, diffable, and written with the fast
C JSON encoder (an indented dump goes through the slow pure-Python one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import normalise_tags
from advisor_referrals.domain.profile import PROFILE_FIELDS
from advisor_referrals.services.audit.reading import NOT_RECORDED
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.ask_records import ask_records
from advisor_referrals.services.book_file.program_sections import ProgramExport
from advisor_referrals.services.book_file.rank_keys import RankKeys
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.summary import ExportSummary
from advisor_referrals.services.imports.values import format_money
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.settings import PROFILE_KEY, SettingsService
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_text_file

# One encoder for the whole file: json.dumps with options builds a new one per call.
_dump = json.JSONEncoder(ensure_ascii=False).encode
WRITE_EVERY = 2000
FETCH_EVERY = 5000
TICK_EVERY = 5000


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


class BookExporter:
    def __init__(self, book: Book, session: Session, progress: Progress | None) -> None:
        self.book = book
        self.session = session
        self.progress = progress
        self.counts: dict[str, int] = {}
        # Each record's key in the file, by its row's id (rank_keys: little memory).
        self.contact_keys = RankKeys("c")
        self.trigger_keys = RankKeys("t")
        self.referral_keys = RankKeys("r")
        self.program_keys: dict[int, str] = {}

    def rows(self, query: Select[Any]) -> Iterator[Any]:
        """The query's rows, fetched a few thousand at a time: a million contacts' book
        held whole took 2.3 GB to export."""
        return iter(self.session.execute(query.execution_options(yield_per=FETCH_EVERY)))

    def sections(self) -> Iterator[tuple[str, Any]]:
        """(name, value) in file order; list sections come as iterators of records."""
        programs = table("programs")
        self.program_keys = {
            pid: f"p{n}"
            for n, pid in enumerate(
                self.session.scalars(select(programs.c.id).order_by(programs.c.id)), start=1
            )
        }
        yield "format", fmt.FORMAT
        yield "version", fmt.VERSION
        profile = SettingsService(self.book).profile()
        yield "advisor", {name: getattr(profile, name) for name in PROFILE_FIELDS}
        yield "trigger_kinds", self.trigger_kinds()
        cadence = table("review_cadence")
        yield "review_cadence", dict(self.rows(select(cadence).order_by(cadence.c.tier)))
        yield "households", self.households()
        yield "contacts", self.contacts()
        yield "triggers", self.triggers()
        yield "referrals", self.referrals()
        yield "reviews", self.reviews()
        yield "outbound_referrals", self.outbound()
        yield "kit_history", self.kit_history()
        yield "asks", ask_records(self.rows, self.contact_keys, self.referral_keys)
        program = ProgramExport(self.session, self.contact_keys, self.program_keys)
        yield "programs", program.programs()
        yield "goals", program.goals()
        yield "events", program.events(self.referral_keys)
        yield "rewards", program.rewards(self.referral_keys)
        settings = table("settings")
        stored = {
            key: value
            for key, value in self.rows(select(settings.c.key, settings.c.value))
            if key != PROFILE_KEY
        }
        yield "settings", {key: stored[key] for key in sorted(stored)}

    def trigger_kinds(self) -> Iterator[dict[str, Any]]:
        kinds, texts = table("trigger_kinds"), table("trigger_kind_texts")
        worded: dict[str, dict[str, dict[str, str]]] = {}
        for key, language, label, point in self.rows(
            select(kinds.c.key, texts.c.language, texts.c.label, texts.c.talking_point)
            .join(kinds, kinds.c.id == texts.c.kind_id)
            .order_by(kinds.c.key, texts.c.language)
        ):
            worded.setdefault(key, {})[language] = {"label": label, "talking_point": point}
        query = select(kinds.c.key, kinds.c.label, kinds.c.talking_point, kinds.c.active)
        for row in self.rows(query.order_by(kinds.c.sort_order, kinds.c.id)):
            kind = dict(zip(fmt.TRIGGER_KIND_FIELDS, row, strict=True))
            if row[0] in worded:
                kind[fmt.TRIGGER_KIND_TEXTS] = worded[row[0]]
            yield kind

    def households(self) -> Iterator[dict[str, Any]]:
        households = table("households")
        query = select(households.c.name, households.c.notes).where(households.c.notes != "")
        for name, notes in self.rows(query.order_by(households.c.id)):
            yield {"name": name, "notes": notes}

    def contacts(self) -> Iterator[dict[str, Any]]:
        contacts, households = table("contacts"), table("households")
        tags, contact_tags = table("tags"), table("contact_tags")
        tag_names: dict[int, list[str]] = {}
        for contact_id, name in self.rows(
            select(contact_tags.c.contact_id, tags.c.name).join(
                tags, tags.c.id == contact_tags.c.tag_id
            )
        ):
            tag_names.setdefault(contact_id, []).append(name)
        columns = [
            contacts.c[name] for name in fmt.CONTACT_FIELDS[1:] if name not in ("household", "tags")
        ]
        query = (
            select(contacts.c.id, households.c.name.label("household"), *columns)
            .outerjoin(households, households.c.id == contacts.c.household_id)
            .order_by(contacts.c.id)
        )
        for position, row in enumerate(self.rows(query), start=1):
            key = self.contact_keys.add(row.id)
            values = row._mapping
            record: dict[str, Any] = {"key": key}
            for name in fmt.CONTACT_FIELDS[1:]:
                if name == "tags":
                    record[name] = list(normalise_tags(tag_names.get(row.id, ())))
                elif name in ("client_since", "archived_on"):
                    record[name] = _iso(values[name])
                else:
                    record[name] = values[name]
            self.tick("contacts", position)
            yield record

    def triggers(self) -> Iterator[dict[str, Any]]:
        triggers, kinds = table("conversation_triggers"), table("trigger_kinds")
        kind_keys = dict(self.rows(select(kinds.c.id, kinds.c.key)))
        query = select(
            triggers.c.id,
            triggers.c.contact_id,
            triggers.c.kind_id,
            triggers.c.occurred_on,
            triggers.c.referral_conversation,
            triggers.c.notes,
        ).order_by(triggers.c.id)
        for position, row in enumerate(self.rows(query), start=1):
            key = self.trigger_keys.add(row[0])
            self.tick("triggers", position)
            yield {
                "key": key,
                "contact": self.contact_keys[row[1]],
                "kind": kind_keys[row[2]],
                "occurred_on": row[3].isoformat(),
                "referral_conversation": row[4],
                "notes": row[5],
            }

    def referrals(self) -> Iterator[dict[str, Any]]:
        referrals, changes = table("referrals"), table("referral_status_changes")
        # Each referral's moves, read beside the referrals in the same order (a merge,
        # rather than every referral's history held at once).
        moves = self.rows(
            select(
                changes.c.referral_id,
                changes.c.from_status,
                changes.c.to_status,
                changes.c.changed_on,
                changes.c.changed_at,
                changes.c.user,
            ).order_by(changes.c.referral_id, changes.c.id)
        )
        move = next(moves, None)
        for position, row in enumerate(
            self.rows(select(referrals).order_by(referrals.c.id)), start=1
        ):
            compensation = None
            if row.comp_kind is not None and row.comp_value_cents is not None:
                compensation = {
                    "kind": row.comp_kind,
                    "value": format_money(row.comp_value_cents),
                    "currency": row.comp_currency or "USD",
                    "agreement_on_file": bool(row.comp_agreement_on_file),
                    "disclosure_delivered_on": _iso(row.comp_disclosure_delivered_on),
                }
            self.tick("referrals", position)
            key = self.referral_keys.add(row.id)
            history = []
            while move is not None and move[0] <= row.id:
                if move[0] == row.id:
                    history.append(
                        {
                            "from": move[1],
                            "to": move[2],
                            "changed_on": move[3].isoformat(),
                            "changed_at": move[4].isoformat(),
                            "user": move[5],
                        }
                    )
                move = next(moves, None)
            yield {
                "key": key,
                "referrer": self.contact_keys[row.referrer_id],
                "referred": self.contact_keys[row.referred_id],
                "received_on": row.received_on.isoformat(),
                "status": row.status,
                "channel": row.channel,
                "first_contacted_on": _iso(row.first_contacted_on),
                "thanked_on": _iso(row.thanked_on),
                "thanked_by": row.thanked_by,
                "converted_on": _iso(row.converted_on),
                "trigger": self.trigger_keys.get(row.trigger_id) if row.trigger_id else None,
                "notes": row.notes,
                "compensation": compensation,
                "program": self.program_keys.get(row.program_id) if row.program_id else None,
                "why_refer": row.why_refer,
                "why_refer_notes": row.why_refer_notes,
                "how_heard": row.how_heard,
                "kit_code": row.kit_code,
                "minutes": row.minutes,
                "status_history": history,
            }

    def reviews(self) -> Iterator[dict[str, Any]]:
        reviews = table("reviews")
        c = reviews.c
        query = select(
            c.id,
            c.contact_id,
            c.scheduled_for,
            c.scheduled_time,
            c.kind,
            c.completed_on,
            c.nps,
            c.feedback_requested,
            c.referral_conversation,
            c.notes,
            c.cancelled_on,
            c.missed,
            c.rescheduled_from_id,
        ).order_by(c.id)
        # A review may name a later one it was moved from: every key is known first.
        keys = RankKeys("v", (rid for (rid,) in self.rows(select(c.id).order_by(c.id))))
        contact_keys = self.contact_keys
        position = 0
        for position, (
            rid,
            who,
            day,
            at,
            kind,
            done,
            nps,
            asked,
            talked,
            notes,
            off,
            missed,
            was,
        ) in enumerate(self.rows(query), start=1):
            if position % TICK_EVERY == 0:
                self.tick("reviews", position)
            yield {
                "key": keys[rid],
                "contact": contact_keys[who],
                "scheduled_for": day and day.isoformat(),
                "scheduled_time": at and at.isoformat(),
                "kind": kind,
                "completed_on": done and done.isoformat(),
                "nps": nps,
                "feedback_requested": asked,
                "referral_conversation": talked,
                "notes": notes,
                "cancelled_on": off and off.isoformat(),
                "missed": bool(missed),
                "rescheduled_from": keys.get(was) if was else None,
            }
        self.counts["reviews"] = position

    def outbound(self) -> Iterator[dict[str, Any]]:
        outbound = table("outbound_referrals")
        for row in self.rows(select(outbound).order_by(outbound.c.id)):
            yield {
                "coi": self.contact_keys[row.coi_id],
                "contact": self.contact_keys[row.contact_id],
                "sent_on": row.sent_on.isoformat(),
                "notes": row.notes,
            }

    def kit_history(self) -> Iterator[dict[str, Any]]:
        kits = table("kit_history")
        for row in self.rows(select(kits).order_by(kits.c.id)):
            yield {
                "contact": self.contact_keys[row.contact_id],
                "generated_at": row.generated_at.isoformat(),
                "generated_by": row.generated_by,
                "page_size": row.page_size,
                "pages": row.pages,
                "file_name": row.file_name,
                "code": row.code,
            }

    def tick(self, section: str, position: int) -> None:
        self.counts[section] = position
        if position % TICK_EVERY == 0:
            step(self.progress, position, 0, f"Exporting {section}…")

    def write(self, out: TextIO) -> None:
        out.write("{")
        first = True
        for name, value in self.sections():
            out.write("" if first else ",\n ")
            first = False
            out.write(f"{_dump(name)}: ")
            if isinstance(value, Iterator):
                out.write("[")
                lines: list[str] = []
                count = 0
                for record in value:
                    lines.append(_dump(record))
                    if len(lines) == WRITE_EVERY:
                        out.write((",\n  " if count else "\n  ") + ",\n  ".join(lines))
                        count += len(lines)
                        lines = []
                if lines:
                    out.write((",\n  " if count else "\n  ") + ",\n  ".join(lines))
                    count += len(lines)
                out.write("\n ]" if count else "]")
            else:
                out.write(_dump(value))
        out.write("}\n")


def export_book(book: Book, path: Path, progress: Progress | None = None) -> ExportSummary:
    """Write the whole book to `path` (atomically: the file appears whole or not at all)."""
    with book.session() as session:
        if book.is_postgres:  # one consistent snapshot across every table
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        exporter = BookExporter(book, session, progress)
        with atomic_text_file(path) as out:
            exporter.write(out)
    counts = {
        noun: exporter.counts.get(section, 0)
        for noun, section in (
            ("contacts", "contacts"),
            ("triggers", "triggers"),
            ("referrals", "referrals"),
            ("reviews", "reviews"),
        )
    }
    summary = ExportSummary(path=str(path), what="whole book", counts=counts)
    if book.read_only:  # an export must not need to write (docs/design.md, "Safety")
        summary.note = NOT_RECORDED
        return summary
    BookWriter(book, "book").note(
        "export",
        f"Exported the whole book to {path.name}: "
        + ", ".join(f"{n:,} {noun}" for noun, n in counts.items()),
    )
    return summary
