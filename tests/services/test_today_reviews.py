"""The Today view's review lists are the Reviews page's lists cut short: the same first
rows in the same order, and the same totals, on a demo book and on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import Select, delete, update

from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.reviews import today_reviews
from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists
from advisor_referrals.services.reviews.today_clients import clients_by_ranges, clients_listed
from advisor_referrals.services.reviews.today_reviews import TodayReviews
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewCadence, ReviewRow
from advisor_referrals.storage.scoping import Advisors
from tests.support.referrals import client, review

SHOWN = 8


def test_todays_review_lists_are_the_pages_lists_cut_short(book: Book) -> None:
    make_demo_book(book, clients=300, seed=7)
    # Four reviews a year, the last 88 and 89 days ago: due again this week, not booked.
    for first, days in (("Hana", 88), ("Ivo", 89)):
        review(book, client(book, first, "Soon", tier=Tier.A), date.today() - timedelta(days))
    lists = ReviewLists(book)
    today_lists = TodayReviews(book, lists)
    today = date.today()

    overdue, total = today_lists.overdue(today, SHOWN)
    everyone = lists.overdue(today=today)
    assert total == len(everyone) > SHOWN
    assert overdue == everyone[:SHOWN]  # names, dates, "booked for" and order alike
    assert all(e.next_scheduled is None or e.next_scheduled >= today for e in everyone)

    week = today_lists.week_ahead(today, SHOWN)
    booked = lists.upcoming(1, today=today)
    assert (week.booked_total, week.booked) == (len(booked), booked[:SHOWN])
    assert [e.scheduled_for for e in booked] == sorted(e.scheduled_for for e in booked)
    due = [e for e in lists.due_soon(6, today=today) if e.next_scheduled is None]
    assert week.due_total == len(due) >= 2
    assert week.due == due[:SHOWN]
    assert week.needs_outcome_total == len(lists.needs_outcome(today=today)) > 0

    # A day later the lists move on together.
    tomorrow = today + timedelta(days=1)
    assert today_lists.overdue(tomorrow, SHOWN)[1] == len(lists.overdue(today=tomorrow))


DAY = date(2027, 3, 3)  # a Wednesday; February 2027 has 28 days


def _book_of_close_calls(book: Book) -> None:
    """Clients whose order the Today lists find without due dates in SQL: due dates tied
    by month-end clamping across tiers and cadences of their own, never-reviewed clients
    tied by client-since date and told apart by names that differ in case and accents,
    a last review dated after the day, a tier without a cadence, bookings at one time of
    day, and archived clients with bookings, among two advisors."""

    def person(first: str, last: str, advisor: str = "Ada", **fields: object) -> int:
        return client(book, first, last, advisor=advisor, **fields).id

    def completed(contact_id: int, on: date) -> None:
        with book.write() as session:
            session.add(ReviewRow(contact_id=contact_id, completed_on=on))

    def booked(contact_id: int, on: date, at: time | None = None, **fields: object) -> None:
        with book.write() as session:
            session.add(
                ReviewRow(contact_id=contact_id, scheduled_for=on, scheduled_time=at, **fields)
            )

    # Twice a year, last reviewed from 28 to 31 August: all due 28 February, overdue.
    for day, name in zip((28, 29, 30, 31), ("Zoe", "émile", "Emile", "Bo"), strict=True):
        completed(person(name, "Clamp", tier=Tier.B), date(2026, 8, day))
    # Monthly of their own, last reviewed 31 January: due 28 February too.
    completed(person("Mo", "Monthly", tier=None, reviews_per_year=12), date(2027, 1, 31))
    completed(person("Fi", "Fifth", tier=Tier.C, reviews_per_year=5), date(2026, 12, 17))
    # Never reviewed, three of them clients since the same day.
    for name in ("Ünal", "unal", "Abe"):
        person(name, "Never", client_since=date(2020, 5, 1))
    person("Nel", "Never", client_since=None)
    person("Old", "Never", client_since=date(2001, 1, 1), advisor="Bea")
    # A review on the books after the day: the one before it counts.
    future = person("Fu", "Ture", tier=Tier.A)
    completed(future, date(2026, 11, 2))
    completed(future, DAY + timedelta(days=20))
    # Falling due this week: quarterly clients last reviewed early in December.
    for day, name in zip((3, 4, 5, 6, 8), ("Ann", "ann", "Åsa", "Bob", "Cy"), strict=True):
        completed(person(name, "Week", tier=Tier.A, advisor="Bea"), date(2026, 12, day))
    booked_next = person("Has", "Booking", tier=Tier.A)
    completed(booked_next, date(2026, 12, 4))
    booked(booked_next, DAY + timedelta(days=2), time(9, 0))
    waited = person("Past", "Booking", tier=Tier.A)
    completed(waited, date(2026, 12, 4))
    booked(waited, DAY - timedelta(days=3))  # waits for an outcome; nothing to come
    called_off = person("Off", "Booking", tier=Tier.A)
    completed(called_off, date(2026, 12, 4))
    booked(called_off, DAY + timedelta(days=1), cancelled_on=DAY - timedelta(days=1))
    # Bookings this week: several at one time of day, some without a time.
    for n, name in enumerate(("Quinn", "peters", "Peters", "Olsen", "Nash")):
        booked(
            person("Slot", name, tier=Tier.C), DAY + timedelta(days=1), time(10, 0), notes=str(n)
        )
    booked(person("Early", "Slot", tier=Tier.C), DAY + timedelta(days=1), time(8, 30))
    booked(person("Any", "Time", tier=Tier.C, advisor="Bea"), DAY + timedelta(days=1))
    booked(person("Next", "Day", tier=Tier.C), DAY + timedelta(days=2))
    # At midnight the day after: PostgreSQL reads the index up to there when the edge of
    # the first rows has no time, and must not take it as one of that day's.
    booked(person("Mid", "Night", tier=Tier.C), DAY + timedelta(days=2), time(0, 0))
    # Archived or not a client: on no list, their bookings counted nowhere.
    gone = person("Gone", "Archived", tier=Tier.B)
    booked(gone, DAY + timedelta(days=1), time(7, 0))
    booked(gone, DAY + timedelta(days=1), time(10, 0))  # in the slot of the five above
    booked(gone, DAY - timedelta(days=9))
    booked(gone, DAY - timedelta(days=1), time(10, 0))  # waits, but archived
    with book.write() as session:
        session.execute(
            update(ContactRow).where(ContactRow.id == gone).values(archived_on=date(2026, 1, 1))
        )
    person("Pro", "Spect", relationship=Relationship.PROSPECT)
    # A tier whose cadence is missing from the table: no cadence, on no list.
    person("No", "Cadence", tier=Tier.C, client_since=date(1999, 1, 1))
    with book.write() as session:
        session.execute(delete(ReviewCadence).where(ReviewCadence.tier == Tier.C.value))


# Every shape of the clients' statement, on both databases (each uses some of them).
SHAPES: dict[str, Callable[[date, int, Advisors], Select[Any]]] = {
    "by ranges": clients_by_ranges,
    "by ranges, as PostgreSQL reads them": partial(clients_by_ranges, postgres=True),
    "listed": clients_listed,
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("scope", [PRACTICE_SCOPE, Scope.of_advisor("Bea")], ids=["all", "Bea"])
def test_close_calls_come_out_in_the_pages_order(book: Book, scope: Scope, shape: str) -> None:
    _book_of_close_calls(book)
    lists = ReviewLists(book)
    today_lists = TodayReviews(book, lists)
    today_lists.clients_query = SHAPES[shape]
    flt = ReviewFilter(scope=scope)
    for day in (DAY, DAY + timedelta(days=1), DAY + timedelta(days=40)):
        overdue = lists.overdue(flt, day)
        due = [e for e in lists.due_soon(6, flt, day) if e.next_scheduled is None]
        booked = lists.upcoming(1, flt, day)
        waiting = lists.needs_outcome(flt, day)
        for shown in (1, 2, 3, 7, 8, 40):
            found = today_lists.read(day, shown, scope)
            assert (found.overdue, found.overdue_total) == (overdue[:shown], len(overdue))
            assert (found.week.due, found.week.due_total) == (due[:shown], len(due))
            assert (found.week.booked, found.week.booked_total) == (booked[:shown], len(booked))
            assert found.week.needs_outcome_total == len(waiting)
    # The close calls are there to be told apart, at the edges of those first rows.
    if scope == PRACTICE_SCOPE:
        found = today_lists.read(DAY, 7, scope)
        assert [e.name for e in found.overdue[-3:]] == ["Nel Never", "Fu Ture", "Bo Clamp"]
        assert [e.name for e in lists.overdue(flt, DAY)[7:]] == [
            "Emile Clamp",  # due 28 February as Bo is: from 30 August, twice a year
            "Fi Fifth",  # five times a year, from 17 December
            "Mo Monthly",  # monthly, from 31 January
            "Zoe Clamp",
            "émile Clamp",
        ]
        assert [e.name for e in found.week.booked] == [
            "Early Slot",
            "Slot Nash",
            "Slot Olsen",
            "Slot peters",
            "Slot Peters",
            "Slot Quinn",
            "Any Time",
        ]


def test_postgresql_reads_the_ranges_once_the_lists_are_long(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statement follows the last read's length (`LONG_LISTS`), and the lists do not
    change with it: the first read is listed, the next ones by ranges once it was long."""
    _book_of_close_calls(book)
    today_lists = TodayReviews(book, ReviewLists(book))
    shapes: list[str] = []
    chosen = today_lists.clients_query

    def noted(*key: Any) -> Any:
        statement = chosen(*key)
        shapes.append("listed" if statement is clients_listed(*key) else "ranges")
        return statement

    today_lists.clients_query = noted
    short = today_lists.read(DAY, 3)
    assert not today_lists.long_lists  # a dozen clients due
    monkeypatch.setattr(today_reviews, "LONG_LISTS", 5)
    assert today_lists.read(DAY, 3) == short  # as before, then known to be long
    assert today_lists.long_lists
    assert today_lists.read(DAY, 3) == short
    later = DAY + timedelta(days=1)
    assert today_lists.read(later, 40) == TodayReviews(book, ReviewLists(book)).read(later, 40)
    first = "ranges" if book.is_sqlite else "listed"
    assert shapes == [first, first, "ranges", "ranges"]
