"""A practice on one server: members, the advisor of record, tasks, compliance notes.

(docs/design.md, "A practice".) Every book gains the tables; contacts gain `advisor`,
the advisor of record. On PostgreSQL the database itself then holds the rules a
member's own role cannot get round, whoever connects and however:

- The audit entry's user (and a task's creator, a compliance note's author) is the
  server session's user, set by BEFORE INSERT triggers: whatever the client sends is
  replaced. The audit one is named to fire before the audit chain's trigger
  (PostgreSQL fires them in name order), so the hash covers the name the server set.
  (A status change's user and a kit's maker keep what a book file brings: the audit
  entry of the same change names who made it.)
- Row-level security: where the practice keeps separate books, an advisor (or an
  assistant working for them) sees and writes only their own clients and what hangs
  off them; unassigned contacts belong to no one and are seen by all. Compliance
  officers and administrators see everything. The table owner (the practice's
  administration role) is not subject to it, so single-role books work as before.
- An assistant's change of compensation is refused by a trigger.

Who may do what at all (GRANTs) is not here: the roles are made per server by
`practice init`, which runs after the migrations (storage/practice_roles.py).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

KINDS = "'advisor', 'assistant', 'compliance', 'administrator'"
TASK_KINDS = "'first_contact', 'thank_you', 'reward', 'review_booking'"

# Helper functions run as their owner (SECURITY DEFINER) so they read the practice's
# tables whatever the member may see; search_path is fixed so a member's own objects
# (a temporary table named `members`, say) cannot stand in for the real ones.
DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

POSTGRES_FUNCTIONS = (
    f"""
CREATE FUNCTION practice_member_kind() RETURNS text {DEFINER} AS $$
    SELECT kind FROM members WHERE name = session_user AND active
$$
""",
    f"""
CREATE FUNCTION practice_sees_all() RETURNS boolean {DEFINER} AS $$
    SELECT coalesce((SELECT books <> 'separate' FROM practice WHERE id = 1), true)
        OR coalesce(practice_member_kind() IN ('compliance', 'administrator'), false)
$$
""",
    f"""
CREATE FUNCTION practice_my_advisors() RETURNS text[] {DEFINER} AS $$
    SELECT ARRAY[session_user::text] || coalesce(
        (SELECT array_agg(a.advisor::text) FROM member_advisors a
           JOIN members m ON m.name = a.assistant AND m.active
          WHERE a.assistant = session_user), ARRAY[]::text[])
$$
""",
    # Fills a column with the session's user; the column is the trigger's argument.
    """
CREATE FUNCTION practice_stamp_session_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user::text));
    RETURN NEW;
END
$$
""",
    """
CREATE FUNCTION referrals_compensation_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF practice_member_kind() IS DISTINCT FROM 'assistant' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.comp_kind IS NULL AND NEW.comp_value_cents IS NULL
           AND NEW.comp_currency IS NULL AND NOT coalesce(NEW.comp_agreement_on_file, false)
           AND NEW.comp_disclosure_delivered_on IS NULL THEN
            RETURN NEW;
        END IF;
    ELSIF (NEW.comp_kind, NEW.comp_value_cents, NEW.comp_currency,
           NEW.comp_agreement_on_file, NEW.comp_disclosure_delivered_on)
          IS NOT DISTINCT FROM
          (OLD.comp_kind, OLD.comp_value_cents, OLD.comp_currency,
           OLD.comp_agreement_on_file, OLD.comp_disclosure_delivered_on) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'an assistant cannot change a referral''s compensation'
        USING ERRCODE = 'insufficient_privilege';
END
$$
""",
)

# (table, column) filled from session_user on insert. "aa" sorts the audit trigger
# before the chain's ("zz"), which hashes the entry.
SESSION_USER_COLUMNS = {
    "audit_entries_aa_session_user": ("audit_entries", "user"),
    "tasks_session_user": ("tasks", "created_by"),
    "compliance_notes_session_user": ("compliance_notes", "author"),
}

SEES_ALL = "(SELECT practice_sees_all())"
OF_VISIBLE_CONTACT = f"{SEES_ALL} OR {{column}} IN (SELECT c.id FROM contacts c)"
# The rows each table shows a member (the same rule checks what they write).
ROW_POLICIES = {
    "contacts": (
        f"advisor IS NULL OR {SEES_ALL} "
        "OR advisor = ANY (CAST((SELECT practice_my_advisors()) AS text[]))"
    ),
    "contact_tags": OF_VISIBLE_CONTACT.format(column="contact_id"),
    "conversation_triggers": OF_VISIBLE_CONTACT.format(column="contact_id"),
    "reviews": OF_VISIBLE_CONTACT.format(column="contact_id"),
    "kit_history": OF_VISIBLE_CONTACT.format(column="contact_id"),
    "outbound_referrals": OF_VISIBLE_CONTACT.format(column="contact_id"),
    "asks": OF_VISIBLE_CONTACT.format(column="contact_id"),
    # An import's record of a contact as it was before the import updated it.
    "import_batch_updates": OF_VISIBLE_CONTACT.format(column="contact_id"),
    # A referral belongs to the advisor of the person referred.
    "referrals": OF_VISIBLE_CONTACT.format(column="referred_id"),
    "referral_status_changes": (f"{SEES_ALL} OR referral_id IN (SELECT r.id FROM referrals r)"),
    "tasks": (f"{OF_VISIBLE_CONTACT.format(column='contact_id')} OR assignee = session_user::text"),
}


def upgrade() -> None:
    op.create_table(
        "practice",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("books", sa.String(16), nullable=False, server_default="shared"),
        sa.Column("role_prefix", sa.String(40), nullable=False),
        sa.Column("initialized_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint("id = 1", name="one_row"),
        sa.CheckConstraint("books IN ('shared', 'separate')", name="books"),
    )
    op.create_table(
        "members",
        sa.Column("name", sa.String(63), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(f"kind IN ({KINDS})", name="kind"),
    )
    op.create_table(
        "member_advisors",
        sa.Column(
            "assistant",
            sa.String(63),
            sa.ForeignKey("members.name", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "advisor",
            sa.String(63),
            sa.ForeignKey("members.name", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.add_column("contacts", sa.Column("advisor", sa.String(100), nullable=True))
    op.create_index("ix_contacts_advisor", "contacts", ["advisor"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id", ondelete="CASCADE")),
        sa.Column("assignee", sa.String(100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"kind IN ({TASK_KINDS})", name="kind"),
    )
    op.create_index("ix_tasks_assignee", "tasks", ["assignee", "done_on", "due_on"])
    op.create_index("ix_tasks_contact_id", "tasks", ["contact_id"])
    op.create_index("ix_tasks_referral_id", "tasks", ["referral_id"])
    op.create_table(
        "compliance_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer()),
        sa.Column("author", sa.String(100), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_compliance_notes_entity", "compliance_notes", ["entity", "entity_id"])
    if op.get_bind().dialect.name == "postgresql":
        _server_rules()


def _server_rules() -> None:
    run = op.get_bind().exec_driver_sql  # straight to the driver: the SQL's colons are not binds
    for statement in POSTGRES_FUNCTIONS:
        run(statement)
    for trigger, (table, column) in SESSION_USER_COLUMNS.items():
        run(
            f"CREATE TRIGGER {trigger} BEFORE INSERT ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION practice_stamp_session_user('{column}')"
        )
    run(
        "CREATE TRIGGER referrals_compensation_guard BEFORE INSERT OR UPDATE ON referrals "
        "FOR EACH ROW EXECUTE FUNCTION referrals_compensation_guard()"
    )
    for table, rule in ROW_POLICIES.items():
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        run(f"CREATE POLICY practice_book ON {table} USING ({rule}) WITH CHECK ({rule})")
    # Compliance notes: every reader allowed by GRANT sees them all; each officer
    # writes and changes only their own.
    run("ALTER TABLE compliance_notes ENABLE ROW LEVEL SECURITY")
    run("CREATE POLICY practice_read ON compliance_notes FOR SELECT USING (true)")
    run(
        "CREATE POLICY practice_own_insert ON compliance_notes FOR INSERT "
        "WITH CHECK (author = session_user::text)"
    )
    run(
        "CREATE POLICY practice_own_update ON compliance_notes FOR UPDATE "
        "USING (author = session_user::text) WITH CHECK (author = session_user::text)"
    )
    run(
        "CREATE POLICY practice_own_delete ON compliance_notes FOR DELETE "
        "USING (author = session_user::text)"
    )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
