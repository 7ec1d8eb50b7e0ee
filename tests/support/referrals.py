"""Small helpers to fill a book for the referral tests: contacts, triggers, reviews, referrals."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.domain.triggers import TriggerFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.triggers.trigger_log import TriggerService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ReviewRow


def person(book: Book, first: str, last: str, **fields: Any) -> Contact:
    fields.setdefault("relationship", Relationship.CLIENT)
    return ContactService(book).create(ContactFields(first_name=first, last_name=last, **fields))


def client(book: Book, first: str, last: str, **fields: Any) -> Contact:
    fields.setdefault("segment", Segment.ENGAGED)
    fields.setdefault("tier", Tier.A)
    return person(book, first, last, **fields)


def prospect(book: Book, first: str, last: str, **fields: Any) -> Contact:
    return person(book, first, last, relationship=Relationship.PROSPECT, **fields)


def trigger(book: Book, contact: Contact, on: date, kind: str = "home_purchase", **kw: Any) -> Any:
    return TriggerService(book).log(
        TriggerFields(contact_id=contact.id, kind=kind, occurred_on=on, **kw)
    )


def review(book: Book, contact: Contact, on: date, nps: int | None = None, **kw: Any) -> None:
    """A completed review stored directly (the reviews feature owns its service)."""
    with book.write() as session:
        session.add(ReviewRow(contact_id=contact.id, completed_on=on, nps=nps, **kw))


def referral(book: Book, referrer: Contact, referred: Contact, on: date, **kw: Any) -> Any:
    fields = ReferralFields(referrer_id=referrer.id, referred_id=referred.id, received_on=on, **kw)
    return ReferralService(book).record(fields).referral


def audit_summaries(book: Book, entity: str | None = None) -> list[str]:
    query = select(AuditRow).order_by(AuditRow.id)
    if entity:
        query = query.where(AuditRow.entity == entity)
    with book.session() as session:
        return [row.summary for row in session.scalars(query)]
