"""The Reviews page's lists of clients due read a page at a time hold the whole lists'
rows in the whole lists' order, on a book of close calls, on both backends: due dates
tied by month-end clamping, never-reviewed clients tied by client-since day (and one
without), names that differ in case and accents, a review dated after the day, a tier
without a cadence, bookings to come, past and called off, archived clients and two
advisors' scopes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.practice import Scope
from advisor_referrals.services.reviews.due_pages import DueList, DuePages
from advisor_referrals.services.reviews.review_lists import DueEntry, ReviewFilter, ReviewLists
from advisor_referrals.storage.book import Book
from tests.services.test_review_close_calls import evidence_book
from tests.services.test_today_reviews import DAY

FILTERS = (
    ReviewFilter(),
    ReviewFilter(scope=Scope.of_advisor("Bea")),
    ReviewFilter(tiers=frozenset({Tier.A})),
    ReviewFilter(tiers=frozenset({Tier.B, Tier.C})),
    ReviewFilter(segments=frozenset({Segment.ENGAGED, Segment.CONTENT})),
)


def paged(pages: DuePages, due_list: DueList, step: int) -> list[DueEntry]:
    """Every row of the list, asked for `step` positions at a time from the start."""
    rows: dict[int, DueEntry] = dict(enumerate(due_list.first_rows))
    for start in range(0, due_list.total, step):
        found = pages.rows(due_list, start, start + step)
        assert found.start <= start
        for offset, row in enumerate(found.rows):
            assert rows.setdefault(found.start + offset, row) == row
    assert sorted(rows) == list(range(due_list.total))
    return [rows[position] for position in range(due_list.total)]


@pytest.mark.parametrize("step", [1, 3, 200])
def test_lists_read_by_position_are_the_whole_lists(book: Book, step: int) -> None:
    evidence_book(book)
    lists = ReviewLists(book)
    pages = DuePages(lists)
    seen = set()
    for day in (DAY, DAY + timedelta(days=40)):
        for flt in FILTERS:
            overdue = lists.overdue(flt, day)
            opened = pages.overdue(flt, day, first=step)
            assert opened.total == len(overdue)
            assert list(opened.first_rows[:step]) == overdue[:step]
            assert paged(pages, opened, step) == overdue
            for days in (0, 6, 30):
                soon = lists.due_soon(days, flt, day)
                opened = pages.due_soon(days, flt, day, first=step)
                assert opened.total == len(soon)
                assert paged(pages, opened, step) == soon
                unbooked = [e for e in soon if e.next_scheduled is None]
                opened = pages.due_soon(days, flt, day, unbooked=True, first=step)
                assert opened.total == len(unbooked)
                assert paged(pages, opened, step) == unbooked
                seen.add((len(overdue) > 1, len(soon) > 1, len(unbooked) < len(soon)))
    assert (True, True, True) in seen  # long lists, and some clients due soon are booked


def test_a_page_from_the_middle_of_a_list_starts_at_its_block(book: Book) -> None:
    evidence_book(book)
    lists = ReviewLists(book)
    pages = DuePages(lists)
    overdue = lists.overdue(today=DAY)
    opened = pages.overdue(today=DAY, first=1)
    # The clients last reviewed from 28 to 31 August twice a year, and the monthly one
    # last reviewed 31 January, are all due on 28 February: one block, read whole
    # whichever of them is asked for.
    clamped = [i for i, e in enumerate(overdue) if e.due_on == date(2027, 2, 28)]
    assert len(clamped) >= 5 and clamped == list(range(clamped[0], clamped[0] + len(clamped)))
    found = pages.rows(opened, clamped[3], clamped[3] + 1)
    assert found.start == clamped[0]
    assert list(found.rows) == overdue[found.start : found.start + len(found.rows)]
    assert pages.rows(opened, opened.total, opened.total + 5).rows == ()
