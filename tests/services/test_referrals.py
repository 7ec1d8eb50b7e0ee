"""Referrals through the service: recording, the pipeline, conversion and its undo, history."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import CompensationKind, ReferralStatus, Relationship
from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.domain.referrals import Compensation, ReferralFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ContactRow
from tests.support.referrals import audit_summaries, client, person, prospect, referral, trigger

RECEIVED = date(2026, 7, 10)


def test_record_with_a_new_prospect_links_trigger_and_dates_the_first_status(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    moving = trigger(book, ana, date(2026, 7, 3))
    service = ReferralService(book)
    recorded = service.record(
        ReferralFields(
            referrer_id=ana.id, referred_id=0, received_on=RECEIVED, trigger_id=moving.id
        ),
        new_referred=ContactFields(first_name=" Bob ", last_name="Lee", email="bob@example.com"),
    )
    bob = ContactService(book).get(recorded.referral.referred_id)
    assert (bob.full_name, bob.relationship) == ("Bob Lee", Relationship.PROSPECT)
    assert recorded.created_contact_id == bob.id
    assert recorded.referral.trigger_id == moving.id
    assert recorded.referral.follow_up_due_on == date(2026, 7, 12)
    [first] = service.history(recorded.referral.id)
    assert (first.from_status, first.to_status, first.changed_on) == (
        None,
        ReferralStatus.NEW,
        RECEIVED,
    )
    assert audit_summaries(book)[-2:] == [
        "Added Bob Lee (referred)",
        "Recorded the referral of Bob Lee by Ana Souza",
    ]


def test_a_bad_referral_writes_nothing_not_even_the_new_contact(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    other = client(book, "Oscar", "Other")
    theirs = trigger(book, other, date(2026, 7, 3))
    before = audit_summaries(book)
    with pytest.raises(ValidationError) as caught:
        ReferralService(book).record(
            ReferralFields(
                referrer_id=ana.id,
                referred_id=0,
                received_on=RECEIVED,
                trigger_id=theirs.id,
                thanked_on=date(2026, 7, 1),
            ),
            new_referred=ContactFields(first_name="Bob", last_name="Lee"),
        )
    assert {p.field for p in caught.value.problems} == {"trigger", "thanked_on"}
    assert audit_summaries(book) == before
    assert ContactService(book).count() == 2


def test_likely_duplicates_by_email_or_by_name(book: Book) -> None:
    bob = prospect(book, "Robert", "Lee", preferred_name="Bob", email="Bob.Lee@Example.com")
    prospect(book, "Roberta", "Lee")
    service = ReferralService(book)
    assert [c.id for c in service.likely_duplicates("", "", "bob.lee@example.COM")] == [bob.id]
    assert [c.id for c in service.likely_duplicates("ROBERT", "lee", None)] == [bob.id]
    assert [c.id for c in service.likely_duplicates("bob", "Lee", "")] == [bob.id]
    assert service.likely_duplicates("Bob", "Leeds", "other@example.com") == []
    assert service.likely_duplicates("Robert", "Lee", None, exclude_id=bob.id) == []


def test_converting_makes_the_prospect_a_client_and_undo_restores_everything(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    bob = prospect(book, "Bob", "Lee")
    made = referral(book, ana, bob, RECEIVED)
    service = ReferralService(book)
    meeting = service.set_status(made.id, made.version, ReferralStatus.MEETING, date(2026, 7, 11))
    assert meeting.referral.first_contacted_on == date(2026, 7, 11)
    converted = service.set_status(
        meeting.referral.id, meeting.referral.version, ReferralStatus.CONVERTED, date(2026, 8, 20)
    )
    assert converted.referral.converted_on == date(2026, 8, 20)
    bob_now = ContactService(book).get(bob.id)
    assert (bob_now.relationship, bob_now.client_since) == (Relationship.CLIENT, date(2026, 8, 20))
    history = [(c.from_status, c.to_status, c.changed_on) for c in service.history(made.id)]
    assert history == [
        (None, ReferralStatus.NEW, RECEIVED),
        (ReferralStatus.NEW, ReferralStatus.MEETING, date(2026, 7, 11)),
        (ReferralStatus.MEETING, ReferralStatus.CONVERTED, date(2026, 8, 20)),
    ]
    assert "Bob Lee became a client (referral converted on 2026-08-20)" in audit_summaries(book)

    service.restore(converted.undo)
    back = service.get(made.id)
    assert (back.status, back.converted_on) == (ReferralStatus.MEETING, None)
    bob_back = ContactService(book).get(bob.id)
    assert (bob_back.relationship, bob_back.client_since) == (Relationship.PROSPECT, None)
    assert [c.to_status for c in service.history(made.id)] == [
        ReferralStatus.NEW,
        ReferralStatus.MEETING,
    ]
    assert audit_summaries(book)[-2:] == [
        "Undid the conversion of Bob Lee",
        "Undid a change to the referral of Bob Lee by Ana Souza",
    ]
    # Undo, then the same drop again (redo), then undo again: still exact.
    again = service.set_status(back.id, back.version, ReferralStatus.CONVERTED, date(2026, 8, 21))
    service.restore(again.undo)
    assert service.get(made.id).as_fields() == meeting.referral.as_fields()


def test_converting_a_former_client_keeps_their_first_client_since(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    eve = person(
        book, "Eve", "Moss", relationship=Relationship.FORMER_CLIENT, client_since=date(2015, 1, 1)
    )
    made = referral(book, ana, eve, RECEIVED)
    ReferralService(book).set_status(made.id, made.version, ReferralStatus.CONVERTED, RECEIVED)
    eve_now = ContactService(book).get(eve.id)
    assert (eve_now.relationship, eve_now.client_since) == (Relationship.CLIENT, date(2015, 1, 1))


def test_undo_is_refused_when_someone_changed_the_referral_or_contact_since(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    bob = prospect(book, "Bob", "Lee")
    made = referral(book, ana, bob, RECEIVED)
    service = ReferralService(book)
    converted = service.set_status(made.id, made.version, ReferralStatus.CONVERTED, RECEIVED)
    bob_now = ContactService(book).get(bob.id)
    ContactService(book).update(
        bob.id, bob_now.version, bob_now.as_fields().edited(relationship=Relationship.FORMER_CLIENT)
    )
    with pytest.raises(ConflictError, match="contact Bob Lee"):
        service.restore(converted.undo)
    assert service.get(made.id).status is ReferralStatus.CONVERTED
    theirs = service.record_thanks(made.id, converted.referral.version, RECEIVED)
    with pytest.raises(ConflictError, match="referral of Bob Lee"):
        service.restore(converted.undo)
    assert service.get(made.id).thanked_on == RECEIVED
    with pytest.raises(ConflictError):
        service.set_status(made.id, made.version, ReferralStatus.LOST)
    assert theirs.referral.status is ReferralStatus.CONVERTED


def test_undo_ignores_unrelated_edits_to_the_contact(book: Book) -> None:
    bob = prospect(book, "Bob", "Lee")
    made = referral(book, client(book, "Ana", "Souza"), bob, RECEIVED)
    service = ReferralService(book)
    converted = service.set_status(made.id, made.version, ReferralStatus.CONVERTED, RECEIVED)
    bob_now = ContactService(book).get(bob.id)
    ContactService(book).update(bob.id, bob_now.version, bob_now.as_fields().edited(city="Boston"))
    service.restore(converted.undo)
    bob_back = ContactService(book).get(bob.id)
    assert (bob_back.relationship, bob_back.city) == (Relationship.PROSPECT, "Boston")


def test_a_status_change_cannot_be_dated_before_the_referral(book: Book) -> None:
    made = referral(book, client(book, "Ana", "Souza"), prospect(book, "Bob", "Lee"), RECEIVED)
    with pytest.raises(ValidationError, match="before the referral was received"):
        ReferralService(book).set_status(
            made.id, made.version, ReferralStatus.MEETING, date(2026, 7, 1)
        )


def test_first_contact_thanks_and_compensation_each_undoable(book: Book) -> None:
    made = referral(book, client(book, "Ana", "Souza"), prospect(book, "Bob", "Lee"), RECEIVED)
    service = ReferralService(book)
    called = service.record_first_contact(made.id, made.version, date(2026, 7, 11))
    assert called.referral.status is ReferralStatus.CONTACTED
    assert called.referral.first_contacted_on == date(2026, 7, 11)
    thanked = service.record_thanks(made.id, called.referral.version, date(2026, 7, 12))
    assert thanked.referral.thanked_on == date(2026, 7, 12)
    gift = Compensation(kind=CompensationKind.GIFT, value=Decimal("50.00"))
    paid = service.set_compensation(made.id, thanked.referral.version, gift)
    assert paid.referral.compensation == gift
    for change in (paid, thanked, called):
        service.restore(change.undo)
    back = service.get(made.id)
    assert back.as_fields() == made.as_fields()
    assert len(service.history(made.id)) == 1
    with book.session() as session:
        actions = session.scalars(
            select(AuditRow.action).where(AuditRow.entity == "referral")
        ).all()
    assert actions.count("undo") == 3


def test_edit_form_can_move_status_like_the_board(book: Book) -> None:
    made = referral(book, client(book, "Ana", "Souza"), prospect(book, "Bob", "Lee"), RECEIVED)
    service = ReferralService(book)
    fields = made.as_fields()
    from dataclasses import replace

    edited = service.update(
        made.id,
        made.version,
        replace(
            fields, status=ReferralStatus.CONVERTED, converted_on=date(2026, 9, 1), notes="Signed"
        ),
    )
    assert (edited.referral.status, edited.referral.converted_on) == (
        ReferralStatus.CONVERTED,
        date(2026, 9, 1),
    )
    assert edited.referral.notes == "Signed"
    assert ContactService(book).get(made.referred_id).client_since == date(2026, 9, 1)
    service.restore(edited.undo)
    assert service.get(made.id).as_fields() == fields
    assert ContactService(book).get(made.referred_id).relationship is Relationship.PROSPECT


def test_delete_then_reinstate_keeps_id_and_history(book: Book) -> None:
    made = referral(book, client(book, "Ana", "Souza"), prospect(book, "Bob", "Lee"), RECEIVED)
    service = ReferralService(book)
    moved = service.set_status(made.id, made.version, ReferralStatus.CONTACTED, RECEIVED)
    deleted = service.delete(made.id, moved.referral.version)
    assert service.for_contact(made.referrer_id) == []
    back = service.reinstate(deleted)
    assert back.id == made.id and back.status is ReferralStatus.CONTACTED
    assert [c.to_status for c in service.history(made.id)] == [
        ReferralStatus.NEW,
        ReferralStatus.CONTACTED,
    ]


def test_undo_of_record_removes_the_contact_it_created_unless_edited(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    service = ReferralService(book)
    new = ContactFields(first_name="Bob", last_name="Lee")
    fields = ReferralFields(referrer_id=ana.id, referred_id=0, received_on=RECEIVED)
    recorded = service.record(fields, new_referred=new)
    service.delete(
        recorded.referral.id,
        recorded.referral.version,
        created_contact_id=recorded.created_contact_id,
        created_contact_version=recorded.created_contact_version,
    )
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactRow)) == 1
    kept = service.record(fields, new_referred=new)
    bob = ContactService(book).get(kept.referral.referred_id)
    ContactService(book).update(bob.id, bob.version, bob.as_fields().edited(city="Boston"))
    service.delete(
        kept.referral.id,
        kept.referral.version,
        created_contact_id=kept.created_contact_id,
        created_contact_version=kept.created_contact_version,
    )
    assert ContactService(book).get(bob.id).city == "Boston"


def test_today_lists_never_let_a_referral_go_cold(book: Book) -> None:
    today = date(2026, 7, 20)
    ana = client(book, "Ana", "Souza")
    fresh = referral(book, ana, prospect(book, "Fay", "Fresh"), today - timedelta(days=2))
    late = referral(book, ana, prospect(book, "Lou", "Late"), today - timedelta(days=3))
    called = referral(book, ana, prospect(book, "Cal", "Called"), today - timedelta(days=5))
    ReferralService(book).record_first_contact(called.id, called.version, today)
    referral(book, ana, prospect(book, "Ian", "Intended"), today, status=ReferralStatus.INTENDED)
    thanked = referral(book, ana, prospect(book, "Tom", "Thanked"), today, thanked_on=today)
    referral(
        book,
        ana,
        prospect(book, "Old", "Timer"),
        today - timedelta(days=90),
        thanked_on=None,
        status=ReferralStatus.LOST,
    )
    from advisor_referrals.services.referrals.referral_lists import ReferralTable

    table = ReferralTable(book)
    assert [r.referred_name for r in table.awaiting_first_contact(today)] == [
        "Fay Fresh",
        "Tom Thanked",
    ]
    overdue = table.overdue_follow_ups(today)
    assert [r.referred_name for r in overdue] == ["Lou Late"]  # the lost one is not chased
    assert overdue[0].follow_up_due_on == today - timedelta(days=1)
    owed = [r.referred_name for r in table.thanks_owed(today)]
    assert owed == ["Cal Called", "Lou Late", "Fay Fresh", "Ian Intended"]
    assert thanked.id not in {r.id for r in table.thanks_owed(today)}
    assert fresh.id in {r.id for r in table.awaiting_first_contact(today)}
    assert late.id not in {r.id for r in table.awaiting_first_contact(today)}
    counts = table.today_counts(today)
    assert counts == {"awaiting": 2, "overdue": 1, "thanks": 4, "disclosure": 0}
