"""Two people, one book: the second save of the same record is refused, never applied.

Contacts and referrals through their services; the `version` column check in the
UPDATE itself also through the ORM.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.writing import saving
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow, ReferralRow
from advisor_referrals.storage.opening import open_book

ANA = ContactFields(first_name="Ana", last_name="Souza", email="ana@example.com", city="Boston")
RACE_ROUNDS = 20


@pytest.fixture
def other_desk(book: Book) -> Iterator[Book]:
    """The same book opened by a second person (a second engine and its own connections)."""
    other = open_book(book.target, user="assistant")
    yield other
    other.close()


def test_the_second_save_is_refused_with_an_offer_to_reload(book: Book, other_desk: Book) -> None:
    mine, theirs = ContactService(book), ContactService(other_desk)
    ana = mine.create(ANA)
    seen_by_them = theirs.get(ana.id)
    mine.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    with pytest.raises(ConflictError) as caught:
        theirs.update(seen_by_them.id, seen_by_them.version, ana.as_fields().edited(city="Lowell"))
    assert "changed by someone else" in str(caught.value)
    assert "Reload" in str(caught.value)
    reloaded = theirs.get(ana.id)
    assert reloaded.city == "Salem"
    theirs.update(reloaded.id, reloaded.version, reloaded.as_fields().edited(city="Lowell"))
    assert mine.get(ana.id).city == "Lowell"


@pytest.mark.postgres
def test_two_saves_that_both_passed_the_version_check_cannot_both_land(
    pg_book: Book,
) -> None:
    """Both load, both check the version, then both write: the later UPDATE matches no row."""
    other = open_book(pg_book.target, user="assistant")
    try:
        mine, theirs = ContactService(pg_book), ContactService(other)
        ana = mine.create(ANA)
        interleaved: list[bool] = []

        def my_save_lands_first(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.startswith("UPDATE contacts") and not interleaved:
                interleaved.append(True)
                mine.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))

        event.listen(other.engine, "before_cursor_execute", my_save_lands_first)
        with pytest.raises(ConflictError, match="changed by someone else"):
            theirs.update(ana.id, ana.version, ana.as_fields().edited(city="Lowell"))
        assert interleaved == [True]
        assert mine.get(ana.id).city == "Salem"
        with pg_book.session() as session:
            actions = [(a.user, a.action) for a in session.scalars(select(AuditRow))]
        assert actions == [(pg_book.user, "create"), (pg_book.user, "update")]
    finally:
        other.close()


def add_referral(book: Book) -> int:
    service = ContactService(book)
    ana = service.create(ANA)
    bia = service.create(ContactFields(first_name="Bia", last_name="Lima"))
    with book.write() as session:
        row = ReferralRow(referrer_id=ana.id, referred_id=bia.id, received_on=date(2026, 7, 1))
        session.add(row)
        session.flush()
        return row.id


def test_a_referral_edited_at_two_desks_keeps_the_first_save(book: Book, other_desk: Book) -> None:
    referral_id = add_referral(book)
    with book.session() as session:
        mine = session.get(ReferralRow, referral_id)
        assert mine is not None
    with other_desk.write() as session:
        theirs = session.get(ReferralRow, referral_id)
        assert theirs is not None
        theirs.status = "contacted"
    with (
        pytest.raises(ConflictError, match="Referral from Ana"),
        saving("Referral from Ana Souza"),
        book.write() as session,
    ):
        stale = session.merge(mine, load=False)
        stale.status = "lost"
    with book.session() as session:
        stored = session.get(ReferralRow, referral_id)
        assert stored is not None
        assert (stored.status, stored.version) == ("contacted", 2)


def test_simultaneous_saves_of_one_contact_let_exactly_one_through(
    book: Book, other_desk: Book
) -> None:
    """Two desks press Save on the same version at the same moment, many times over."""
    desks = [ContactService(book), ContactService(other_desk)]
    ana = desks[0].create(ANA)
    landed = 0
    refused = 0
    for round_number in range(RACE_ROUNDS):
        current = desks[0].get(ana.id)
        gate = threading.Barrier(2)
        outcomes: list[str] = []

        def save(
            desk: ContactService,
            city: str,
            current: Any = current,
            gate: threading.Barrier = gate,
            outcomes: list[str] = outcomes,
        ) -> None:
            gate.wait()
            try:
                desk.update(current.id, current.version, current.as_fields().edited(city=city))
                outcomes.append("saved")
            except ConflictError:
                outcomes.append("conflict")

        threads = [
            threading.Thread(target=save, args=(desk, f"City{round_number}-{n}"))
            for n, desk in enumerate(desks)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        landed += 1
        refused += 1
    assert desks[1].get(ana.id).version == ana.version + landed
    assert refused == RACE_ROUNDS


def recorded_referral(book: Book) -> Referral:
    contacts = ContactService(book)
    ana = contacts.create(ANA)
    bia = contacts.create(ContactFields(first_name="Bia", last_name="Lima"))
    fields = ReferralFields(referrer_id=ana.id, referred_id=bia.id, received_on=date(2026, 7, 1))
    return ReferralService(book).record(fields).referral


def test_the_second_save_of_a_referral_is_refused(book: Book, other_desk: Book) -> None:
    mine, theirs = ReferralService(book), ReferralService(other_desk)
    referral = recorded_referral(book)
    seen_by_them = theirs.get(referral.id)
    mine.update(referral.id, referral.version, replace(referral.as_fields(), notes="called"))
    with pytest.raises(ConflictError, match="changed by someone else"):
        theirs.update(
            seen_by_them.id, seen_by_them.version, replace(seen_by_them.as_fields(), notes="met")
        )
    assert theirs.get(referral.id).notes == "called"


@pytest.mark.postgres
def test_two_referral_saves_that_both_passed_the_version_check_cannot_both_land(
    pg_book: Book,
) -> None:
    other = open_book(pg_book.target, user="assistant")
    try:
        mine, theirs = ReferralService(pg_book), ReferralService(other)
        referral = recorded_referral(pg_book)
        interleaved: list[bool] = []

        def my_save_lands_first(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.startswith("UPDATE referrals") and not interleaved:
                interleaved.append(True)
                mine.update(referral.id, referral.version, replace(referral.as_fields(), notes="a"))

        event.listen(other.engine, "before_cursor_execute", my_save_lands_first)
        with pytest.raises(ConflictError, match="changed by someone else"):
            theirs.update(referral.id, referral.version, replace(referral.as_fields(), notes="b"))
        assert interleaved == [True]
        assert mine.get(referral.id).notes == "a"
    finally:
        other.close()


def test_simultaneous_saves_of_one_referral_let_exactly_one_through(
    book: Book, other_desk: Book
) -> None:
    desks = [ReferralService(book), ReferralService(other_desk)]
    referral = recorded_referral(book)
    for round_number in range(RACE_ROUNDS):
        current = desks[0].get(referral.id)
        gate = threading.Barrier(2)
        outcomes: list[str] = []

        def save(
            desk: ReferralService,
            notes: str,
            current: Any = current,
            gate: threading.Barrier = gate,
            outcomes: list[str] = outcomes,
        ) -> None:
            gate.wait()
            try:
                desk.update(current.id, current.version, replace(current.as_fields(), notes=notes))
                outcomes.append("saved")
            except ConflictError:
                outcomes.append("conflict")

        threads = [
            threading.Thread(target=save, args=(desk, f"round {round_number} desk {n}"))
            for n, desk in enumerate(desks)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
    assert desks[1].get(referral.id).version == referral.version + RACE_ROUNDS
