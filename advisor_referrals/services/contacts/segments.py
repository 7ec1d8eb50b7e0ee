"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`. Accepting a suggestion is an
ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, func, literal, select, true

from advisor_referrals.domain.cadence import window_start
from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.review_lists import EVERYONE, ReviewFilter, apply_filter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow


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


_SEGMENTS = {segment.value: segment for segment in Segment}
_TIERS = {tier.value: tier for tier in Tier}


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
        postgres = self.book.is_postgres
        clients = apply_filter(_clients(today, contact_ids, indexed=flt.scope.everyone), flt)
        with self.book.session() as session:
            connection = session.connection()
            # Plain driver rows (ints and text, nothing to convert): the result layer
            # took as long as the query for a million contacts' clients.
            reviewed = dict(_driver_rows(connection, _reviewed(today, contact_ids, postgres)))
            referred = dict(_driver_rows(connection, _referred(today, contact_ids)))
            rows = _driver_rows(connection, clients)
        found = []
        names = []
        verdicts: dict[tuple[Any, ...], tuple[Segment, Suggestion] | None] = {}
        no_reviews = _packed_reviews(0, False, None)
        for contact_id, version, first, last, tier, segment, plan, cadence, ever in rows:
            # Clients share few combinations of evidence: each is judged once.
            key = (
                segment,
                plan,
                cadence,
                ever,
                reviewed.get(contact_id, no_reviews),
                referred.get(contact_id, 0),
            )
            verdict = verdicts.get(key, _UNJUDGED)
            if verdict is _UNJUDGED:
                verdict = verdicts[key] = _verdict(key, only_differing)
            if verdict is None:
                continue
            name = full_name(first, last)
            found.append(
                SegmentSuggestion(
                    contact_id, version, name, _TIERS[tier] if tier else None, *verdict
                )
            )
            names.append(name.casefold())
        # By name, then id: the rows come in id order and the sort is stable, so the
        # name alone is the key (a plain string compares faster than a tuple).
        order = sorted(range(len(found)), key=names.__getitem__)
        return [found[i] for i in order]

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
# A client's reviews of the window as one integer: (2 * count + any feedback asked) * 16
# + the latest NPS answer (0 to 10), or NO_NPS without one.
NO_NPS = 15


def _packed_reviews(count: int, feedback: bool, nps: int | None) -> int:
    return (2 * count + int(feedback)) * 16 + (NO_NPS if nps is None else nps)


def _verdict(key: tuple[Any, ...], only_differing: bool) -> tuple[Segment, Suggestion] | None:
    """The current segment and the suggestion for one combination of evidence; None
    when only differing suggestions are asked for and this one is not."""
    segment, plan, cadence, ever, packed, referrals = key
    reviewed, nps = divmod(packed, 16)
    reviews, feedback = divmod(reviewed, 2)
    suggestion = _judge(
        None if nps == NO_NPS else nps,
        reviews,
        bool(ever),
        cadence,
        bool(plan),
        referrals,
        bool(feedback),
    )
    current = _SEGMENTS[segment]
    if only_differing and suggestion.segment in (current, Segment.UNKNOWN):
        return None
    return current, suggestion


def _driver_rows(connection: Any, query: Any) -> list[Any]:
    result = connection.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _window(column: Any, today: date) -> ColumnElement[bool]:
    return and_(column > window_start(today), column <= today)


def _clients(today: date, contact_ids: list[int] | None, *, indexed: bool) -> Select[Any]:
    """The active clients (of `contact_ids` when given) in id order: id, version, names,
    tier, segment, written plan, cadence and whether ever reviewed up to today.

    Read from `ix_contacts_evidence` alone (migration 0019; hinted on SQLite when no
    advisor's scope asks for a column it lacks), not from the contacts' wide rows.
    """
    last = ContactRow.last_review_on
    ever = case(
        (last.is_(None), False),
        (last <= today, True),
        # A review dated after today (imported, or a clock set back): ask the reviews.
        else_=select(ReviewRow.id)
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .exists(),
    )
    query = (
        review_due.with_cadence(
            select(
                ContactRow.id,
                ContactRow.version,
                ContactRow.first_name,
                ContactRow.last_name,
                ContactRow.tier,
                ContactRow.segment,
                ContactRow.has_written_plan,
                review_due.JOINED_CADENCE,
                ever,
            )
        )
        .where(
            # Constants, not parameters: SQLite then knows the partial index applies.
            ContactRow.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
            ContactRow.archived_on.is_(None),
            ContactRow.id.in_(contact_ids) if contact_ids is not None else true(),
        )
        .order_by(ContactRow.id)
    )
    if indexed:
        query = query.with_hint(ContactRow, "INDEXED BY ix_contacts_evidence", "sqlite")
    return query


def _reviewed(today: date, contact_ids: list[int] | None, postgres: bool) -> Select[int, int]:
    """(client, packed reviews of the window) for each client with a review in it.

    Read once, grouped by client, from `ix_reviews_contact`, which holds every column
    read (migration 0019). On SQLite the latest answer is the largest of a number that
    orders the answered reviews by day, then id, and keeps the answer in its last four
    bits; PostgreSQL numbers each client's answered reviews, newest first.
    """
    of_clients = ReviewRow.contact_id.in_(contact_ids) if contact_ids is not None else true()
    in_window = _window(ReviewRow.completed_on, today)
    feedback = func.max(case((ReviewRow.feedback_requested, 1), else_=0))
    count = 2 * func.count() + feedback
    if not postgres:
        day = cast(func.replace(ReviewRow.completed_on, "-", ""), Integer)  # ISO text
        ordered = case(
            (ReviewRow.nps.is_not(None), (day * 2**31 + ReviewRow.id) * 16 + ReviewRow.nps)
        )
        latest = func.coalesce(func.max(ordered) % 16, NO_NPS)
        return (
            select(ReviewRow.contact_id, count * 16 + latest)
            .where(in_window, of_clients)
            .group_by(ReviewRow.contact_id)
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_contact", "sqlite")
        )
    counted = (
        select(ReviewRow.contact_id, count.label("reviewed"))
        .where(in_window, of_clients)
        .group_by(ReviewRow.contact_id)
        .subquery("counted")
    )
    answered = (
        select(
            ReviewRow.contact_id,
            ReviewRow.nps,
            func.row_number()
            .over(
                partition_by=ReviewRow.contact_id,
                order_by=(ReviewRow.completed_on.desc(), ReviewRow.id.desc()),
            )
            .label("newest"),
        )
        .where(in_window, ReviewRow.nps.is_not(None), of_clients)
        .subquery("answered")
    )
    latest_nps = (
        select(answered.c.contact_id, answered.c.nps)
        .where(answered.c.newest == 1)
        .subquery("latest")
    )
    return select(
        counted.c.contact_id,
        counted.c.reviewed * 16 + func.coalesce(latest_nps.c.nps, NO_NPS),
    ).select_from(counted.outerjoin(latest_nps, latest_nps.c.contact_id == counted.c.contact_id))


def _referred(today: date, contact_ids: list[int] | None) -> Select[int, int]:
    """(referrer, referrals received in the window) for each who referred someone in it."""
    of_clients = ReferralRow.referrer_id.in_(contact_ids) if contact_ids is not None else true()
    return (
        select(ReferralRow.referrer_id, func.count())
        .where(_window(ReferralRow.received_on, today), of_clients)
        .group_by(ReferralRow.referrer_id)
    )
