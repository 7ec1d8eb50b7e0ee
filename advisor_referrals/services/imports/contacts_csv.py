"""Contacts as CSV (docs/design.md, "Contracts"): import into any book, export all or some contacts.

Columns are the contact field names; tags are separated by `;`. An import checks every
row first and writes nothing unless all are good; a row whose email is already in the
book is skipped and reported, or updates that contact with `update=True`. An export
is written for spreadsheets: UTF-8 with a byte order mark (so Excel reads accents),
and cells that would start a formula get a leading ' (the import takes it off again).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from advisor_referrals.domain.cells import guard
from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES, normalise_tags
from advisor_referrals.services.audit.reading import NOT_RECORDED
from advisor_referrals.services.imports.csv_reading import CsvTable, read_csv
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.mapping import ColumnMapping
from advisor_referrals.services.imports.summary import ExportSummary, ImportSummary, counted
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_text_file

log = logging.getLogger(__name__)

EXPORT_COLUMNS: tuple[str, ...] = CONTACT_FIELD_NAMES
REBUILD_AT = 5000  # rows; below this, keeping indexes up to date row by row is cheaper
IN_CHUNK = 500


def import_contacts_csv(
    book: Book,
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    update: bool = False,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> ImportSummary:
    table_ = read_csv(path, encoding=encoding)
    return import_contacts_table(
        book, table_, mapping=mapping, dry_run=dry_run, update=update, progress=progress
    )


def import_contacts_table(
    book: Book,
    data: CsvTable,
    *,
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    update: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a read table: in its own layout (recognised from the header) or by `mapping`."""
    from advisor_referrals.services.imports.contact_import import ImportOptions, import_source
    from advisor_referrals.services.imports.source_files import SourceFile

    source = SourceFile(data, "utf-8", detected=False)
    options = ImportOptions(update=update, dry_run=dry_run)
    return import_source(book, source, options, mapping=mapping, progress=progress)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return guard(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def export_contacts_csv(
    book: Book, path: Path, contact_ids: Sequence[int] | None = None
) -> ExportSummary:
    """Write contacts to a CSV file: the given ids in that order, else every contact that
    is not archived, in the order they were added."""
    contacts, households = table("contacts"), table("households")
    tags, contact_tags = table("tags"), table("contact_tags")
    columns = [contacts.c[n] for n in EXPORT_COLUMNS if n not in ("household", "tags")]
    query = select(contacts.c.id, households.c.name.label("household"), *columns).outerjoin(
        households, households.c.id == contacts.c.household_id
    )
    written = 0
    archived = 0
    with book.session() as session, atomic_text_file(path, newline="") as out:
        out.write("\ufeff")
        writer = csv.writer(out)
        writer.writerow(EXPORT_COLUMNS)
        if contact_ids is None:
            wanted = list(
                session.scalars(
                    select(contacts.c.id)
                    .where(contacts.c.archived_on.is_(None))
                    .order_by(contacts.c.id)
                )
            )
            archived = (
                session.scalar(select(func.count()).where(contacts.c.archived_on.is_not(None))) or 0
            )
        else:
            wanted = list(contact_ids)
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            rows = {r.id: r for r in session.execute(query.where(contacts.c.id.in_(chunk)))}
            names: dict[int, list[str]] = {}
            for contact_id, tag in session.execute(
                select(contact_tags.c.contact_id, tags.c.name)
                .join(tags, tags.c.id == contact_tags.c.tag_id)
                .where(contact_tags.c.contact_id.in_(chunk))
            ):
                names.setdefault(contact_id, []).append(tag)
            for contact_id in chunk:
                row = rows.get(contact_id)
                if row is None:
                    continue
                values = row._mapping
                writer.writerow(
                    [
                        guard(";".join(normalise_tags(names.get(contact_id, ()))))
                        if name == "tags"
                        else _cell(values[name])
                        for name in EXPORT_COLUMNS
                    ]
                )
                written += 1
    if not book.read_only:  # an export must not need to write (docs/design.md, "Safety")
        BookWriter(book, "contact").note(
            "export", f"Exported {counted(written, 'contacts')} to {path.name}"
        )
    note = (
        f"{counted(archived, 'archived contacts')} left out (a .json book file keeps them)."
        if archived
        else ""
    )
    if book.read_only:
        note = f"{note} {NOT_RECORDED}".strip()
    return ExportSummary(path=str(path), what="contacts", counts={"contacts": written}, note=note)
