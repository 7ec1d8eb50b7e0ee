"""Reading the audit trail: per record, filtered, and exported for a compliance review.

Entries are append-only (database triggers refuse UPDATE and DELETE). The audit view
holds only entry ids and asks for the rows of the page it shows; filtering is SQL.
Exports of client data are themselves recorded here (`record_export`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, true

from advisor_referrals.domain.audit import AuditEntry
from advisor_referrals.domain.cells import guard
from advisor_referrals.services.audit.naming import read_named_entries
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_text_file
from advisor_referrals.storage.models import AuditRow

CSV_COLUMNS = ("when_utc", "user", "action", "record", "record_id", "summary", "changes")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show. Dates are the user's local calendar days, both inclusive."""

    first_day: date | None = None
    last_day: date | None = None
    user: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    text: str = ""


def local_day_start_utc(day: date) -> datetime:
    """Midnight of a local calendar day, as the naive UTC time the book stores."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def to_local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _conditions(where: AuditFilter) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if where.first_day is not None:
        parts.append(AuditRow.at >= local_day_start_utc(where.first_day))
    if where.last_day is not None:
        parts.append(AuditRow.at < local_day_start_utc(where.last_day + timedelta(days=1)))
    if where.user:
        parts.append(AuditRow.user == where.user)
    if where.entity:
        parts.append(AuditRow.entity == where.entity)
    if where.entity_id is not None:
        parts.append(AuditRow.entity_id == where.entity_id)
    if where.text.strip():
        escaped = where.text.strip().lower().replace("\\", "\\\\").replace("%", "\\%")
        escaped = escaped.replace("_", "\\_")
        parts.append(func.lower(AuditRow.summary).like(f"%{escaped}%", escape="\\"))
    return and_(true(), *parts)


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows as typed: a leading quote stops `=cmd|...` being run."""
    return guard("" if value is None else str(value))


class AuditLog:
    def __init__(self, book: Book) -> None:
        self.book = book

    def ids(self, where: AuditFilter = AuditFilter()) -> list[int]:
        """Ids of the matching entries, newest first."""
        query = select(AuditRow.id).where(_conditions(where)).order_by(AuditRow.id.desc())
        with self.book.session() as session:
            return list(session.scalars(query))

    def count(self, where: AuditFilter = AuditFilter()) -> int:
        with self.book.session() as session:
            return session.scalar(select(func.count(AuditRow.id)).where(_conditions(where))) or 0

    def entries(self, ids: Sequence[int]) -> list[AuditEntry]:
        """The entries with these ids, in the order given, each with its record's name
        (one statement for the lot: services/audit/naming.py)."""
        with self.book.session() as session:
            by_id = read_named_entries(session, ids)
        return [by_id[i] for i in ids if i in by_id]

    def for_record(self, entity: str, entity_id: int) -> list[AuditEntry]:
        """The history of one record, newest first."""
        where = AuditFilter(entity=entity, entity_id=entity_id)
        return self.entries(self.ids(where))

    def users(self) -> list[str]:
        with self.book.session() as session:
            return list(session.scalars(select(AuditRow.user).distinct().order_by(AuditRow.user)))

    def entities(self) -> list[str]:
        with self.book.session() as session:
            query = select(AuditRow.entity).distinct().order_by(AuditRow.entity)
            return list(session.scalars(query))

    # Export

    def export_csv(self, where: AuditFilter, path: Path) -> int:
        """Write the matching entries to a CSV file for a compliance review; returns how many.

        The export is itself an audit entry: it copies client data out of the book.
        """
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        count = 0
        with self.book.session() as session:
            if self.book.is_postgres:
                # Read in batches through a server cursor, which lives in a transaction
                # (reads are otherwise autocommit, docs/design.md "Budgets"): one snapshot.
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            query = select(AuditRow).where(_conditions(where)).order_by(AuditRow.id)
            for row in session.scalars(query.execution_options(yield_per=2000)):
                writer.writerow(_csv_row(row))
                count += 1
        with atomic_text_file(path, newline="") as out:  # owner-only, whole or not at all
            out.write("\ufeff" + buffer.getvalue())
        record_export(self.book, what=f"{count} audit entries", file=path)
        return count


def _csv_row(row: AuditRow) -> list[str]:
    changes = json.dumps(row.changes, ensure_ascii=False, sort_keys=True) if row.changes else ""
    values: list[Any] = [
        row.at.isoformat(sep=" "),
        row.user,
        row.action,
        row.entity,
        "" if row.entity_id is None else row.entity_id,
        row.summary,
        changes,
    ]
    return [safe_cell(value) for value in values]


NOT_RECORDED = "The book is read-only, so this export is not in its audit trail."


def record_export(book: Book, *, what: str, file: Path) -> None:
    """Note in the audit trail that client data left the book: who, when, what, where to.

    `what` says what was written, e.g. "250 contacts" or "the whole book". A read-only
    book cannot take the note; exporting from it must still work.
    """
    if book.read_only:
        return
    BookWriter(book, "book").note(
        "export", f"Exported {what} to {file.name}", {"file": [None, str(file)]}
    )
