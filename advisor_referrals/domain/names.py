"""How a person's name is written: "First Last" in lists and reports, the preferred name to greet.

A contact may have only a first or only a last name (a company-like centre of
influence, an import from a tool with one name column), so every form skips the
part that is empty (docs/design.md, "Metrics": names print as "First Last").
"""

from __future__ import annotations

import unicodedata

from advisor_referrals.domain.folding import fold


def full_name(first: str | None, last: str | None) -> str:
    """ "Ana Souza"; "Ana" or "Souza" when only one part is known."""
    # Written out, not joined: lists of a million contacts' names are made with it.
    if first and last:
        return f"{first} {last}"
    return first or last or ""


def sort_name(first: str | None, last: str | None) -> str:
    """ "Souza, Ana", the form a list sorted by last name shows."""
    return ", ".join(part for part in (last, first) if part)


def greeting_name(preferred: str | None, first: str | None, last: str | None) -> str:
    """The name to greet someone by: the preferred name they gave, else the first, else the last."""
    return preferred or first or last or ""


# Between the two names of a sort key, and between its levels: below every character a
# name may hold (names refuse control characters), so a shorter name sorts first.
_NAMES_APART = "\x01"
_LEVELS_APART = "\x00"


def name_sort_key(first: str | None, last: str | None) -> bytes:
    """Where a person stands in a list sorted by name ("Last, First"), as bytes.

    Compared byte by byte (SQLite BLOB, PostgreSQL bytea, Python alike), keys put names
    in alphabetical order the way a reader expects: case and accents aside first, so
    "Émile" stands between "Elodie" and "Eric" and "Łukasz" beside "Lukas"; then
    unaccented before accented; then lower case before capitals. A name with only one
    part sorts by the part shown. Letters of other scripts follow Latin, each script
    in its own alphabet's order (docs/design.md, "Search and sorting").
    """
    if not last:
        first, last = "", first
    a, b = last or "", first or ""
    if a.isascii() and b.isascii():
        # Most names: no accent to take off or put in order, folding is lower-casing (the
        # same key, written out: a million contacts' keys are made when a book is loaded).
        folded = a.lower() + _NAMES_APART + b.lower()
        cased = a.swapcase() + _NAMES_APART + b.swapcase()
        return (folded + _LEVELS_APART + folded + _LEVELS_APART + cased).encode("ascii")
    levels = (
        _NAMES_APART.join(fold(part) for part in (a, b)),
        _NAMES_APART.join(unicodedata.normalize("NFD", part).casefold() for part in (a, b)),
        _NAMES_APART.join(unicodedata.normalize("NFC", part).swapcase() for part in (a, b)),
    )
    return _LEVELS_APART.join(levels).encode("utf-8")
