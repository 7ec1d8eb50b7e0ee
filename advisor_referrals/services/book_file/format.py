"""The book file (docs/design.md, "Contracts"): its name, version, sections and the fields of each record.

The tuples give the order fields are written in, so an export is stable byte for byte.
Sections and fields beyond the DESIGN example are optional extras that keep a
whole book intact across export and import (archived contacts, review details,
referral history, outbound referrals, kit history, asks, book settings).
"""

from __future__ import annotations

FORMAT = "advisor-referrals-book"
VERSION = 1

SECTIONS: tuple[str, ...] = (
    "format",
    "version",
    "advisor",
    "trigger_kinds",
    "review_cadence",
    "households",
    "contacts",
    "triggers",
    "referrals",
    "reviews",
    "outbound_referrals",
    "kit_history",
    "asks",
    "settings",
)
LIST_SECTIONS: tuple[str, ...] = (
    "trigger_kinds",
    "households",
    "contacts",
    "triggers",
    "referrals",
    "reviews",
    "outbound_referrals",
    "kit_history",
    "asks",
)
OBJECT_SECTIONS: tuple[str, ...] = ("advisor", "review_cadence", "settings")

TRIGGER_KIND_FIELDS = ("key", "label", "talking_point", "active")
# Newer files: {"fr": {"label": ..., "talking_point": ...}}, the wording per language.
TRIGGER_KIND_TEXTS = "texts"
HOUSEHOLD_FIELDS = ("name", "notes")
CONTACT_FIELDS = (
    "key",
    "first_name",
    "last_name",
    "preferred_name",
    "relationship",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "household",
    "advisor",  # newer files only: older ones simply lack it
    "segment",
    "tier",
    "client_since",
    "has_written_plan",
    "do_not_ask",
    "tags",
    "notes",
    "reviews_per_year",
    "preferred_language",  # newer files only: older ones simply lack it
    "archived_on",
)
TRIGGER_FIELDS = ("key", "contact", "kind", "occurred_on", "referral_conversation", "notes")
REFERRAL_FIELDS = (
    "key",
    "referrer",
    "referred",
    "received_on",
    "status",
    "channel",
    "first_contacted_on",
    "thanked_on",
    "thanked_by",
    "converted_on",
    "trigger",
    "notes",
    "compensation",
    "status_history",
)
COMPENSATION_FIELDS = ("kind", "value", "currency", "agreement_on_file", "disclosure_delivered_on")
STATUS_CHANGE_FIELDS = ("from", "to", "changed_on", "changed_at", "user")
REVIEW_FIELDS = (
    "key",
    "contact",
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
    "rescheduled_from",
)
OUTBOUND_FIELDS = ("coi", "contact", "sent_on", "notes")
KIT_FIELDS = ("contact", "generated_at", "generated_by", "page_size", "pages", "file_name")
ASK_FIELDS = ("contact", "asked_on", "method", "outcome", "referral", "notes")

# Key prefixes an export uses; an imported file may use any text as keys.
KEY_PREFIX = {"contacts": "c", "triggers": "t", "referrals": "r", "reviews": "v"}

# Column limits of the schema that the domain validators do not already check.
PHONE_MAX = 40
KIND_KEY_MAX = 40
KIND_LABEL_MAX = 100
USER_MAX = 100
PAGE_SIZE_MAX = 10
FILE_NAME_MAX = 500
SETTING_KEY_MAX = 100
KIT_PAGES_MAX = 10_000
