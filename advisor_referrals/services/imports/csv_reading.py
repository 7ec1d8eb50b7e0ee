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

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.imports.gc_pause import paused_gc
from advisor_referrals.services.imports.values import find_bad_chars

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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BookError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB; split it first")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BookError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BookError(f"{path} is a folder, not a CSV file") from None
    except OSError as error:
        raise BookError(f"{path} cannot be read: {error.strerror or error}") from None
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
    text = text.removeprefix("\ufeff")
    separator = guess_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    try:
        with paused_gc():  # 100,000 rows kept alive: collecting meanwhile frees nothing
            for cells in reader:
                number += 1
                if not any(cells) or not "".join(cells).strip():
                    continue
                if headers is None:
                    headers = tuple(cell.strip() for cell in cells)
                else:
                    rows.append((number, tuple(cells)))
    except csv.Error as error:
        raise BookError(
            f"{source}: row {number + 1} cannot be read as CSV ({error}); "
            "a cell may be far too long or a quote left open"
        ) from None
    if headers is None:
        raise BookError(f"{source} is empty: a contacts file starts with a row of column names")
    return CsvTable(source, headers, tuple(rows), separator, clean=not find_bad_chars(text))
