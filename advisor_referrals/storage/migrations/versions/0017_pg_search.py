"""PostgreSQL: partial indexes through which a search for a one- or two-letter word reads
only the contacts that can hold it.

pg_trgm's index looks up words of three characters or more; a shorter word was tested
on every contact (80 ms for "sm" on 100,000). Every word in a search text is followed by
some character (the closing separator), so a short word is either followed by an ASCII
character, which the trigram index looks up (the word and each ASCII character), or by
one beyond ASCII, which only a contact whose text has an ASCII character other than a
space directly before one beyond ASCII can hold: ix_contacts_search_mixed lists those (a
handful: names in other scripts stand apart from Latin text). A word with a character
beyond ASCII is in a contact whose text has one: ix_contacts_search_wide lists those.
`storage.search` writes the same predicates in its queries (docs/design.md, "Search and
sorting"). SQLite's FTS5 vocabulary does this job there, so SQLite gets nothing.

Revision ID: 0017
Revises: 0010
Create Date: 2026-12-11
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0010"
branch_labels = None
depends_on = None

BEYOND_ASCII = r"[^\u0001-\u007f]"
ASCII_THEN_BEYOND = r"[\u0001-\u001f\u0021-\u007f][^\u0001-\u007f]"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE INDEX ix_contacts_search_mixed ON contacts (id)"
        f" WHERE search_text ~ '{ASCII_THEN_BEYOND}'"
    )
    op.execute(
        "CREATE INDEX ix_contacts_search_wide ON contacts (name_key, id)"
        f" WHERE search_text ~ '{BEYOND_ASCII}'"
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
