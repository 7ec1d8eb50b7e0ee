"""Contacts: the people in an advisor's book, and the rules their fields follow."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from advisor_referrals.domain.enums import Relationship, Segment, Tier, allowed
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.folding import digits_of
from advisor_referrals.domain.languages import language_problem, normalise_language
from advisor_referrals.domain.names import full_name, greeting_name
from advisor_referrals.domain.text_rules import any_unstorable, text_problem, text_problems

NAME_MAX = 100
TEXT_MAX = 200
NOTES_MAX = 20_000
TAG_MAX = 50
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# Fields that hold one line of text (notes may hold several).
ONE_LINE_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "household",
)

_one_line_values = attrgetter(*ONE_LINE_FIELDS)
# One-line fields with a length limit, in the order their problems are listed: names
# (NAME_MAX), then places and the household (TEXT_MAX).
_NAME_LIMITED = ("first_name", "last_name", "preferred_name", "profession")
_LIMITED = (*_NAME_LIMITED, "city", "region", "country", "household")
_limited_values = attrgetter(*_LIMITED)

_EMAIL = re.compile(r"^[^@\s<>,;\"']+@[^@\s<>,;\"']+\.[^@\s<>,;\"'.][^@\s<>,;\"']*$")
_PHONE_CHARS = re.compile(r"^[0-9+\-().\s/]*(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class ContactFields:
    """What a person can type about a contact."""

    first_name: str
    last_name: str
    preferred_name: str | None = None
    relationship: Relationship = Relationship.PROSPECT
    profession: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    household: str | None = None
    # The advisor of record (docs/design.md, "A practice"): a member's role name in a
    # practice, any advisor's name on SQLite; None when the contact is no one's.
    advisor: str | None = None
    segment: Segment = Segment.UNKNOWN
    tier: Tier | None = None
    client_since: date | None = None
    has_written_plan: bool = False
    do_not_ask: bool = False
    tags: tuple[str, ...] = ()
    notes: str = ""
    reviews_per_year: int | None = None
    preferred_language: str | None = None

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def display_name(self) -> str:
        """The name to greet someone by: their preferred name if they gave one."""
        return greeting_name(self.preferred_name, self.first_name, self.last_name)

    def edited(self, **changes: Any) -> ContactFields:
        return replace(self, **changes)


CONTACT_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ContactFields))


@dataclass(frozen=True, kw_only=True)
class Contact(ContactFields):
    """A contact as stored: its fields plus identity and bookkeeping."""

    id: int
    version: int = 1
    archived_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def as_fields(self) -> ContactFields:
        return ContactFields(**{name: getattr(self, name) for name in CONTACT_FIELD_NAMES})

    @property
    def is_archived(self) -> bool:
        return self.archived_on is not None


def normalise_tags(tags: Any) -> tuple[str, ...]:
    """Tags as a sorted tuple without blanks or case-insensitive duplicates."""
    if isinstance(tags, str):
        tags = tags.split(";")
    seen: dict[str, str] = {}
    for tag in tags or ():
        text = " ".join(str(tag).split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(sorted(seen.values(), key=str.casefold))


def clean_text(value: str | None) -> str | None:
    """Trim surrounding white space; empty text means absent."""
    if value is None:
        return None
    text = value.strip()
    return text or None


def normalise_contact(contact: ContactFields) -> ContactFields:
    """Trimmed text, blanks as absent, tags de-duplicated: the form every layer stores."""
    optional = (
        "preferred_name",
        "profession",
        "email",
        "phone",
        "city",
        "region",
        "country",
        "advisor",
    )
    changes: dict[str, Any] = {name: clean_text(getattr(contact, name)) for name in optional}
    changes["household"] = " ".join((contact.household or "").split()) or None
    changes["first_name"] = (contact.first_name or "").strip()
    changes["last_name"] = (contact.last_name or "").strip()
    changes["tags"] = normalise_tags(contact.tags)
    changes["notes"] = contact.notes or ""
    changes["preferred_language"] = normalise_language(contact.preferred_language)
    return replace(contact, **changes)


def email_problem(email: str) -> str | None:
    if len(email) > 254:
        return "an email address has at most 254 characters"
    if not _EMAIL.match(email):
        return "not an email address; write it like name@example.com"
    return None


def phone_problem(phone: str) -> str | None:
    if not _PHONE_CHARS.match(phone):
        return "a phone number may hold digits, spaces, + - ( ) . / and an extension like x123"
    count = len(digits_of(phone.lower().split("x")[0].split("ext")[0]))
    if count < 5 or count > 17:
        return "a phone number has between 5 and 17 digits"
    return None


def date_problem(value: date) -> str | None:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return f"dates must fall between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
    return None


def validate_contact(contact: ContactFields, where: str = "") -> list[Problem]:
    """Every problem with a contact's fields at once, so a form or an import can show them all."""
    problems: list[Problem] = []

    def bad(field: str, value: object, message: str) -> None:
        problems.append(Problem(where, field, None if value is None else str(value), message))

    if not (contact.first_name or "").strip() and not (contact.last_name or "").strip():
        bad("last_name", "", "a contact needs a first or a last name")
    one_line = _one_line_values(contact) + contact.tags
    if any_unstorable(one_line):
        named = dict(zip(ONE_LINE_FIELDS, one_line, strict=False))
        named.update({f"tags[{i}]": tag for i, tag in enumerate(contact.tags)})
        for name, rule in text_problems(named):
            bad(name.split("[")[0], named[name], rule)
    if contact.notes and (notes_rule := text_problem(contact.notes, multiline=True)):
        bad("notes", contact.notes, notes_rule)
    # All one-line texts together within the shorter limit: none of them is over either
    # (what nearly every contact of a 100,000-row import is spared checking one by one).
    if sum(map(len, filter(None, one_line))) > NAME_MAX:
        for name, value in zip(_LIMITED, _limited_values(contact), strict=True):
            limit = NAME_MAX if name in _NAME_LIMITED else TEXT_MAX
            if value and len(value) > limit:
                bad(name, value, f"at most {limit} characters")
    if contact.advisor and len(contact.advisor) > NAME_MAX:
        bad("advisor", contact.advisor, f"at most {NAME_MAX} characters")
    if not isinstance(contact.relationship, Relationship):
        bad("relationship", contact.relationship, f"allowed: {allowed(Relationship)}")
    if not isinstance(contact.segment, Segment):
        bad("segment", contact.segment, f"allowed: {allowed(Segment)}")
    if contact.tier is not None and not isinstance(contact.tier, Tier):
        bad("tier", contact.tier, f"allowed: {allowed(Tier)} or empty")
    if contact.email and (message := email_problem(contact.email)):
        bad("email", contact.email, message)
    if contact.phone and (message := phone_problem(contact.phone)):
        bad("phone", contact.phone, message)
    if contact.client_since is not None and (message := date_problem(contact.client_since)):
        bad("client_since", contact.client_since.isoformat(), message)
    if len(contact.notes or "") > NOTES_MAX:
        bad(
            "notes",
            f"{len(contact.notes)} characters",
            f"notes hold at most {NOTES_MAX} characters",
        )
    for tag in contact.tags:
        if len(tag) > TAG_MAX:
            bad("tags", tag, f"a tag has at most {TAG_MAX} characters")
        if ";" in tag:
            bad("tags", tag, "a tag cannot contain ';' (it separates tags)")
    if contact.preferred_language and (message := language_problem(contact.preferred_language)):
        bad("preferred_language", contact.preferred_language, message)
    if contact.reviews_per_year is not None and not 1 <= contact.reviews_per_year <= 12:
        bad(
            "reviews_per_year",
            contact.reviews_per_year,
            "between 1 and 12 reviews a year, or empty",
        )
    return problems
