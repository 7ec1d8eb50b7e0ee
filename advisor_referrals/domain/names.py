"""How a person's name is written: "First Last" in lists and reports, the preferred name to greet.

A contact may have only a first or only a last name (a company-like centre of
influence, an import from a tool with one name column), so every form skips the
part that is empty (docs/design.md, "Metrics": names print as "First Last").
"""

from __future__ import annotations


def full_name(first: str | None, last: str | None) -> str:
    """ "Ana Souza"; "Ana" or "Souza" when only one part is known."""
    return " ".join(part for part in (first, last) if part)


def sort_name(first: str | None, last: str | None) -> str:
    """ "Souza, Ana", the form a list sorted by last name shows."""
    return ", ".join(part for part in (last, first) if part)


def greeting_name(preferred: str | None, first: str | None, last: str | None) -> str:
    """The name to greet someone by: the preferred name they gave, else the first, else the last."""
    return preferred or first or last or ""
