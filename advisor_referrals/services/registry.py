"""The services of one open book, built once at start-up and handed out by the UI wiring.

Widgets receive the one or two services they use, never this whole object.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor_referrals.services.ask_list import AskListService
from advisor_referrals.services.audit_log import AuditLog
from advisor_referrals.services.book_safety import BookSafety
from advisor_referrals.services.calendar_export import CalendarExport
from advisor_referrals.services.coi import CoiService
from advisor_referrals.services.compliance import ComplianceService
from advisor_referrals.services.contact_table import ContactTable
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.services.engagement import EngagementService
from advisor_referrals.services.kits import KitService
from advisor_referrals.services.metrics import MetricsService
from advisor_referrals.services.referral_table import ReferralTable
from advisor_referrals.services.referrals import ReferralService
from advisor_referrals.services.review_cadence import CadenceService
from advisor_referrals.services.review_lists import ReviewLists
from advisor_referrals.services.reviews import ReviewService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.services.thank_you import ThankYouService
from advisor_referrals.services.timeline import TimelineService
from advisor_referrals.services.trigger_kinds import TriggerKindService
from advisor_referrals.services.triggers import TriggerService
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
    triggers: TriggerService
    trigger_kinds: TriggerKindService
    referrals: ReferralService
    referral_table: ReferralTable
    ask_list: AskListService
    coi: CoiService
    compliance: ComplianceService
    thank_you: ThankYouService
    audit_log: AuditLog
    safety: BookSafety
    timeline: TimelineService

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
            triggers=TriggerService(book),
            trigger_kinds=TriggerKindService(book),
            referrals=ReferralService(book),
            referral_table=ReferralTable(book),
            ask_list=AskListService(book, settings),
            coi=CoiService(book),
            compliance=ComplianceService(book),
            thank_you=ThankYouService(book, settings),
            audit_log=AuditLog(book),
            safety=BookSafety(book),
            timeline=TimelineService(book),
        )
