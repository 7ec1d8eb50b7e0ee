"""The columns a book's big tables are written with, in the order of each row's values:
one list per table for the book file's loader and the demo generator alike."""

from __future__ import annotations

from advisor_referrals.storage.rows import compensation_columns

TRIGGER_COLUMNS = (
    "id",
    "contact_id",
    "kind_id",
    "occurred_on",
    "referral_conversation",
    "notes",
)
REFERRAL_COLUMNS = (
    "id",
    "referrer_id",
    "referred_id",
    "received_on",
    "status",
    "channel",
    "first_contacted_on",
    "thanked_on",
    "thanked_by",
    "converted_on",
    "trigger_id",
    "notes",
    *compensation_columns(None),
    "program_id",
    "why_refer",
    "why_refer_notes",
    "how_heard",
    "kit_code",
    "minutes",
)
MOVE_COLUMNS = (
    "id",
    "referral_id",
    "from_status",
    "to_status",
    "changed_on",
    "changed_at",
    "user",
)
ASK_COLUMNS = (
    "id",
    "contact_id",
    "asked_on",
    "method",
    "outcome",
    "referral_id",
    "notes",
    "minutes",
)
REVIEW_COLUMNS = (
    "id",
    "contact_id",
    "scheduled_for",
    "scheduled_time",
    "kind",
    "completed_on",
    "nps",
    "feedback_requested",
    "referral_conversation",
    "notes",
    "cancelled_on",
    "missed",
    "rescheduled_from_id",
)
