"""Names in alphabetical order, and search that folds every Latin letter.

Contacts gain `name_key`, the bytes `domain.names.name_sort_key` makes of the names,
which SQLite and PostgreSQL compare alike: "Émile" sorts between "Elodie" and "Eric",
"Łukasz" beside "Lukas", where lower() put them after "Zhang". The listing indexes of
migration 0011 that order by name are rebuilt to lead with it, under the same names and
otherwise as 0011 made them: the id and the quick-filter columns after the sort columns,
and on PostgreSQL the names included, given through `models.base.for_dialect` as the
models give them (so that migrating a SQLite book does not load the PostgreSQL dialect).

Every contact's search text is written again with the wider folding (ø, ł, đ, æ, œ, ß,
ı, þ) and its tags as "#tag" (docs/design.md, "Search and sorting"); only the rows
whose text changes are written, and the search index follows through its triggers.

Revision ID: 0015
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from advisor_referrals.domain.names import name_sort_key
from advisor_referrals.storage.models.base import add_dialect_options, for_dialect
from advisor_referrals.storage.search import search_text

revision = "0015"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME = ("name_key",)
NAME_COLUMNS = ("last_name", "first_name")  # included on PostgreSQL, as 0011 did
FILTERS = ("archived_on", "relationship", "segment", "tier", "reviews_per_year", "last_review_on")
# The listing indexes of 0011 that order by name: the columns they now lead with.
LISTING_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_contacts_list_name": NAME,
    "ix_contacts_list_relationship": ("relationship", *NAME),
    "ix_contacts_list_segment": ("segment", *NAME),
    "ix_contacts_list_tier": ("tier", *NAME),
    "ix_contacts_list_household": ("household_id", *NAME),
}
BATCH = 5_000


def upgrade() -> None:
    op.add_column(
        "contacts",
        sa.Column("name_key", sa.LargeBinary(), nullable=False, server_default=sa.text("''")),
    )
    _backfill()
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        # Every writer gives the key; a contact written without one would sort first.
        op.alter_column("contacts", "name_key", server_default=None)
    _rebuild_listing_indexes(bind)
    # As in 0011: the new indexes of a measured book get their statistics now; a book
    # never measured is measured when it has grown (storage.opening.measure_if_unmeasured).
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")


def _rebuild_listing_indexes(bind: sa.Connection) -> None:
    add_dialect_options(bind.dialect.name)  # this book's dialect is loaded: options apply now
    columns = {*NAME, *NAME_COLUMNS, "id", "household_id", *FILTERS}
    contacts = sa.Table("contacts", sa.MetaData(), *(sa.Column(c) for c in sorted(columns)))
    for name, lead in LISTING_INDEXES.items():
        op.drop_index(name, "contacts")
        covered = [c for c in ("id", *FILTERS) if c not in lead]
        index = sa.Index(name, *(contacts.c[c] for c in (*lead, *covered)))
        for_dialect(index, "postgresql", include=list(NAME_COLUMNS))
        index.create(bind)


def _backfill() -> None:
    bind = op.get_bind()
    tags: dict[int, list[str]] = {}
    for contact_id, name in bind.execute(
        sa.text(
            "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
            " ORDER BY t.name"
        )
    ):
        tags.setdefault(contact_id, []).append(name)
    rows = bind.execute(
        sa.text(
            "SELECT c.id, c.search_text, c.first_name, c.last_name, c.preferred_name, c.email,"
            " c.phone, c.city, c.region, c.country, c.profession, h.name AS household"
            " FROM contacts c LEFT JOIN households h ON h.id = c.household_id"
        )
    ).mappings()
    keys: list[dict[str, object]] = []
    texts: list[dict[str, object]] = []
    for row in rows:
        keys.append({"id": row["id"], "key": name_sort_key(row["first_name"], row["last_name"])})
        fields = {k: v for k, v in row.items() if k not in ("id", "search_text")}
        fresh = search_text(**fields, tags=tags.get(row["id"], ()))
        if fresh != row["search_text"]:
            texts.append({"id": row["id"], "text": fresh})
    set_key = sa.text("UPDATE contacts SET name_key = :key WHERE id = :id").bindparams(
        sa.bindparam("key", type_=sa.LargeBinary())
    )
    set_text = sa.text("UPDATE contacts SET search_text = :text WHERE id = :id")
    for statement, updates in ((set_key, keys), (set_text, texts)):
        for start in range(0, len(updates), BATCH):
            bind.execute(statement, updates[start : start + BATCH])


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
