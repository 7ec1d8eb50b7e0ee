"""The index of active clients due (`ix_contacts_review_due`, 0016) gains the name sort key,
and on SQLite the two columns of its own condition.

The client table's "review overdue" filter lists some 77,000 clients of a million in name
order. It walked the whole name index, testing every contact against the cadence rule;
now it reads the overdue clients as the few ranges of this index that hold them and
sorts their ids by the name key, which the index must therefore carry.

SQLite (3.40, as Python ships it) reads a partial index alone only when the index holds
the columns of its condition too (as `ix_contacts_clients`, 0018): without the
relationship and the archive date, every entry of those ranges also read the contact's
row. PostgreSQL keeps including the id for its index-only scans.

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0018"
branch_labels = None
depends_on = None

ACTIVE_CLIENTS = "relationship = 'client' AND archived_on IS NULL"
REVIEW_DUE = (
    "reviews_per_year",
    "tier",
    "last_review_on",
    "client_since",
    "advisor",
    "name_key",
    "relationship",
    "archived_on",
)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.drop_index("ix_contacts_review_due", "contacts")
    op.create_index(
        "ix_contacts_review_due",
        "contacts",
        list(REVIEW_DUE),
        sqlite_where=sa.text(ACTIVE_CLIENTS),
        postgresql_where=sa.text(ACTIVE_CLIENTS),
        **({"postgresql_include": ["id"]} if postgres else {}),
    )
    # As in 0016: a measured book learns what the new index holds.
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
