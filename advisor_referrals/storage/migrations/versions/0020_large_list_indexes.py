"""The open bookings in the order the Today view lists them: by day, those with a time
before those without, by time, then by client.

`ix_reviews_open_day_time` holds every open booking (neither completed nor cancelled)
in that order, with the client, so that the week's first bookings are its first entries.
Ordered by day alone (`ix_reviews_open_scheduled_for`), the Today view read every
booking of a busy day from the table for its time and sorted them: 38,000 on the
Monday of the million-contact book, for the eight it shows. Partial, as the models give
it (`models.base.for_dialect`).

Revision ID: 0020
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    # The same statement on both: a parenthesised expression is a key on either.
    op.execute(
        "CREATE INDEX ix_reviews_open_day_time ON reviews "
        "(scheduled_for, (scheduled_time IS NULL), scheduled_time, contact_id) "
        "WHERE completed_on IS NULL AND cancelled_on IS NULL"
    )
    # As in 0014 and 0016: a measured book learns what the new index holds.
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE reviews")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
