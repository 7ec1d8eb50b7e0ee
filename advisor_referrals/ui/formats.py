"""Dates, numbers and amounts as the user's locale writes them (QLocale, never strftime)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from advisor_referrals.ui.i18n import tr


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


def short_time(value: time | None) -> str:
    """A time of day as the locale writes it: "2:30 PM", "14:30"."""
    if value is None:
        return ""
    return locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def date_time(value: datetime | None, *, seconds: bool = False) -> str:
    """A stored timestamp (UTC without a zone) in the user's local time: the locale's
    short date (whole year) and short time, with the seconds when asked (the audit log)."""
    if value is None:
        return ""
    utc = QDateTime(
        to_qdate(value.date()),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return local_date_time(utc.toLocalTime(), seconds=seconds)


def local_date_time(value: QDateTime | datetime, *, seconds: bool = False) -> str:
    """A moment already in local time (a file's modification time, say)."""
    if isinstance(value, datetime):
        value = QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))
    here = locale()
    time_format = here.timeFormat(
        QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    )
    if seconds:  # the long format names the zone ("2:30:05 PM EST"): the time alone
        time_format = time_format.replace("t", "").strip()
    return here.toString(value, f"{date_hint()} {time_format}")


def count(value: int) -> str:
    return locale().toString(value)


def no_data() -> str:
    """A figure whose denominator is empty (docs/design.md, "Metrics"): never 0."""
    return tr("Formats", "no data")


def share(value: float | None, decimals: int = 1) -> str:
    """A share from 0 to 1 as a percentage: 0.123 -> "12.3%"."""
    return no_data() if value is None else percent(100 * value, decimals)


def signed(value: float | None, decimals: int = 1) -> str:
    """A score with its sign: "+36.7", "-4.0" (Net Promoter Score)."""
    if value is None:
        return no_data()
    here = locale()
    text = here.toString(abs(float(value)), "f", decimals)
    sign = here.positiveSign() if value > 0 else here.negativeSign() if value < 0 else ""
    return sign + text


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
    """The locale's short date pattern with the whole year, e.g. "M/d/yyyy": how every
    date field shows its date (QDateEdit's display format)."""
    return _four_digit_year(locale().dateFormat(QLocale.FormatType.ShortFormat))


def date_example() -> str:
    """A date written as the locale writes dates, for a date field's placeholder: the 31st
    of March shows which number is the day and which the month ("3/31/2026")."""
    return short_date(date(date.today().year, 3, 31))
