"""The ids a bulk load hands out itself, so rows can refer to each other before they are
written, and, on PostgreSQL, the sequences moved past them when it ends."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from advisor_referrals.services.imports.load_order import WITH_IDS, table


class LoadIds:
    def __init__(self, session: Session, *, is_postgres: bool) -> None:
        self.session = session
        self.is_postgres = is_postgres
        # The next id of each table; callers that number rows in bulk read and move it.
        self.next: dict[str, int] = {name: self._first_free(name) for name in WITH_IDS}

    def new(self, name: str) -> int:
        value = self.next[name]
        self.next[name] = value + 1
        return value

    def _first_free(self, name: str) -> int:
        after_max = (self.session.scalar(select(func.max(table(name).c.id))) or 0) + 1
        if not self.is_postgres:
            return after_max
        # A member may not see every row (row security of separate books, docs/design.md,
        # "A practice"): the sequence, which every insert moves on, knows ids they cannot.
        return max(after_max, self._sequence_next(name))

    def _sequence_next(self, name: str) -> int:
        """The id the table's sequence would give next, without taking it."""
        sequence = self.session.scalar(text(f"SELECT pg_get_serial_sequence('{name}', 'id')"))
        if sequence is None:
            return 1
        last, called = self.session.execute(
            text(f"SELECT last_value, is_called FROM {sequence}")
        ).one()
        return int(last) + 1 if called else int(last)

    def move_sequences(self, written: Counter[str]) -> None:
        """PostgreSQL: each written table's sequence moved past the ids used (SQLite takes
        the next id after the largest by itself)."""
        if not self.is_postgres:
            return
        for name in WITH_IDS:
            if written[name]:
                # Never back: ids beyond this load's may belong to rows it cannot see.
                last = max(self.next[name], self._sequence_next(name)) - 1
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"GREATEST(:last, (SELECT max(id) FROM {name})))"
                    ),
                    {"last": last},
                )
