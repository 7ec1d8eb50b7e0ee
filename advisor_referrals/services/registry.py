"""The services of one open book, built once at start-up and handed out by the UI wiring.

Widgets receive the one or two services they use, never this whole object.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor_referrals.services.audit_log import AuditLog
from advisor_referrals.services.book_safety import BookSafety
from advisor_referrals.services.contact_table import ContactTable
from advisor_referrals.services.contacts import ContactService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book


@dataclass
class BookServices:
    book: Book
    contacts: ContactService
    contact_table: ContactTable
    settings: SettingsService
    audit_log: AuditLog
    safety: BookSafety

    @classmethod
    def for_book(cls, book: Book) -> BookServices:
        return cls(
            book=book,
            contacts=ContactService(book),
            contact_table=ContactTable(book),
            settings=SettingsService(book),
            audit_log=AuditLog(book),
            safety=BookSafety(book),
        )
