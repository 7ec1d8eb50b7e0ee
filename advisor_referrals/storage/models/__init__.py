"""The book's tables as SQLAlchemy 2.x typed models, one module per part of the book.

Rules that protect the data live in the schema too (checks, foreign keys), so a
bug above this layer or a hand edit cannot store a book that breaks them.
Money is stored in cents: SQLite has no exact decimal type. Every module is imported
here so that the metadata is whole whichever model a caller names first.
"""

from advisor_referrals.storage.models.asks import AskRow
from advisor_referrals.storage.models.audit import AuditRow
from advisor_referrals.storage.models.base import NAMING, Base, now, one_of
from advisor_referrals.storage.models.contacts import (
    LISTING_INDEXES,
    ContactRow,
    Household,
    TagRow,
    contact_tags,
    name_order,
)
from advisor_referrals.storage.models.imports import ImportBatchRow, ImportBatchUpdateRow
from advisor_referrals.storage.models.kind_texts import TriggerKindTextRow
from advisor_referrals.storage.models.kits import KitHistoryRow
from advisor_referrals.storage.models.practice import (
    ComplianceNoteRow,
    MemberAdvisorRow,
    MemberRow,
    PracticeRow,
    TaskRow,
)
from advisor_referrals.storage.models.referrals import (
    OutboundReferralRow,
    ReferralRow,
    ReferralStatusChangeRow,
)
from advisor_referrals.storage.models.reviews import ReviewCadence, ReviewRow
from advisor_referrals.storage.models.settings import Setting
from advisor_referrals.storage.models.triggers import TriggerKindRow, TriggerRow

__all__ = [
    "LISTING_INDEXES",
    "NAMING",
    "AskRow",
    "AuditRow",
    "Base",
    "ComplianceNoteRow",
    "ContactRow",
    "Household",
    "ImportBatchRow",
    "ImportBatchUpdateRow",
    "KitHistoryRow",
    "MemberAdvisorRow",
    "MemberRow",
    "OutboundReferralRow",
    "PracticeRow",
    "ReferralRow",
    "ReferralStatusChangeRow",
    "ReviewCadence",
    "ReviewRow",
    "Setting",
    "TagRow",
    "TaskRow",
    "TriggerKindRow",
    "TriggerKindTextRow",
    "TriggerRow",
    "contact_tags",
    "name_order",
    "now",
    "one_of",
]
