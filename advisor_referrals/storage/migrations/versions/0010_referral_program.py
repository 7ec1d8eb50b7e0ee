"""The referral program: programs, goals, rewards, client events with their invitations
and guests; on referrals the program, why they refer, how they heard, the kit code and
the advisor's minutes; on kit history the code printed on the kit's cards; on asks the
advisor's minutes.

Revision ID: 0010
Revises: 0015
Create Date: 2026-12-10
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import SAWarning

revision = "0010"
down_revision = "0015"
branch_labels = None
depends_on = None

PROGRAM_KINDS = "'evergreen', 'limited_time'"
AUDIENCES = "'clients', 'centers_of_influence', 'segment', 'tag'"
REWARD_KINDS = "'gift', 'gift_card', 'credit', 'donation', 'invitation', 'cash'"
REWARD_WHEN = "'introduction', 'first_meeting', 'became_client'"
RSVPS = "'pending', 'yes', 'no', 'maybe'"
HOW_HEARD = "'kit_card', 'event', 'conversation', 'center_of_influence', 'online'"


def _stamps(*, updated: bool = True) -> list[sa.Column[object]]:
    columns = [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    ]
    if updated:
        columns.append(sa.Column("updated_at", sa.DateTime(), nullable=False))
    return columns


def _fk(column: str, table: str, *, ondelete: str, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(
        column, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "programs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("starts_on", sa.Date()),
        sa.Column("ends_on", sa.Date()),
        sa.Column("audience", sa.String(24), nullable=False),
        sa.Column("audience_value", sa.String(200), nullable=False, server_default=""),
        sa.Column("reward_kind", sa.String(16), nullable=False),
        sa.Column("reward_value_cents", sa.BigInteger()),
        sa.Column("reward_when", sa.String(16), nullable=False),
        sa.Column("reward_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("friend_offer", sa.Text(), nullable=False, server_default=""),
        sa.Column("kit_wording", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        *_stamps(),
        sa.CheckConstraint(f"kind IN ({PROGRAM_KINDS})", name="kind"),
        sa.CheckConstraint(f"audience IN ({AUDIENCES})", name="audience"),
        sa.CheckConstraint(f"reward_kind IN ({REWARD_KINDS})", name="reward_kind"),
        sa.CheckConstraint(f"reward_when IN ({REWARD_WHEN})", name="reward_when"),
        sa.CheckConstraint(
            "kind <> 'limited_time' OR (starts_on IS NOT NULL AND ends_on IS NOT NULL)",
            name="limited_has_dates",
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
            name="ends_after_start",
        ),
        sa.CheckConstraint(
            "reward_value_cents IS NULL OR reward_value_cents >= 0",
            name="reward_value",
        ),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("figure", sa.String(40), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_stamps(),
        sa.CheckConstraint("period_kind IN ('quarter', 'year')", name="period_kind"),
        sa.CheckConstraint("target > 0", name="target"),
        sa.CheckConstraint(
            "(period_kind = 'year' AND quarter IS NULL) "
            "OR (period_kind = 'quarter' AND quarter BETWEEN 1 AND 4)",
            name="quarter",
        ),
    )
    op.create_index("ix_goals_year", "goals", ["year", "quarter"])
    op.create_table(
        "client_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("capacity", sa.Integer()),
        sa.Column("cost_cents", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("minutes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_stamps(),
        sa.CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        sa.CheckConstraint("cost_cents >= 0", name="cost"),
        sa.CheckConstraint("minutes >= 0", name="minutes"),
    )
    op.create_index("ix_client_events_held_on", "client_events", ["held_on"])
    op.create_table(
        "event_invitations",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("event_id", "client_events", ondelete="CASCADE"),
        _fk("contact_id", "contacts", ondelete="CASCADE"),
        sa.Column("guest_places", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("rsvp", sa.String(8), nullable=False, server_default="pending"),
        sa.Column("attended", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("invited_on", sa.Date()),
        *_stamps(updated=False),
        sa.UniqueConstraint(
            "event_id", "contact_id", name="uq_event_invitations_event_id_contact_id"
        ),
        sa.CheckConstraint(f"rsvp IN ({RSVPS})", name="rsvp"),
        sa.CheckConstraint("guest_places BETWEEN 0 AND 20", name="guest_places"),
    )
    op.create_index("ix_event_invitations_contact_id", "event_invitations", ["contact_id"])

    _referral_columns()

    op.create_table(
        "event_guests",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("event_id", "client_events", ondelete="CASCADE"),
        _fk("host_id", "contacts", ondelete="CASCADE"),
        _fk("contact_id", "contacts", ondelete="CASCADE"),
        _fk("referral_id", "referrals", ondelete="SET NULL", nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=False, server_default=sa.true()),
        *_stamps(updated=False),
        sa.UniqueConstraint("event_id", "contact_id", name="uq_event_guests_event_id_contact_id"),
        sa.CheckConstraint("host_id <> contact_id", name="not_own_guest"),
    )
    op.create_index("ix_event_guests_referral_id", "event_guests", ["referral_id"])
    op.create_index("ix_event_guests_contact_id", "event_guests", ["contact_id"])
    op.create_table(
        "rewards",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "referral_id",
            sa.Integer(),
            sa.ForeignKey("referrals.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        _fk("program_id", "programs", ondelete="SET NULL", nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value_cents", sa.BigInteger()),
        sa.Column("earned_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("given_on", sa.Date()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_stamps(),
        sa.CheckConstraint(f"kind IN ({REWARD_KINDS})", name="kind"),
        sa.CheckConstraint("value_cents IS NULL OR value_cents >= 0", name="value"),
        sa.CheckConstraint("due_on >= earned_on", name="due_after_earned"),
    )
    op.create_index("ix_rewards_due_on", "rewards", ["given_on", "due_on"])
    op.create_index("ix_rewards_program_id", "rewards", ["program_id"])

    op.add_column(
        "kit_history", sa.Column("code", sa.String(16), nullable=False, server_default="")
    )
    # The advisor's time on an ask, for the cost of a new client.
    op.add_column("asks", sa.Column("minutes", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_kit_history_code", "kit_history", ["code"])
    if op.get_bind().dialect.name == "postgresql":
        _row_policies()


# Revision 0014's constraint on how a referrer was thanked, and its partial index. SQLite
# names neither in a way a copy of the table can read back: the copy is given them.
THANKED_BY = (
    "thanked_by IS NULL OR thanked_by IN "
    "('email', 'copied', 'letter', 'card', 'phone', 'in_person')"
)
UNDISCLOSED = "comp_kind IS NOT NULL AND comp_disclosure_delivered_on IS NULL"


def _referral_columns() -> None:
    """SQLite cannot add a constraint to a table: the batch copies the table with the new
    columns and their constraints; PostgreSQL alters it in place."""
    how_heard = f"how_heard IS NULL OR how_heard IN ({HOW_HEARD})"
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.drop_index("ix_referrals_undisclosed", "referrals")
    with (
        warnings.catch_warnings(),
        op.batch_alter_table(
            "referrals",
            recreate="always" if sqlite else "never",
            table_args=(sa.CheckConstraint(THANKED_BY, name="thanked_by"),) if sqlite else (),
        ) as batch,
    ):
        # The copy reflects the tables referrals point at; SQLite cannot describe the
        # contacts' expression indexes, which the copy does not touch. The unnamed check
        # on thanked_by it cannot read is the one given above.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        warnings.filterwarnings("ignore", "Unnamed CHECK constraint", UserWarning)
        batch.add_column(sa.Column("program_id", sa.Integer()))
        batch.add_column(sa.Column("why_refer", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("why_refer_notes", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("how_heard", sa.String(24)))
        batch.add_column(sa.Column("kit_code", sa.String(16), nullable=False, server_default=""))
        batch.add_column(sa.Column("minutes", sa.Integer(), nullable=False, server_default="0"))
        batch.create_foreign_key(
            "fk_referrals_program_id_programs",
            "programs",
            ["program_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_check_constraint("how_heard", how_heard)
        batch.create_check_constraint("minutes", "minutes >= 0")
        batch.create_index("ix_referrals_program_id", ["program_id"])
        batch.create_index("ix_referrals_kit_code", ["kit_code"])
    if sqlite:
        op.create_index(
            "ix_referrals_undisclosed",
            "referrals",
            ["received_on"],
            sqlite_where=sa.text(UNDISCLOSED),
        )


# On PostgreSQL, what hangs off a client follows the client's advisor under row-level
# security, as the practice's other records do (0013, docs/design.md, "A practice"):
# an invitation and a guest by their contact, a reward by its referral. Programs, goals
# and the events themselves are the practice's.
SEES_ALL = "(SELECT practice_sees_all())"
ROW_POLICIES = {
    "event_invitations": f"{SEES_ALL} OR contact_id IN (SELECT c.id FROM contacts c)",
    "event_guests": f"{SEES_ALL} OR contact_id IN (SELECT c.id FROM contacts c)",
    "rewards": f"{SEES_ALL} OR referral_id IN (SELECT r.id FROM referrals r)",
}


def _row_policies() -> None:
    run = op.get_bind().exec_driver_sql
    for table, rule in ROW_POLICIES.items():
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        run(f"CREATE POLICY practice_book ON {table} USING ({rule}) WITH CHECK ({rule})")


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
