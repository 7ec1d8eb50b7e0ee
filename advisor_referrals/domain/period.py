"""The span of days a set of metrics covers: a quarter, a quarter to date, or the last year.

Both ends are inclusive. The metric definitions of docs/design.md, "Metrics" are written for a
quarter; they read the same for any period, so the Today tiles (quarter to date) and the
Referrals page (last 12 months) use them unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from advisor_referrals.domain.quarter import Quarter

YEAR_DAYS = 365


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str

    @classmethod
    def of_quarter(cls, quarter: Quarter) -> Period:
        return cls(quarter.start, quarter.end, str(quarter))

    @classmethod
    def quarter_as_of(cls, quarter: Quarter, today: date) -> Period:
        """A quarter as it stands on `today`: whole once complete; while it is still running,
        from its first day to today ("to date"), so nothing after today counts as missed."""
        if quarter.is_complete_on(today):
            return cls.of_quarter(quarter)
        return cls(quarter.start, today, f"{quarter} to date")

    @classmethod
    def quarter_to_date(cls, today: date) -> Period:
        return cls.quarter_as_of(Quarter.containing(today), today)

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        return cls(today - timedelta(days=YEAR_DAYS - 1), today, "Last 12 months")

    @property
    def year_ago(self) -> date:
        """The exclusive lower bound of the 365-day window (end - 365 days, end]."""
        return self.end - timedelta(days=YEAR_DAYS)

    def months(self) -> list[tuple[date, date]]:
        """The calendar months the period touches, each clipped to the period."""
        spans: list[tuple[date, date]] = []
        first = self.start.replace(day=1)
        while first <= self.end:
            following = (first + timedelta(days=32)).replace(day=1)
            spans.append((max(first, self.start), min(following - timedelta(days=1), self.end)))
            first = following
        return spans

    def __str__(self) -> str:
        return self.label
