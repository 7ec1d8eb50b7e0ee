"""Text written to a spreadsheet cell (CSV or XLSX) must never be run as a formula.

A spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
return, which some strip first) as a formula, and some also skip leading spaces
before deciding: `  =HYPERLINK(...)` runs too. Every export guards its text cells
with `guard`, which puts a `'` in front; the contacts import takes it off again with
`unguard`, so exporting and importing gives back the text as it was.
"""

from __future__ import annotations

import re

# Spaces, then a character that starts a formula.
_FORMULA = re.compile(r" *[=+\-@\t\r]")
# The same after the quotes a guard (or the person typing) put in front.
_GUARDED = re.compile(r"'+ *[=+\-@\t\r]")


def looks_like_formula(text: str) -> bool:
    return _FORMULA.match(text) is not None


def guard(text: str) -> str:
    """`=SUM(A1)` becomes `'=SUM(A1)`. Text that already starts with such quotes gets one
    more, so `unguard` gives back exactly what was written."""
    if _FORMULA.match(text) or _GUARDED.match(text):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """Take off the one `'` that `guard` put in front (and only that one)."""
    if _GUARDED.match(text):
        return text[1:]
    return text
