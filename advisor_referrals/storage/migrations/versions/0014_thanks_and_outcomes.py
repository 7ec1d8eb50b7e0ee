"""How a referrer was thanked (referrals.thanked_by) and reviews marked missed (reviews.missed).

`thanked_by` says how the thank-you dated by `thanked_on` was given: sent from the
mail program, copied into webmail or a message, printed as a letter or a card, or said
by phone or in person. Older thank-yous keep an empty method.

`missed` marks a booked review the client did not come to. It is closed the way a
cancelled one is (`cancelled_on`, the day the outcome was recorded), so every list of
open bookings leaves it out as before; the flag only says which of the two it was.

Both are plain added columns: neither table is rebuilt, so the triggers that keep
`contacts.last_review_on` (0005) stay in place.

Two partial indexes hold the open bookings (neither completed nor cancelled), by day
and by client: the Today view counts a week's bookings and the past ones waiting for an
outcome, and finds each client's next booking, from a few thousand entries instead of
every review of the book (on the 100k book a week's count read the 100,000 contacts).
Two more serve the Today view's referral lists: the follow-ups by status and date, and
the few compensated referrals still waiting for a disclosure.

Revision ID: 0014
Revises: 0013
Create Date: 2027-01-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

METHODS = ("email", "copied", "letter", "card", "phone", "in_person")
OPEN = "completed_on IS NULL AND cancelled_on IS NULL"
OPEN_INDEXES = {
    "ix_reviews_open_scheduled_for": ("scheduled_for", "contact_id"),
    "ix_reviews_open_contact": ("contact_id", "scheduled_for"),
}
UNDISCLOSED = "comp_kind IS NOT NULL AND comp_disclosure_delivered_on IS NULL"
CHECK = "thanked_by IS NULL OR thanked_by IN ({})".format(", ".join(f"'{m}'" for m in METHODS))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a CHECK only as part of the column it guards.
        op.execute(f"ALTER TABLE referrals ADD COLUMN thanked_by VARCHAR(16) CHECK ({CHECK})")
    else:
        op.add_column("referrals", sa.Column("thanked_by", sa.String(16)))
        op.create_check_constraint("ck_referrals_thanked_by", "referrals", CHECK)
    op.add_column(
        "reviews",
        sa.Column("missed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    for name, columns in OPEN_INDEXES.items():
        op.create_index(
            name,
            "reviews",
            list(columns),
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )
    op.create_index(
        "ix_referrals_follow_up", "referrals", ["status", "first_contacted_on", "received_on"]
    )
    op.create_index(
        "ix_referrals_undisclosed",
        "referrals",
        ["received_on"],
        sqlite_where=sa.text(UNDISCLOSED),
        postgresql_where=sa.text(UNDISCLOSED),
    )
    # A book already measured learns what the new indexes hold now, not at the next bulk
    # load. A book never measured stays so: statistics of a new, empty book would mislead
    # the planner once it fills (storage/opening.py measures a big one when it opens).
    bind = op.get_bind()
    if bind.dialect.name != "sqlite" or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE reviews")
        op.execute("ANALYZE referrals")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
