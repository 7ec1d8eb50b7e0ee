"""The live contacts in name order with their search text, so that a search that reads
names in order reads this index alone.

A search for a word in thousands of contacts fills its first page by reading names in
order and testing each one's search text (docs/design.md, "Search and sorting"). Through
the listing index (`ix_contacts_list_name`) every name read also read the contact's row
for its text, a page of the table each, scattered over the whole table; here the text is
in the index entry, so the walk reads the index's pages one after the other and no row.
Only live contacts are listed, as a search reads only those unless asked for archived
ones. PostgreSQL carries the text as an included column; SQLite (3.40), which has none,
as a key column after the id, with the archive date of its condition, without which it
would not read a partial index alone (as `ix_contacts_review_due`, 0021).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_contacts_search_walk ON contacts (name_key, id)"
            " INCLUDE (search_text) WHERE archived_on IS NULL"
        )
    else:
        op.execute(
            "CREATE INDEX ix_contacts_search_walk ON contacts"
            " (name_key, id, search_text, archived_on) WHERE archived_on IS NULL"
        )
    # A measured book learns what the new index holds (as after 0016 and 0021).
    if bind.dialect.name == "postgresql" or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
