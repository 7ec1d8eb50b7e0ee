"""The small referral book with more of a day's work: for the daily-lists UI tests and the
screenshots of the Today lists, the thank-you dialog and the review outcomes."""

from __future__ import annotations

from datetime import date, time, timedelta

from advisor_referrals.domain.enums import Tier
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from tests.support.referral_book import SmallBook, fill_small_book
from tests.support.referrals import client, prospect, referral, review

LONG_NAME = "Maximiliana Alexandrovna Wolfeschlegelsteinhausen-Bergerdorff"


class Daily:
    """The small referral book, and more: a dozen overdue follow-ups (more than a Today
    list shows), a long name, and bookings past, present and coming."""

    def __init__(self, book: Book, today: date | None = None) -> None:
        self.today = today or date.today()
        self.small: SmallBook = fill_small_book(book, self.today)
        friend = client(book, "Fiona", "Lane", email="fiona@example.com")
        self.late = [
            referral(book, friend, prospect(book, f"Late{n:02d}", "Person"), self.ago(4 + n)).id
            for n in range(11)
        ]
        self.long = referral(
            book,
            friend,
            prospect(book, "Maximiliana", "Alexandrovna Wolfeschlegelsteinhausen-Bergerdorff"),
            self.ago(1),
        ).id
        reviews = ReviewService(book)
        due_a = client(book, "Dora", "Booked", tier=Tier.A)
        due_b = client(book, "Ezra", "Early", tier=Tier.A)
        due_c = client(book, "Gwen", "Gone", tier=Tier.A)
        # Four reviews a year: reviewed 88 days ago, due again in a few days, not booked.
        review(book, client(book, "Hana", "Soon", tier=Tier.A), self.ago(88))
        self.today_booking = reviews.schedule(due_a.id, self.today, time(9))
        self.later_booking = reviews.schedule(due_b.id, self.today + timedelta(days=2))
        self.past = [
            reviews.schedule(due_c.id, self.ago(3)),
            reviews.schedule(due_b.id, self.ago(10)),
        ]

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)
