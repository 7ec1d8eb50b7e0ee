"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`; the statement
(`segment_reads.py`) keeps back the clients whose suggestion would not be offered, by a
table of the rule's verdicts made from it (`segment_verdicts.py`). Accepting a suggestion
is an ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
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
    ) -> list[SegmentSuggestion]:
        """Active clients with the segment their evidence suggests, sorted by name.

        With `only_differing`, only those whose suggestion differs from the segment the
        advisor chose; an `unknown` suggestion (too little evidence) is never offered.
        """
        today = today or self.clock()
        query = evidence_rows(
            today,
            flt,
            contact_ids,
            postgres=self.book.is_postgres,
            only_offered=only_differing,
        )
        found: list[SegmentSuggestion] = []
        add = found.append
        verdicts: dict[tuple[int, int, int], tuple[Tier | None, Segment, Suggestion] | None] = {}
        with self.book.session() as session, _driver_rows(session.connection(), query) as rows:
            # Plain driver rows (ints and text, nothing to convert), each dropped once
            # read: the result layer took as long as the query for a million clients.
            for contact_id, version, first, last, client, packed, referrals in rows:
                # Clients share few combinations of evidence: each is judged once.
                key = (client, packed, referrals)
                verdict = verdicts.get(key, _UNJUDGED)
                if verdict is _UNJUDGED:
                    verdict = verdicts[key] = _verdict(client, packed, referrals, only_differing)
                if verdict is None:
                    continue
                name = full_name(first, last)
                add(_new_tuple(SegmentSuggestion, (contact_id, version, name, *verdict)))
        # By name, then id: two stable sorts, the first all but free on the rows' own
        # order (id order, as the clients' index holds them).
        found.sort(key=_CONTACT_ID)
        found.sort(key=_folded_name)
        return found

    def for_contact(self, contact_id: int, today: date | None = None) -> SegmentSuggestion | None:
        found = self.suggestions(only_differing=False, today=today, contact_ids=[contact_id])
        return found[0] if found else None

    def accept(self, contact_id: int, expected_version: int, segment: Segment) -> Contact:
        """Set the contact's segment to the suggested one, as an audited contact edit."""
        contact = self.contacts.get(contact_id)  # the version check is the update's
        return self.contacts.update(
            contact_id, expected_version, contact.as_fields().edited(segment=segment)
        )


_UNJUDGED: Any = object()


def _verdict(
    client: int, packed: int, referrals: int, only_offered: bool
) -> tuple[Tier | None, Segment, Suggestion] | None:
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


# Suggestions are made by tuple's own constructor, not the named tuple's (a Python
# function): one call fewer for each of 300,000 suggestions at a million contacts.
_new_tuple = tuple.__new__
_CONTACT_ID = itemgetter(0)


def _folded_name(suggestion: SegmentSuggestion) -> str:
    return suggestion.name.casefold()
