"""Reading a contacts file of any tool (CSV or vCard) and bringing its rows to our layout.

`read_source` finds the encoding (unless told), reads CSV or vCard, and drops the
reasons column of a rejects file written by an earlier import (`REJECTS_COLUMN`), so a
corrected rejects file imports like the original. `prepare` recognises the layout from
the header (or takes the one asked for) and translates another tool's rows; a file in
our own layout goes on as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from advisor_referrals.domain.errors import BookError, Problem
from advisor_referrals.services.imports import text_encoding
from advisor_referrals.services.imports.csv_reading import MAX_FILE_BYTES, CsvTable, read_csv
from advisor_referrals.services.imports.layouts import AUTO, OURS_KEY, Layout, detect
from advisor_referrals.services.imports.mapping import OURS, ColumnMapping
from advisor_referrals.services.imports.translation import Translated, translate
from advisor_referrals.services.imports.vcards import is_vcard, parse_vcards
from advisor_referrals.services.imports.vendor_layouts import VENDOR_LAYOUTS, layout_named
from advisor_referrals.storage.files import read_regular_file

REJECTS_COLUMN = "Import problems"
LAYOUT_KEYS = (AUTO, OURS_KEY, "google", "outlook", "wealthbox", "redtail", "salesforce", "hubspot")
VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class SourceFile:
    table: CsvTable  # the rows as the file holds them
    encoding: str  # the codec the text was read with
    detected: bool  # whether the encoding was found rather than given
    vcard: bool = False

    def describe_encoding(self) -> str:
        how = "detected" if self.detected else "as asked"
        return f"Text read as {text_encoding.label(self.encoding)} ({how})."


def _read_bytes(path: Path) -> bytes:
    # A regular file only (a pipe would wait for ever), capped on the bytes actually read
    # (a link to /dev/zero never ends): docs/design.md, "Safety".
    return read_regular_file(path, what="a contacts file", limit=MAX_FILE_BYTES)


def read_source(path: Path, encoding: str | None = AUTO) -> SourceFile:
    raw = _read_bytes(path)
    detected = encoding in (None, "", AUTO)
    chosen = text_encoding.detect(raw) if detected else str(encoding)
    if path.suffix.lower() in VCARD_SUFFIXES or raw.lstrip()[:11].upper() == b"BEGIN:VCARD":
        try:
            text = raw.decode(chosen)
        except (UnicodeDecodeError, LookupError):
            raise BookError(f"{path} is not {chosen} text; pick its encoding") from None
        if not is_vcard(text):
            raise BookError(f"{path} is not a vCard file: it does not start with BEGIN:VCARD")
        return SourceFile(parse_vcards(text, str(path)), chosen, detected, vcard=True)
    table = read_csv(path, encoding=chosen)
    return SourceFile(without_reasons(table), chosen, detected)


def without_reasons(table: CsvTable) -> CsvTable:
    """The table without the reasons column a rejects file ends with."""
    if not table.headers or table.headers[-1] != REJECTS_COLUMN:
        return table
    width = len(table.headers) - 1
    rows = tuple((number, cells[:width]) for number, cells in table.rows)
    return CsvTable(table.source, table.headers[:width], rows, table.separator, table.clean)


def is_ours(headers: tuple[str, ...]) -> bool:
    named = [h for h in headers if h.strip()]
    return bool(named) and all(OURS.target(h) is not None for h in named)


def choose_layout(headers: tuple[str, ...], wanted: str = AUTO) -> Layout | None:
    """The vendor layout to read the file with; None for our own layout."""
    if wanted not in LAYOUT_KEYS and wanted != "vcard":
        raise BookError(f"unknown layout {wanted!r}; allowed: {', '.join(LAYOUT_KEYS)}")
    if wanted == OURS_KEY:
        return None
    if wanted != AUTO:
        return layout_named(wanted)
    if is_ours(headers):
        return None
    return detect(headers, VENDOR_LAYOUTS)


@dataclass
class Prepared:
    table: CsvTable  # in our layout
    mapping: ColumnMapping | None  # None: map our headers as they are
    translated: Translated | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def layout_name(self) -> str:
        return self.translated.layout.name if self.translated else OURS.name

    @property
    def layout_key(self) -> str:
        return self.translated.layout.key if self.translated else OURS_KEY


def prepare(raw: CsvTable, wanted: str = AUTO, *, strict: bool = False) -> Prepared:
    layout = choose_layout(raw.headers, wanted)
    if layout is None:
        return Prepared(raw, None)
    translated = translate(raw, layout, strict=strict)
    return Prepared(translated.table, translated.mapping, translated, list(translated.problems))
