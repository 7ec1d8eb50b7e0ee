"""Join the two schema branches written side by side (client list indexes, search text).

Revision ID: 0004
Revises: 0003_client_list_indexes, 0003_search_text_end
Create Date: 2026-11-23
"""

from __future__ import annotations

revision = "0004"
down_revision = ("0003_client_list_indexes", "0003_search_text_end")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: both branches' changes are already applied."""


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
