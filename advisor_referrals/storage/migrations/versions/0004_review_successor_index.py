"""Index the link from a rescheduled review to the one that replaced it; gather statistics.

The quarterly metrics ask, for every review, whether a later review replaced it;
without this index each answer read the whole reviews table. Books loaded in bulk
before imports refreshed the planner's statistics get them now.

Revision ID: 0004_review_successor
Revises: 0003_search_text_end
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_review_successor"
down_revision = "0003_search_text_end"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_reviews_rescheduled_from_id",
        "reviews",
        ["rescheduled_from_id"],
        sqlite_where=sa.text("rescheduled_from_id IS NOT NULL"),
        postgresql_where=sa.text("rescheduled_from_id IS NOT NULL"),
    )
    op.execute("ANALYZE")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
