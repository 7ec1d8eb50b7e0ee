"""The file's keys of one table's rows ("c1", "c2", ...), held as the rows' ids.

A row's key is its rank in id order with the section's prefix. A dict from id to key costs
about 120 bytes a row: 800 MB for a million contacts' book, whose export otherwise needs
little memory. The sorted ids take 8 bytes a row; when they run without gaps (as in most
books) a key is found by subtraction, else by a binary search (docs/design.md, "Book files").
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping


class RankKeys(Mapping[int, str]):
    def __init__(self, prefix: str, ids: Iterable[int] = ()) -> None:
        self.prefix = prefix
        self.ids = array("q")
        for row_id in ids:
            self.add(row_id)

    def add(self, row_id: int) -> str:
        """The next row's key; rows come in increasing id order."""
        if self.ids and row_id <= self.ids[-1]:
            raise ValueError(f"ids must increase: {row_id} after {self.ids[-1]}")
        self.ids.append(row_id)
        return f"{self.prefix}{len(self.ids)}"

    def rank(self, row_id: int) -> int | None:
        ids = self.ids
        if not ids:
            return None
        first = ids[0]
        if ids[-1] - first + 1 == len(ids):  # no gaps
            return row_id - first + 1 if first <= row_id <= ids[-1] else None
        at = bisect_left(ids, row_id)
        return at + 1 if at < len(ids) and ids[at] == row_id else None

    def __getitem__(self, row_id: int) -> str:
        found = self.rank(row_id)
        if found is None:
            raise KeyError(row_id)
        return f"{self.prefix}{found}"

    def __contains__(self, row_id: object) -> bool:
        return isinstance(row_id, int) and self.rank(row_id) is not None

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)
