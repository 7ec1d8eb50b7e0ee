"""Other tools' export layouts: which columns hold what, and how their words map to ours.

A layout names, for each part of a contact, the columns that may hold it in the order
they are looked at (the first non-empty one fills the field; further values go to the
notes), how multi-value cells and tags are separated, and the vocabularies (a contact
type, a status, a category) with what each word becomes here. A word with no exact
place is a `Choice` with a `decision`: imported with its nearest meaning and named,
with its row count, in the import's summary (or refused under --strict).

The layout of a file is recognised from its header (`detect`); the layouts themselves
are in `vendor_layouts.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.services.imports.mapping import normalise_header

AUTO = "auto"
OURS_KEY = "ours"


@dataclass(frozen=True)
class Choice:
    """What one word of a vendor's vocabulary becomes in the book."""

    relationship: Relationship | None = None
    tier: Tier | None = None
    archived: bool = False
    do_not_ask: bool = False
    tag: str = ""  # kept as a tag, so nothing the other tool said is lost
    decision: str = ""  # empty when the word has an exact place; else what was done
    rank: int = 1  # when two columns say different relationships, the higher rank wins


@dataclass(frozen=True)
class Vocabulary:
    column: str  # normalised header
    label: str  # how the summary names it: "Redtail status"
    choices: Mapping[str, Choice]  # folded word -> choice
    other: Callable[[str], Choice]  # a word the table does not know


@dataclass(frozen=True)
class TagColumn:
    column: str
    separators: tuple[str, ...]
    drop: Callable[[str], bool] = lambda _tag: False  # system groups and the like


@dataclass(frozen=True)
class Place:
    """One address of a contact: city, region and country columns (any may be "")."""

    city: str = ""
    region: str = ""
    country: str = ""


@dataclass(frozen=True)
class Layout:
    key: str  # what --from takes: "google"
    name: str  # what people call it: "Google Contacts"
    marks: tuple[str, ...]  # normalised headers that, together, identify the layout
    first: tuple[str, ...] = ()
    middle: tuple[str, ...] = ()
    last: tuple[str, ...] = ()
    full: tuple[str, ...] = ()  # a whole name in one cell, split when no first/last
    title: tuple[str, ...] = ()
    suffix: tuple[str, ...] = ()
    nickname: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    places: tuple[Place, ...] = ()
    profession: tuple[str, ...] = ()
    company: tuple[str, ...] = ()
    household: tuple[str, ...] = ()
    client_since: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    advisor: tuple[str, ...] = ()  # the advisor of record as the other tool names them
    tags: tuple[TagColumn, ...] = ()
    vocabularies: tuple[Vocabulary, ...] = ()
    multi_value: str = ""  # the separator of several values in one cell (" ::: ")
    date_order: str = "mdy"
    minimum_marks: int = 2
    # The first row of a report's footer (it and every row after it are not contacts).
    footer_start: Callable[[Sequence[str]], bool] = lambda _cells: False
    extra: dict[str, str] = field(default_factory=dict)  # label -> column, kept in notes

    def score(self, headers: set[str]) -> int:
        found = sum(1 for mark in self.marks if mark in headers)
        return found if found >= min(self.minimum_marks, len(self.marks)) else 0


def normalised(*headers: str) -> tuple[str, ...]:
    return tuple(normalise_header(h) for h in headers)


def fold(word: str) -> str:
    return " ".join(word.split()).casefold()


def detect(headers: Sequence[str], layouts: Sequence[Layout]) -> Layout | None:
    """The layout whose marks the header holds most of; None when none fits."""
    present = {normalise_header(h) for h in headers}
    best: Layout | None = None
    best_score = 0
    for layout in layouts:
        score = layout.score(present)
        if score > best_score:
            best, best_score = layout, score
    return best
