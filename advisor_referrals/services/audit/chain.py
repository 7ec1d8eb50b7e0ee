"""Proving the audit trail whole, and exporting it with its hashes for an examiner.

`verify` recomputes every entry's hash from its stored content and the entry before
it (docs/design.md, "The audit chain") and names the first entry that does not
match. Against an earlier export it also shows that nothing the examiner saw then has
been removed or rewritten since. `export` writes a stretch of the chain as JSON with
each entry's fields exactly as hashed, so the examiner can recompute it without the app.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.audit_chain import GENESIS, ChainedEntry
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.audit.reading import local_day_start_utc, record_export
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.storage import audit_chain
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_text_file, read_regular_file
from advisor_referrals.storage.models import AuditRow, ContactRow

EXPORT_FORMAT = "advisor-referrals-audit"
EXPORT_VERSION = 1
CHAIN_NAME = "sha256, netstring fields, v1"
FIELDS = ("id", "at", "user", "action", "entity", "entity_id", "summary", "changes")
STEP_EVERY = 5000
EXPORT_MAX_BYTES = 2 * 2**30


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found: the entries it read, and the first that breaks the chain."""

    entries: int
    first_id: int | None
    last_id: int | None
    head_hash: str
    broken_at: int | None = None
    reason: str = ""
    compared: int = 0  # entries of an earlier export found unchanged

    @property
    def whole(self) -> bool:
        return self.broken_at is None and not self.reason

    def describe(self) -> str:
        if not self.whole:
            where = "" if self.broken_at is None else f" at entry {self.broken_at}"
            return f"the audit trail is broken{where}: {self.reason}"
        if not self.entries:
            return "The audit trail holds no entries yet; there is nothing to prove."
        lines = [
            f"The audit trail is whole: {_entries(self.entries)}, {self.first_id} to "
            f"{self.last_id}; each matches its hash and the entry before it.",
            f"Latest entry {self.last_id}, hash {self.head_hash}",
        ]
        if self.compared:
            lines.append(
                f"All {self.compared:,} entries of the earlier export are still in the book, "
                "unchanged."
            )
        return "\n".join(lines)


def _entries(count: int, noun: str = "entry") -> str:
    return f"{count:,} {noun if count == 1 else noun[:-1] + 'ies'}"


def verify(
    book: Book, *, against: Path | None = None, progress: Progress | None = None
) -> ChainReport:
    """Recompute the whole chain; with `against`, also compare an earlier export."""
    expected = _read_export(against)["entries"] if against is not None else None
    with book.session() as session:
        _one_snapshot(book, session)
        total = session.scalar(select(func.count(AuditRow.id))) or 0
        contacts = session.scalar(select(func.count(ContactRow.id))) or 0
        connection = session.connection()
        previous = GENESIS
        count = 0
        first_id: int | None = None
        last_id: int | None = None
        for entry in audit_chain.read_chain(connection):
            count += 1
            if count % STEP_EVERY == 0:
                step(progress, count, total, "Checking the audit trail…")
            if first_id is None:
                first_id = entry.id
            problem = _link_problem(entry, previous, last_id)
            if problem:
                return ChainReport(count, first_id, last_id, previous, entry.id, problem)
            previous, last_id = entry.hash, entry.id
        step(progress, total, total, "Checking the audit trail…")
    if count == 0 and contacts:
        return ChainReport(
            0, None, None, GENESIS, None,
            f"it holds no entries, yet the book holds {contacts:,} contacts, each written "
            "with an entry: the entries were removed",
        )  # fmt: skip
    report = ChainReport(count, first_id, last_id, previous)
    if expected is None:
        return report
    return _compare(book, report, expected, against)


def _one_snapshot(book: Book, session: Session) -> None:
    """Read the whole trail as of one moment, whatever desks add meanwhile (PostgreSQL;
    SQLite's read transaction is one snapshot already)."""
    if book.is_postgres:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _link_problem(entry: ChainedEntry, previous: str, last_id: int | None) -> str:
    if entry.prev_hash != previous:
        if last_id is None:
            return (
                "it is the first entry in the book but does not start the chain: "
                "the entries before it were removed"
            )
        return (
            f"it does not follow entry {last_id} (the previous hash it records differs): "
            f"entry {last_id} was changed, or entries between them were removed"
        )
    if entry.computed_hash() != entry.hash:
        return "its content does not match its hash: it was changed after it was written"
    return ""


def _compare(
    book: Book, report: ChainReport, expected: list[dict[str, Any]], source: Path | None
) -> ChainReport:
    """Each entry of the earlier export must still be in the book with the same hash."""
    by_id = {int(item["id"]): str(item["hash"]) for item in expected}
    if not by_id:
        return report
    with book.session() as session:
        connection = session.connection()
        found = {
            entry.id: entry.hash
            for entry in audit_chain.read_chain(connection, first_id=min(by_id), last_id=max(by_id))
        }
    for entry_id, hash_ in sorted(by_id.items()):
        if entry_id not in found:
            reason = f"entry {entry_id} of the export {source} is no longer in the book"
            return _replace(report, entry_id, reason)
        if found[entry_id] != hash_:
            reason = f"it differs from the same entry in the export {source}"
            return _replace(report, entry_id, reason)
    return ChainReport(
        report.entries, report.first_id, report.last_id, report.head_hash, compared=len(by_id)
    )


def _replace(report: ChainReport, entry_id: int, reason: str) -> ChainReport:
    return ChainReport(
        report.entries, report.first_id, report.last_id, report.head_hash, entry_id, reason
    )


def _read_export(path: Path) -> dict[str, Any]:
    raw = read_regular_file(path, what="an audit export", limit=EXPORT_MAX_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    entries = data.get("entries") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("format") != EXPORT_FORMAT
        or not isinstance(entries, list)
        or not all(_exported_entry(item) for item in entries)
    ):
        raise BookError(
            f"{path} is not an audit export of Advisor Referrals "
            f'(a JSON file starting {{"format": "{EXPORT_FORMAT}", …}}, written by `audit export`)'
        )
    return data


def _exported_entry(item: object) -> bool:
    return (
        isinstance(item, Mapping)
        and isinstance(item.get("id"), int)
        and not isinstance(item.get("id"), bool)
        and isinstance(item.get("hash"), str)
    )


# Export


@dataclass(frozen=True)
class ExportedTrail:
    path: Path
    entries: int
    first_id: int | None
    last_id: int | None
    recorded: bool

    def describe(self) -> str:
        if not self.entries:
            text = f"No audit entries in those days; wrote an empty export to {self.path}."
        else:
            text = (
                f"Wrote {_entries(self.entries, 'audit entry')} ({self.first_id} to "
                f"{self.last_id}) with their hashes to {self.path}."
            )
        if not self.recorded:
            text += " The book is read-only, so this export is not in its audit trail."
        return text


def export(
    book: Book,
    path: Path,
    *,
    first_day: date | None = None,
    last_day: date | None = None,
    progress: Progress | None = None,
) -> ExportedTrail:
    """Every entry from the first of `first_day` to the last of `last_day` (local days),
    in chain order and with nothing left out between them, so the stretch can be checked
    link by link."""
    if first_day is not None and last_day is not None and last_day < first_day:
        raise BookError(f"--to {last_day} comes before --from {first_day}")
    with book.session() as session:
        _one_snapshot(book, session)
        span = select(func.min(AuditRow.id), func.max(AuditRow.id))
        if first_day is not None:
            span = span.where(AuditRow.at >= local_day_start_utc(first_day))
        if last_day is not None:
            span = span.where(AuditRow.at < local_day_start_utc(last_day + timedelta(days=1)))
        first_id, last_id = session.execute(span).one()
        count = 0
        with atomic_text_file(path) as out:
            out.write(_header(book, first_day, last_day))
            if first_id is not None:
                entries = audit_chain.read_chain(
                    session.connection(), first_id=first_id, last_id=last_id
                )
                for count, entry in enumerate(entries, start=1):
                    if count % STEP_EVERY == 0:
                        step(progress, count, last_id - first_id + 1, "Exporting…")
                    out.write(("\n  " if count == 1 else ",\n  ") + _entry_json(entry))
            out.write("\n ]}\n" if count else "]}\n")
    recorded = not book.read_only
    if recorded:
        record_export(book, what=f"{_entries(count, 'audit entry')} with their hashes", file=path)
    return ExportedTrail(path, count, first_id, last_id, recorded)


def _header(book: Book, first_day: date | None, last_day: date | None) -> str:
    head = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "chain": CHAIN_NAME,
        "book": book.location,
        "from": first_day.isoformat() if first_day else None,
        "to": last_day.isoformat() if last_day else None,
    }
    return json.dumps(head, ensure_ascii=False)[:-1] + ',\n "entries": ['


def _entry_json(entry: ChainedEntry) -> str:
    values: dict[str, Any] = {name: getattr(entry, name) for name in FIELDS}
    values["prev_hash"] = entry.prev_hash
    values["hash"] = entry.hash
    return json.dumps(values, ensure_ascii=False)
