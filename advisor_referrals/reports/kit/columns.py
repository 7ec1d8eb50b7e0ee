"""Items laid out in newspaper columns: kept whole, balanced, continuing on the next page."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from itertools import combinations, pairwise

from reportlab.platypus import Flowable

from advisor_referrals.reports.kit.flowables import Stack

_TALL = 1e6
_MAX_ARRANGEMENTS = 20_000


class Columns(Flowable):  # type: ignore[misc]
    """Items in `count` columns, read down then across, with the columns as even as they can be.

    Whatever does not fit the space left on a page continues on the next. An item too
    tall for any page is let go as its separate parts, full width, so that pathological
    text splits like ordinary paragraphs instead of failing the layout.
    """

    def __init__(
        self,
        items: Sequence[Stack],
        *,
        count: int = 2,
        gutter: float,
        gap: float,
        page_height: float,
        cuts: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.count = count
        self.gutter = gutter
        self.gap = gap
        self.page_height = page_height
        self.fixed_cuts = cuts
        self._heights: list[float] = []
        self._cuts: tuple[int, ...] = ()

    def _measure(self, available_width: float) -> None:
        self.column_width = (available_width - self.gutter * (self.count - 1)) / self.count
        self._heights = [item.wrap(self.column_width, _TALL)[1] for item in self.items]

    def _height(self, start: int, end: int) -> float:
        heights = self._heights[start:end]
        return sum(heights) + self.gap * max(0, len(heights) - 1)

    def _columns(self, cuts: tuple[int, ...]) -> list[tuple[int, int]]:
        bounds = (0, *cuts, len(self.items))
        return list(pairwise(bounds))

    def _balanced(self) -> tuple[int, ...]:
        """Cuts giving the lowest tallest column, then the most even; fuller columns first."""
        n = len(self.items)
        if n == 0:
            return (0,) * (self.count - 1)
        arrangements = combinations(range(n + 1), self.count - 1)
        options = [c for _, c in zip(range(_MAX_ARRANGEMENTS), arrangements, strict=False)]

        def score(cuts: tuple[int, ...]) -> tuple[float, float, tuple[int, ...]]:
            heights = [self._height(a, b) for a, b in self._columns(cuts)]
            return max(heights), max(heights) - min(heights), tuple(-c for c in cuts)

        return min(options, key=score)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure(available_width)
        self._cuts = self.fixed_cuts if self.fixed_cuts is not None else self._balanced()
        self.width = available_width
        self.height = max((self._height(a, b) for a, b in self._columns(self._cuts)), default=0)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure(available_width)
        if not self.items:
            return []
        if self._heights[0] > self.page_height:
            # Copies: the layout marks flowables it postpones, and these parts are shared.
            parts = [copy.copy(part) for part in self.items[0].parts]
            return [*parts, *self._rest(1)]
        cuts = []
        end = 0
        for _ in range(self.count):
            end = self._fill(end, available_height)
            cuts.append(end)
        if end == 0:
            return []
        placed = Columns(
            self.items[:end],
            count=self.count,
            gutter=self.gutter,
            gap=self.gap,
            page_height=self.page_height,
            cuts=tuple(cuts[:-1]),
        )
        return [placed, *self._rest(end)]

    def _fill(self, start: int, limit: float) -> int:
        """The index after the last item that fits a column of `limit` starting at `start`."""
        used = 0.0
        index = start
        while index < len(self.items):
            needed = self._heights[index] + (self.gap if index > start else 0)
            if used + needed > limit:
                break
            used += needed
            index += 1
        return index

    def _rest(self, start: int) -> list[Flowable]:
        if start >= len(self.items):
            return []
        return [
            Columns(
                self.items[start:],
                count=self.count,
                gutter=self.gutter,
                gap=self.gap,
                page_height=self.page_height,
            )
        ]

    def draw(self) -> None:
        for number, (start, end) in enumerate(self._columns(self._cuts)):
            x = number * (self.column_width + self.gutter)
            y = self.height
            for item, height in zip(self.items[start:end], self._heights[start:end], strict=True):
                y -= height
                item.drawOn(self.canv, x, y)
                y -= self.gap
