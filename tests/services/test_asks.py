"""Asks through the service: logged, edited, deleted and put back, each audited."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome
from advisor_referrals.domain.errors import ConflictError, ValidationError
from advisor_referrals.services.asks.ask_log import AskService
from advisor_referrals.storage.book import Book
from tests.support.referrals import audit_summaries, client, prospect, referral

ON = date(2026, 11, 20)


def test_an_ask_is_logged_edited_deleted_and_put_back(book: Book) -> None:
    ana, bo = client(book, "Ana", "Souza"), prospect(book, "Bo", "Lee")
    introduced = referral(book, ana, bo, ON)
    asks = AskService(book)
    logged = asks.log(
        AskFields(
            contact_id=ana.id, asked_on=ON, method=AskMethod.REVIEW, outcome=AskOutcome.WILL_THINK
        )
    )
    assert (logged.contact_name, logged.version) == ("Ana Souza", 1)
    assert asks.introductions_by(ana.id) == [(introduced.id, "Bo Lee, 2026-11-20")]
    edited = asks.update(
        logged.id,
        logged.version,
        AskFields(
            contact_id=ana.id,
            asked_on=ON,
            method=AskMethod.REVIEW,
            outcome=AskOutcome.INTRODUCED,
            referral_id=introduced.id,
            notes=" Mentioned her brother ",
        ),
    )
    assert (edited.outcome, edited.referred_name, edited.notes) == (
        AskOutcome.INTRODUCED,
        "Bo Lee",
        "Mentioned her brother",
    )
    with pytest.raises(ConflictError):
        asks.update(logged.id, logged.version, logged.as_fields())
    deleted = asks.delete(edited.id, edited.version)
    assert asks.for_contact(ana.id) == []
    back = asks.restore(deleted)
    assert (back.id, back.outcome, back.referral_id) == (
        logged.id,
        AskOutcome.INTRODUCED,
        introduced.id,
    )
    assert audit_summaries(book, "ask") == [
        "Logged the ask of Ana Souza on 2026-11-20 (at a review)",
        "Edited the ask of Ana Souza on 2026-11-20: notes, outcome, referral_id",
        "Deleted the ask of Ana Souza on 2026-11-20",
        "Restored the ask of Ana Souza on 2026-11-20",
    ]


def test_an_ask_names_only_a_referral_the_client_made(book: Book) -> None:
    ana, bo, cy = (
        client(book, "Ana", "Souza"),
        prospect(book, "Bo", "Lee"),
        client(book, "Cy", "Ng"),
    )
    theirs = referral(book, cy, bo, ON)
    with pytest.raises(ValidationError, match="referrals this client made"):
        AskService(book).log(
            AskFields(
                contact_id=ana.id,
                asked_on=ON,
                method=AskMethod.CALL,
                outcome=AskOutcome.INTRODUCED,
                referral_id=theirs.id,
            )
        )
    assert audit_summaries(book, "ask") == []
