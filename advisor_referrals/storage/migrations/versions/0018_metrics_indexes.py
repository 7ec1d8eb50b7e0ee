"""Indexes for the quarterly figures on a big book (docs/design.md, "Budgets").

At a million contacts a quarter holds some 300,000 reviews booked, as many completed and
310,000 triggers, and the figures read a column or two of each: the rows themselves,
fetched one by one in an order unrelated to where they lie in the table, cost several
times the counting. So:

- `ix_reviews_completed_on` gains the contact, the NPS answer, the booking date and the
  id, and `ix_reviews_scheduled_for` the contact, the completion date and the id: a
  quarter's reviews completed and booked (missed) are each a range of one index read
  alone;
- `ix_conversation_triggers_occurred_on` gains the kind and the id: a quarter's triggers
  by kind, and the probe for a referral naming each, from the index alone;
- `ix_referral_status_changes_referral_id` gains the status moved to: a referral's
  status on a day is one probe of the index, without the row;
- `ix_contacts_tier_by_id` holds each contact's tier by id, a fraction of the table's size
  that stays in the page cache while each of the quarter's reviews reads its client's tier;
- `ix_contacts_clients` lists the clients (partial) by their own cadence, tier and id,
  with the columns the client figures read (their own relationship too: SQLite reads a
  partial index alone only when it holds the columns of its condition): one pass over it
  counts them in groups that come in its order, and counting each engaged client's reviews
  of the year walks the reviews' contact index forwards, where a pass by client-since date
  jumped about it.

The PostgreSQL ids are in the indexes for its index-only scans (SQLite keeps the rowid in
every entry anyway).

Revision ID: 0018
Revises: 0019
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0019"
branch_labels = None
depends_on = None

CLIENTS = "relationship = 'client'"
WIDENED = (
    (
        "ix_reviews_completed_on",
        "reviews",
        ["completed_on", "contact_id", "nps", "scheduled_for", "id"],
    ),
    ("ix_reviews_scheduled_for", "reviews", ["scheduled_for", "contact_id", "completed_on", "id"]),
    (
        "ix_conversation_triggers_occurred_on",
        "conversation_triggers",
        ["occurred_on", "kind_id", "id"],
    ),
    (
        "ix_referral_status_changes_referral_id",
        "referral_status_changes",
        ["referral_id", "changed_on", "id", "to_status"],
    ),
)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    for name, table, columns in WIDENED:
        op.drop_index(name, table)
        op.create_index(name, table, columns)
    op.create_index("ix_contacts_tier_by_id", "contacts", ["id", "tier"])
    op.create_index(
        "ix_contacts_clients",
        "contacts",
        ["reviews_per_year", "tier", "id", "relationship", "segment", "client_since"],
        sqlite_where=sa.text(CLIENTS),
        postgresql_where=sa.text(CLIENTS),
    )
    # As in 0014 and 0016: a measured book learns what the new indexes hold; a book never
    # measured stays so (storage/opening.py measures a big one when it opens).
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        for table in ("contacts", "reviews", "conversation_triggers", "referral_status_changes"):
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
