"""The search index entries of the contacts a bulk load adds (SQLite), in one statement.

The trigger that indexes each new contact is set aside for the load (row by row it is
several times slower), and the new contacts are indexed with one INSERT ... SELECT from
the contacts table at the end. That statement runs with a large FTS5 hash table (its
`hashsize` setting, put back afterwards): with the default 1 MB the index is flushed and
merged dozens of times for 100,000 contacts, which doubles its cost. For the same reason
it is one statement, not slices filled behind the load on the helper thread: FTS5 writes
its pending terms out at the end of each statement, and slices cost the helper a third
more than the load's thread has to spare (docs/design.md, "Budgets").
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

SEARCH_HASH_BYTES = 64 * 2**20  # FTS5's pending terms kept in memory while indexing a load
DEFAULT_SEARCH_HASH_BYTES = 2**20  # FTS5's own default


def index_new_contacts(session: Session, first_id: int) -> None:
    """The search index entries of every contact from `first_id` on, in one statement."""
    saved = session.scalar(text("SELECT v FROM contact_fts_config WHERE k = 'hashsize'"))
    _set_search_option(session, SEARCH_HASH_BYTES)
    session.execute(
        text(
            "INSERT INTO contact_fts(rowid, search_text) "
            "SELECT id, search_text FROM contacts WHERE id >= :first"
        ),
        {"first": first_id},
    )
    # Back to what the book had; setting it (not just deleting the row) makes FTS5 reload
    # its settings on every connection.
    _set_search_option(session, DEFAULT_SEARCH_HASH_BYTES if saved is None else int(saved))
    if saved is None:
        session.execute(text("DELETE FROM contact_fts_config WHERE k = 'hashsize'"))


def _set_search_option(session: Session, value: int) -> None:
    session.execute(
        text("INSERT INTO contact_fts(contact_fts, rank) VALUES ('hashsize', :value)"),
        {"value": value},
    )
