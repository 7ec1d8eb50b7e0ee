"""The audit trail's hash chain in the database (docs/design.md, "The audit chain").

On PostgreSQL a trigger (migration 0012) numbers and hashes each new entry while it
holds a lock on the chain, so two desks writing at once still make one line. SQLite
has no hash function and one writer at a time (every write begins IMMEDIATE), so the
writer numbers and hashes the entry itself, here, inside its transaction; an insert
trigger refuses an entry that does not follow the last one.

`read_chain` gives every entry back as the chain sees it (each field as text, exactly
as stored), for `audit verify`, the export and the migration that chains old books.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from advisor_referrals.domain.audit_chain import GENESIS, ChainedEntry, moment_text
from advisor_referrals.storage.models.base import now

READ_BATCH = 5000

# Every column as text: a hand edit that stored a wrong type must show as a mismatch,
# not stop the reading.
_COLUMNS = (
    'id, CAST(at AS TEXT), "user", action, entity, CAST(entity_id AS TEXT), summary, '
    "CAST(changes AS TEXT), prev_hash, hash"
)


def at_text(stored: str | None) -> str:
    """A stored time as the chain writes it; text that is no time at all stays as it is."""
    if stored is None:
        return ""
    try:
        return moment_text(datetime.fromisoformat(stored))
    except ValueError:
        return stored


def changes_text(changes: Any) -> str:
    """The JSON text the book stores for an entry's changes (SQLAlchemy's own encoding)."""
    return json.dumps(changes)


def chain_head(connection: Connection) -> tuple[int, str]:
    """The last entry's id and hash; (0, GENESIS) in a book without entries."""
    row = connection.execute(
        text("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1")
    ).first()
    if row is None:
        return 0, GENESIS
    return int(row[0]), str(row[1] or "")


def seal(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Number and hash new entries (dicts of column values) in order, on SQLite.

    On PostgreSQL the database does it, so this leaves the rows as they are. `at` is
    filled in when missing, since the hash covers it.
    """
    if connection.dialect.name != "sqlite" or not rows:
        return
    last_id, last_hash = chain_head(connection)
    for row in rows:
        if row.get("at") is None:
            row["at"] = now()
        last_id += 1
        entity_id = row.get("entity_id")
        entry = ChainedEntry(
            id=last_id,
            at=moment_text(row["at"]),
            user=row.get("user") or "",
            action=row["action"],
            entity=row["entity"],
            entity_id="" if entity_id is None else str(int(entity_id)),
            summary=row.get("summary") or "",
            changes=changes_text(row.get("changes")),
            prev_hash=last_hash,
        )
        last_hash = entry.computed_hash()
        row.update(id=last_id, prev_hash=entry.prev_hash, hash=last_hash)


def entry_from_stored(values: Mapping[str, Any] | tuple[Any, ...]) -> ChainedEntry:
    """A row of `_COLUMNS` as the chain sees it."""
    (id_, at, user, action, entity, entity_id, summary, changes, prev_hash, hash_) = tuple(
        values.values() if isinstance(values, Mapping) else values
    )
    return ChainedEntry(
        id=int(id_),
        at=at_text(at),
        user=user or "",
        action=action or "",
        entity=entity or "",
        entity_id=entity_id or "",
        summary=summary or "",
        changes=changes or "",
        prev_hash=prev_hash or "",
        hash=hash_ or "",
    )


def read_chain(
    connection: Connection, *, first_id: int | None = None, last_id: int | None = None
) -> Iterator[ChainedEntry]:
    """Entries in chain order (by id), in batches so a long trail never sits in memory."""
    after = (first_id - 1) if first_id is not None else None
    while True:
        where = [] if after is None else ["id > :after"]
        if last_id is not None:
            where.append("id <= :last")
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        rows = connection.execute(
            text(f"SELECT {_COLUMNS} FROM audit_entries {clause}ORDER BY id LIMIT {READ_BATCH}"),
            {"after": after, "last": last_id},
        ).all()
        for row in rows:
            yield entry_from_stored(tuple(row))
        if len(rows) < READ_BATCH:
            return
        after = int(rows[-1][0])


def previous_hash(connection: Connection, before_id: int) -> str | None:
    """The hash of the entry just before `before_id`, or None when there is none."""
    row = connection.execute(
        text("SELECT hash FROM audit_entries WHERE id < :id ORDER BY id DESC LIMIT 1"),
        {"id": before_id},
    ).first()
    return None if row is None else str(row[0] or "")
