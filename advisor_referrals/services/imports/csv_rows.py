"""From a read CSV table and a column mapping to contact values per row, with every
problem of the file listed (row as a spreadsheet counts it, field, value, rule)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from advisor_referrals.domain.cells import unguard
from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES
from advisor_referrals.domain.errors import Problem
from advisor_referrals.services.imports import cells as cv
from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.mapping import FULL_NAME, OURS, ColumnMapping
from advisor_referrals.services.imports.values import BAD_CHARS_RULE, find_bad_chars, shown
from advisor_referrals.services.progress import Progress, step

STEP_EVERY = 5000
MEMO_SIZE = 10_000
NAME_TARGETS = ("first_name", "last_name", FULL_NAME)
# An empty cell in these columns means "not given": the default, or the stored value.
DEFAULTED = ("relationship", "segment")


class RowValues(NamedTuple):  # a tuple: one is made for every row of a file
    row: int
    given: dict[str, Any]  # contact field -> value, for the fields the file has


@dataclass(frozen=True)
class ConvertedFile:
    source: str
    rows: list[RowValues]
    problems: list[Problem]
    mapping: ColumnMapping


@dataclass(frozen=True)
class ConvertingFile:
    """The same, with each row converted only when it is read from `rows`: an import
    checks and writes it in the same step (one pass per row). `problems` grows as the
    rows are read; `total` is how many there are."""

    source: str
    rows: Iterator[RowValues]
    problems: list[Problem]
    mapping: ColumnMapping
    total: int


def mapping_from_headers(table: CsvTable, problems: list[Problem]) -> ColumnMapping:
    """Headers must be contact field names (in any case, spaces for underscores)."""
    targets: list[str | None] = []
    seen: dict[str, str] = {}
    for index, header in enumerate(table.headers):
        target = OURS.target(header)
        if not header.strip():
            if any(index < len(cells) and cells[index].strip() for _, cells in table.rows):
                problems.append(
                    Problem("row 1", f"column {index + 1}", "", "a column with data needs a name")
                )
            target = None
        elif target is None:
            problems.append(
                Problem(
                    "row 1",
                    header,
                    None,
                    f"unknown column; allowed: {', '.join(CONTACT_FIELD_NAMES)} "
                    "(the desktop app's import can map other column names)",
                )
            )
        elif target in seen:
            problems.append(
                Problem("row 1", header, None, f"column {seen[target]!r} holds {target} already")
            )
            target = None
        else:
            seen[target] = header
        targets.append(target)
    return ColumnMapping(tuple(targets), preset=OURS.name)


def convert_rows(
    table: CsvTable,
    mapping: ColumnMapping | None = None,
    *,
    update: bool = False,
    progress: Progress | None = None,
) -> ConvertedFile:
    converting = converting_rows(table, mapping, update=update, progress=progress)
    rows = list(converting.rows)
    return ConvertedFile(table.source, rows, converting.problems, converting.mapping)


def converting_rows(
    table: CsvTable,
    mapping: ColumnMapping | None = None,
    *,
    update: bool = False,
    progress: Progress | None = None,
    stage: str = "Checking rows…",
) -> ConvertingFile:
    """The file's rows, each converted as it is read (the file's own problems found now);
    `stage` is what the progress says meanwhile."""
    problems: list[Problem] = []
    if mapping is None:
        mapping = mapping_from_headers(table, problems)
    elif len(mapping.targets) != len(table.headers):
        raise ValueError("the mapping does not match the file's columns")
    mapped = mapping.mapped
    if not mapped & set(NAME_TARGETS) and not (update and "email" in mapped):
        problems.append(
            Problem(
                "row 1",
                "",
                None,
                "the file needs a first_name or last_name column"
                + (" (or, with update, an email column)" if update else ""),
            )
        )
    rows = _converted(table, mapping, problems, progress, stage)
    return ConvertingFile(table.source, rows, problems, mapping, len(table.rows))


def _converted(
    table: CsvTable,
    mapping: ColumnMapping,
    problems: list[Problem],
    progress: Progress | None,
    stage: str,
) -> Iterator[RowValues]:
    plain, converted, several = _readers(mapping)
    width = len(table.headers)
    clean = table.clean
    total = len(table.rows)
    for count, (number, read) in enumerate(table.rows, start=1):
        if count % STEP_EVERY == 0:
            step(progress, count, total, stage)
        cells = read if len(read) >= width else read + ("",) * (width - len(read))
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                Problem(
                    f"row {number}",
                    "",
                    None,
                    f"has {len(cells)} cells but the header row has {width}",
                )
            )
        # The common case (one plain text column per field, clean text) inline: this loop
        # runs for every cell of files with 100,000 rows.
        given: dict[str, Any] = {}
        for target, index in plain:
            cell = cells[index]
            given[target] = unguard(cell) if cell[:1] == "'" else cell
        for target, index, convert, seen in converted:
            # A column holds few distinct choices or dates: convert each cell once.
            cell = cells[index]
            found = seen.get(cell)
            if found is None:
                found = _converted_cell(cell, target, convert)
                if len(seen) < MEMO_SIZE:
                    seen[cell] = found
            value, keep, refused = found
            if keep:
                given[target] = value
            elif refused is not None:
                problems.append(Problem(f"row {number}", target, *refused))
        for target, columns, convert in several:
            value, rule = convert(_pick(cells, columns, target == "tags"))
            if rule is not None:
                problems.append(Problem(f"row {number}", target, None, rule))
            elif value is not None or target not in DEFAULTED:
                given[target] = value
        if not clean:
            for target, value in given.items():
                if isinstance(value, str) and find_bad_chars(value):
                    problems.append(Problem(f"row {number}", target, shown(value), BAD_CHARS_RULE))
        if FULL_NAME in given:
            first, last = cv.split_name(given.pop(FULL_NAME) or "")
            if not given.get("first_name") and not given.get("last_name"):
                given["first_name"], given["last_name"] = first, last
        yield RowValues(number, given)


Reader = Callable[[str], cv.Converted]
# A cell's value, whether the row keeps it (a blank choice takes the default or the stored
# value instead), and when it is refused, the cell as shown and the rule.
CellValue = tuple[Any, bool, tuple[str | None, str] | None]


def _converted_cell(cell: str, target: str, convert: Reader) -> CellValue:
    if cell[:1] == "'":
        cell = unguard(cell)
    value, rule = convert(cell)
    if rule is not None:
        return None, False, (shown(cell), rule)
    return value, value is not None or target not in DEFAULTED, None


def _readers(
    mapping: ColumnMapping,
) -> tuple[
    list[tuple[str, int]],
    list[tuple[str, int, Reader, dict[str, CellValue]]],
    list[tuple[str, list[int], Reader]],
]:
    """Per field: plain text from one column, converted from one column, or from several."""
    dates = cv.date_reader(mapping.date_order)
    plain: list[tuple[str, int]] = []
    converted: list[tuple[str, int, Reader, dict[str, CellValue]]] = []
    several: list[tuple[str, list[int], Reader]] = []
    for target in dict.fromkeys(t for t in mapping.targets if t):
        columns = mapping.columns_of(target)
        convert = dates if target == "client_since" else cv.CONVERTERS.get(target)
        if len(columns) > 1:
            several.append((target, columns, cv.memo(convert or cv.text)))
        elif convert is None:
            plain.append((target, columns[0]))
        else:
            converted.append((target, columns[0], convert, {}))
    return plain, converted, several


def _pick(cells: tuple[str, ...], columns: list[int], join: bool) -> str:
    """The cell for a field: the first non-empty of its columns (all of them, for tags)."""
    found = [unguard(cells[i]) for i in columns if cells[i].strip()]
    if join:
        return ";".join(found)
    return found[0] if found else ""
