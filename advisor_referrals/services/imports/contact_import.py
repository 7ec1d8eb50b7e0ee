"""Importing a contacts file of any layout, as one batch that can be undone.

The steps: read the file (`source_files`), bring another tool's rows to our layout
(`translation`), convert and check every row (`csv_rows`, `row_plan`), then write in
one transaction with the batch record and the audit entry (docs/design.md, "Safety":
all or nothing). A row that cannot be used stops the whole import, unless the caller
asks to skip such rows: then the good rows are imported and the others are written,
each with its reasons in a last column, to a rejects file that imports again once
corrected (the reasons column is ignored then).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisor_referrals.domain.cells import guard
from advisor_referrals.domain.errors import BookError, Problem, ValidationError
from advisor_referrals.services import changes as book_changes
from advisor_referrals.services.imports.batches import ENTITY as BATCH_ENTITY
from advisor_referrals.services.imports.batches import record_batch
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.csv_rows import convert_rows, converting_rows
from advisor_referrals.services.imports.gc_pause import paused_gc
from advisor_referrals.services.imports.layouts import AUTO
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.mapping import ColumnMapping
from advisor_referrals.services.imports.row_plan import ContactsPlan, plan_import, write_plan
from advisor_referrals.services.imports.source_files import (
    REJECTS_COLUMN,
    Prepared,
    SourceFile,
    prepare,
    read_source,
)
from advisor_referrals.services.imports.summary import ImportSummary, counted
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book, refusal_words
from advisor_referrals.storage.files import atomic_text_file

log = logging.getLogger(__name__)

REBUILD_AT = 5000  # rows; below this, keeping indexes up to date row by row is cheaper
# Rows up to which a big import's contact indexes are kept up to date on SQLite's helper
# thread rather than built at the end (BulkWriter's contact_index_upkeep).
INDEX_UPKEEP_AT_MOST = 200_000
UPDATE_HINT = (
    "To update contacts already in the book, import with update "
    "(--update on the command line; 'Update contacts with the same email' in the app)."
)


@dataclass(frozen=True)
class ImportOptions:
    layout: str = AUTO  # auto, ours, google, outlook…
    encoding: str = AUTO
    update: bool = False
    dry_run: bool = False
    strict: bool = False  # refuse values with no exact place instead of their nearest meaning
    skip_invalid: bool = False  # import the good rows; the others go to `rejects`
    rejects: Path | None = None


def default_rejects_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}-rejects.csv")


def import_contacts_file(
    book: Book, path: Path, options: ImportOptions, progress: Progress | None = None
) -> ImportSummary:
    source = read_source(path, options.encoding)
    return import_source(book, source, options, progress=progress)


def import_source(
    book: Book,
    source: SourceFile,
    options: ImportOptions,
    *,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import the rows of a read file; `mapping` maps its columns by hand (a layout no
    preset knows), else the layout is recognised or taken from the options."""
    if options.skip_invalid and options.rejects is None and not options.dry_run:
        raise BookError("skipping rows with problems needs a file to write them to")
    with paused_gc():
        prepared = (
            Prepared(source.table, mapping)
            if mapping is not None
            else prepare(source.table, options.layout, strict=options.strict)
        )
        return _import(book, source, prepared, options, progress)


def _import(
    book: Book,
    source: SourceFile,
    prepared: Prepared,
    options: ImportOptions,
    progress: Progress | None,
) -> ImportSummary:
    data = prepared.table
    # On a practice book an advisor's name finds its member (docs/design.md, "A practice").
    advisors = PracticeService(book).advisor_lookup()
    rows = {number for number, _ in data.rows}
    if options.dry_run:
        converted = convert_rows(data, prepared.mapping, update=options.update, progress=progress)
        converted.problems.extend(prepared.problems)
        with book.session() as session:
            plan = plan_import(
                session, converted, update=options.update, progress=progress, advisors=advisors
            )
        rejected = _set_aside(plan, rows, options, source.table.source)
        return _summary(plan, prepared, source, options, rejected, dry_run=True)
    name = Path(source.table.source).name or "a contacts file"
    try:
        writer_of_contacts = BookWriter(book, "contact")
        # The rows refer to each other by the writer's own ids (households, tags, the new
        # contacts), right by construction: SQLite need not look each one up (Book.write).
        with writer_of_contacts.transaction(check_references=False) as session:
            contacts = session.scalar(select(func.count()).select_from(table("contacts"))) or 0
            big = data.row_count >= REBUILD_AT and data.row_count > contacts
            rebuild = ("households", "contacts", "contact_tags") if big else ()
            upkeep = big and data.row_count <= INDEX_UPKEEP_AT_MOST
            with BulkWriter(
                session, rebuild_indexes=rebuild, contact_index_upkeep=upkeep
            ) as writer:
                first_ids = dict(writer.next_ids)
                # One pass per row: each converted, checked and written in the same step
                # while the file has no problem; a file with problems is refused (the
                # transaction rolls back) or, when asked, its good rows written after.
                converting = converting_rows(
                    data,
                    prepared.mapping,
                    update=options.update,
                    progress=progress,
                    stage="Adding contacts…",
                )
                converting.problems.extend(prepared.problems)
                plan = plan_import(
                    session,
                    converting,
                    update=options.update,
                    progress=progress,
                    writer=writer,
                    advisors=advisors,
                )
                rejected = _set_aside(plan, rows, options, source.table.source)
                plan.source = name
                before = _archived_before(session, plan)
                write_plan(session, writer, plan, user=book.user, progress=progress)
                writer.finish()
                summary = _summary(plan, prepared, source, options, rejected, dry_run=False)
                if not (plan.added or plan.updates):
                    writer_of_contacts.audit(
                        session, "import", None, f"Imported contacts from {name}: nothing to add"
                    )
                else:
                    summary.batch_id = _record(
                        session, writer, plan, prepared, book, first_ids, before, summary
                    )
                if rejected:
                    assert options.rejects is not None
                    write_rejects(options.rejects, source, rejected)
                    summary.notes.append(
                        f"Not imported: {counted(len(rejected), 'rows')} with problems, "
                        f"written to {options.rejects} with the reasons in its last column. "
                        "Correct them there and import that file."
                    )
    except DBAPIError as error:
        log.error("contacts import refused by the database (%s)", type(error.orig).__name__)
        raise BookError(
            f"{source.table.source}: the database refused the import: "
            f"{refusal_words(error)}. Nothing was written."
        ) from None
    return summary


def _set_aside(
    plan: ContactsPlan, rows: set[int], options: ImportOptions, source: str
) -> dict[int, list[Problem]]:
    """Take the rows with problems out of the plan when asked to; else refuse the file."""
    if not plan.problems:
        return {}
    by_row: dict[int, list[Problem]] = {}
    whole_file: list[Problem] = []
    for problem in plan.problems:
        row = _row_of(problem)
        if row is not None and row in rows:
            by_row.setdefault(row, []).append(problem)
        else:
            whole_file.append(problem)
    if whole_file or not options.skip_invalid:
        raise ValidationError(plan.problems, source=source)
    plan.new = [(row, fields) for row, fields in plan.new if row not in by_row]
    plan.updates = [item for item in plan.updates if item.row not in by_row]
    plan.unchanged = [row for row in plan.unchanged if row not in by_row]
    plan.problems = []
    return by_row


def _row_of(problem: Problem) -> int | None:
    where = problem.where
    return int(where[4:]) if where.startswith("row ") and where[4:].isdigit() else None


def reasons_text(problems: Sequence[Problem]) -> str:
    return "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in problems)


def write_rejects(path: Path, source: SourceFile, rejected: dict[int, list[Problem]]) -> None:
    """The rejected rows as the file had them, in its own layout, with a reasons column."""
    headers = source.table.headers
    with atomic_text_file(path, newline="") as out:
        out.write("\ufeff")  # spreadsheets then read the accents right
        writer = csv.writer(out)
        writer.writerow([*headers, REJECTS_COLUMN])
        for number, cells in source.table.rows:
            if number in rejected:
                padded = list(cells[: len(headers)]) + [""] * (len(headers) - len(cells))
                writer.writerow([*(guard(c) for c in padded), reasons_text(rejected[number])])


def _archived_before(session: Session, plan: ContactsPlan) -> dict[int, object]:
    contacts = table("contacts")
    ids = [item.contact_id for item in plan.updates]
    found: dict[int, object] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for contact_id, archived_on in session.execute(
            select(contacts.c.id, contacts.c.archived_on).where(contacts.c.id.in_(chunk))
        ):
            found[contact_id] = archived_on
    return found


def _record(
    session: Session,
    writer: BulkWriter,
    plan: ContactsPlan,
    prepared: Prepared,
    book: Book,
    first_ids: dict[str, int],
    archived_before: dict[int, object],
    summary: ImportSummary,
) -> int:
    added = (plan.added[0][1], plan.added[-1][1]) if plan.added else None
    created = {
        kind: (first_ids[kind], writer.next_ids[kind] - 1) for kind in ("tags", "households")
    }
    updates = [
        (item.contact_id, item.before, archived_before.get(item.contact_id))
        for item in plan.updates
    ]
    batch_id = record_batch(
        session,
        user=book.user,
        source=plan.source,
        layout=prepared.layout_key,
        added=added,
        created=created,
        updates=updates,  # type: ignore[arg-type]
        summary=summary.described_counts(),
    )
    book_changes.note("contact", None)  # the contacts changed; the entry names the batch
    BookWriter(book, BATCH_ENTITY).audit(
        session,
        "import",
        batch_id,
        f"Imported contacts from {plan.source} ({prepared.layout_name}): "
        f"{summary.described_counts()}"
        + (f", {counted(len(plan.skipped), 'rows')} skipped" if plan.skipped else ""),
    )
    return batch_id


def _summary(
    plan: ContactsPlan,
    prepared: Prepared,
    source: SourceFile,
    options: ImportOptions,
    rejected: dict[int, list[Problem]],
    *,
    dry_run: bool,
) -> ImportSummary:
    notes: list[str] = []
    if plan.skipped and not options.update:
        notes.append(UPDATE_HINT)
    if source.encoding.replace("_", "-").lower() not in ("utf-8", "utf8", "utf-8-sig"):
        notes.append(source.describe_encoding())
    if prepared.translated is not None:
        notes += prepared.translated.summary_lines()
    if plan.likely:
        shown = "; ".join(f"row {row}: {why}" for row, why in list(plan.likely.items())[:5])
        notes.append(
            f"{counted(len(plan.likely), 'new contacts')} may already be in the book under "
            f"the same name ({shown}{'…' if len(plan.likely) > 5 else ''}); the client table "
            "can merge two contacts."
        )
    if rejected and dry_run:
        notes.append(f"{counted(len(rejected), 'rows')} with problems would be set aside.")
    return ImportSummary(
        source=source.table.source,
        what="contacts file",
        dry_run=dry_run,
        counts=plan.counts(),
        skipped=list(plan.skipped),
        notes=notes,
    )
