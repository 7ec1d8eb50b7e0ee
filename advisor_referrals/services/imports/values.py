"""Reading single values out of imported files: text, dates, times, money.

Shared by the book file (JSON) and the contacts file (CSV) so both describe the
same mistake the same way: the value, and what is allowed instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from advisor_referrals.domain.contacts import EARLIEST_DATE, LATEST_DATE

# NUL cannot be stored by PostgreSQL and lone surrogates cannot be encoded at all.
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
find_bad_chars = _BAD_CHARS.search
# Nor is any other control character (C0, C1) kept, apart from tab and line breaks, which
# multi-line text may hold (docs/design.md, "Safety"); one-line fields refuse those too.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
find_unstorable = _UNSTORABLE.search
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CLOCK = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?")

DATE_RULE = "a date written YYYY-MM-DD, such as 2026-07-03"
TIME_RULE = "a time of day written HH:MM or HH:MM:SS, such as 09:30"
MOMENT_RULE = "a date and time written YYYY-MM-DDTHH:MM:SS, such as 2026-07-03T09:30:00"
MONEY_RULE = 'an amount with at most two decimal places, written as text such as "50.00"'
BAD_CHARS_RULE = "contains a NUL or an invalid (unpaired surrogate) character; remove it"
SHOWN_MAX = 200
CENTS = Decimal(100)


def has_bad_chars(text: str) -> bool:
    return _BAD_CHARS.search(text) is not None


def unstorable_rule(text: str) -> str | None:
    """Why text with a control or broken character cannot be kept, or None when it can."""
    if has_bad_chars(text):
        return BAD_CHARS_RULE
    if (found := _UNSTORABLE.search(text)) is not None:
        return f"contains a control character (U+{ord(found.group()):04X}); remove it"
    return None


def shown(value: object) -> str | None:
    """A value as a problem report shows it: text, clipped so a huge field stays readable."""
    if value is None:
        return None
    text = value if isinstance(value, str) else repr(value)
    if has_bad_chars(text):
        text = _BAD_CHARS.sub("\ufffd", text)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def parse_iso_date(text: str) -> date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    if not _CLOCK.fullmatch(text):
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        return None


def parse_moment(text: str) -> datetime | None:
    if not _MOMENT.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def moment_in_range(value: datetime) -> bool:
    return EARLIEST_DATE <= value.date() <= LATEST_DATE


def format_money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def cents_of(value: Decimal) -> int:
    return int((value * CENTS).to_integral_value())
