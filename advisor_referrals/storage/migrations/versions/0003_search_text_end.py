"""Search text ends with a separator, so the index can find one- and two-letter searches.

Every occurrence of a short word is then followed by a character, hence starts a
trigram of the FTS index; before, a word at the very end of the text (a region such
as "TX", say) was only found by reading every row.

Revision ID: 0003_search_text_end
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003_search_text_end"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite the update trigger of 0002 re-indexes each row.
    op.execute(
        "UPDATE contacts SET search_text = search_text || ' |' WHERE search_text NOT LIKE '% |'"
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
