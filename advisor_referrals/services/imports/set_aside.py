"""The schema a bulk load sets aside while it writes, and puts back when it ends
(docs/design.md, "Imports").

The triggers that keep each contact's last review date (migration 0005) are dropped for
the load on SQLite, and told to wait by a transaction-local setting on PostgreSQL; the
contacts of the new reviews are then brought up to date in one statement. Row by row, each
review updated its contact and every index holding the date: on PostgreSQL that doubled
the time of a whole book's load.

The indexes of tables that start empty (or of contacts, for a big CSV import) are dropped
and built once at the end. Their own SQL is read from the schema and put back, so whatever
the storage layer defines stays in force; if the transaction rolls back, the database rolls
the schema changes back too. On PostgreSQL this locks the table against readers until the
load commits (seconds: a big load is rare, and everyone would otherwise wait for row-by-row
index upkeep, the trigram index above all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

LAST_REVIEW_TRIGGER_PREFIX = "reviews_last_review_"
LAST_REVIEW_DEFERRED = "advisor_referrals.last_review_deferred"  # read by 0005's trigger
# SQLite's page cache while the indexes of a load of at least this many rows are built.
LARGE_LOAD_ROWS = 2_000_000
INDEX_BUILD_CACHE_KIB = 262144
INDEX_BUILD_MEMORY = "256MB"

# A table's own indexes, set aside while it is loaded and built once at the end; never
# those that enforce a constraint (primary keys, unique columns).
SQLITE_INDEXES = (
    "SELECT name, sql FROM sqlite_master "
    "WHERE type = 'index' AND tbl_name = :table AND sql IS NOT NULL"
)
POSTGRES_INDEXES = (
    "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
    "WHERE t.relname = :table AND t.relnamespace = current_schema()::regnamespace "
    "AND NOT x.indisunique AND NOT x.indisprimary "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)"
)


class SetAside:
    def __init__(
        self,
        session: Session,
        *,
        is_postgres: bool,
        rebuild_indexes: Iterable[str] = (),
        kept: Callable[[str, str], bool] = lambda _table, _index: False,
    ) -> None:
        """`rebuild_indexes`: tables whose own indexes are dropped now and built at the end.
        `kept(table, index)`: whether one of those indexes stays (kept up to date by whoever
        writes the table)."""
        self.session = session
        self.is_postgres = is_postgres
        self.triggers: list[str] = []  # the SQL of the dropped triggers (SQLite)
        self.last_review_deferred = is_postgres
        if is_postgres:
            session.execute(text(f"SET LOCAL {LAST_REVIEW_DEFERRED} = 'on'"))
        else:
            for name, sql in session.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
                {"p": LAST_REVIEW_TRIGGER_PREFIX + "%"},
            ).all():
                session.execute(text(f'DROP TRIGGER "{name}"'))
                self.triggers.append(sql)
        self.indexes: list[tuple[str, str]] = []  # (table, its SQL)
        for name in rebuild_indexes:
            for index, sql in session.execute(
                text(POSTGRES_INDEXES if is_postgres else SQLITE_INDEXES), {"table": name}
            ).all():
                if kept(name, index):
                    continue
                session.execute(text(f'DROP INDEX "{index}"'))
                self.indexes.append((name, sql))
        if self.indexes and is_postgres:
            # Sorting each index's keys in memory instead of on disk (they may be built
            # before the end, see take_indexes).
            session.execute(text(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'"))

    def take_indexes(self, tables: Sequence[str]) -> list[str]:
        """The SQL of these tables' set-aside indexes, for the caller to build now; they
        are no longer this object's to put back."""
        taken = [sql for name, sql in self.indexes if name in tables]
        self.indexes = [(name, sql) for name, sql in self.indexes if name not in tables]
        return taken

    def put_back_triggers(self, *, reviews_from: int | None) -> None:
        """The last-review triggers back in force, after the contacts of the reviews with
        ids from `reviews_from` on are brought up to date (None: nothing to bring)."""
        if not (self.triggers or self.last_review_deferred):
            return
        # Before the set-aside indexes come back, so they are built with the dates.
        if reviews_from is not None:
            self._update_last_reviews(reviews_from)
        for sql in self.triggers:
            self.session.execute(text(sql))
        self.triggers = []
        if self.last_review_deferred:
            self.session.execute(text(f"SET LOCAL {LAST_REVIEW_DEFERRED} = 'off'"))
            self.last_review_deferred = False

    def build_indexes(self, *, rows_written: int) -> None:
        """Build the indexes still set aside."""
        if self.indexes and not self.is_postgres and rows_written >= LARGE_LOAD_ROWS:
            # Sorting in memory on SQLite too (PostgreSQL's is set when the indexes are set
            # aside), whose sorter keeps as much in memory as the page cache may hold: with
            # 64 MB, a million contacts' indexes spilled gigabytes to temporary files,
            # written and read back. The writer puts the cache size back when it closes.
            self.session.execute(text(f"PRAGMA cache_size = -{INDEX_BUILD_CACHE_KIB}"))
        for _name, sql in self.indexes:
            self.session.execute(text(sql))
        self.indexes = []

    def _update_last_reviews(self, first_review_id: int) -> None:
        """What the set-aside triggers would have done for the load's reviews.

        Grouped, not one lookup per contact: the reviews' own indexes may be set aside too.
        """
        self.session.execute(
            text(
                "UPDATE contacts SET last_review_on = CASE "
                "WHEN contacts.last_review_on >= added.latest THEN contacts.last_review_on "
                "ELSE added.latest END "
                "FROM (SELECT contact_id, max(completed_on) AS latest FROM reviews "
                "WHERE id >= :first AND completed_on IS NOT NULL GROUP BY contact_id) AS added "
                "WHERE contacts.id = added.contact_id"
            ),
            {"first": first_review_id},
        )
