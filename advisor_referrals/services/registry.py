"""The services of one open book, built once at start-up and handed out by the UI wiring.

Widgets receive the one or two services they use, never this whole object.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor_referrals.services.audit_log import AuditLog
from advisor_referrals.services.book_safety import BookSafety
from advisor_referrals.services.calendar_export import CalendarExport
from advisor_referrals.services.contact_table import ContactTable
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.services.engagement import EngagementService
from advisor_referrals.services.kits import KitService
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
    kits: KitService
    audit_log: AuditLog
    safety: BookSafety

    @classmethod
    def for_book(cls, book: Book) -> BookServices:
        contacts = ContactService(book)
        settings = SettingsService(book)
        review_lists = ReviewLists(book)
        return cls(
            book=book,
            contacts=contacts,
            contact_table=ContactTable(book),
            settings=settings,
            reviews=ReviewService(book),
            review_cadence=CadenceService(book),
            review_lists=review_lists,
            engagement=EngagementService(book, contacts),
            calendar_export=CalendarExport(book, settings, review_lists),
            metrics=MetricsService(book),
            kits=KitService(book),
            audit_log=AuditLog(book),
            safety=BookSafety(book),
        )
