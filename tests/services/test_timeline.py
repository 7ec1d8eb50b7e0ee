"""A contact's timeline gathers triggers, referrals both ways, reviews, kits and introductions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.domain.timeline import ReviewState, TimelineKind
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.timeline import TimelineService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    KitHistoryRow,
    OutboundReferralRow,
    ReferralRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)

TODAY = date(2026, 9, 15)


def test_every_kind_of_event_appears_newest_first(book: Book) -> None:
    contacts = ContactService(book)
    ana = contacts.create(
        ContactFields(
            first_name="Ana",
            last_name="Souza",
            relationship=Relationship.CLIENT,
            client_since=date(2019, 4, 1),
        )
    )
    bea = contacts.create(ContactFields(first_name="Bea", last_name="Lima"))
    cpa = contacts.create(
        ContactFields(
            first_name="Dev",
            last_name="Patel",
            relationship=Relationship.CENTER_OF_INFLUENCE,
        )
    )
    with book.write() as session:
        home = session.scalar(select(TriggerKindRow).where(TriggerKindRow.key == "home_purchase"))
        assert home is not None
        trigger = TriggerRow(
            contact_id=ana.id,
            kind_id=home.id,
            occurred_on=date(2026, 7, 3),
            referral_conversation=True,
            notes="Closing in August",
        )
        session.add(trigger)
        session.flush()
        session.add_all(
            [
                ReferralRow(
                    referrer_id=ana.id,
                    referred_id=bea.id,
                    received_on=date(2026, 7, 10),
                    status="converted",
                    converted_on=date(2026, 8, 20),
                    trigger_id=trigger.id,
                ),
                ReferralRow(referrer_id=cpa.id, referred_id=ana.id, received_on=date(2019, 3, 1)),
                ReviewRow(contact_id=ana.id, completed_on=date(2026, 7, 15), nps=9),
                ReviewRow(contact_id=ana.id, scheduled_for=date(2026, 10, 15)),
                ReviewRow(contact_id=ana.id, scheduled_for=date(2026, 9, 1)),
                KitHistoryRow(
                    contact_id=ana.id, generated_at=datetime(2026, 7, 16, 9, 30), pages=4
                ),
                OutboundReferralRow(coi_id=cpa.id, contact_id=ana.id, sent_on=date(2026, 5, 2)),
            ]
        )
    entries = TimelineService(book).for_contact(ana.id, today=TODAY)
    # The contact was added today (after everything below, which was back-filled).
    assert (entries[0].kind, entries[0].on) == (TimelineKind.ADDED, date.today())
    entries = entries[1:]
    story = [(e.kind, e.on, e.status, e.other_name) for e in entries]
    assert story == [
        (TimelineKind.REVIEW, date(2026, 10, 15), ReviewState.SCHEDULED, ""),
        (TimelineKind.REVIEW, date(2026, 9, 1), ReviewState.MISSED, ""),
        (TimelineKind.KIT, date(2026, 7, 16), None, ""),
        (TimelineKind.REVIEW, date(2026, 7, 15), ReviewState.COMPLETED, ""),
        (TimelineKind.REFERRAL_GIVEN, date(2026, 7, 10), "converted", "Bea Lima"),
        (TimelineKind.TRIGGER, date(2026, 7, 3), None, ""),
        (TimelineKind.SENT_TO_COI, date(2026, 5, 2), None, "Dev Patel"),
        (TimelineKind.BECAME_CLIENT, date(2019, 4, 1), None, ""),
        (TimelineKind.REFERRAL_RECEIVED, date(2019, 3, 1), "new", "Dev Patel"),
    ]
    trigger_entry = entries[5]
    assert (trigger_entry.label, trigger_entry.flag, trigger_entry.notes) == (
        "Buying a home",
        True,
        "Closing in August",
    )
    assert entries[3].number == 9
    assert entries[2].number == 4
    assert entries[4].other_id == bea.id
    # The centre of influence sees the same introduction from their side.
    theirs = TimelineService(book).for_contact(cpa.id, today=TODAY)
    assert [(e.kind, e.other_name) for e in theirs[1:3]] == [
        (TimelineKind.RECEIVED_FROM_ADVISOR, "Ana Souza"),
        (TimelineKind.REFERRAL_GIVEN, "Ana Souza"),
    ]


def test_a_missing_contact_is_reported(book: Book) -> None:
    with pytest.raises(NotFoundError):
        TimelineService(book).for_contact(12345)


def test_asks_show_how_they_went_and_whom_they_led_to(book: Book) -> None:
    from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome
    from advisor_referrals.services.asks.ask_log import AskService

    contacts = ContactService(book)
    ana = contacts.create(
        ContactFields(first_name="Ana", last_name="Souza", relationship=Relationship.CLIENT)
    )
    bea = contacts.create(ContactFields(first_name="Bea", last_name="Lima"))
    with book.write() as session:
        session.add(
            ReferralRow(referrer_id=ana.id, referred_id=bea.id, received_on=date(2026, 9, 2))
        )
        session.flush()
        referral_id = session.scalars(select(ReferralRow.id)).one()
    AskService(book).log(
        AskFields(
            contact_id=ana.id,
            asked_on=date(2026, 9, 1),
            method=AskMethod.EVENT,
            outcome=AskOutcome.INTRODUCED,
            referral_id=referral_id,
            notes="At the summer party",
        )
    )
    entries = TimelineService(book).for_contact(ana.id, today=TODAY)
    [ask] = [e for e in entries if e.kind is TimelineKind.ASK]
    assert (ask.on, ask.label, ask.status, ask.other_name, ask.notes) == (
        date(2026, 9, 1),
        "event",
        "introduced",
        "Bea Lima",
        "At the summer party",
    )
    # Bea's side of the timeline shows only her referral, not Ana's ask.
    assert TimelineKind.ASK not in {e.kind for e in TimelineService(book).for_contact(bea.id)}
