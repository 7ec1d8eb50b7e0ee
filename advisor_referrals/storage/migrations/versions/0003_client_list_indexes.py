"""Client list indexes: one per sort order of the client table, covering its quick filters.

The client table lists live (not archived) contacts sorted by one column, optionally
filtered by relationship, segment, tier or review cadence. Each index below leads with
archived_on (so "live contacts" is an index range that every SQLite version's planner
picks, with or without ANALYZE statistics), then the sort columns, the id and those
filter columns, so listing 100,000 contacts in any order reads one index, not the table.
Households sort by a lowered name, and reviews are found by the one they replace.

Revision ID: 0003_client_list_indexes
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_client_list_indexes"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME = ("lower(last_name)", "lower(first_name)")
FILTERS = ("relationship", "segment", "tier", "reviews_per_year")

# index name -> the sort columns it leads with (the id and the filters follow)
LISTING_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_contacts_list_name": NAME,
    "ix_contacts_list_first_name": ("lower(first_name)",),
    "ix_contacts_list_email": ("lower(email)",),
    "ix_contacts_list_phone": ("phone",),
    "ix_contacts_list_city": ("lower(city)",),
    "ix_contacts_list_relationship": ("relationship", *NAME),
    "ix_contacts_list_segment": ("segment", *NAME),
    "ix_contacts_list_tier": ("tier", *NAME),
    "ix_contacts_list_client_since": ("client_since",),
    "ix_contacts_list_household": ("household_id", *NAME),
}


def upgrade() -> None:
    for name, lead in LISTING_INDEXES.items():
        covered = [c for c in ("id", *FILTERS) if c not in lead]
        columns = [sa.text(c) if "(" in c else c for c in ("archived_on", *lead, *covered)]
        op.create_index(name, "contacts", columns)
    op.create_index("ix_households_name_sort", "households", [sa.text("lower(name)")])
    # "Not rescheduled since": without it, counting the quarter's scheduled reviews reads
    # every review once per review (minutes on the 100k book, on the Today page). Partial:
    # the link is empty on nearly every review, and a plain index's statistics then say
    # "300,000 rows per value", which steers the planner back to the slow plan (95 s).
    op.create_index(
        "ix_reviews_rescheduled_from_id",
        "reviews",
        ["rescheduled_from_id"],
        sqlite_where=sa.text("rescheduled_from_id IS NOT NULL"),
        postgresql_where=sa.text("rescheduled_from_id IS NOT NULL"),
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
