"""The quarterly figures read each referrer's relationship and segment from an index
(docs/design.md, "Budgets").

A quarter's referrals each look up their referrer, and the client figures check the
year's referrers against the clients: on a million contacts those were tens of thousands
of contact rows, each fetched from a table far larger than SQLite's page cache or
PostgreSQL's shared buffers, in no useful order. `ix_contacts_metrics_by_id` holds, by
id, only what those lookups read (relationship, segment, client-since): a fraction of the
table's size that stays cached, read alone (an index-only scan on PostgreSQL).

Revision ID: 0022
Revises: 0025
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_index(
        "ix_contacts_metrics_by_id",
        "contacts",
        ["id", "relationship", "segment", "client_since"],
    )
    # As in 0016: a measured book learns what the new index holds.
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
