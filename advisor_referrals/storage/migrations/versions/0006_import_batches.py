"""Import batches: each import of contacts is recorded so that it can be undone.

`import_batches` holds one row per import (who, when, which file and layout, the id
ranges of the contacts, tags and households it created, and when it was undone);
`import_batch_updates` the contacts it updated, with their values before the import.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(100), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("layout", sa.String(40), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("created", sa.JSON()),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime()),
        sa.Column("undone_by", sa.String(100)),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_import_batches_at", "import_batches", ["at"])
    op.create_table(
        "import_batch_updates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "batch_id",
            sa.Integer(),
            sa.ForeignKey(
                "import_batches.id",
                ondelete="CASCADE",
                name="fk_import_batch_updates_batch_id_import_batches",
            ),
            nullable=False,
        ),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
    )
    op.create_index("ix_import_batch_updates_batch_id", "import_batch_updates", ["batch_id"])


def downgrade() -> None:
    op.drop_index("ix_import_batch_updates_batch_id", "import_batch_updates")
    op.drop_table("import_batch_updates")
    op.drop_index("ix_import_batches_at", "import_batches")
    op.drop_table("import_batches")
