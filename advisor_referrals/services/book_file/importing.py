"""The whole-book file (JSON, docs/design.md, "Contracts"): import.

`load_book_data` takes an already parsed book (a dict shaped like the file; dates may
also be `date` objects and money `Decimal`) and writes it in one transaction, or
writes nothing and reports every problem at once. `import_book` reads the file.
A book file is a whole book, so it imports only into an empty book.

Shape (see `book_format` for every field; optional fields may be absent or null):
    {"format": "advisor-referrals-book", "version": 1,
     "advisor": {...}, "trigger_kinds": [...], "contacts": [{"key": "c1", ...}],
     "triggers": [{"key": "t1", "contact": "c1", ...}],
     "referrals": [{"key": "r1", "referrer": "c1", "referred": "c2", ...,
                    "compensation": {...} | null, "status_history": [...]}],
     "reviews": [{"contact": "c1", ...}], ...}
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import BookError, BookNotEmptyError, Problem, ValidationError
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.ask_records import load_asks
from advisor_referrals.services.book_file.extras import BookExtras
from advisor_referrals.services.book_file.json_text import loads_strict
from advisor_referrals.services.book_file.loader import BookLoader
from advisor_referrals.services.book_file.program_sections import ProgramSections
from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
from advisor_referrals.services.book_file.referral_records import load_referrals
from advisor_referrals.services.book_file.review_records import load_reviews
from advisor_referrals.services.book_file.streamed_file import NotLaidOut, is_records, read_laid_out
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.gc_pause import paused_gc
from advisor_referrals.services.imports.summary import ImportSummary, counted
from advisor_referrals.services.imports.values import shown
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book, refusal_words
from advisor_referrals.storage.files import read_regular_file
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow, TriggerRow

log = logging.getLogger(__name__)

# A book of a million contacts exports to about 1 GB of JSON.
MAX_BOOK_FILE_BYTES = 2 * 2**30

# Tables empty in any book a book file may be imported into (ensure_empty checks the
# parents; the rest hang off them).
EMPTY_TABLES = (
    "contacts",
    "contact_tags",
    "conversation_triggers",
    "referrals",
    "referral_status_changes",
    "reviews",
    "outbound_referrals",
    "kit_history",
    "asks",
)

SUMMARY_ORDER = (
    "contacts",
    "households",
    "trigger kinds",
    "triggers",
    "referrals",
    "reviews",
    "outbound referrals",
    "kit history entries",
    "asks",
    "programs",
    "goals",
    "events",
    "rewards",
)


def import_book(
    book: Book, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportSummary:
    # The parsed file is millions of objects that all live until the load ends: the
    # collector would walk them again and again while freeing nothing (a sixth of the
    # load), so it waits, parse included.
    with paused_gc():
        try:
            # A file laid out as the export writes it: its records read as they are loaded.
            data: Any = read_laid_out(path)
        except NotLaidOut:
            data = None
        if data is not None:
            try:
                return load_book_data(
                    book, data, source=str(path), dry_run=dry_run, progress=progress
                )
            except NotLaidOut:
                pass  # a record line the scan let through holds more: read it whole instead
        data = read_book_file(path)
        return load_book_data(book, data, source=str(path), dry_run=dry_run, progress=progress)


def read_book_file(path: Path) -> Any:
    raw = read_regular_file(path, what="a book file", limit=MAX_BOOK_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BookError(
            f"{path} is not UTF-8 text (an invalid byte on line {line}); "
            "a book file is JSON written in UTF-8, as the export writes it"
        ) from None
    try:
        return loads_strict(text, str(path))
    except json.JSONDecodeError as error:
        raise BookError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise BookError(f"{path} is not a book file: its JSON is nested far too deeply") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise BookError(f"{path} is not a book file: {error}") from None


def check_header(data: Any, source: str) -> list[Problem]:
    """Refuse what is not a book file outright; list the problems of a book file's outline."""
    name = source or "the data"
    if not isinstance(data, Mapping):
        raise BookError(
            f"{name} is not an Advisor Referrals book file: it must hold one JSON object "
            f'starting with {{"format": "{fmt.FORMAT}", "version": {fmt.VERSION}, …}}'
        )
    found = data.get("format")
    if found != fmt.FORMAT:
        raise BookError(
            f'{name} is not an Advisor Referrals book file: "format" is {shown(found) or "missing"}'
            f', expected "{fmt.FORMAT}". To import contacts, use a .csv file.'
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BookError(
            f'{name}: "version" must be a whole number written without quotes, such as '
            f'"version": {fmt.VERSION}; it is {json.dumps(version)[:40] if version is not None else "missing"}'
        )
    if version != fmt.VERSION:
        raise BookError(
            f"{name} is a book file of version {shown(version) or '(missing)'}; this version of "
            f"Advisor Referrals reads version {fmt.VERSION}. Install the version that wrote it."
        )
    problems = []
    for key in data:
        if key not in fmt.SECTIONS:
            problems.append(
                Problem("", str(key), None, f"unknown section; allowed: {', '.join(fmt.SECTIONS)}")
            )
    for key in fmt.LIST_SECTIONS:
        if data.get(key) is not None and not is_records(data[key]):
            problems.append(Problem("", key, shown(data[key]), "must be a list [...] or absent"))
    for key in fmt.OBJECT_SECTIONS:
        if data.get(key) is not None and not isinstance(data[key], Mapping):
            problems.append(Problem("", key, shown(data[key]), "must be an object {...} or absent"))
    return problems


def ensure_empty(session: Session, book: Book) -> None:
    held = {
        noun: session.scalar(select(func.count()).select_from(row)) or 0
        for noun, row in (
            ("contacts", ContactRow),
            ("triggers", TriggerRow),
            ("referrals", ReferralRow),
            ("reviews", ReviewRow),
        )
    }
    if any(held.values()):
        holding = ", ".join(counted(n, noun) for noun, n in held.items() if n)
        raise BookNotEmptyError(
            f"the book at {book.location} is not empty (it holds {holding}). A book file is a "
            "whole book and imports only into an empty book: import it into a new book "
            "(--db new-book.sqlite3), or import contacts from a .csv file, which adds to any book."
        )


def load_book_data(
    book: Book,
    data: Any,
    *,
    source: str = "",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Check a parsed book and write it in one transaction; on any problem write nothing."""
    with paused_gc():  # see import_book
        return _load(book, data, source, dry_run, progress)


def _load(
    book: Book, data: Any, source: str, dry_run: bool, progress: Progress | None
) -> ImportSummary:
    problems = check_header(data, source)
    if dry_run:
        with book.session() as session:
            ensure_empty(session, book)
            loader = BookLoader(session, data, None, progress)
            loader.problems[:0] = problems
            load_sections(loader)
            if loader.problems:
                raise ValidationError(loader.problems, source=source)
            return _summary(loader, source, dry_run=True)
    try:
        book_writer = BookWriter(book, "book")
        with (
            # The loader resolves every reference itself (reference_checks explains).
            book_writer.transaction(check_references=False) as session,
            # The loader gives each contact its last review's date (last_reviews) and
            # says when a table is whole, for its indexes to be built behind the load.
            BulkWriter(
                session,
                rebuild_indexes=EMPTY_TABLES,
                write_behind=True,
                last_reviews_given=True,
            ) as writer,
        ):
            ensure_empty(session, book)
            foreign_keys = ForeignKeysSetAside(session, EMPTY_TABLES)
            loader = BookLoader(session, data, writer, progress, foreign_keys)
            loader.problems[:0] = problems
            load_sections(loader)
            if loader.problems:
                raise ValidationError(loader.problems, source=source)
            writer.finish()
            foreign_keys.restore()
            summary = _summary(loader, source, dry_run=False)
            book_writer.audit(
                session,
                "import",
                None,
                f"Imported the book file {Path(source).name if source else ''}: "
                f"{summary.described_counts()}",
            )
    except DBAPIError as error:
        log.error("book import refused by the database (%s)", type(error.orig).__name__)
        raise BookError(
            f"{source or 'the book file'}: the database refused the import: "
            f"{refusal_words(error)}. Nothing was written."
        ) from None
    return summary


def load_sections(loader: BookLoader) -> None:
    """Every section of the file, each after the ones its records point at."""
    extras = BookExtras(loader)
    extras.advisor()
    extras.review_cadence()
    extras.trigger_kinds()
    extras.households()
    program = ProgramSections(loader)
    program.programs()
    program.goals()
    loader.contacts()
    loader.triggers()
    load_referrals(loader)
    load_reviews(loader)
    extras.outbound_referrals()
    extras.kit_history()
    load_asks(loader)
    program.events()
    program.rewards()
    extras.settings()
    step(loader.progress, loader.total, loader.total, "Saving…")


def _summary(loader: BookLoader, source: str, *, dry_run: bool) -> ImportSummary:
    counts = {noun: loader.counts[noun] for noun in SUMMARY_ORDER}
    return ImportSummary(source=source, what="book file", dry_run=dry_run, counts=counts)
