"""The import dialog's use cases: read a contacts file, suggest a mapping, preview what
importing would do (which rows are new, updates, skipped, or wrong and why), import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from advisor_referrals.domain.errors import Problem
from advisor_referrals.services.book_file.importing import import_book
from advisor_referrals.services.imports.batches import ImportBatches
from advisor_referrals.services.imports.contact_import import (
    ImportOptions,
    default_rejects_path,
    import_source,
)
from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.csv_rows import convert_rows
from advisor_referrals.services.imports.gc_pause import paused_gc
from advisor_referrals.services.imports.layouts import AUTO, OURS_KEY
from advisor_referrals.services.imports.mapping import ColumnMapping, suggest_mapping
from advisor_referrals.services.imports.row_plan import plan_import
from advisor_referrals.services.imports.source_files import (
    Prepared,
    SourceFile,
    choose_layout,
    is_ours,
    prepare,
    read_source,
)
from advisor_referrals.services.imports.summary import ImportSummary
from advisor_referrals.services.imports.translation import column_roles
from advisor_referrals.services.imports.vendor_layouts import layout_named
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.progress import Progress
from advisor_referrals.storage.book import Book

NEW, UPDATE, UNCHANGED, SKIPPED, INVALID = "new", "update", "unchanged", "skipped", "invalid"
CUSTOM = "custom"  # the columns mapped by hand, not by a known layout


@dataclass(frozen=True)
class ImportPreview:
    """What importing the rows would do, row by row (spreadsheet row numbers)."""

    status: dict[int, str]
    problems: dict[int, list[Problem]]
    file_problems: list[Problem] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)
    likely: dict[int, str] = field(default_factory=dict)  # row -> a likely duplicate, in words
    decisions: dict[int, list[str]] = field(default_factory=dict)  # row -> nearest meanings
    notes: list[str] = field(default_factory=list)  # the layout's decisions, for the summary

    def count(self, status: str) -> int:
        return self._counts.get(status, 0)

    @cached_property
    def _counts(self) -> Counter[str]:
        """Rows per status, counted once (the dialog asks for each status, on the UI thread)."""
        return Counter(self.status.values())

    @property
    def importable(self) -> bool:
        return not self.problems and not self.file_problems

    @property
    def importable_skipping(self) -> bool:
        """Whether skipping the rows with problems leaves a file that imports."""
        return not self.file_problems and any(s in (NEW, UPDATE) for s in self.status.values())


class ContactImporter:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.batches = ImportBatches(book)

    @staticmethod
    def read(path: Path, encoding: str | None = AUTO) -> SourceFile:
        return read_source(path, encoding or AUTO)

    @staticmethod
    def detect_layout(headers: Sequence[str]) -> str:
        """The layout key the file is recognised as: a tool's, ours, or custom."""
        found = choose_layout(tuple(headers))
        if found is not None:
            return found.key
        return OURS_KEY if is_ours(tuple(headers)) else CUSTOM

    @staticmethod
    def suggest(headers: Sequence[str]) -> ColumnMapping:
        return suggest_mapping(headers)

    @staticmethod
    def roles(layout: str, headers: Sequence[str]) -> ColumnMapping:
        """What each column of a file in a tool's layout becomes (for showing only)."""
        known = layout_named(layout)
        return ColumnMapping(tuple(column_roles(known, headers)), known.date_order, layout)

    @staticmethod
    def _prepared(
        table: CsvTable, layout: str, mapping: ColumnMapping | None, strict: bool
    ) -> Prepared:
        if layout == CUSTOM or (mapping is not None and layout == OURS_KEY):
            return Prepared(table, mapping)
        return prepare(table, layout, strict=strict)

    def preview(
        self,
        table: CsvTable,
        mapping: ColumnMapping | None,
        *,
        layout: str = CUSTOM,
        update: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> ImportPreview:
        with paused_gc():  # as an import is (gc_pause): its rows die before it ends
            return self._preview(table, mapping, layout, update, strict, progress)

    def _preview(
        self,
        table: CsvTable,
        mapping: ColumnMapping | None,
        layout: str,
        update: bool,
        strict: bool,
        progress: Progress | None,
    ) -> ImportPreview:
        prepared = self._prepared(table, layout, mapping, strict)
        converted = convert_rows(prepared.table, prepared.mapping, update=update, progress=progress)
        converted.problems.extend(prepared.problems)
        with self.book.session() as session:
            plan = plan_import(
                session,
                converted,
                update=update,
                progress=progress,
                advisors=PracticeService(self.book).advisor_lookup(),
            )
        status = {number: NEW for number, _ in plan.new}
        status.update({item.row: UPDATE for item in plan.updates})
        status.update(dict.fromkeys(plan.unchanged, UNCHANGED))
        skipped = {}
        for number, reason in zip(plan.skipped_rows, plan.skipped, strict=True):
            status[number] = SKIPPED
            skipped[number] = reason.partition(": ")[2]
        problems: dict[int, list[Problem]] = {}
        file_problems = []
        rows = {number for number, _ in table.rows}
        for problem in plan.problems:
            row = _row_of(problem)
            if row is not None and row in rows:
                problems.setdefault(row, []).append(problem)
                status[row] = INVALID
            else:
                file_problems.append(problem)
        translated = prepared.translated
        return ImportPreview(
            status,
            problems,
            file_problems,
            skipped,
            likely=dict(plan.likely),
            decisions=dict(translated.row_decisions) if translated else {},
            notes=translated.summary_lines() if translated else [],
        )

    def run(
        self,
        table: CsvTable,
        mapping: ColumnMapping | None,
        *,
        layout: str = CUSTOM,
        update: bool = False,
        strict: bool = False,
        rejects: Path | None = None,
        encoding: str = "utf-8",
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Import the rows; with `rejects`, the rows with problems go there instead."""
        source = SourceFile(table, encoding, detected=False)
        options = ImportOptions(
            layout=layout if layout != CUSTOM else AUTO,
            update=update,
            strict=strict,
            skip_invalid=rejects is not None,
            rejects=rejects,
        )
        use_mapping = mapping if layout in (CUSTOM, OURS_KEY) else None
        return import_source(self.book, source, options, mapping=use_mapping, progress=progress)

    @staticmethod
    def rejects_path(source: Path) -> Path:
        return default_rejects_path(source)

    def check_book_file(self, path: Path, progress: Progress | None = None) -> ImportSummary:
        return import_book(self.book, path, dry_run=True, progress=progress)

    def import_book_file(self, path: Path, progress: Progress | None = None) -> ImportSummary:
        return import_book(self.book, path, progress=progress)


def _row_of(problem: Problem) -> int | None:
    where = problem.where
    if where.startswith("row ") and where[4:].isdigit():
        return int(where[4:])
    return None
