"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`. Accepting a suggestion is an
ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, or_, outerjoin, select, true

from advisor_referrals.domain.cadence import window_start
from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.review_lists import EVERYONE, ReviewFilter, apply_filter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewCadence, ReviewRow


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
        evidence = _grouped_evidence if self.book.is_postgres else _probed_evidence
        query = apply_filter(evidence(today, contact_ids), flt)
        with self.book.session() as session:
            result = session.connection().execute(query)
            try:
                # Plain driver rows (ints and text, nothing to convert): the result
                # layer took as long as the query for a million contacts' clients.
                rows = result.cursor.fetchall()
            finally:
                result.close()
        found = []
        for (
            contact_id,
            version,
            first,
            last,
            tier,
            segment,
            plan,
            cadence,
            reviewed,
            nps,
            referrals,
            ever,
        ) in rows:
            reviews, feedback = divmod(reviewed or 0, 2)
            suggestion = _judge(
                nps, reviews, bool(ever), cadence, bool(plan), referrals or 0, bool(feedback)
            )
            current = _SEGMENTS[segment]
            if only_differing and (
                suggestion.segment is current or suggestion.segment is Segment.UNKNOWN
            ):
                continue
            found.append(
                SegmentSuggestion(
                    contact_id=contact_id,
                    contact_version=version,
                    name=full_name(first, last),
                    tier=_TIERS[tier] if tier else None,
                    current=current,
                    suggestion=suggestion,
                )
            )
        found.sort(key=lambda s: (s.name.casefold(), s.contact_id))
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


def _grouped_evidence(today: date, contact_ids: list[int] | None = None) -> Any:
    """One row of evidence per active client (of `contact_ids` when given), as
    `_probed_evidence` gives it, for PostgreSQL.

    The reviews and referrals of the window are each read once, grouped by client, and
    joined to the clients: PostgreSQL took over a second for the probes, three for each
    of the 60,000 clients of the 100k book, and a third of that grouped. The latest
    answer is the first of each client's answered reviews, newest first.
    """
    start = window_start(today)
    last = ContactRow.last_review_on

    def in_window(column: Any) -> Any:
        return and_(column > start, column <= today)

    def of_clients(column: Any) -> Any:
        return column.in_(contact_ids) if contact_ids is not None else true()

    feedback = case((ReviewRow.feedback_requested, 1), else_=0)
    # Reviews in the window and whether any asked for feedback, as 2 * count + any.
    reviewed = (
        select(
            ReviewRow.contact_id,
            (2 * func.count(ReviewRow.id) + func.max(feedback)).label("reviewed"),
        )
        .where(in_window(ReviewRow.completed_on), of_clients(ReviewRow.contact_id))
        .group_by(ReviewRow.contact_id)
        .subquery("reviewed")
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
        .where(
            in_window(ReviewRow.completed_on),
            ReviewRow.nps.is_not(None),
            of_clients(ReviewRow.contact_id),
        )
        .subquery("answered")
    )
    latest = (
        select(answered.c.contact_id, answered.c.nps)
        .where(answered.c.newest == 1)
        .subquery("latest")
    )
    referred = (
        select(ReferralRow.referrer_id, func.count(ReferralRow.id).label("referrals"))
        .where(in_window(ReferralRow.received_on), of_clients(ReferralRow.referrer_id))
        .group_by(ReferralRow.referrer_id)
        .subquery("referred")
    )
    ever = case(
        (last.is_(None), False),
        (last <= today, True),
        else_=select(ReviewRow.id)
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .exists(),
    )
    clients = (
        outerjoin(ContactRow, ReviewCadence, ReviewCadence.tier == ContactRow.tier)
        .outerjoin(reviewed, reviewed.c.contact_id == ContactRow.id)
        .outerjoin(latest, latest.c.contact_id == ContactRow.id)
        .outerjoin(referred, referred.c.referrer_id == ContactRow.id)
    )
    return (
        select(
            ContactRow.id,
            ContactRow.version,
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.tier,
            ContactRow.segment,
            ContactRow.has_written_plan,
            review_due.JOINED_CADENCE,
            reviewed.c.reviewed,
            latest.c.nps,
            referred.c.referrals,
            ever,
        )
        .select_from(clients)
        .where(
            ContactRow.relationship == Relationship.CLIENT.value,
            ContactRow.archived_on.is_(None),
            of_clients(ContactRow.id),
        )
    )


def _probed_evidence(today: date, contact_ids: list[int] | None = None) -> Any:
    """One row of evidence per active client (of `contact_ids` when given), in the order
    they are stored, for SQLite.

    Correlated subqueries, each an indexed probe on (contact_id, completed_on) or
    (referrer_id, received_on): measured faster than grouping the whole window.
    Clients are read in id order, so the probes move along those indexes instead
    of jumping about them (in name order a million clients took twice as long);
    the caller sorts the few that differ. A client whose stored last review is
    before the window has no review in it: the review probes are skipped.
    """
    start = window_start(today)
    last = ContactRow.last_review_on
    in_window = and_(last > start, last <= today)  # the probes' answer is known otherwise

    def reviews_of_window() -> Any:
        return select().where(
            ReviewRow.contact_id == ContactRow.id,
            ReviewRow.completed_on > start,
            ReviewRow.completed_on <= today,
        )

    feedback = case((ReviewRow.feedback_requested, 1), else_=0)
    # Reviews in the window and whether any asked for feedback, as 2 * count + any:
    # one probe instead of two.
    reviewed = (
        reviews_of_window()
        .add_columns(2 * func.count(ReviewRow.id) + func.coalesce(func.max(feedback), 0))
        .scalar_subquery()
    )
    latest_nps = (
        reviews_of_window()
        .add_columns(ReviewRow.nps)
        .where(ReviewRow.nps.is_not(None))
        .order_by(ReviewRow.completed_on.desc(), ReviewRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    later = or_(last.is_(None), last > today)  # a review dated after today: ask the table
    referrals = (
        select(func.count(ReferralRow.id))
        .where(
            ReferralRow.referrer_id == ContactRow.id,
            ReferralRow.received_on > start,
            ReferralRow.received_on <= today,
        )
        .scalar_subquery()
    )
    ever = case(
        (last.is_(None), False),
        (last <= today, True),
        else_=select(ReviewRow.id)
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .exists(),
    )
    return review_due.with_cadence(
        select(
            ContactRow.id,
            ContactRow.version,
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.tier,
            ContactRow.segment,
            ContactRow.has_written_plan,
            review_due.JOINED_CADENCE,
            case((or_(in_window, later), reviewed), else_=0),
            case((or_(in_window, later), latest_nps), else_=None),
            referrals,
            ever,
        )
        .where(
            ContactRow.relationship == Relationship.CLIENT.value,
            ContactRow.archived_on.is_(None),
            ContactRow.id.in_(contact_ids) if contact_ids is not None else true(),
        )
        .order_by(ContactRow.id)
    )
