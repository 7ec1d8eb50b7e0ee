"""The services of one open book, built once at start-up and handed out by the UI wiring.

Widgets receive the one or two services they use, never this whole object.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor_referrals.services.calendar_export import CalendarExport
from advisor_referrals.services.contact_table import ContactTable
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.services.engagement import EngagementService
from advisor_referrals.services.metrics import MetricsService
from advisor_referrals.services.review_cadence import CadenceService
from advisor_referrals.services.review_lists import ReviewLists
from advisor_referrals.services.reviews import ReviewService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book


@dataclass
class BookServices:
    book: Book
    contacts: ContactService
    contact_table: ContactTable
    settings: SettingsService
    reviews: ReviewService
    review_cadence: CadenceService
    review_lists: ReviewLists
    engagement: EngagementService
    calendar_export: CalendarExport
    metrics: MetricsService

    @classmethod
    def for_book(cls, book: Book) -> BookServices:
        return cls(
            book=book,
            contacts=ContactService(book),
            contact_table=ContactTable(book),
            settings=SettingsService(book),
            reviews=ReviewService(book),
            review_cadence=CadenceService(book),
            review_lists=ReviewLists(book),
            engagement=EngagementService(book, ContactService(book)),
            calendar_export=CalendarExport(book, SettingsService(book), ReviewLists(book)),
            metrics=MetricsService(book),
        )
