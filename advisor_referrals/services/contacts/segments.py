"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`; the statement
(`segment_reads.py`) keeps back the clients whose suggestion would not be offered, by a
table of the rule's verdicts made from it (`segment_verdicts.py`). Accepting a suggestion
is an ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple, overload

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.segment_reads import evidence_rows, split_client_code
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
# A statement's row: id, version, name, client code, packed reviews, referrals.
_Row = tuple[int, int, str, int, int, int]


class SuggestionList(Sequence[SegmentSuggestion]):
    """The suggestions in order, each made when it is read.

    A page shows a screenful of a list that holds 300,000 suggestions at a million
    contacts, and its count: the rows stay as the driver gave them, with the verdict of
    each combination of evidence, until one is read (docs/design.md, "Budgets").
    """

    def __init__(self, rows: list[_Row], verdicts: Mapping[tuple[int, int, int], Any]) -> None:
        self._rows = rows
        self._verdicts = verdicts

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> SegmentSuggestion: ...

    @overload
    def __getitem__(self, index: slice) -> list[SegmentSuggestion]: ...

    def __getitem__(self, index: int | slice) -> SegmentSuggestion | list[SegmentSuggestion]:
        if isinstance(index, slice):
            return [self._made(row) for row in self._rows[index]]
        return self._made(self._rows[index])

    def __iter__(self) -> Iterator[SegmentSuggestion]:
        return map(self._made, self._rows)

    def _made(self, row: _Row) -> SegmentSuggestion:
        contact_id, version, name, client, packed, referrals = row
        return SegmentSuggestion(
            contact_id, version, name, *self._verdicts[client, packed, referrals]
        )

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
        query = evidence_rows(
            today,
            flt,
            contact_ids,
            postgres=self.book.is_postgres,
            only_offered=only_differing,
        )
        with self.book.session() as session, _driver_rows(session.connection(), query) as rows:
            # Plain driver rows (ints and text, nothing to convert), read by the driver in
            # one call: at a million clients, any Python work per row is what costs.
            found = rows.fetchall()
        # Clients share few combinations of evidence: each is judged once.
        verdicts = {
            (client, packed, referrals): _verdict(client, packed, referrals, only_differing)
            for client, packed, referrals in set(map(_EVIDENCE, found))
        }
        if any(verdict is None for verdict in verdicts.values()):  # see `_verdict`
            found = [row for row in found if verdicts[_EVIDENCE(row)] is not None]
        # By name, then id: stable sorts, the first all but free on the rows' own order
        # (id order, as the clients' index holds them), the second by folded names made
        # once each, the rows then taken in that order.
        found.sort(key=_CONTACT_ID)
        folded = list(map(str.casefold, map(_NAME, found)))
        order = sorted(range(len(found)), key=folded.__getitem__)
        return SuggestionList(list(map(found.__getitem__, order)), verdicts)

    def for_contact(self, contact_id: int, today: date | None = None) -> SegmentSuggestion | None:
        found = self.suggestions(only_differing=False, today=today, contact_ids=[contact_id])
        return found[0] if found else None

    def accept(self, contact_id: int, expected_version: int, segment: Segment) -> Contact:
        """Set the contact's segment to the suggested one, as an audited contact edit."""
        contact = self.contacts.get(contact_id)  # the version check is the update's
        return self.contacts.update(
            contact_id, expected_version, contact.as_fields().edited(segment=segment)
        )


def _verdict(client: int, packed: int, referrals: int, only_offered: bool) -> Verdict | None:
    """The tier, current segment and suggestion for one combination of evidence; None
    when only offered suggestions are asked for and this one is not."""
    tier, segment, cadence, plan, ever = split_client_code(client)
    count, feedback, nps = unpack_reviews(packed)
    suggestion = _judge(nps, count, bool(ever), cadence or None, bool(plan), referrals, feedback)
    current = SEGMENT_CODES[segment]
    # The statement kept only the offered ones; the rule's own word is still final here.
    if only_offered and not is_offered(current, suggestion.segment):
        return None
    return TIER_CODES[tier], current, suggestion


@contextmanager
def _driver_rows(connection: Any, query: Any) -> Iterator[Any]:
    """The driver's cursor over the statement's rows, closed after."""
    result = connection.execute(query)
    try:
        yield result.cursor
    finally:
        result.close()


_CONTACT_ID = itemgetter(0)
_NAME = itemgetter(2)
_EVIDENCE = itemgetter(3, 4, 5)
