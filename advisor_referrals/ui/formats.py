"""Dates, numbers and amounts as the user's locale writes them (QLocale, never strftime)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def locale() -> QLocale:
    return QLocale()


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def short_date(value: date | None) -> str:
    """The locale's short date with the whole year (no 1930/2030 doubt), e.g. 3/31/2026."""
    if value is None:
        return ""
    return locale().toString(to_qdate(value), date_hint())


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return locale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def medium_date(value: date | None) -> str:
    """The long format without the weekday: "November 30, 2014", "30. November 2014"."""
    if value is None:
        return ""
    pattern = re.sub(r"d{4}\W*", "", locale().dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale().toString(to_qdate(value), pattern or date_hint())


def date_time(value: datetime | None) -> str:
    """A stored timestamp (UTC without a zone) in the user's local time."""
    if value is None:
        return ""
    utc = QDateTime(
        to_qdate(value.date()),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return locale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


def count(value: int) -> str:
    return locale().toString(value)


def percent(value: float, decimals: int = 0) -> str:
    """A number of percent ("12.5%"), its digits as the locale writes them."""
    return locale().toString(float(value), "f", decimals) + "%"


def money(value: Decimal, currency: str = "USD") -> str:
    return locale().toCurrencyString(float(value), _symbol(currency))


def _symbol(currency: str) -> str:
    # The locale's own symbol when the amount is in its currency, else the ISO code.
    here = locale()
    if here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return currency + " "


def parse_date(text: str) -> date | None:
    """A date typed in the locale's short or long format, or as ISO YYYY-MM-DD.

    Raises ValueError when the text is not empty and is not a date.
    """
    text = text.strip()
    if not text:
        return None
    here = locale()
    two_digit_base = date.today().year - 80  # "3/4/61" is 1961, "3/4/30" is 2030
    for candidate in (
        here.toDate(text, date_hint()),
        QDate.fromString(text, "yyyy-MM-dd"),
        here.toDate(text, QLocale.FormatType.LongFormat),
        here.toDate(text, here.dateFormat(QLocale.FormatType.ShortFormat), two_digit_base),
    ):
        if candidate.isValid():
            return from_qdate(candidate)
    raise ValueError(text)


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_hint() -> str:
    """How to type a date here, e.g. "M/d/yyyy", for placeholders and messages."""
    return _four_digit_year(locale().dateFormat(QLocale.FormatType.ShortFormat))
