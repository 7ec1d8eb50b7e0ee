"""Indexes for the Today view's lists: active clients by cadence and last review, the
archived contacts, and the follow-ups in their lists' order.

`ix_contacts_review_due` holds the active clients (relationship client, not archived)
by their own cadence, tier and last review, with the client-since date and the advisor
(on PostgreSQL the id too, included). The clients due by a day are then a few ranges of
it, one per tier up to that tier's cutoff, the never reviewed and the few with a
cadence of their own, instead of a pass over every contact of the book: on the 100k
book 10,000 entries instead of 100,000, each range read from the index alone.

`ix_contacts_archived` lists the archived contacts, which every list of open bookings
leaves out; finding them read every contact.

`ix_referrals_follow_up` (0014) gains the id, the last key of the follow-up lists'
order, so that their first rows are its first entries: PostgreSQL walked every referral
by date instead, filtering out 45,000 of them for the ten late follow-ups of the 100k
book (SQLite keeps the id in every index entry already).

The first two are partial, given through `models.base.for_dialect` as the models give them.

Revision ID: 0016
Revises: 0017
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0017"
branch_labels = None
depends_on = None

ACTIVE_CLIENTS = "relationship = 'client' AND archived_on IS NULL"
REVIEW_DUE = ("reviews_per_year", "tier", "last_review_on", "client_since", "advisor")


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_index(
        "ix_contacts_review_due",
        "contacts",
        list(REVIEW_DUE),
        sqlite_where=sa.text(ACTIVE_CLIENTS),
        postgresql_where=sa.text(ACTIVE_CLIENTS),
        **({"postgresql_include": ["id"]} if postgres else {}),
    )
    op.create_index(
        "ix_contacts_archived",
        "contacts",
        ["id"],
        sqlite_where=sa.text("archived_on IS NOT NULL"),
        postgresql_where=sa.text("archived_on IS NOT NULL"),
    )
    op.drop_index("ix_referrals_follow_up", "referrals")
    op.create_index(
        "ix_referrals_follow_up",
        "referrals",
        ["status", "first_contacted_on", "received_on", "id"],
    )
    # As in 0014: a measured book learns what the new indexes hold now; a book never
    # measured stays so (storage/opening.py measures a big one when it opens).
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")
        op.execute("ANALYZE referrals")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
