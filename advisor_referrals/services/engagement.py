"""Suggested segments: the evidence of each client gathered in SQL, judged by the domain rule.

The rule itself is `domain.engagement.suggest_segment`. Accepting a suggestion is an
ordinary contact edit through `ContactService.update` (validated, audited, locked).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, case, func, select

from advisor_referrals.domain.cadence import window_start
from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.services import review_due
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.services.review_lists import EVERYONE, ReviewFilter, apply_filter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow


@dataclass(frozen=True, slots=True)
class SegmentSuggestion:
    contact_id: int
    contact_version: int
    name: str
    tier: Tier | None
    current: Segment
    suggestion: Suggestion

    @property
    def differs(self) -> bool:
        return self.suggestion.segment is not self.current


# The evidence of 100k clients takes few distinct values: judge each once.
_judge = lru_cache(maxsize=4096)(suggest_segment)


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
        query = apply_filter(self._evidence_query(today), flt)
        if contact_ids is not None:
            query = query.where(ContactRow.id.in_(contact_ids))
        with self.book.session() as session:
            rows = session.execute(query).all()
        found = []
        for r in rows:
            suggestion = _judge(
                Evidence(
                    latest_nps=r.latest_nps,
                    reviews_in_window=r.reviews or 0,
                    ever_reviewed=bool(r.ever_reviewed),
                    cadence=r.cadence,
                    has_written_plan=bool(r.has_written_plan),
                    referrals_in_window=r.referrals or 0,
                    feedback_asked=bool(r.feedback),
                )
            )
            current = Segment(r.segment)
            if only_differing and (
                suggestion.segment is current or suggestion.segment is Segment.UNKNOWN
            ):
                continue
            found.append(
                SegmentSuggestion(
                    contact_id=r.id,
                    contact_version=r.version,
                    name=" ".join(p for p in (r.first_name, r.last_name) if p),
                    tier=Tier(r.tier) if r.tier else None,
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
        contact = self.contacts.get(contact_id)
        if contact.version != expected_version:
            raise ConflictError(f"Contact {contact.full_name}")
        return self.contacts.update(
            contact_id, expected_version, contact.as_fields().edited(segment=segment)
        )

    @staticmethod
    def _evidence_query(today: date) -> Any:
        start = window_start(today)
        in_window = and_(ReviewRow.completed_on > start, ReviewRow.completed_on <= today)
        reviews = (
            select(
                ReviewRow.contact_id,
                func.count().label("n"),
                func.max(case((ReviewRow.feedback_requested, 1), else_=0)).label("feedback"),
            )
            .where(in_window)
            .group_by(ReviewRow.contact_id)
            .subquery()
        )
        ranked = (
            select(
                ReviewRow.contact_id,
                ReviewRow.nps,
                func.row_number()
                .over(
                    partition_by=ReviewRow.contact_id,
                    order_by=(ReviewRow.completed_on.desc(), ReviewRow.id.desc()),
                )
                .label("rank"),
            )
            .where(in_window, ReviewRow.nps.is_not(None))
            .subquery()
        )
        latest = select(ranked.c.contact_id, ranked.c.nps).where(ranked.c.rank == 1).subquery()
        referrals = (
            select(ReferralRow.referrer_id, func.count().label("n"))
            .where(ReferralRow.received_on > start, ReferralRow.received_on <= today)
            .group_by(ReferralRow.referrer_id)
            .subquery()
        )
        ever = (
            select(ReviewRow.id)
            .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
            .exists()
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
                review_due.cadence_expr().label("cadence"),
                reviews.c.n.label("reviews"),
                reviews.c.feedback.label("feedback"),
                latest.c.nps.label("latest_nps"),
                referrals.c.n.label("referrals"),
                ever.label("ever_reviewed"),
            )
            .outerjoin(reviews, reviews.c.contact_id == ContactRow.id)
            .outerjoin(latest, latest.c.contact_id == ContactRow.id)
            .outerjoin(referrals, referrals.c.referrer_id == ContactRow.id)
            .where(
                ContactRow.relationship == Relationship.CLIENT.value,
                ContactRow.archived_on.is_(None),
            )
        )
