"""Referral kits: page sizes, how a client's name is printed, who a batch is for, kit file
names, kit history."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from advisor_referrals.domain.enums import Relationship, Segment
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.names import full_name


class PageSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def label(self) -> str:
        return {PageSize.LETTER: "Letter", PageSize.A4: "A4"}[self]

    @classmethod
    def parse(cls, text: str) -> PageSize:
        try:
            return cls(text.strip().lower())
        except ValueError:
            allowed = ", ".join(size.value for size in cls)
            raise ValidationError([Problem("", "page_size", text, f"allowed: {allowed}")]) from None


@dataclass(frozen=True)
class KitClient:
    """Who a kit is for, as printed: the name on the cards and the name in the greeting.

    `professional`: a centre of influence, whose kit opens with the letter for a
    professional who refers rather than a client's thank-you.
    """

    contact_id: int
    name: str
    greeting: str
    language: str | None = None  # the contact's preferred language (BCP 47), if any
    professional: bool = False


@dataclass(frozen=True)
class UnprintableText:
    """Characters of a field that no bundled font can print, found before a kit is made."""

    who: str  # the contact's name, or "advisor profile", or "trigger kind …"
    field: str
    characters: str
    contact_id: int | None = None

    @property
    def message(self) -> str:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.characters)
        where = f"{self.who} (contact {self.contact_id})" if self.contact_id else self.who
        return f"{where}, {self.field}: no bundled font has {shown}; it would print as an empty box"


class LeftOut(StrEnum):
    """Why a batch of kits leaves someone out unless the advisor includes them: a kit
    thanks a client for their trust and asks for introductions."""

    PROSPECT = "prospect"
    FORMER_CLIENT = "former_client"
    CENTER_OF_INFLUENCE = "center_of_influence"
    DISGRUNTLED = "disgruntled"
    DO_NOT_ASK = "do_not_ask"


def left_out_because(
    relationship: Relationship, segment: Segment, do_not_ask: bool
) -> tuple[LeftOut, ...]:
    """Why a kit is not for this contact by default; empty for a current client to ask."""
    reasons: list[LeftOut] = []
    if relationship is Relationship.PROSPECT:
        reasons.append(LeftOut.PROSPECT)
    elif relationship is Relationship.FORMER_CLIENT:
        reasons.append(LeftOut.FORMER_CLIENT)
    elif relationship is Relationship.CENTER_OF_INFLUENCE:
        reasons.append(LeftOut.CENTER_OF_INFLUENCE)
    if segment is Segment.DISGRUNTLED:
        reasons.append(LeftOut.DISGRUNTLED)
    if do_not_ask:
        reasons.append(LeftOut.DO_NOT_ASK)
    return tuple(reasons)


@dataclass(frozen=True)
class KitCandidate:
    """Someone in a batch's selection, with why they are left out by default (if they are)."""

    contact_id: int
    name: str
    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True)
class KitHistoryEntry:
    id: int
    contact_id: int
    generated_at: datetime
    generated_by: str
    page_size: PageSize
    pages: int
    file_name: str


def _is_east_asian(text: str) -> bool:
    """True when every letter is Han, Kana or Hangul: names written family name first."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
        for ch in letters
    )


def printed_name(first: str, last: str) -> str:
    """The full name as its owner writes it: 山田 + 太郎 prints as 山田太郎, not 太郎 山田."""
    first, last = first.strip(), last.strip()
    if first and last and _is_east_asian(first + last):
        return f"{last}{first}"
    return full_name(first, last)


def kit_client(
    contact_id: int,
    first: str,
    last: str,
    preferred: str | None = None,
    language: str | None = None,
    *,
    professional: bool = False,
) -> KitClient:
    name = printed_name(first, last)
    if preferred and preferred.strip():
        greeting = preferred.strip()
    elif _is_east_asian(first + last):
        # Greeting someone by the given name alone is too familiar in these languages.
        greeting = name
    else:
        greeting = first.strip() or name
    return KitClient(
        contact_id=contact_id,
        name=name,
        greeting=greeting,
        language=language,
        professional=professional,
    )


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_MAX_BYTES = 180


def safe_file_stem(name: str, fallback: str) -> str:
    """A file name stem from a person's name, valid on Windows, macOS and Linux, in any script."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    while len(text.encode("utf-8")) > _MAX_BYTES:
        text = text[:-1]
    text = text.rstrip(" .")
    if not text or _RESERVED.match(text):
        text = f"{text} {fallback}".strip() if text else fallback
    return text


def unique_file_names(stems: Iterable[tuple[str, str]], suffix: str = ".pdf") -> list[str]:
    """One file name per (name, fallback) pair, numbered where names repeat (case-insensitively)."""
    taken: set[str] = set()
    names = []
    for name, fallback in stems:
        stem = safe_file_stem(name, fallback)
        candidate = f"{stem}{suffix}"
        number = 2
        while candidate.casefold() in taken:
            candidate = f"{stem} ({number}){suffix}"
            number += 1
        taken.add(candidate.casefold())
        names.append(candidate)
    return names
