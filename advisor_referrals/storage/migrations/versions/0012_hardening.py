"""An audit trail that proves itself, and settings that carry a version.

Audit entries gain `prev_hash` and `hash` (docs/design.md, "The audit chain"); the
entries a book already holds are chained here, oldest first. Then the database
refuses what would rewrite the trail:

- PostgreSQL: a statement trigger refuses TRUNCATE (row triggers never see it), and a
  row trigger numbers and hashes each new entry under a transaction lock, so entries
  of desks writing at once still form one line. It is named to fire after any other
  BEFORE INSERT trigger (PostgreSQL fires them in name order), so the hash covers
  fields such a trigger fills in, e.g. the user from the server session.
- SQLite: an insert trigger refuses an entry that does not come after the last one or
  does not name the last one's hash (this also stops `REPLACE INTO`, which deletes
  the old row without firing delete triggers).

Settings rows gain a version, so a stale save is refused like a stale contact.

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa
from alembic import op

from advisor_referrals.domain.audit_chain import FORMAT_TAG, GENESIS
from advisor_referrals.storage.audit_chain import read_chain

revision = "0012"
down_revision = "0006"
branch_labels = None
depends_on = None

# Any number will do, as long as it is always the same: the lock every chain writer takes.
CHAIN_LOCK_KEY = 7_421_007

POSTGRES_CHAIN = (
    """
CREATE FUNCTION audit_chain_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT octet_length(convert_to(value, 'UTF8'))::text || ':' || value || ','
$$
""",
    f"""
CREATE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_id integer;
    last_hash text;
BEGIN
    -- The latest entry must be read after the lock is granted, in a fresh snapshot.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit entries are written in READ COMMITTED transactions';
    END IF;
    PERFORM pg_advisory_xact_lock({CHAIN_LOCK_KEY});
    SELECT id, hash INTO last_id, last_hash FROM audit_entries ORDER BY id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, '{GENESIS}');
    NEW.hash := encode(sha256(convert_to(
        '{FORMAT_TAG.rstrip(chr(10))}' || chr(10)
        || audit_chain_field(NEW.id::text)
        || audit_chain_field(to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        || audit_chain_field(coalesce(NEW."user", ''))
        || audit_chain_field(coalesce(NEW.action, ''))
        || audit_chain_field(coalesce(NEW.entity, ''))
        || audit_chain_field(coalesce(NEW.entity_id::text, ''))
        || audit_chain_field(coalesce(NEW.summary, ''))
        || audit_chain_field(coalesce(NEW.changes::text, ''))
        || audit_chain_field(NEW.prev_hash),
        'UTF8')), 'hex');
    RETURN NEW;
END
$$
""",
    "CREATE TRIGGER audit_entries_zz_chain BEFORE INSERT ON audit_entries "
    "FOR EACH ROW EXECUTE FUNCTION audit_entries_chain()",
    "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()",
)

SQLITE_FOLLOWS_LAST = f"""
CREATE TRIGGER audit_entries_follow_last BEFORE INSERT ON audit_entries
WHEN NEW.id IS NULL
  OR NEW.id <= coalesce((SELECT max(id) FROM audit_entries), 0)
  OR NEW.prev_hash IS NOT coalesce(
       (SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1), '{GENESIS}')
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only: a new entry follows the last one');
END
"""


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in ("prev_hash", "hash"):
        op.add_column(
            "audit_entries",
            sa.Column(name, sa.String(64), nullable=False, server_default=""),
        )
    _chain_existing_entries(sqlite=sqlite)
    # Straight to the driver: the SQL's colons are not bind parameters.
    if sqlite:
        op.get_bind().exec_driver_sql(SQLITE_FOLLOWS_LAST)
    else:
        for name in ("prev_hash", "hash"):
            op.alter_column("audit_entries", name, server_default=None)
        for statement in POSTGRES_CHAIN:
            op.get_bind().exec_driver_sql(statement)
    op.add_column(
        "settings", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )


def _chain_existing_entries(*, sqlite: bool) -> None:
    """Hash the entries an older book holds, oldest first; the update trigger steps aside."""
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM audit_entries")).scalar() == 0:
        return
    if sqlite:
        op.execute("DROP TRIGGER audit_entries_no_update")
    else:
        op.execute("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only")
    previous = GENESIS
    updates: list[dict[str, object]] = []
    for entry in read_chain(connection):
        linked = replace(entry, prev_hash=previous, hash="")
        previous = linked.computed_hash()
        updates.append({"b_id": entry.id, "b_prev": linked.prev_hash, "b_hash": previous})
        if len(updates) >= 5000:
            _write_links(updates)
            updates = []
    _write_links(updates)
    if sqlite:
        op.execute(
            "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"
        )
    else:
        op.execute("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only")


def _write_links(updates: list[dict[str, object]]) -> None:
    if updates:
        op.get_bind().execute(
            sa.text(
                "UPDATE audit_entries SET prev_hash = :b_prev, hash = :b_hash WHERE id = :b_id"
            ),
            updates,
        )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
