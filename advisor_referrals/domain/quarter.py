"""Calendar quarters as the reports use them: both ends inclusive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from advisor_referrals.domain.contacts import EARLIEST_DATE, LATEST_DATE
from advisor_referrals.domain.errors import BookError

# The years every date of the book falls in.
FIRST_YEAR = EARLIEST_DATE.year
LAST_YEAR = LATEST_DATE.year
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text)
        if not match:
            raise BookError(f"quarter {text!r} is not understood; write it like 2026Q3 (Q1 to Q4)")
        year = int(match.group(1))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise BookError(
                f"quarter {text.strip()!r}: the year must be from {FIRST_YEAR} to {LAST_YEAR}, "
                "as for every date in the book"
            )
        return cls(year, int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def last_complete(cls, today: date) -> Quarter:
        return cls.containing(today).previous()

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        return self.next().start - timedelta(days=1)

    def is_complete_on(self, today: date) -> bool:
        """A quarter is complete once its last day has passed; until then it is running."""
        return today > self.end

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def months(self) -> tuple[date, date, date]:
        first = 3 * self.number - 2
        return (
            date(self.year, first, 1),
            date(self.year, first + 1, 1),
            date(self.year, first + 2, 1),
        )

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"
