"""The Today view's review lists are the Reviews page's lists cut short: the same first
rows in the same order, and the same totals, on a demo book and on both backends."""

from __future__ import annotations

from datetime import date, timedelta

from advisor_referrals.domain.enums import Tier
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.reviews.review_lists import ReviewLists
from advisor_referrals.services.reviews.today_reviews import TodayReviews
from advisor_referrals.storage.book import Book
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
