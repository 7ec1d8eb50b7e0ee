"""Turning the cells of a contacts CSV into contact field values.

Each converter returns (value, None) or (None, what is allowed). Choices are read
leniently (case, spaces and a few words CRMs use: "Past Client", "Lead"), dates as
ISO or, when the mapping says so, month-first or day-first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.domain.enums import Relationship, Segment, Tier, allowed
from advisor_referrals.domain.languages import LANGUAGE_RULE, language_problem, normalise_language
from advisor_referrals.services.imports.values import DATE_RULE, parse_iso_date

Converted = tuple[Any, str | None]

_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?")
_NUMERIC_DATE = re.compile(r"([0-9]{1,4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,4})")
_TIER = re.compile(r"(?:tier_?)?([abc])(?:_?(?:client|tier))?")

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "x", "✓", "on"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "off", ""})
BOOL_RULE = "true or false (also yes/no, 1/0), or empty"

RELATIONSHIP_WORDS: dict[str, Relationship] = {
    "customer": Relationship.CLIENT,
    "active": Relationship.CLIENT,
    "active_client": Relationship.CLIENT,
    "evangelist": Relationship.CLIENT,
    "former": Relationship.FORMER_CLIENT,
    "past_client": Relationship.FORMER_CLIENT,
    "inactive": Relationship.FORMER_CLIENT,
    "inactive_client": Relationship.FORMER_CLIENT,
    "lead": Relationship.PROSPECT,
    "subscriber": Relationship.PROSPECT,
    "opportunity": Relationship.PROSPECT,
    "marketing_qualified_lead": Relationship.PROSPECT,
    "sales_qualified_lead": Relationship.PROSPECT,
    "coi": Relationship.CENTER_OF_INFLUENCE,
    "centre_of_influence": Relationship.CENTER_OF_INFLUENCE,
    "referral_partner": Relationship.CENTER_OF_INFLUENCE,
    "professional": Relationship.CENTER_OF_INFLUENCE,
}


def memo(convert: Callable[[str], Converted], size: int = 10_000) -> Callable[[str], Converted]:
    """The same conversion, remembered: a column holds few distinct choices or dates."""
    seen: dict[str, Converted] = {}

    def convert_once(cell: str) -> Converted:
        found = seen.get(cell)
        if found is None:
            found = convert(cell)
            if len(seen) < size:
                seen[cell] = found
        return found

    return convert_once


def word(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().casefold())


def text(cell: str) -> Converted:
    return cell, None


def _choice(enum: type[StrEnum], words: dict[str, Any] | None = None) -> Callable[[str], Converted]:
    rule = f"allowed: {allowed(enum)}, or empty"

    def convert(cell: str) -> Converted:
        key = word(cell)
        if not key:
            return None, None
        found = enum._value2member_map_.get(key) or (words or {}).get(key)
        return (found, None) if found is not None else (None, rule)

    return convert


relationship = _choice(Relationship, RELATIONSHIP_WORDS)
segment = _choice(Segment)


def tier(cell: str) -> Converted:
    key = word(cell)
    if not key:
        return None, None
    match = _TIER.fullmatch(key)
    if match is None:
        return None, f"allowed: {allowed(Tier)}, or empty"
    return Tier(match.group(1).upper()), None


def flag(cell: str) -> Converted:
    key = cell.strip().casefold()
    if key in TRUE_WORDS:
        return True, None
    if key in FALSE_WORDS:
        return False, None
    return None, BOOL_RULE


def whole(cell: str) -> Converted:
    stripped = cell.strip()
    if not stripped:
        return None, None
    if stripped.isascii() and stripped.isdigit() and len(stripped) <= 3:
        return int(stripped), None
    return None, "a whole number from 1 to 12, or empty"


def tags(cell: str) -> Converted:
    return [part for part in cell.split(";") if part.strip()], None


def date_reader(order: str) -> Callable[[str], Converted]:
    rule = DATE_RULE + {
        "mdy": ", or month first like 4/1/2019",
        "dmy": ", or day first like 1/4/2019",
    }.get(order, "")

    def convert(cell: str) -> Converted:
        stripped = cell.strip()
        if not stripped:
            return None, None
        found: date | None = None
        match = _DATE_TIME.fullmatch(stripped)
        if match:
            found = parse_iso_date(match.group(1))
        elif (numeric := _NUMERIC_DATE.fullmatch(stripped)) is not None:
            found = _numeric_date(numeric.groups(), order)
        if found is None:
            return None, rule
        if message := date_problem(found):
            return None, message
        return found, None

    return convert


def _numeric_date(parts: tuple[str, ...], order: str) -> date | None:
    first, second, third = (int(p) for p in parts)
    if len(parts[0]) == 4:
        year, month, day = first, second, third
    elif len(parts[2]) == 4 and order == "mdy":
        month, day, year = first, second, third
    elif len(parts[2]) == 4 and order == "dmy":
        day, month, year = first, second, third
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def language(cell: str) -> Converted:
    tag = normalise_language(cell)
    if tag is None:
        return None, None
    if language_problem(tag):
        return None, LANGUAGE_RULE
    return tag, None


def split_name(cell: str) -> tuple[str, str]:
    """'Souza, Ana' or 'Ana Maria Souza' -> (first, last)."""
    stripped = " ".join(cell.split())
    if "," in stripped:
        last, _, first = stripped.partition(",")
        return first.strip(), last.strip()
    first, _, last = stripped.rpartition(" ")
    return (first, last) if first else ("", last)


CONVERTERS: dict[str, Callable[[str], Converted]] = {
    "relationship": relationship,
    "segment": segment,
    "tier": tier,
    "has_written_plan": flag,
    "do_not_ask": flag,
    "archived": flag,
    "reviews_per_year": whole,
    "tags": tags,
    "preferred_language": language,
}
