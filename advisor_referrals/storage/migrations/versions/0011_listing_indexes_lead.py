"""Client list indexes lead with their sort columns; the nine indexes they now contain go.

Migration 0003 made one index per sort order of the client table, leading with
archived_on. Nine older indexes (a name, first name, email and city sort; relationship,
segment, tier, client since and household) then had to stay beside them, because an
index that leads with archived_on cannot look up "relationship = 'client'" or
"lower(email) = ?" over all contacts, nor list archived contacts in order. A bulk
import rebuilt all nineteen, and every added contact updated them all.

Here each listing index starts with its sort columns and the id, and keeps archived_on
right after them with the quick-filter columns: listing live contacts in any order still
reads one index in order (checking archived_on from the index), and each of the nine
older indexes is a leading part of one listing index, so they are dropped.

On PostgreSQL the listing indexes also carry the plain columns their lower() sort keys
are made from (INCLUDE): only then does its planner read them without visiting the
table (an index-only scan), where it chose a full scan and a sort on disk instead.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None

NAME = ("lower(last_name)", "lower(first_name)")
NAME_COLUMNS = ("last_name", "first_name")
FILTERS = ("archived_on", "relationship", "segment", "tier", "reviews_per_year", "last_review_on")

# index name -> the sort columns it leads with, and (PostgreSQL) the columns it includes
LISTING_INDEXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ix_contacts_list_name": (NAME, NAME_COLUMNS),
    "ix_contacts_list_first_name": (("lower(first_name)",), ("first_name",)),
    "ix_contacts_list_email": (("lower(email)",), ("email",)),
    "ix_contacts_list_phone": (("phone",), ()),
    "ix_contacts_list_city": (("lower(city)",), ("city",)),
    "ix_contacts_list_relationship": (("relationship", *NAME), NAME_COLUMNS),
    "ix_contacts_list_segment": (("segment", *NAME), NAME_COLUMNS),
    "ix_contacts_list_tier": (("tier", *NAME), NAME_COLUMNS),
    "ix_contacts_list_client_since": (("client_since",), ()),
    "ix_contacts_list_household": (("household_id", *NAME), NAME_COLUMNS),
}

SUPERSEDED = (
    "ix_contacts_name_sort",
    "ix_contacts_first_name_sort",
    "ix_contacts_email_lower",
    "ix_contacts_city_sort",
    "ix_contacts_relationship",
    "ix_contacts_segment",
    "ix_contacts_tier",
    "ix_contacts_client_since",
    "ix_contacts_household_id",
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in SUPERSEDED:
        op.drop_index(name, "contacts")
    for name, (lead, included) in LISTING_INDEXES.items():
        op.drop_index(name, "contacts")
        covered = [c for c in ("id", *FILTERS) if c not in lead]
        columns = [sa.text(c) if "(" in c else c for c in (*lead, *covered)]
        options = {"postgresql_include": list(included)} if postgres and included else {}
        op.create_index(name, "contacts", columns, **options)
    # New indexes of a measured book get their statistics now; SQLite would guess
    # otherwise. A book never measured is left so, to be measured when it has grown
    # (storage.opening.measure_if_unmeasured).
    bind = op.get_bind()
    if postgres or sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE contacts")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
