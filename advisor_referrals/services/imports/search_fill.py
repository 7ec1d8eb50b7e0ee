"""The search index entries of the contacts a bulk load adds (SQLite), filled as it goes.

The trigger that indexes each new contact is set aside for the load (row by row it is
several times slower), and the new contacts are indexed with INSERT ... SELECT from the
contacts table instead. That statement runs with a large FTS5 hash table (its `hashsize`
setting, put back afterwards): with the default 1 MB the index is flushed and merged
dozens of times for 100,000 contacts, which doubles its cost.

While a big load goes on, the contacts already written are indexed on a helper thread in
a few large slices: SQLite runs each statement without holding Python's interpreter lock,
so the next rows are read, checked and inserted meanwhile (docs/design.md, "Budgets":
100,000 contacts of a CSV file within 5 s). The slices are large because FTS5 writes its
pending terms out at the end of each statement. The load's connection is never used by
two threads at once: the writer waits for the slice before its own next statement, and
a slice starts only from `BulkWriter.add_contact`, so after `flush()` or `settle()` the
connection is the caller's again. What is left at the end is indexed at once, as before.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

SEARCH_HASH_BYTES = 64 * 2**20  # FTS5's pending terms kept in memory while indexing a load
DEFAULT_SEARCH_HASH_BYTES = 2**20  # FTS5's own default
# New contacts indexed by one statement on the helper thread: fewer, larger slices cost
# less (each writes a segment that FTS5 later merges), more start sooner.
SLICE = 25_000
INDEX_SLICE = (
    "INSERT INTO contact_fts(rowid, search_text) "
    "SELECT id, search_text FROM contacts WHERE id >= ? AND id <= ?"
)


class NewContactsIndex:
    """Indexes the contacts with ids from `first_id` on, as they are written."""

    def __init__(self, session: Session, first_id: int) -> None:
        self.session = session
        self.next_id = first_id  # the first contact not yet indexed (or being indexed)
        self.saved_hash: int | None = None
        self.hash_set = False
        self.slice: Future[Any] | None = None
        self.helper: ThreadPoolExecutor | None = None

    def written(self, last_id: int) -> None:
        """Contacts up to `last_id` are in the table: index them behind the load once a
        slice's worth waits (the caller has settled any slice before writing them)."""
        if last_id - self.next_id + 1 < SLICE:
            return
        self.settle()
        self._large_hash()
        first, self.next_id = self.next_id, last_id + 1
        connection = self.session.connection()
        if self.helper is None:
            self.helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")
        self.slice = self.helper.submit(connection.exec_driver_sql, INDEX_SLICE, (first, last_id))

    def settle(self) -> None:
        """Wait for the slice being indexed, if any; its error is raised here."""
        running, self.slice = self.slice, None
        if running is not None:
            running.result()

    def finish(self, last_id: int) -> None:
        """Index the contacts not yet indexed, up to `last_id`, and put the book's own
        hash size back."""
        self.settle()
        if last_id >= self.next_id:
            self._large_hash()
            self.session.connection().exec_driver_sql(INDEX_SLICE, (self.next_id, last_id))
            self.next_id = last_id + 1
        if self.hash_set:
            # Setting it (not just deleting the row) makes FTS5 reload its settings on
            # every connection.
            saved = self.saved_hash
            _set_search_option(self.session, DEFAULT_SEARCH_HASH_BYTES if saved is None else saved)
            if saved is None:
                self.session.execute(text("DELETE FROM contact_fts_config WHERE k = 'hashsize'"))
            self.hash_set = False
        self.close()

    def close(self) -> None:
        """Wait for the helper (a load that failed rolls back only once it is idle)."""
        try:
            self.settle()
        finally:
            if self.helper is not None:
                self.helper.shutdown()
                self.helper = None

    def _large_hash(self) -> None:
        if not self.hash_set:
            saved = self.session.scalar(
                text("SELECT v FROM contact_fts_config WHERE k = 'hashsize'")
            )
            self.saved_hash = None if saved is None else int(saved)
            _set_search_option(self.session, SEARCH_HASH_BYTES)
            self.hash_set = True


def _set_search_option(session: Session, value: int) -> None:
    session.execute(
        text("INSERT INTO contact_fts(contact_fts, rank) VALUES ('hashsize', :value)"),
        {"value": value},
    )
