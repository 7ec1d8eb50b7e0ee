"""Contact search: a folded search_text per contact, indexed for substring search.

SQLite gets an FTS5 trigram table kept in step by triggers; PostgreSQL a pg_trgm index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from advisor_referrals.storage.search import search_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "contacts", sa.Column("search_text", sa.Text(), nullable=False, server_default="")
    )
    _backfill()
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts()
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_contacts_search_trgm ON contacts USING gin (search_text gin_trgm_ops)"
        )


def _backfill() -> None:
    bind = op.get_bind()
    tags: dict[int, list[str]] = {}
    for contact_id, name in bind.execute(
        sa.text("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id")
    ):
        tags.setdefault(contact_id, []).append(name)
    rows = bind.execute(
        sa.text(
            "SELECT c.id, c.first_name, c.last_name, c.preferred_name, c.email, c.phone, c.city,"
            " c.region, c.country, c.profession, h.name AS household"
            " FROM contacts c LEFT JOIN households h ON h.id = c.household_id"
        )
    ).mappings()
    updates = [
        {
            "id": row["id"],
            "text": search_text(
                **{k: v for k, v in row.items() if k != "id"}, tags=tags.get(row["id"], ())
            ),
        }
        for row in rows
    ]
    if updates:
        bind.execute(sa.text("UPDATE contacts SET search_text = :text WHERE id = :id"), updates)


def _sqlite_fts() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE contact_fts USING fts5("
        "search_text, content='contacts', content_rowid='id', tokenize='trigram')"
    )
    op.execute("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')")
    op.execute(
        "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contacts BEGIN "
        "INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contacts BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_update AFTER UPDATE OF search_text ON contacts BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
