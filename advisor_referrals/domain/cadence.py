"""Review cadence: when a client's next portfolio review falls due.

The rule, in one place (the SQL filters are built from these functions):

* A client's cadence is their own `reviews_per_year` when set, else their tier's
  entry in the cadence table (defaults A 4, B 2, C 1). No tier and no override:
  no cadence, so never due.
* The next review is due one interval after the last completed review:
  - when n divides 12 (1, 2, 3, 4, 6, 12 a year) the interval is 12/n calendar
    months, and a day that does not exist in the target month is clamped to that
    month's last day (30 Nov + 3 months = 28 Feb, or 29 Feb in a leap year;
    29 Feb + 12 months = 28 Feb);
  - otherwise (5, 7, 8, 9, 10, 11 a year) a month count would drift (12/5 = 2.4
    months), so the interval is round(365.25 / n) days: 5 -> 73, 7 -> 52,
    8 -> 46, 9 -> 41, 10 -> 37, 11 -> 33 days. That keeps n reviews a year on
    average and needs no month arithmetic.
* A client never reviewed is due now: they are listed as overdue (ahead of the
  late ones, since no review at all is the furthest behind a cadence can be).
* Overdue means the due date is before today; "due" means it falls today or
  within the coming days asked for.
* The evidence window for coverage and engagement is the last 365 days,
  (today - 365 days, today], as in the quarterly metrics of docs/design.md.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

MIN_PER_YEAR = 1
MAX_PER_YEAR = 12
DAYS_PER_YEAR = 365.25
WINDOW_DAYS = 365
CADENCE_RANGE = range(MIN_PER_YEAR, MAX_PER_YEAR + 1)


@dataclass(frozen=True)
class Interval:
    """The time between two reviews: whole calendar months or, failing that, days."""

    months: int = 0
    days: int = 0

    def after(self, day: date) -> date:
        return add_months(day, self.months) if self.months else day + timedelta(days=self.days)

    def describe(self) -> str:
        if self.months:
            return "every month" if self.months == 1 else f"every {self.months} months"
        return f"every {self.days} days"


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later (or earlier), clamped to the month's end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def interval(per_year: int) -> Interval:
    """The interval between reviews for a cadence of `per_year` reviews a year (1 to 12)."""
    if per_year not in CADENCE_RANGE:
        raise ValueError(f"a cadence is {MIN_PER_YEAR} to {MAX_PER_YEAR} reviews a year")
    if MAX_PER_YEAR % per_year == 0:
        return Interval(months=MAX_PER_YEAR // per_year)
    return Interval(days=round(DAYS_PER_YEAR / per_year))


@cache
def interval_days(per_year: int) -> tuple[int, int]:
    """The fewest and the most days from a last review to the next due date: months
    differ in length (an interval of one month is 28 to 31 days), days do not. Found by
    trying every day of four years, a leap year among them: the lengths of the months
    an interval spans repeat with them."""
    step = interval(per_year)
    if not step.months:
        return step.days, step.days
    spans = []
    for offset in range(4 * 366):
        day = date(2000, 1, 1) + timedelta(days=offset)
        spans.append((step.after(day) - day).days)
    return min(spans), max(spans)


def next_due(last_completed: date | None, per_year: int) -> date | None:
    """When the next review is due; None means now (never reviewed)."""
    if last_completed is None:
        return None
    return interval(per_year).after(last_completed)


def latest_last_review_due_by(day: date, per_year: int) -> date:
    """The latest last-review date whose next review is due on or before `day`.

    Because `next_due` never decreases as the last review gets later, "due on or
    before day" is the same as "last review on or before this date". The SQL
    filters compare the stored last review with this date (one per cadence), so
    the database and `next_due` cannot disagree.
    """
    step = interval(per_year)
    if not step.months:
        return day - timedelta(days=step.days)
    candidate = add_months(day, -step.months)
    # Clamping makes several last days of a month land on one due date: take the latest.
    while step.after(candidate + timedelta(days=1)) <= day:
        candidate += timedelta(days=1)
    return candidate


def effective_cadence(
    override: int | None, tier: str | None, table: Mapping[str, int]
) -> int | None:
    """A contact's own reviews a year, else their tier's; None when neither is set."""
    if override is not None:
        return override
    if tier is None:
        return None
    return table.get(str(tier))


def days_late(due: date | None, today: date) -> int | None:
    """How many days past due (0 or less: not late); None when never reviewed."""
    return None if due is None else (today - due).days


def window_start(today: date) -> date:
    """The day before the evidence window: reviews after it and up to today count."""
    return today - timedelta(days=WINDOW_DAYS)


def is_overdue(last_completed: date | None, per_year: int, today: date) -> bool:
    due = next_due(last_completed, per_year)
    return due is None or due < today


def cadence_problem(per_year: object) -> str | None:
    if not isinstance(per_year, int) or isinstance(per_year, bool) or per_year not in CADENCE_RANGE:
        return f"a whole number of reviews a year from {MIN_PER_YEAR} to {MAX_PER_YEAR}"
    return None
