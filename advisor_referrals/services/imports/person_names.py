"""Splitting a whole name ("Dr. Jean de la Fontaine Jr.") into the first and last name.

Only for files that give a person's name in one cell (a vCard without its structured
name, a "Name" column): when a file has given and family name columns, those are
taken exactly as written. nameparser knows titles, suffixes and surname particles
("de la", "van der"), so "Jean de la Fontaine" gives the last name "de la Fontaine"
and "David Smith Jr." the last name "Smith" with the suffix "Jr.". Middle names stay
with the first name, as people write them on an envelope. Names in Chinese, Japanese
or Korean script put the family name first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from nameparser import HumanName

# Scripts that write the family name first: Han, Hiragana, Katakana, Hangul.
_FAMILY_FIRST = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


@dataclass(frozen=True)
class SplitName:
    first: str
    last: str
    title: str = ""  # "Dr.", "Mrs."
    suffix: str = ""  # "Jr.", "III", "CPA"


def _family_first(text: str) -> bool:
    return any(
        unicodedata.name(ch, "").startswith(_FAMILY_FIRST) for ch in text if not ch.isascii()
    )


def split_name(text: str) -> SplitName:
    cleaned = " ".join(text.split())
    if not cleaned:
        return SplitName("", "")
    if _family_first(cleaned) and "," not in cleaned:
        family, _, given = cleaned.partition(" ")
        return SplitName(given, family)
    name = HumanName(cleaned)
    first = " ".join(part for part in (name.first, name.middle) if part)
    last = name.last
    if not first and not last:
        return SplitName("", cleaned)
    return SplitName(first, last, name.title, name.suffix)
