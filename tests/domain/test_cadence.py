"""Cadence arithmetic: month ends clamp, leap years, cadences that do not divide 12, overrides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_referrals.domain.cadence import (
    Interval,
    add_months,
    cadence_problem,
    days_late,
    effective_cadence,
    interval,
    is_overdue,
    latest_last_review_due_by,
    next_due,
)

DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
CADENCES = st.integers(min_value=1, max_value=12)


@pytest.mark.parametrize(
    ("last", "per_year", "due"),
    [
        (date(2025, 11, 30), 4, date(2026, 2, 28)),  # month end clamps
        (date(2023, 11, 30), 4, date(2024, 2, 29)),  # ... to the 29th in a leap year
        (date(2024, 2, 29), 1, date(2025, 2, 28)),  # leap day + a year
        (date(2028, 2, 29), 1, date(2029, 2, 28)),
        (date(2024, 2, 29), 4, date(2024, 5, 29)),
        (date(2026, 8, 31), 2, date(2027, 2, 28)),
        (date(2026, 1, 31), 12, date(2026, 2, 28)),
        (date(2026, 3, 31), 12, date(2026, 4, 30)),
        (date(2026, 12, 15), 6, date(2027, 2, 15)),  # across a year end
        (date(2026, 7, 15), 3, date(2026, 11, 15)),
    ],
)
def test_whole_month_cadences_add_calendar_months(last: date, per_year: int, due: date) -> None:
    assert next_due(last, per_year) == due


def test_cadences_that_do_not_divide_twelve_use_days() -> None:
    assert [interval(n) for n in (5, 7, 8, 9, 10, 11)] == [
        Interval(days=73),
        Interval(days=52),
        Interval(days=46),
        Interval(days=41),
        Interval(days=37),
        Interval(days=33),
    ]
    assert next_due(date(2026, 1, 1), 5) == date(2026, 3, 15)
    assert interval(4) == Interval(months=3)
    assert interval(4).describe() == "every 3 months"
    assert interval(5).describe() == "every 73 days"


def test_never_reviewed_is_due_now_and_overdue() -> None:
    assert next_due(None, 4) is None
    assert days_late(None, date(2026, 7, 1)) is None
    assert is_overdue(None, 1, date(2026, 7, 1))


def test_overdue_means_due_before_today() -> None:
    last = date(2026, 1, 15)
    assert not is_overdue(last, 4, date(2026, 4, 15))  # due today: due, not late
    assert is_overdue(last, 4, date(2026, 4, 16))
    assert days_late(next_due(last, 4), date(2026, 4, 25)) == 10


def test_a_contacts_override_wins_over_the_tier() -> None:
    table = {"A": 4, "B": 2, "C": 1}
    assert effective_cadence(None, "A", table) == 4
    assert effective_cadence(6, "C", table) == 6
    assert effective_cadence(3, None, table) == 3
    assert effective_cadence(None, None, table) is None


def test_cadence_values_are_checked() -> None:
    assert cadence_problem(4) is None
    assert cadence_problem(0) is not None
    assert cadence_problem(13) is not None
    assert cadence_problem(True) is not None
    assert cadence_problem("4") is not None
    with pytest.raises(ValueError, match="1 to 12"):
        interval(0)


@given(DAYS, st.integers(min_value=-400, max_value=400))
def test_add_months_stays_in_the_target_month_and_near_the_day(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day
    assert moved.day == day.day or (moved + timedelta(days=1)).day == 1  # clamped to month end


@given(DAYS, CADENCES)
def test_the_due_date_is_about_one_interval_later(last: date, per_year: int) -> None:
    due = next_due(last, per_year)
    assert due is not None
    gap = (due - last).days
    assert 365 / per_year - 4 <= gap <= 365 / per_year + 4


@given(DAYS, DAYS, CADENCES)
def test_due_dates_never_go_backwards(a: date, b: date, per_year: int) -> None:
    early, late = sorted((a, b))
    assert next_due(early, per_year) <= next_due(late, per_year)  # type: ignore[operator]


@given(DAYS, CADENCES)
def test_the_sql_cutoff_is_exactly_the_latest_last_review_due_by_a_day(
    day: date, per_year: int
) -> None:
    cutoff = latest_last_review_due_by(day, per_year)
    assert next_due(cutoff, per_year) <= day  # type: ignore[operator]
    assert next_due(cutoff + timedelta(days=1), per_year) > day  # type: ignore[operator]


def test_the_cutoff_at_a_month_end_takes_every_clamped_day() -> None:
    # 29, 30 and 31 Nov (no 31st) and 28 Nov + 3 months all land on 28 Feb 2026.
    assert latest_last_review_due_by(date(2026, 2, 28), 4) == date(2025, 11, 30)
    assert latest_last_review_due_by(date(2026, 2, 27), 4) == date(2025, 11, 27)
