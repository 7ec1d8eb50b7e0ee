"""Reading a CSV file as a spreadsheet user sees it: text, a header row, numbered rows.

Handles what spreadsheets and CRMs write: a UTF-8 byte order mark, UTF-16 ("Unicode
text"), Excel's quoting, `;` or tab as separator (European Excel), blank lines and
trailing empty cells. Row numbers count as a spreadsheet does: the header is row 1,
and a quoted cell spanning several lines is still one row.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from advisor_referrals.domain.errors import BookError, Problem, ValidationError
from advisor_referrals.services.imports.values import find_bad_chars
from advisor_referrals.storage.files import read_regular_file

MAX_FILE_BYTES = 512 * 1024 * 1024
SEPARATORS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvTable:
    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    separator: str = ","
    clean: bool = True  # no NUL or broken characters anywhere: cells need no one-by-one check

    @property
    def row_count(self) -> int:
        return len(self.rows)


def read_csv(path: Path, *, encoding: str | None = None) -> CsvTable:
    """A regular file only (a pipe would wait for ever), capped on the bytes actually read."""
    raw = read_regular_file(path, what="a CSV file", limit=MAX_FILE_BYTES)
    return parse_csv(decode(raw, str(path), encoding), str(path))


def decode(raw: bytes, source: str, encoding: str | None = None) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return _decode(raw[len(codecs.BOM_UTF8) :], "utf-8", source)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(raw, "utf-16", source)
    return _decode(raw, encoding or "utf-8", source)


def _decode(raw: bytes, encoding: str, source: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BookError(
            f"{source} is not {encoding.upper()} text (an invalid byte on line {line}). "
            "Save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)'"
            + (
                ", or pick the file's encoding in the import dialog."
                if encoding == "utf-8"
                else "."
            )
        ) from None
    except LookupError:
        raise BookError(f"unknown text encoding {encoding!r}") from None


def guess_separator(text: str) -> str:
    """The separator of the header line: the one that occurs most outside quotes."""
    first = text.split("\n", 1)[0]
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def parse_csv(text: str, source: str) -> CsvTable:
    """The table of a CSV text, read strictly: a quote left open, or text after a closing
    quote, is a problem of its row (a lenient reader would take the rest of the file into
    one cell and report success)."""
    text = text.removeprefix("\ufeff")
    separator = guess_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    # The collector runs meanwhile (docs/design.md, "Budgets": the UI thread never waits
    # over 100 ms): each young collection looks at the last few hundred rows and stops
    # tracking them (tuples of text hold no cycles). Paused, the first collection after
    # would walk every row at once, holding the interpreter lock for a quarter of a
    # second on 100,000 rows.
    try:
        for cells in reader:
            number += 1
            # A row of blank cells is skipped (the first cell settles nearly every row).
            if not cells or not (cells[0].strip() or "".join(cells).strip()):
                continue
            if headers is None:
                headers = tuple(cell.strip() for cell in cells)
            else:
                rows.append((number, tuple(cells)))
    except csv.Error as error:
        raise ValidationError(
            [Problem(f"row {number + 1}", "", None, _csv_problem(str(error), separator))],
            source=source,
        ) from None
    if headers is None:
        raise BookError(f"{source} is empty: a contacts file starts with a row of column names")
    return CsvTable(source, headers, tuple(rows), separator, clean=not find_bad_chars(text))


def _csv_problem(message: str, separator: str) -> str:
    shown = "tab" if separator == "\t" else repr(separator)
    if "end of data" in message:
        return (
            'a quote (") opens a cell in this row and is never closed, so the rest of the file '
            "would be read as that one cell; close the quote, or write a quote inside a cell "
            'as two ("")'
        )
    if "expected after" in message:
        return (
            f"text follows the closing quote of a cell (a {shown} or the end of the line was "
            'expected); write a quote inside a quoted cell as two ("")'
        )
    if "field larger than" in message:
        return "a cell is far too long (over 128 KB): a quote may have been left open"
    return f"the row cannot be read as CSV ({message})"
