"""Languages: each contact's preferred language, and the trigger library's wording per language.

`contacts.preferred_language` is the BCP 47 tag a contact's kit is written in (NULL:
the default). `trigger_kind_texts` holds the label and talking point the advisor
wrote for a kind in one language; languages without a row print the shipped
wording (docs/design.md, Languages and scripts).

Revision ID: 0009
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("preferred_language", sa.String(35), nullable=True))
    op.create_table(
        "trigger_kind_texts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "kind_id",
            sa.Integer(),
            sa.ForeignKey("trigger_kinds.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("talking_point", sa.Text(), nullable=False),
        sa.UniqueConstraint("kind_id", "language"),
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
