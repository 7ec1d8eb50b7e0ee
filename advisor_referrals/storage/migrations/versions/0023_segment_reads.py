"""Each client's reviews where referrals came up, by day: `ix_reviews_conversations`.

The ask list shows, for every candidate, when they were last asked: the latest ask, or
the latest review where a referral conversation was noted. That review was found among
each candidate's reviews read from the table (the flag is in no index): at a million
contacts, 56,000 candidates' reviews, about half the time of the whole list on
PostgreSQL. This partial index holds the flagged reviews alone (about one in eight), by
client and day, so each candidate's latest is one read of the index. Partial, as the
models give it (`models.base.for_dialect`), with the condition the queries write.

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    # As SQLAlchemy writes `is_(True)` on each: SQLite finds a partial index only for a
    # query with the same condition.
    flagged = "referral_conversation IS true" if postgres else "referral_conversation IS 1"
    op.execute(
        f"CREATE INDEX ix_reviews_conversations ON reviews (contact_id, completed_on) "
        f"WHERE {flagged}"
    )
    # As in 0014 and 0020: a measured book learns what the new index holds.
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE reviews")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
