"""The import dialog's use cases: read a contacts file, suggest a mapping, preview what
importing would do (which rows are new, updates, skipped, or wrong and why), import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from advisor_referrals.domain.errors import Problem
from advisor_referrals.services.book_file.importing import import_book
from advisor_referrals.services.imports.contacts_csv import import_contacts_table
from advisor_referrals.services.imports.csv_reading import CsvTable, read_csv
from advisor_referrals.services.imports.csv_rows import convert_rows
from advisor_referrals.services.imports.mapping import ColumnMapping, suggest_mapping
from advisor_referrals.services.imports.row_plan import plan_import
from advisor_referrals.services.imports.summary import ImportSummary
from advisor_referrals.services.progress import Progress
from advisor_referrals.storage.book import Book

NEW, UPDATE, UNCHANGED, SKIPPED, INVALID = "new", "update", "unchanged", "skipped", "invalid"


@dataclass(frozen=True)
class ImportPreview:
    """What importing the rows would do, row by row (spreadsheet row numbers)."""

    status: dict[int, str]
    problems: dict[int, list[Problem]]
    file_problems: list[Problem] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for s in self.status.values() if s == status)

    @property
    def importable(self) -> bool:
        return not self.problems and not self.file_problems


class ContactImporter:
    def __init__(self, book: Book) -> None:
        self.book = book

    @staticmethod
    def read(path: Path, encoding: str | None = None) -> CsvTable:
        return read_csv(path, encoding=encoding)

    @staticmethod
    def suggest(headers: Sequence[str]) -> ColumnMapping:
        return suggest_mapping(headers)

    def preview(
        self,
        table: CsvTable,
        mapping: ColumnMapping,
        *,
        update: bool = False,
        progress: Progress | None = None,
    ) -> ImportPreview:
        converted = convert_rows(table, mapping, update=update, progress=progress)
        with self.book.session() as session:
            plan = plan_import(session, converted, update=update, progress=progress)
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
        return ImportPreview(status, problems, file_problems, skipped)

    def run(
        self,
        table: CsvTable,
        mapping: ColumnMapping,
        *,
        update: bool = False,
        progress: Progress | None = None,
    ) -> ImportSummary:
        return import_contacts_table(
            self.book, table, mapping=mapping, update=update, progress=progress
        )

    def check_book_file(self, path: Path, progress: Progress | None = None) -> ImportSummary:
        return import_book(self.book, path, dry_run=True, progress=progress)

    def import_book_file(self, path: Path, progress: Progress | None = None) -> ImportSummary:
        return import_book(self.book, path, progress=progress)


def _row_of(problem: Problem) -> int | None:
    where = problem.where
    if where.startswith("row ") and where[4:].isdigit():
        return int(where[4:])
    return None
