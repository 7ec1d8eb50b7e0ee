"""Conversation triggers and the trigger-kind library through their services, on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.domain.triggers import TriggerFields
from advisor_referrals.services.triggers.kind_library import KindInUseError, TriggerKindService
from advisor_referrals.services.triggers.trigger_log import (
    TriggerFilter,
    TriggerService,
    TriggerSort,
)
from advisor_referrals.storage.book import Book
from tests.support.referrals import audit_summaries, client, prospect, referral, trigger

JULY = date(2026, 7, 3)


def test_log_edit_delete_each_audited_and_delete_can_be_undone(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    bob = prospect(book, "Bob", "Lee")
    service = TriggerService(book)
    logged = service.log(
        TriggerFields(contact_id=ana.id, kind="retirement", occurred_on=JULY, notes=" golf ")
    )
    assert (logged.contact_name, logged.kind_label, logged.notes) == (
        "Ana Souza",
        "Retiring",
        "golf",
    )
    edited = service.update(
        logged.id,
        logged.version,
        TriggerFields(
            contact_id=ana.id, kind="inheritance", occurred_on=JULY, referral_conversation=True
        ),
    )
    assert edited.kind == "inheritance" and edited.referral_conversation
    linked = referral(book, ana, bob, JULY, trigger_id=edited.id)

    deleted = service.delete(edited.id, edited.version)
    assert service.ids(TriggerFilter()) == []
    restored = service.restore(deleted)
    assert restored.id == edited.id and restored.kind == "inheritance"
    assert service.rows([restored.id])[0].referrals == 1
    from advisor_referrals.services.referrals.recording import ReferralService

    assert ReferralService(book).get(linked.id).trigger_id == restored.id
    summaries = audit_summaries(book, "trigger")
    assert summaries[0] == "Logged Retiring for Ana Souza"
    assert summaries[1].startswith("Edited Receiving an inheritance for Ana Souza")
    assert summaries[2:] == [
        "Deleted Receiving an inheritance for Ana Souza",
        "Restored Receiving an inheritance for Ana Souza",
    ]


def test_bad_trigger_is_refused_with_every_problem_and_nothing_written(book: Book) -> None:
    service = TriggerService(book)
    with pytest.raises(ValidationError) as caught:
        service.log(TriggerFields(contact_id=999, kind="yacht", occurred_on=date(1800, 1, 1)))
    assert {p.field for p in caught.value.problems} == {"kind", "occurred_on", "contact"}
    assert "allowed: " in str(caught.value)
    assert audit_summaries(book) == []


def test_a_stale_trigger_edit_is_refused(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    service = TriggerService(book)
    first = trigger(book, ana, JULY)
    service.update(
        first.id, first.version, TriggerFields(contact_id=ana.id, kind="other", occurred_on=JULY)
    )
    with pytest.raises(ConflictError):
        service.update(
            first.id,
            first.version,
            TriggerFields(contact_id=ana.id, kind="college", occurred_on=JULY),
        )
    assert service.get(first.id).kind == "other"


def test_list_filters_by_kind_dates_and_referral_followed(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    zed = client(book, "Zed", "Adams")
    bob = prospect(book, "Bob", "Lee")
    home = trigger(book, ana, date(2026, 7, 1), "home_purchase")
    retire = trigger(book, zed, date(2026, 8, 1), "retirement")
    later = trigger(book, ana, date(2026, 9, 1), "retirement")
    referral(book, ana, bob, date(2026, 9, 2), trigger_id=later.id)
    service = TriggerService(book)

    assert service.ids(TriggerFilter()) == [later.id, retire.id, home.id]
    assert service.ids(TriggerFilter(kinds=frozenset({"retirement"}))) == [later.id, retire.id]
    assert service.ids(TriggerFilter(date_from=date(2026, 7, 15), date_to=date(2026, 8, 31))) == [
        retire.id
    ]
    assert service.ids(TriggerFilter(referral_followed=True)) == [later.id]
    assert service.ids(TriggerFilter(referral_followed=False)) == [retire.id, home.id]
    assert service.ids(TriggerFilter(), TriggerSort.CONTACT, descending=False) == [
        retire.id,
        later.id,
        home.id,
    ]
    assert service.ids(TriggerFilter(), TriggerSort.KIND, descending=False)[0] == home.id
    rows = service.rows([later.id, home.id])
    assert [(r.kind_label, r.referrals) for r in rows] == [("Retiring", 1), ("Buying a home", 0)]


def test_a_kind_in_use_cannot_be_deleted_only_retired(book: Book) -> None:
    kinds = TriggerKindService(book)
    ana = client(book, "Ana", "Souza")
    boat = kinds.add("Buying a boat", "“We found a boat.” Boats cost more than the price tag.")
    assert boat.key == "buying_a_boat" and not boat.in_use
    trigger(book, ana, JULY, boat.key)
    boat = kinds.get(boat.id)
    assert boat.in_use
    with pytest.raises(
        KindInUseError, match=r"cannot be deleted: 1 logged trigger uses it\. Retire it"
    ):
        kinds.delete(boat.id, boat.version)
    retired = kinds.edit(boat.id, boat.version, boat.label, boat.talking_point, active=False)
    assert not retired.active
    assert boat.key not in {k.key for k in kinds.kinds(include_retired=False)}
    with pytest.raises(ValidationError, match="retired"):
        trigger(book, ana, JULY, boat.key)
    # The triggers that had it keep it, and can still be edited.
    old = TriggerService(book).ids(TriggerFilter(kinds=frozenset({boat.key})))
    assert len(old) == 1
    existing = TriggerService(book).get(old[0])
    TriggerService(book).update(
        existing.id,
        existing.version,
        TriggerFields(contact_id=ana.id, kind=boat.key, occurred_on=JULY, notes="x"),
    )
    assert audit_summaries(book, "trigger_kind") == [
        "Added trigger kind Buying a boat",
        "Retired trigger kind Buying a boat",
    ]


def test_an_unused_kind_can_be_deleted_and_labels_are_unique(book: Book) -> None:
    kinds = TriggerKindService(book)
    with pytest.raises(ValidationError, match="another kind already has this label"):
        kinds.add("buying a HOME")
    with pytest.raises(ValidationError, match="needs a label"):
        kinds.add("   ")
    spare = kinds.add("Other!")
    assert spare.key == "other_2"  # the default `other` kind keeps its key
    kinds.delete(spare.id, spare.version)
    assert spare.id not in {k.id for k in kinds.kinds()}
