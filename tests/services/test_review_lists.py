"""Due, overdue and booked reviews, tier coverage, and agreement with the client table filter."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists
from advisor_referrals.storage.book import Book
from tests.support.reviews import TODAY, client, fixed_today, held


@pytest.fixture
def lists(book: Book) -> ReviewLists:
    return ReviewLists(book, clock=fixed_today)


def names(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [entry.name for entry in entries]


def build_book(book: Book) -> None:
    """Today is 2026-07-15. Due dates: see each line."""
    a_late = client(book, "Alma", "Late", Tier.A, segment=Segment.ENGAGED)
    held(book, a_late, date(2026, 1, 10))  # A: due 2026-04-10, 96 days late
    b_late = client(book, "Bea", "Slightly", Tier.B)
    held(book, b_late, date(2026, 1, 5))  # B: due 2026-07-05, 10 days late
    client(book, "Nora", "Never", Tier.C, client_since=date(2018, 1, 1))  # never reviewed
    client(book, "Newt", "Never", Tier.B, client_since=date(2026, 6, 1))  # never reviewed
    today = client(book, "Tess", "Today", Tier.A)
    held(book, today, date(2026, 4, 15))  # due today: due, not late
    soon = client(book, "Sam", "Soon", Tier.C, segment=Segment.CONTENT)
    held(book, soon, date(2025, 8, 1))  # C: due 2026-08-01
    later = client(book, "Lee", "Later", Tier.A)
    held(book, later, date(2026, 7, 1))  # due 2026-10-01
    fine = client(book, "Owen", "Override", Tier.C, reviews_per_year=12)
    held(book, fine, date(2026, 6, 30))  # monthly: due 2026-07-30
    client(book, "Nat", "Notier", None)  # no cadence: never listed
    client(book, "Pia", "Prospect", Tier.A, relationship=Relationship.PROSPECT)
    gone = client(book, "Arch", "Ived", Tier.A)
    ContactService(book).set_archived(gone.id, gone.version, archived=True)


def test_overdue_lists_never_reviewed_first_then_the_latest(book: Book, lists: ReviewLists) -> None:
    build_book(book)
    overdue = lists.overdue()
    assert names(overdue) == ["Nora Never", "Newt Never", "Alma Late", "Bea Slightly"]
    assert [e.days_late for e in overdue] == [None, None, 96, 10]
    assert overdue[2].due_on == date(2026, 4, 10)
    assert overdue[2].last_review == date(2026, 1, 10)


def test_due_soon_holds_today_and_the_coming_days_in_order(book: Book, lists: ReviewLists) -> None:
    build_book(book)
    assert names(lists.due_soon(30)) == ["Tess Today", "Owen Override", "Sam Soon"]
    assert names(lists.due_soon(7)) == ["Tess Today"]
    assert [e.due_on for e in lists.due_soon(30)] == [
        TODAY,
        date(2026, 7, 30),
        date(2026, 8, 1),
    ]


def test_filters_by_tier_and_segment(book: Book, lists: ReviewLists) -> None:
    build_book(book)
    assert names(lists.overdue(ReviewFilter(tiers=frozenset({Tier.B})))) == [
        "Newt Never",
        "Bea Slightly",
    ]
    engaged = ReviewFilter(segments=frozenset({Segment.ENGAGED}))
    assert names(lists.overdue(engaged)) == ["Alma Late"]
    assert names(lists.due_soon(30, ReviewFilter(segments=frozenset({Segment.CONTENT})))) == [
        "Sam Soon"
    ]


def test_the_client_table_filter_agrees_with_the_overdue_list(
    book: Book, lists: ReviewLists
) -> None:
    build_book(book)
    table = ContactTable(book)
    for day in (TODAY, date(2026, 7, 16), date(2026, 8, 2), date(2026, 12, 31)):
        flt = ContactFilter(review_overdue=True, today=day)
        expected = {e.contact_id for e in lists.overdue(today=day)}
        assert set(table.ids(flt)) == expected, day
    assert len(table.ids(ContactFilter(review_overdue=True, today=date(2026, 8, 2)))) == 7


def test_the_client_table_filter_follows_a_changed_cadence_table(
    book: Book, lists: ReviewLists
) -> None:
    build_book(book)
    table = ContactTable(book)
    flt = ContactFilter(review_overdue=True, today=date(2026, 8, 2))
    before = set(table.ids(flt))
    CadenceService(book).save({Tier.A: 12, Tier.B: 12, Tier.C: 12})
    expected = {e.contact_id for e in lists.overdue(today=date(2026, 8, 2))}
    assert set(table.ids(flt)) == expected
    assert expected > before  # monthly reviews make more clients overdue


def test_a_future_completion_date_does_not_count_yet(book: Book, lists: ReviewLists) -> None:
    ana = client(book, "Ana", "Souza", Tier.A)
    held(book, ana, date(2026, 1, 1))
    assert names(lists.overdue(today=date(2025, 12, 31))) == ["Ana Souza"]
    assert names(lists.overdue(today=date(2026, 1, 2))) == []


def test_booked_reviews_coming_weeks_and_those_awaiting_completion(
    book: Book, lists: ReviewLists
) -> None:
    service = ReviewService(book, clock=fixed_today)
    ana = client(book, "Ana", "Souza", Tier.A)
    bo = client(book, "Bo", "Berg", Tier.B)
    past = service.schedule(ana.id, date(2026, 7, 13))
    service.schedule(bo.id, date(2026, 7, 20))
    service.schedule(ana.id, date(2026, 7, 20), time(9))
    service.schedule(bo.id, date(2026, 8, 12))  # the fifth week
    cancelled = service.schedule(bo.id, date(2026, 7, 16))
    service.cancel(cancelled.id, cancelled.version)
    done = service.schedule(bo.id, date(2026, 7, 15))
    service.complete(done.id, done.version, TODAY)

    coming = lists.upcoming(4)
    assert [(e.name, e.scheduled_for, e.scheduled_time) for e in coming] == [
        ("Ana Souza", date(2026, 7, 20), time(9)),
        ("Bo Berg", date(2026, 7, 20), None),
    ]
    assert [e.review_id for e in lists.awaiting_completion()] == [past.id]
    assert len(lists.upcoming(5)) == 3
    older = service.schedule(ana.id, date(2026, 7, 1))
    assert [e.review_id for e in lists.needs_outcome()] == [past.id, older.id]  # latest first
    # "Booked for" is what comes next: a booking whose day has passed waits for its
    # outcome instead, and is never shown as the next review.
    overdue_ana = lists.overdue()
    assert [(e.name, e.next_scheduled) for e in overdue_ana] == [("Ana Souza", date(2026, 7, 20))]


def test_coverage_counts_clients_reviewed_as_often_as_their_cadence_asks(
    book: Book, lists: ReviewLists
) -> None:
    day = TODAY
    covered_a = client(book, "A1", "Covered", Tier.A)
    held(book, covered_a, *(day - timedelta(days=d) for d in (10, 100, 190, 280)))
    short_a = client(book, "A2", "Short", Tier.A)
    held(book, short_a, *(day - timedelta(days=d) for d in (10, 100, 190, 370)))  # 3 in window
    override_a = client(book, "A3", "Twice", Tier.A, reviews_per_year=2)
    held(book, override_a, day - timedelta(days=20), day - timedelta(days=200))
    client(book, "A4", "New", Tier.A, client_since=day - timedelta(days=60))  # not counted
    client(book, "A5", "Edge", Tier.A, client_since=day - timedelta(days=365))  # counted
    covered_c = client(book, "C1", "Yearly", Tier.C)
    held(book, covered_c, day - timedelta(days=364))
    edge_c = client(book, "C2", "Yearless", Tier.C)
    held(book, edge_c, day - timedelta(days=365))  # just outside the window

    coverage = {c.tier: c for c in lists.coverage()}
    assert (coverage[Tier.A].clients, coverage[Tier.A].covered) == (4, 2)
    assert coverage[Tier.A].share == 0.5
    assert coverage[Tier.A].cadence == 4
    assert (coverage[Tier.C].clients, coverage[Tier.C].covered) == (2, 1)
    assert coverage[Tier.B].clients == 0 and coverage[Tier.B].share is None


def test_positive_reviews_feed_the_ask_list(book: Book, lists: ReviewLists) -> None:
    ana = client(book, "Ana", "Souza", Tier.A)
    bo = client(book, "Bo", "Berg", Tier.B)
    held(book, ana, date(2026, 7, 1), nps=10)
    held(book, bo, date(2026, 7, 2), nps=8)
    held(book, bo, date(2026, 5, 1), nps=9)
    found = lists.positive_reviews(since=date(2026, 6, 15))
    assert [(p.name, p.nps, p.completed_on) for p in found] == [("Ana Souza", 10, date(2026, 7, 1))]


def test_counts_for_the_today_view(book: Book, lists: ReviewLists) -> None:
    build_book(book)
    counts = lists.counts()
    assert (counts.overdue, counts.due_soon, counts.scheduled, counts.awaiting_completion) == (
        4,
        1,
        0,
        0,
    )


def test_client_status_for_the_dialogs(book: Book, lists: ReviewLists) -> None:
    ana = client(book, "Ana", "Souza", Tier.B)
    held(book, ana, date(2026, 3, 31))
    booked = ReviewService(book, clock=fixed_today).schedule(ana.id, date(2026, 9, 30))
    status = lists.client_status(ana.id)
    assert (status.name, status.tier, status.cadence, status.can_review) == (
        "Ana Souza",
        Tier.B,
        2,
        True,
    )
    assert (status.last_review, status.due_on) == (date(2026, 3, 31), date(2026, 9, 30))
    assert [e.review_id for e in status.open_reviews] == [booked.id]
    prospect = client(book, "Pat", "Prospect", None, relationship=Relationship.PROSPECT)
    assert not lists.client_status(prospect.id).can_review


def test_a_new_cadence_changes_due_dates_and_coverage(book: Book, lists: ReviewLists) -> None:
    ana = client(book, "Ana", "Souza", Tier.C)
    held(book, ana, date(2026, 1, 10))
    assert names(lists.overdue()) == []
    assert {c.tier: c.covered for c in lists.coverage()}[Tier.C] == 1
    CadenceService(book).save({Tier.C: 4})
    assert [(e.name, e.due_on) for e in lists.overdue()] == [("Ana Souza", date(2026, 4, 10))]
    assert {c.tier: (c.cadence, c.covered) for c in lists.coverage()}[Tier.C] == (4, 0)
