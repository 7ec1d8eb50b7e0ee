"""A small hand-built book for the review tests: clients on tiers, with reviews on known days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow

TODAY = date(2026, 7, 15)


def fixed_today() -> date:
    return TODAY


def client(
    book: Book,
    first: str,
    last: str,
    tier: Tier | None = Tier.A,
    *,
    segment: Segment = Segment.UNKNOWN,
    reviews_per_year: int | None = None,
    relationship: Relationship = Relationship.CLIENT,
    client_since: date | None = date(2020, 1, 1),
    has_written_plan: bool = False,
) -> Contact:
    return ContactService(book).create(
        ContactFields(
            first_name=first,
            last_name=last,
            relationship=relationship,
            tier=tier,
            segment=segment,
            reviews_per_year=reviews_per_year,
            client_since=client_since,
            has_written_plan=has_written_plan,
        )
    )


def held(book: Book, contact: Contact, *days: date, nps: int | None = None) -> None:
    """Completed reviews on these days (the last one with the NPS answer, if any)."""
    service = ReviewService(book, clock=fixed_today)
    for index, day in enumerate(days):
        answer = nps if index == len(days) - 1 else None
        service.record(contact.id, day, nps=answer)


def audit_summaries(book: Book, entity: str = "review") -> list[tuple[str, str]]:
    with book.session() as session:
        return [
            (row.action, row.summary)
            for row in session.scalars(
                select(AuditRow).where(AuditRow.entity == entity).order_by(AuditRow.id)
            )
        ]
