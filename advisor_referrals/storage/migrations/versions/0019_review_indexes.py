"""Indexes that let the reviews' whole-book reads (suggested segments, coverage) read
indexes alone, in the order of the clients' ids.

`ix_contacts_evidence` holds the active clients (relationship client, not archived) in
id order, with every column suggested segments and coverage read of them: tier,
segment, written plan, own cadence, last review, client-since date, version and names.
Those reads scanned the contacts table instead, every column of a million contacts (a
sixth of the book's file) for the 60% that are active clients.

`ix_reviews_contact` (0001: client, completed date) gains the NPS answer and whether
feedback was asked, so that a client's reviews of the evidence window are read from the
index alone: grouped by client in one pass over it, or probed client by client, neither
visits the reviews' rows, which are stored in date order and so lie far apart for one
client.

Revision ID: 0019
Revises: 0020
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0020"
branch_labels = None
depends_on = None

ACTIVE_CLIENTS = "relationship = 'client' AND archived_on IS NULL"
EVIDENCE = (
    "id",
    "tier",
    "segment",
    "has_written_plan",
    "reviews_per_year",
    "last_review_on",
    "client_since",
    "version",
    "first_name",
    "last_name",
)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_index(
        "ix_contacts_evidence",
        "contacts",
        list(EVIDENCE),
        sqlite_where=sa.text(ACTIVE_CLIENTS),
        postgresql_where=sa.text(ACTIVE_CLIENTS),
    )
    op.drop_index("ix_reviews_contact", "reviews")
    op.create_index(
        "ix_reviews_contact",
        "reviews",
        ["contact_id", "completed_on", "nps", "feedback_requested"],
    )
    # As in 0016: a measured book learns what the new indexes hold now.
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")
        op.execute("ANALYZE reviews")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
