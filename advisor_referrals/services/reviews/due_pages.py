"""The Reviews page's lists of clients due, read a page at a time (docs/design.md,
"Budgets").

Both lists (overdue, and due in the coming days) are ordered by when each client fell or
falls due, then by name; the overdue list puts those never reviewed first, by how long
they have been clients. Where a client stands in that order up to the name is known from
two or three columns of the index of active clients due: the cadence and the last review
(and, for one never reviewed, the client-since day). So a list is opened by counting its
clients per (cadence, last review, client-since day), from that index alone, and Python
dates each group with `domain.cadence` and lays the groups out as the list's blocks: one
per due day, or per client-since day of those never reviewed. The count is their sum;
the first page is read whole from the first blocks, and any other rows when the view
shows them, a few blocks at a time, each block sorted by name as the whole list is. A
million contacts' 86,000 clients due within 30 days cost 0.7 s read whole; their blocks
and first page a fraction of it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, union_all

from advisor_referrals.domain.cadence import next_due
from advisor_referrals.domain.practice import PRACTICE_SCOPE
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.services.reviews.review_lists import (
    EVERYONE,
    DueEntry,
    ReviewFilter,
    ReviewLists,
    apply_filter,
    due_soon_order,
    overdue_order,
)

# Rows the page shows first (and asks for at a time as it is scrolled).
PAGE_ROWS = 200
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Block:
    """Clients next to each other in a list who share where they stand up to the name:
    a due day, or (`never`: never reviewed) a client-since day (None: not known)."""

    start: int  # the list's position of its first client
    count: int
    never: bool
    day: date | None


@dataclass(frozen=True)
class DueList:
    """One list of clients due as the page holds it: its blocks and its first rows."""

    late: bool  # the overdue list; else the clients due from today to `until`
    today: date
    until: date
    flt: ReviewFilter
    unbooked: bool  # of the clients due soon, only those with no booking from today on
    blocks: tuple[Block, ...]
    first_rows: tuple[DueEntry, ...]

    @property
    def total(self) -> int:
        return self.blocks[-1].start + self.blocks[-1].count if self.blocks else 0

    def blocks_over(self, start: int, stop: int) -> range:
        """The indexes of the blocks that hold the positions start to stop - 1."""
        if not self.blocks or stop <= start or start >= self.total:
            return range(0)
        starts = [block.start for block in self.blocks]
        first = max(bisect_right(starts, start) - 1, 0)
        last = max(bisect_right(starts, stop - 1) - 1, first)
        return range(first, last + 1)


@dataclass(frozen=True)
class DueRows:
    """Rows of a list from position `start` on, whole blocks of it."""

    start: int
    rows: tuple[DueEntry, ...]


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


class DuePages:
    """Opens the Reviews page's lists of clients due and reads their rows by position."""

    def __init__(self, lists: ReviewLists, page_rows: int = PAGE_ROWS) -> None:
        self.lists = lists
        self.page_rows = page_rows  # the rows read with the count

    def overdue(
        self, flt: ReviewFilter = EVERYONE, today: date | None = None, first: int | None = None
    ) -> DueList:
        """`ReviewLists.overdue`, its count and first `first` rows (`page_rows`)."""
        day = today or self.lists.clock()
        return self._open(True, day, day - ONE_DAY, flt, False, first or self.page_rows)

    def due_soon(
        self,
        days: int = 30,
        flt: ReviewFilter = EVERYONE,
        today: date | None = None,
        *,
        unbooked: bool = False,
        first: int | None = None,
    ) -> DueList:
        """`ReviewLists.due_soon` (with no booking from today on when `unbooked`), its
        count and first `first` rows (`page_rows`)."""
        day = today or self.lists.clock()
        until = day + timedelta(days=days)
        return self._open(False, day, until, flt, unbooked, first or self.page_rows)

    def rows(self, due_list: DueList, start: int, stop: int) -> DueRows:
        """The rows at positions start to stop - 1, as whole blocks (so from the first
        block's start, which may lie before `start`)."""
        chosen = due_list.blocks_over(start, stop)
        if not chosen:
            return DueRows(start, ())
        blocks = due_list.blocks[chosen.start : chosen.stop]
        return DueRows(blocks[0].start, tuple(self._read(due_list, blocks)))

    def _open(
        self, late: bool, today: date, until: date, flt: ReviewFilter, unbooked: bool, first: int
    ) -> DueList:
        blocks = self._blocks(late, today, until, flt, unbooked)
        opened = DueList(late, today, until, flt, unbooked, blocks, ())
        shown = opened.blocks_over(0, first)
        if not shown:
            return opened
        rows = self._read(opened, blocks[shown.start : shown.stop])
        return replace(opened, first_rows=tuple(rows))

    def _blocks(
        self, late: bool, today: date, until: date, flt: ReviewFilter, unbooked: bool
    ) -> tuple[Block, ...]:
        """The list's clients counted per (cadence, last review, client-since day of those
        never reviewed), from the index of active clients due alone, laid out in order."""
        advisors = None if flt.scope.everyone else flt.scope.advisors
        arms = review_due.due_arms(until, today, advisors, unbooked=unbooked, split_never=False)
        plain = replace(flt, scope=PRACTICE_SCOPE)  # the scope is in the arms
        dated = union_all(
            *(apply_filter(arm.query, plain) for arm in arms if arm.late in (None, late))
        ).subquery("dated")
        since = case((dated.c.last_review.is_(None), dated.c.client_since))
        query = (
            select(dated.c.cadence, dated.c.last_review, since, func.count())
            .where(dated.c.late == (1 if late else 0), dated.c.cadence.is_not(None))
            .group_by(dated.c.cadence, dated.c.last_review, since)
        )
        with self.lists.book.session() as session:
            found = session.connection().execute(query).all()
        counts: dict[tuple[bool, date | None], int] = {}
        for cadence, stored, started, count in found:
            last = _day(stored)
            key = (True, _day(started)) if last is None else (False, next_due(last, cadence))
            counts[key] = counts.get(key, 0) + int(count)
        # Never reviewed first, by client-since day (none known last), then by due day:
        # `overdue_order` and `due_soon_order` up to the name.
        order = sorted(counts, key=lambda key: (not key[0], key[1] or date.max))
        blocks, start = [], 0
        for never, day in order:
            blocks.append(Block(start, counts[never, day], never, day))
            start += counts[never, day]
        return tuple(blocks)

    def _read(self, due_list: DueList, blocks: tuple[Block, ...]) -> list[DueEntry]:
        """The clients of these blocks (next to each other in the list), in its order."""
        today, flt = due_list.today, due_list.flt
        rows: list[DueEntry] = []
        never = [block.day for block in blocks if block.never]
        if never:
            known = [day for day in never if day is not None]

            def never_where(dated: Any) -> list[Any]:
                since = dated.c.client_since
                ranges = [and_(since >= min(known), since <= max(known))] if known else []
                if None in never:
                    ranges.append(since.is_(None))
                return [dated.c.last_review.is_(None), or_(*ranges)]

            rows += self.lists.due_rows(today, today - ONE_DAY, True, flt, where=never_where)
        days = [block.day for block in blocks if not block.never and block.day is not None]
        if days:
            rows += self.lists.due_rows(
                today,
                max(days),
                due_list.late,
                flt,
                unbooked=due_list.unbooked,
                where=_due_between(min(days), max(days)),
            )
        if due_list.late:
            rows.sort(key=overdue_order)
        else:
            rows.sort(key=lambda entry: due_soon_order(entry, today))
        return rows


def _due_between(first: date, last: date) -> Callable[[Any], list[Any]]:
    """Clients reviewed before whose next review falls due from `first` to `last`: their
    last review is after the latest one due by the day before `first`, and no later than
    the latest one due by `last` (each by the client's cadence)."""

    def where(dated: Any) -> list[Any]:
        last_review, cadence = dated.c.last_review, dated.c.cadence
        return [
            last_review.is_not(None),
            last_review > review_due.cutoff(first - ONE_DAY, cadence),
            last_review <= review_due.cutoff(last, cadence),
        ]

    return where
