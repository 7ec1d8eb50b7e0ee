"""The search index entries of the contacts a bulk load adds (SQLite), filled as it goes.

The trigger that indexes each new contact is set aside for the load (row by row it is
several times slower), and the new contacts are indexed with INSERT ... SELECT from the
contacts table instead. That statement runs with a large FTS5 hash table (its `hashsize`
setting, put back afterwards): with the default 1 MB the index is flushed and merged
dozens of times for 100,000 contacts, which doubles its cost.

While a big load goes on, the contacts already moved into their table are indexed on the
load's helper thread (`load_behind`) in a few large slices, when the helper would otherwise
be idle. The slices are large because FTS5 writes its pending terms out at the end of
each statement (a segment, merged later): slices of 10,000 cost the helper a third more
than one statement. What is left at the end is indexed at once.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from advisor_referrals.services.imports.load_behind import Behind

SEARCH_HASH_BYTES = 64 * 2**20  # FTS5's pending terms kept in memory while indexing a load
DEFAULT_SEARCH_HASH_BYTES = 2**20  # FTS5's own default
# New contacts indexed by one statement on the helper thread: fewer, larger slices cost
# less (each writes a segment that FTS5 later merges), smaller ones leave less for the end.
SLICE = 25_000
INDEX_SLICE = (
    "INSERT INTO contact_fts(rowid, search_text) "
    "SELECT id, search_text FROM contacts WHERE id >= ? AND id <= ?"
)


class NewContactsIndex:
    """Indexes the contacts with ids from `first_id` on, as they are written."""

    def __init__(self, session: Session, first_id: int, behind: Behind) -> None:
        self.session = session
        self.behind = behind
        self.next_id = first_id  # the first contact not yet indexed (or being indexed)
        self.saved_hash: int | None = None
        self.hash_set = False

    def ready(self) -> None:
        """Before the helper is given work: the hash size its slices need."""
        self._large_hash()

    def written(self, last_id: int) -> None:
        """Contacts up to `last_id` are written, or will be by the helper's work already
        given: index them after it once a slice's worth waits (`ready` was called)."""
        if last_id - self.next_id + 1 < SLICE:
            return
        first, self.next_id = self.next_id, last_id + 1
        connection = self.session.connection()
        self.behind.run(connection.exec_driver_sql, INDEX_SLICE, (first, last_id))

    def finish(self, last_id: int) -> None:
        """Index the contacts not yet indexed, up to `last_id`, and put the book's own
        hash size back (the helper is idle)."""
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
