"""What text the book accepts: no control characters, and one line where one line is meant.

Control characters (C0 and C1) print escape sequences on terminals, break spreadsheets
and show as blanks in PDFs; bidirectional overrides, embeddings and isolates make a
name read differently from what it holds. Multi-line text (notes, disclosures) may
hold line breaks and tabs; every other field is one line (docs/design.md, "Safety").
"""

from __future__ import annotations

import re

LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# One line: no C0 or C1 control at all, no line or paragraph separator, no bidi control.
_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + BIDI_CONTROLS + "]")
# Several lines: tab, line feed and carriage return are allowed.
_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why `value` cannot be stored, or None when it can."""
    found = (_LINES if multiline else _ONE_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    code = f"U+{ord(char):04X}"
    if char in LINE_BREAKS:
        return f"holds a line break ({code}); this field is one line"
    if char == "\t":
        return "holds a tab (U+0009); this field is one line"
    if char in BIDI_CONTROLS:
        return (
            f"holds a bidirectional control character ({code}), which can make text read "
            "differently from what it holds; remove it"
        )
    return f"holds a control character ({code}); remove it"


def text_problems(
    values: dict[str, str | None], *, multiline: bool = False
) -> list[tuple[str, str]]:
    """(field, problem) for each field whose text cannot be stored."""
    found = []
    for name, value in values.items():
        if value and (problem := text_problem(value, multiline=multiline)):
            found.append((name, problem))
    return found


def any_unstorable(texts: tuple[str | None, ...]) -> bool:
    """Whether any of these one-line texts has a problem: on a clean record (nearly every
    row of a 100,000-row import) one `isprintable` over them all is the only cost, since
    everything refused is unprintable; the search runs only for the rest (no-break
    spaces, joiners...)."""
    joined = " ".join(filter(None, texts))
    return not joined.isprintable() and _ONE_LINE.search(joined) is not None
