"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`; the statement
(`segment_reads.py`) keeps back the clients whose suggestion would not be offered, by a
table of the rule's verdicts made from it (`segment_verdicts.py`). Accepting a suggestion
is an ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple, overload

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.segment_reads import (
    as_arrays,
    evidence_rows,
    split_client_code,
    split_evidence_key,
)
from advisor_referrals.services.contacts.segment_verdicts import (
    SEGMENT_CODES,
    TIER_CODES,
    is_offered,
    unpack_reviews,
)
from advisor_referrals.services.reviews.review_lists import EVERYONE, ReviewFilter
from advisor_referrals.storage.book import Book


class SegmentSuggestion(NamedTuple):
    contact_id: int
    contact_version: int
    name: str
    tier: Tier | None
    current: Segment
    suggestion: Suggestion

    @property
    def differs(self) -> bool:
        return self.suggestion.segment is not self.current


Verdict = tuple[Tier | None, Segment, Suggestion]


class _Columns(NamedTuple):
    """The statement's rows as columns: ids, versions, full names, evidence, referrals."""

    ids: Sequence[int]
    versions: Sequence[int]
    names: Sequence[str]
    evidence: Sequence[int]
    referrals: Sequence[int]

    @classmethod
    def of_statement(cls, columns: Sequence[Sequence[Any]]) -> _Columns:
        """From the statement's columns, which hold first and last names apart."""
        ids, versions, first, last, evidence, referrals = columns
        return cls(ids, versions, list(map(full_name, first, last)), evidence, referrals)


class SuggestionList(Sequence[SegmentSuggestion]):
    """The suggestions in order, each made when it is read.

    A page shows a screenful of a list that holds 300,000 suggestions at a million
    contacts, and its count: the statement's columns stay as the driver gave them, with
    the verdict of each combination of evidence and the order, until one is read
    (docs/design.md, "Budgets").
    """

    def __init__(
        self,
        columns: _Columns,
        order: list[int],
        verdicts: Mapping[tuple[int, int], Any],
    ) -> None:
        self._columns = columns
        self._order = order
        self._verdicts = verdicts

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> SegmentSuggestion: ...

    @overload
    def __getitem__(self, index: slice) -> list[SegmentSuggestion]: ...

    def __getitem__(self, index: int | slice) -> SegmentSuggestion | list[SegmentSuggestion]:
        if isinstance(index, slice):
            return [self._made(row) for row in self._order[index]]
        return self._made(self._order[index])

    def __iter__(self) -> Iterator[SegmentSuggestion]:
        return map(self._made, self._order)

    def _made(self, row: int) -> SegmentSuggestion:
        ids, versions, names, evidence, referrals = self._columns
        verdict = self._verdicts[evidence[row], referrals[row]]
        return SegmentSuggestion(ids[row], versions[row], names[row], *verdict)

    def __repr__(self) -> str:
        return f"SuggestionList({len(self)} suggestions)"


@lru_cache(maxsize=8192)
def _judge(
    nps: int | None,
    reviews: int,
    ever: bool,
    cadence: int | None,
    plan: bool,
    referrals: int,
    feedback: bool,
) -> Suggestion:
    """The rule for one combination of evidence; 100k clients share few combinations."""
    return suggest_segment(
        Evidence(
            latest_nps=nps,
            reviews_in_window=reviews,
            ever_reviewed=ever,
            cadence=cadence,
            has_written_plan=plan,
            referrals_in_window=referrals,
            feedback_asked=feedback,
        )
    )


class EngagementService:
    def __init__(
        self, book: Book, contacts: ContactService, clock: Callable[[], date] = date.today
    ) -> None:
        self.book = book
        self.contacts = contacts
        self.clock = clock

    def suggestions(
        self,
        flt: ReviewFilter = EVERYONE,
        *,
        only_differing: bool = True,
        today: date | None = None,
        contact_ids: list[int] | None = None,
    ) -> SuggestionList:
        """Active clients with the segment their evidence suggests, sorted by name.

        With `only_differing`, only those whose suggestion differs from the segment the
        advisor chose; an `unknown` suggestion (too little evidence) is never offered.
        Each suggestion is made when it is read (`SuggestionList`).
        """
        today = today or self.clock()
        postgres = self.book.is_postgres
        query = evidence_rows(
            today, flt, contact_ids, postgres=postgres, only_offered=only_differing
        )
        with self.book.session() as session:
            columns = _read_columns(session.connection(), query, postgres=postgres)
        ids, _, names, evidence, referrals = columns
        # Clients share few combinations of evidence: each is judged once.
        verdicts = {
            (key, referred): _verdict(key, referred, only_differing)
            for key, referred in set(zip(evidence, referrals, strict=True))
        }
        # By name, then id: stable sorts of the rows' places, the first all but free on
        # the rows' own order (id order, as the clients' index holds them), the second by
        # names folded once each.
        order = sorted(range(len(ids)), key=ids.__getitem__)
        if any(verdict is None for verdict in verdicts.values()):  # see `_verdict`
            order = [row for row in order if verdicts[evidence[row], referrals[row]] is not None]
        order.sort(key=_sort_keys(names).__getitem__)
        return SuggestionList(columns, order, verdicts)

    def for_contact(self, contact_id: int, today: date | None = None) -> SegmentSuggestion | None:
        found = self.suggestions(only_differing=False, today=today, contact_ids=[contact_id])
        return found[0] if found else None

    def accept(self, contact_id: int, expected_version: int, segment: Segment) -> Contact:
        """Set the contact's segment to the suggested one, as an audited contact edit."""
        contact = self.contacts.get(contact_id)  # the version check is the update's
        return self.contacts.update(
            contact_id, expected_version, contact.as_fields().edited(segment=segment)
        )


@lru_cache(maxsize=16384)
def _verdict(key: int, referrals: int, only_offered: bool) -> Verdict | None:
    """The tier, current segment and suggestion for one combination of evidence; None
    when only offered suggestions are asked for and this one is not.

    Kept for the next list, as `_judge` is: a million clients share some 2,000 of them,
    and making each again cost 1% of the list."""
    client, packed = split_evidence_key(key)
    tier, segment, cadence, plan, ever = split_client_code(client)
    count, feedback, nps = unpack_reviews(packed)
    suggestion = _judge(nps, count, bool(ever), cadence or None, bool(plan), referrals, feedback)
    current = SEGMENT_CODES[segment]
    # The statement kept only the offered ones; the rule's own word is still final here.
    if only_offered and not is_offered(current, suggestion.segment):
        return None
    return TIER_CODES[tier], current, suggestion


def _sort_keys(names: Sequence[str]) -> list[str]:
    """Keys that sort as the names folded (`str.casefold`) do, made cheaper to compare.

    A list of texts sorts fastest when every one is stored one byte a character (Latin-1),
    a fifth faster at a million clients than when some names need more (Greek, Chinese,
    Korean...). So each folded name that is not ASCII is replaced by its UTF-8 bytes read
    as Latin-1: UTF-8 orders texts as their code points do, byte by byte, and Latin-1
    keeps each byte as the character of that number; ASCII names are their own bytes."""
    return [
        key if key.isascii() else key.encode("utf-8", "surrogatepass").decode("latin-1")
        for key in map(str.casefold, names)
    ]


def _read_columns(connection: Any, query: Any, *, postgres: bool) -> _Columns:
    """The statement's rows as columns. SQLite sends each column as one JSON array
    (`segment_reads.as_arrays`); PostgreSQL's driver rows are turned into columns."""
    if postgres:
        result = connection.execute(query)
        try:
            # Plain driver rows (ints and text, nothing to convert), read in one call.
            rows = result.cursor.fetchall()
        finally:
            result.close()
        return _Columns.of_statement(list(zip(*rows, strict=True)) if rows else [()] * 6)
    (arrays,) = connection.execute(as_arrays(query)).all()
    return _Columns.of_statement(list(map(json.loads, arrays)))
