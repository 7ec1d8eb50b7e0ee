"""Each contact's latest completed review date, kept by the database: contacts.last_review_on.

The "review overdue" filter compares every client's last review with a cutoff. Finding
that review meant one index probe into `reviews` per client (61,000 on the 100k book,
about the whole 100 ms budget of a client table filter). The date now sits on the
contact row, covered by the listing indexes like the other quick-filter columns.

Triggers on `reviews` keep it right whoever writes (app, bulk loads, hand edits): an
insert can only move the date later; an update of the date or of the contact, and a
delete, recompute it from the (contact_id, completed_on) index for the contacts concerned.
It is the latest completed date of any day, future ones included: readers that ask
"latest up to today" check for a future date and look further only then.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = ("lower(last_name)", "lower(first_name)")
FILTERS = ("relationship", "segment", "tier", "reviews_per_year", "last_review_on")

# The listing indexes of 0003, rebuilt to cover the new column too: without it, the
# overdue filter reads each live contact's row from the table (as slow as the probes).
LISTING_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_contacts_list_name": NAME,
    "ix_contacts_list_first_name": ("lower(first_name)",),
    "ix_contacts_list_email": ("lower(email)",),
    "ix_contacts_list_phone": ("phone",),
    "ix_contacts_list_city": ("lower(city)",),
    "ix_contacts_list_relationship": ("relationship", *NAME),
    "ix_contacts_list_segment": ("segment", *NAME),
    "ix_contacts_list_tier": ("tier", *NAME),
    "ix_contacts_list_client_since": ("client_since",),
    "ix_contacts_list_household": ("household_id", *NAME),
}

LATEST = "(SELECT max(r.completed_on) FROM reviews r WHERE r.contact_id = contacts.id)"

# SQLite: one trigger per event. The recomputing UPDATE skips contacts whose date stays.
SQLITE_TRIGGERS = {
    "reviews_last_review_insert": (
        "AFTER INSERT ON reviews WHEN new.completed_on IS NOT NULL BEGIN "
        "UPDATE contacts SET last_review_on = new.completed_on WHERE id = new.contact_id "
        "AND (last_review_on IS NULL OR last_review_on < new.completed_on); END"
    ),
    "reviews_last_review_update": (
        "AFTER UPDATE OF completed_on, contact_id ON reviews "
        "WHEN old.completed_on IS NOT new.completed_on OR old.contact_id IS NOT new.contact_id "
        f"BEGIN UPDATE contacts SET last_review_on = {LATEST} "
        f"WHERE id IN (old.contact_id, new.contact_id) AND last_review_on IS NOT {LATEST}; END"
    ),
    "reviews_last_review_delete": (
        "AFTER DELETE ON reviews WHEN old.completed_on IS NOT NULL "
        f"BEGIN UPDATE contacts SET last_review_on = {LATEST} "
        f"WHERE id = old.contact_id AND last_review_on IS NOT {LATEST}; END"
    ),
}

# A bulk load of one transaction (services.bulk_writer) says so with SET LOCAL and brings
# the dates up itself in one statement at its end: row by row it took twice as long.
DEFERRED_SETTING = "advisor_referrals.last_review_deferred"

POSTGRES_FUNCTION = f"""
CREATE FUNCTION reviews_last_review_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('{DEFERRED_SETTING}', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.completed_on IS NOT NULL THEN
            UPDATE contacts SET last_review_on = NEW.completed_on
             WHERE id = NEW.contact_id
               AND (last_review_on IS NULL OR last_review_on < NEW.completed_on);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.completed_on IS DISTINCT FROM NEW.completed_on
           OR OLD.contact_id IS DISTINCT FROM NEW.contact_id THEN
            UPDATE contacts SET last_review_on = {LATEST}
             WHERE id IN (OLD.contact_id, NEW.contact_id)
               AND last_review_on IS DISTINCT FROM {LATEST};
        END IF;
    ELSIF OLD.completed_on IS NOT NULL THEN
        UPDATE contacts SET last_review_on = {LATEST}
         WHERE id = OLD.contact_id AND last_review_on IS DISTINCT FROM {LATEST};
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.add_column("contacts", sa.Column("last_review_on", sa.Date(), nullable=True))
    op.execute(
        f"UPDATE contacts SET last_review_on = {LATEST} "
        "WHERE id IN (SELECT contact_id FROM reviews WHERE completed_on IS NOT NULL)"
    )
    for name, lead in LISTING_INDEXES.items():
        op.drop_index(name, "contacts")
        covered = [c for c in ("id", *FILTERS) if c not in lead]
        columns = [sa.text(c) if "(" in c else c for c in ("archived_on", *lead, *covered)]
        op.create_index(name, "contacts", columns)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            "CREATE TRIGGER reviews_last_review_on "
            "AFTER INSERT OR DELETE OR UPDATE OF completed_on, contact_id ON reviews "
            "FOR EACH ROW EXECUTE FUNCTION reviews_last_review_on()"
        )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
