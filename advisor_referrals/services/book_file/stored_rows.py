"""The big sections of a book file (triggers, referrals and their moves, reviews, asks) as
rows of stored values, written in chunks after the rows they point at.

A dict per row, merged with the bookkeeping columns and then picked apart and converted
again column by column for the driver, cost more than the insert itself: 700,000 rows of
a 100,000-contact book. Here each row is a tuple in its table's column order, its dates
and moments already the ISO text both databases store (`stored_text`), so the rows go to
the driver as they are (docs/design.md, "Budgets": a 100k-contact book within 30 s).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.load_order import CHUNK
from advisor_referrals.services.imports.row_inserts import stored_text


def stored(value: date | time | datetime | None) -> str | None:
    """A date, time or moment as the book stores it; None stays None."""
    return None if value is None else stored_text(value)


def day(value: date | None) -> str | None:
    """A date (never a moment) as the book stores it: `stored` for the many date columns."""
    return None if value is None else value.isoformat()


class StoredRows:
    """Tuples per table, each table with its column layout; written in the bulk writer's
    order (parents first), after whatever the bulk writer itself holds."""

    def __init__(self, writer: BulkWriter) -> None:
        self.writer = writer
        stamps = writer.stamps()
        self.stamp_columns = tuple(stamps)
        # The same moment for every row of the load: converted once.
        self.stamps = tuple(
            stored_text(value) if isinstance(value, date | time) else value
            for value in stamps.values()
        )
        self.layouts: dict[str, tuple[str, ...]] = {}
        self.pending: dict[str, list[tuple[Any, ...]]] = {}

    def layout(self, name: str, columns: tuple[str, ...], *, stamped: bool = True) -> None:
        """The columns of the rows `add` gets for this table; with the bookkeeping columns
        last when `stamped` (the row then ends with `self.stamps`)."""
        self.layouts[name] = (*columns, *self.stamp_columns) if stamped else columns
        self.pending.setdefault(name, [])

    def add(self, name: str, row: tuple[Any, ...]) -> None:
        rows = self.pending[name]
        rows.append(row)
        if len(rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        """Hand every pending row to the bulk writer, which writes its own first (contacts,
        households... are parents of these), then these tables in its order: at once, or
        on its helper thread (`BulkWriter.send`)."""
        stored = {name: (self.layouts[name], rows) for name, rows in self.pending.items() if rows}
        self.pending = {name: [] for name in self.pending}
        self.writer.send(stored)
