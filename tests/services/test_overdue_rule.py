"""The overdue filter and lists, read from the stored last review, give the cadence rule's answer.

A seeded, varied book (tiers, overrides, no cadence, prospects, archived clients, never
reviewed, open reviews, completions after the day asked about, reviews edited, moved and
deleted behind the app's back) is checked day by day against `domain.cadence` in Python.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from advisor_referrals.domain.cadence import effective_cadence, is_overdue, next_due
from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.review_lists import ReviewLists
from advisor_referrals.storage.book import Book
from tests.support.reviews import client

FIRST_DAY = date(2024, 1, 1)
SPAN_DAYS = 1300  # reviews up to mid-2027: many after the days asked about
DAYS = (
    date(2024, 6, 30),
    date(2025, 2, 28),
    date(2025, 12, 31),
    date(2026, 7, 15),
    date(2027, 8, 1),
)
INSERT = (
    "INSERT INTO reviews (contact_id, scheduled_for, completed_on, feedback_requested,"
    " referral_conversation, notes, version, created_at, updated_at)"
    " VALUES (:c, :s, :d, false, false, '', 1, '2024-01-01', '2024-01-01')"
)


def _varied_book(book: Book, rng: random.Random) -> list[int]:
    CadenceService(book).save({Tier.A: rng.randint(1, 12), Tier.B: 5, Tier.C: 1})
    contacts = ContactService(book)
    ids = []
    for n in range(70):
        person = client(
            book,
            f"Client{n}",
            "Varied",
            rng.choice([Tier.A, Tier.B, Tier.C, None]),
            reviews_per_year=rng.choice([None, None, None, rng.randint(1, 12)]),
            relationship=rng.choice([Relationship.CLIENT] * 5 + [Relationship.PROSPECT]),
        )
        if rng.random() < 0.1:
            contacts.set_archived(person.id, person.version, archived=True)
        ids.append(person.id)
    with book.write() as session:
        for contact_id in ids:
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
                day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
                done = day if rng.random() < 0.8 else None
                session.execute(text(INSERT), {"c": contact_id, "s": day, "d": done})
        # Edits the app might not make: dates moved, reviews reassigned and deleted.
        review_ids = list(session.scalars(text("SELECT id FROM reviews ORDER BY id")))
        for review_id in rng.sample(review_ids, len(review_ids) // 4):
            action = rng.choice(["date", "undo", "move", "delete"])
            params = {"id": review_id, "c": rng.choice(ids)}
            params["d"] = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
            session.execute(
                text(
                    {
                        "date": "UPDATE reviews SET completed_on = :d WHERE id = :id",
                        "undo": "UPDATE reviews SET completed_on = NULL WHERE id = :id",
                        "move": "UPDATE reviews SET contact_id = :c WHERE id = :id",
                        "delete": "DELETE FROM reviews WHERE id = :id",
                    }[action]
                ),
                params,
            )
    return ids


def _expected(book: Book, today: date) -> dict[int, date | None]:
    """Overdue live clients on a cadence -> their last review up to today, by `domain.cadence`."""
    table = {tier.value: n for tier, n in CadenceService(book).table().items()}
    with book.session() as session:
        contacts = session.execute(
            text(
                "SELECT id, tier, reviews_per_year FROM contacts "
                "WHERE relationship = 'client' AND archived_on IS NULL"
            )
        ).all()
        completed = session.execute(
            text("SELECT contact_id, completed_on FROM reviews WHERE completed_on IS NOT NULL")
        ).all()
    latest: dict[int, date] = {}
    for contact_id, stored in completed:
        day = date.fromisoformat(stored) if isinstance(stored, str) else stored
        if day <= today and (contact_id not in latest or day > latest[contact_id]):
            latest[contact_id] = day
    found = {}
    for contact_id, tier, override in contacts:
        cadence = effective_cadence(override, tier, table)
        if cadence is not None and is_overdue(latest.get(contact_id), cadence, today):
            found[contact_id] = latest.get(contact_id)
    return found


def test_the_filter_and_the_lists_give_the_rule_s_answer(book: Book) -> None:
    _varied_book(book, random.Random(20261204))
    table, lists = ContactTable(book), ReviewLists(book)
    seen = set()
    for today in DAYS:
        expected = _expected(book, today)
        seen.add(len(expected))
        assert sorted(table.ids(ContactFilter(review_overdue=True, today=today))) == sorted(
            expected
        ), today
        overdue = lists.overdue(today=today)
        assert {e.contact_id: e.last_review for e in overdue} == expected, today
        for entry in overdue:
            assert entry.due_on == next_due(entry.last_review, entry.cadence)
        # Due soon: reviewed up to today and due within 30 days, by the same last review.
        for entry in lists.due_soon(30, today=today):
            assert entry.last_review is not None and entry.last_review <= today
            assert entry.due_on is not None and today <= entry.due_on <= today + timedelta(30)
    assert len(seen) > 1 and max(seen) > 5  # the days asked about differ, and find some
