"""The one write path: every edit of every kind of record refuses a version the user did not
see, names the record, changes nothing and writes no audit entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.errors import ConflictError, NotFoundError
from advisor_referrals.domain.outbound import OutboundFields
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.domain.triggers import TriggerFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.services.triggers.trigger_log import TriggerService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow

DAY = date(2026, 7, 1)
# Each maker returns what the conflict message names, the edit, and a version that is stale.
Stale = tuple[str, Callable[[int], Any], int]


def _people(book: Book) -> tuple[int, int, int]:
    contacts = ContactService(book)
    ana = contacts.create(
        ContactFields(first_name="Ana", last_name="Souza", relationship=Relationship.CLIENT)
    )
    bia = contacts.create(ContactFields(first_name="Bia", last_name="Lima"))
    coi = contacts.create(
        ContactFields(
            first_name="Cid",
            last_name="Reis",
            relationship=Relationship.CENTER_OF_INFLUENCE,
            profession="CPA",
        )
    )
    return ana.id, bia.id, coi.id


def edit_contact(book: Book) -> Stale:
    service = ContactService(book)
    ana_id, _, _ = _people(book)
    ana = service.get(ana_id)
    service.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    return (
        "Contact Ana Souza",
        lambda version: service.update(ana.id, version, ana.as_fields().edited(city="Lowell")),
        ana.version,
    )


def move_referral(book: Book) -> Stale:
    service = ReferralService(book)
    ana_id, bia_id, _ = _people(book)
    referral = service.record(
        ReferralFields(referrer_id=ana_id, referred_id=bia_id, received_on=DAY)
    ).referral
    service.set_status(referral.id, referral.version, ReferralStatus.CONTACTED, DAY)
    return (
        "The referral of Bia Lima by Ana Souza",
        lambda version: service.set_status(referral.id, version, ReferralStatus.LOST, DAY),
        referral.version,
    )


def edit_trigger(book: Book) -> Stale:
    service = TriggerService(book)
    ana_id, _, _ = _people(book)
    kind = TriggerKindService(book).kinds()[0].key
    trigger = service.log(TriggerFields(contact_id=ana_id, kind=kind, occurred_on=DAY))
    fields = TriggerFields(contact_id=ana_id, kind=kind, occurred_on=DAY, notes="first")
    service.update(trigger.id, trigger.version, fields)
    return (
        "The trigger for Ana Souza",
        lambda version: service.update(trigger.id, version, fields),
        trigger.version,
    )


def edit_kind(book: Book) -> Stale:
    service = TriggerKindService(book)
    kind = service.add("Buying a boat")
    service.edit(kind.id, kind.version, "Buying a boat", "a point", True)
    return (
        "Trigger kind Buying a boat",
        lambda version: service.edit(kind.id, version, "Buying a boat", "", False),
        kind.version,
    )


def cancel_review(book: Book) -> Stale:
    service = ReviewService(book, clock=lambda: date(2026, 7, 10))
    ana_id, _, _ = _people(book)
    review = service.schedule(ana_id, date(2026, 8, 1))
    service.reschedule(review.id, review.version, date(2026, 8, 2))
    return (
        "The review with Ana Souza",
        lambda version: service.cancel(review.id, version),
        review.version,
    )


def delete_outbound(book: Book) -> Stale:
    service = CoiService(book)
    ana_id, _, coi_id = _people(book)
    sent = service.record_outbound(OutboundFields(coi_id=coi_id, contact_id=ana_id, sent_on=DAY))
    return (
        "The referral of Ana Souza to Cid Reis",
        lambda version: service.delete_outbound(sent.id, version),
        sent.version - 1,
    )


@pytest.mark.parametrize(
    "make",
    [edit_contact, move_referral, edit_trigger, edit_kind, cancel_review, delete_outbound],
)
def test_a_stale_edit_is_refused_naming_the_record_and_leaves_no_trace(
    book: Book, make: Callable[[Book], Stale]
) -> None:
    what, edit, stale_version = make(book)
    before = audit_count(book)
    with pytest.raises(ConflictError) as refused:
        edit(stale_version)
    assert str(refused.value).startswith(f"{what} was changed by someone else")
    assert audit_count(book) == before


def test_an_edit_of_a_record_that_is_gone_says_so(book: Book) -> None:
    with pytest.raises(NotFoundError, match="there is no trigger kind with id 999"):
        TriggerKindService(book).edit(999, 1, "x", "", True)
    with pytest.raises(NotFoundError, match="there is no outbound referral with id 999"):
        CoiService(book).delete_outbound(999, 1)


def test_an_edit_that_changes_nothing_writes_no_audit_entry(book: Book) -> None:
    service = ContactService(book)
    ana = service.create(ContactFields(first_name="Ana", last_name="Souza"))
    before = audit_count(book)
    service.update(ana.id, ana.version, ana.as_fields())
    assert audit_count(book) == before


def audit_count(book: Book) -> int:
    with book.session() as session:
        return session.scalar(select(func.count()).select_from(AuditRow)) or 0
