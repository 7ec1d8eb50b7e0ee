"""The client table's "review overdue" filter against the cadence rule applied in Python
to every stored row, on a book of close calls, on both backends: who is listed (ties at
the due boundary, archived, never reviewed, a review after the day, a tier without a
cadence, two advisors' scopes) and in which order (the table's name order, ties by id).

The whole id list is read from the index of clients due and sorted by the name key; the
first page walks the name index instead: both must give the same clients in one order.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from advisor_referrals.domain.cadence import next_due
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable, SortKey
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.table_reads import overdue_listing
from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReviewRow
from tests.services.test_review_close_calls import (
    Stored,
    active_clients,
    due_oracle,
    evidence_book,
    stored,
)
from tests.services.test_today_reviews import DAY
from tests.support.referrals import client

DAYS = (DAY - timedelta(days=1), DAY, DAY + timedelta(days=1), DAY + timedelta(days=40))


def _twins(book: Book) -> None:
    """Clients alike in name (one name key, told apart by id): on each side of the due
    boundary (twice a year, last reviewed six months before the day and a day later),
    never reviewed, and one archived."""
    for advisor in ("Ada", "Bea", "Ada"):
        for on in (date(2026, 9, 2), date(2026, 9, 3), None):
            twin = client(book, "Twin", "Same", tier=Tier.B, advisor=advisor)
            if on is not None:
                with book.write() as session:
                    session.add(ReviewRow(contact_id=twin.id, completed_on=on))
    gone = client(book, "Twin", "Same", tier=Tier.B, advisor="Ada")
    ContactService(book).set_archived(gone.id, gone.version, archived=True)


def _in_name_order(rows: Stored, ids: set[int], descending: bool = False) -> list[int]:
    key = {c.id: c.name_key for c in rows.contacts}
    return sorted(ids, key=lambda i: (key[i], i), reverse=descending)


@pytest.mark.parametrize("scope", [PRACTICE_SCOPE, Scope.of_advisor("Bea")], ids=["all", "Bea"])
def test_overdue_filter_lists_whom_the_rule_finds_overdue_in_name_order(
    book: Book, scope: Scope
) -> None:
    evidence_book(book)  # its tier C has no cadence: those clients are never due
    _twins(book)
    rows = stored(book)
    table = ContactTable(book)
    sizes = set()
    for day in DAYS:
        overdue, _ = due_oracle(rows, day, day, scope)
        expected = {entry[0] for entry in overdue}
        sizes.add(len(expected))
        for descending in (False, True):
            flt = ContactFilter(review_overdue=True, today=day, scope=scope)
            assert overdue_listing(flt, SortKey.NAME, descending) is not None  # read by ranges
            ids = table.ids(flt, SortKey.NAME, descending)
            assert ids == _in_name_order(rows, expected, descending), (day, descending)
            # The first page, read by walking the name index, is the list's beginning.
            first = [row.id for row in table.first_page(flt, 5, SortKey.NAME, descending)]
            assert first == ids[:5]
            assert table.count(flt) == len(ids)
    assert len(sizes) > 1 and min(sizes) > 0  # the days differ, and each finds some
    twins = {c.id for c in active_clients(rows, scope) if c.first_name == "Twin"}
    listed = set(table.ids(ContactFilter(review_overdue=True, today=DAY, scope=scope)))
    assert 0 < len(twins & listed) < len(twins)  # alike in name, on both sides of the day


def test_overdue_filter_with_the_other_filters_it_keeps_to_the_index(book: Book) -> None:
    evidence_book(book)
    _twins(book)
    rows = stored(book)
    table = ContactTable(book)
    overdue, _ = due_oracle(rows, DAY, DAY, PRACTICE_SCOPE)
    by_id = {c.id: c for c in rows.contacts}
    due = {entry[0] for entry in overdue}
    for tiers in ({Tier.B}, {Tier.A, Tier.C}):
        flt = ContactFilter(review_overdue=True, today=DAY, tiers=frozenset(tiers))
        kept = {i for i in due if by_id[i].tier in {t.value for t in tiers}}
        assert table.ids(flt) == _in_name_order(rows, kept)
    clients = ContactFilter(
        review_overdue=True, today=DAY, relationships=frozenset({Relationship.CLIENT})
    )
    assert table.ids(clients) == _in_name_order(rows, due)
    # Filters the index cannot answer take the name index's walk, to the same clients.
    prospects = ContactFilter(
        review_overdue=True, today=DAY, relationships=frozenset({Relationship.PROSPECT})
    )
    assert overdue_listing(prospects, SortKey.NAME, False) is None
    assert table.ids(prospects) == []
    archived = ContactFilter(review_overdue=True, today=DAY, include_archived=True)
    assert overdue_listing(archived, SortKey.NAME, False) is None
    everyone = due | _archived_overdue(rows, DAY)
    assert table.ids(archived) == _in_name_order(rows, everyone)
    by_tier = ContactFilter(review_overdue=True, today=DAY)
    assert overdue_listing(by_tier, SortKey.TIER, False) is None
    assert sorted(table.ids(by_tier, SortKey.TIER)) == sorted(due)


def _archived_overdue(rows: Stored, day: date) -> set[int]:
    """Archived clients the rule finds overdue (the filter lists them with the archived)."""
    archived = [
        SimpleNamespace(**{**vars(c), "archived_on": None})
        for c in rows.contacts
        if c.relationship == "client" and c.archived_on is not None
    ]
    overdue, _ = due_oracle(
        Stored(archived, rows.reviews, rows.referrals, rows.cadence),  # type: ignore[arg-type]
        day,
        day,
        PRACTICE_SCOPE,
    )
    return {entry[0] for entry in overdue}


@pytest.mark.parametrize("scope", [PRACTICE_SCOPE, Scope.of_advisor("Bea")], ids=["all", "Bea"])
def test_due_entries_carry_the_stored_dates(book: Book, scope: Scope) -> None:
    """The due lists' rows, read from the driver, hold dates as the rows store them: the
    client-since day and the next open booking from the day on (none past or cancelled)."""
    evidence_book(book)
    _twins(book)
    rows = stored(book)
    by_id = {c.id: c for c in rows.contacts}
    lists = ReviewLists(book)
    flt = ReviewFilter(scope=scope)
    for day in DAYS:
        entries = lists.overdue(flt, day) + lists.due_soon(30, flt, day)
        assert entries
        for entry in entries:
            booked = [
                r.scheduled_for
                for r in rows.reviews[entry.contact_id]
                if r.completed_on is None
                and r.cancelled_on is None
                and r.scheduled_for is not None
                and r.scheduled_for >= day
            ]
            assert entry.next_scheduled == min(booked, default=None)
            assert entry.client_since == by_id[entry.contact_id].client_since
            assert entry.due_on == next_due(entry.last_review, entry.cadence)
            assert isinstance(entry.tier, Tier | None) and isinstance(entry.segment, Segment)
