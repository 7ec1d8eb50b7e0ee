"""The book: contacts, households, tags, triggers, referrals, reviews, kits, settings, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from advisor_referrals.domain.reviews import DEFAULT_CADENCE
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _bookkeeping(*, updated: bool = True) -> list[sa.Column[object]]:
    columns = [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    ]
    if updated:
        columns.append(sa.Column("updated_at", sa.DateTime(), nullable=False))
    return columns


def _fk(
    column: str, table: str, *, nullable: bool = False, ondelete: str | None = "CASCADE"
) -> sa.Column[int]:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(f"{table}.id", ondelete=ondelete),
        nullable=nullable,
    )


def _one_of(column: str, values: str, *, nullable: bool = False) -> str:
    return f"{column} IS NULL OR {column} IN ({values})" if nullable else f"{column} IN ({values})"


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=True),
    )
    op.create_table(
        "review_cadence",
        sa.Column("tier", sa.String(1), primary_key=True),
        sa.Column("reviews_per_year", sa.Integer(), nullable=False),
        sa.CheckConstraint("tier IN ('A', 'B', 'C')", name="tier"),
        sa.CheckConstraint("reviews_per_year BETWEEN 1 AND 12", name="reviews_per_year"),
    )
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_bookkeeping(),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False, unique=True),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("last_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("preferred_name", sa.String(100)),
        sa.Column("relationship", sa.String(24), nullable=False, server_default="prospect"),
        sa.Column("profession", sa.String(100)),
        sa.Column("email", sa.String(254)),
        sa.Column("phone", sa.String(40)),
        sa.Column("city", sa.String(200)),
        sa.Column("region", sa.String(200)),
        sa.Column("country", sa.String(200)),
        _fk("household_id", "households", nullable=True, ondelete="SET NULL"),
        sa.Column("segment", sa.String(16), nullable=False, server_default="unknown"),
        sa.Column("tier", sa.String(1)),
        sa.Column("client_since", sa.Date()),
        sa.Column("has_written_plan", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("do_not_ask", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("reviews_per_year", sa.Integer()),
        sa.Column("archived_on", sa.Date()),
        *_bookkeeping(),
        sa.CheckConstraint("first_name <> '' OR last_name <> ''", name="has_name"),
        sa.CheckConstraint(
            _one_of("relationship", "'prospect', 'client', 'former_client', 'center_of_influence'"),
            name="relationship",
        ),
        sa.CheckConstraint(
            _one_of("segment", "'engaged', 'content', 'complacent', 'disgruntled', 'unknown'"),
            name="segment",
        ),
        sa.CheckConstraint(_one_of("tier", "'A', 'B', 'C'", nullable=True), name="tier"),
        sa.CheckConstraint(
            "reviews_per_year IS NULL OR reviews_per_year BETWEEN 1 AND 12", name="reviews_per_year"
        ),
    )
    for name, expressions in {
        "ix_contacts_name_sort": ["lower(last_name)", "lower(first_name)"],
        "ix_contacts_first_name_sort": ["lower(first_name)"],
        "ix_contacts_email_lower": ["lower(email)"],
        "ix_contacts_city_sort": ["lower(city)"],
    }.items():
        op.create_index(name, "contacts", [sa.text(e) for e in expressions])
    for column in ("relationship", "segment", "tier", "client_since", "household_id"):
        op.create_index(f"ix_contacts_{column}", "contacts", [column])

    op.create_table(
        "contact_tags",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer(), sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_contact_tags_tag_id", "contact_tags", ["tag_id"])

    kinds = op.create_table(
        "trigger_kinds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("talking_point", sa.Text(), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_table(
        "conversation_triggers",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("contact_id", "contacts"),
        _fk("kind_id", "trigger_kinds", ondelete=None),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("referral_conversation", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_bookkeeping(),
    )
    op.create_index(
        "ix_conversation_triggers_contact", "conversation_triggers", ["contact_id", "occurred_on"]
    )
    op.create_index(
        "ix_conversation_triggers_occurred_on", "conversation_triggers", ["occurred_on"]
    )
    op.create_index("ix_conversation_triggers_kind_id", "conversation_triggers", ["kind_id"])

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("referrer_id", "contacts"),
        _fk("referred_id", "contacts"),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="new"),
        sa.Column("channel", sa.String(16)),
        sa.Column("first_contacted_on", sa.Date()),
        sa.Column("thanked_on", sa.Date()),
        sa.Column("converted_on", sa.Date()),
        _fk("trigger_id", "conversation_triggers", nullable=True, ondelete="SET NULL"),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("comp_kind", sa.String(16)),
        sa.Column("comp_value_cents", sa.BigInteger()),
        sa.Column("comp_currency", sa.String(3)),
        sa.Column("comp_agreement_on_file", sa.Boolean()),
        sa.Column("comp_disclosure_delivered_on", sa.Date()),
        *_bookkeeping(),
        sa.CheckConstraint(
            _one_of(
                "status",
                "'intended', 'new', 'contacted', 'meeting', 'converted', 'not_a_fit', 'lost'",
            ),
            name="status",
        ),
        sa.CheckConstraint(
            _one_of(
                "channel",
                "'introduction', 'email', 'phone', 'event', 'social', 'website', 'other'",
                nullable=True,
            ),
            name="channel",
        ),
        sa.CheckConstraint(
            _one_of("comp_kind", "'cash', 'gift', 'fee_waiver', 'other'", nullable=True),
            name="comp_kind",
        ),
        sa.CheckConstraint("referrer_id <> referred_id", name="not_self"),
        sa.CheckConstraint(
            "converted_on IS NULL OR converted_on >= received_on", name="converted_after_received"
        ),
        sa.CheckConstraint("comp_value_cents IS NULL OR comp_value_cents >= 0", name="comp_value"),
        sa.CheckConstraint(
            "(comp_kind IS NULL) = (comp_value_cents IS NULL)", name="comp_kind_with_value"
        ),
    )
    op.create_index("ix_referrals_referrer_id", "referrals", ["referrer_id", "received_on"])
    for column in ("referred_id", "received_on", "converted_on", "status", "trigger_id"):
        op.create_index(f"ix_referrals_{column}", "referrals", [column])

    op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("referral_id", "referrals"),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(100), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_referral_status_changes_referral_id", "referral_status_changes", ["referral_id"]
    )

    op.create_table(
        "outbound_referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("coi_id", "contacts"),
        _fk("contact_id", "contacts"),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_bookkeeping(updated=False),
        sa.CheckConstraint("coi_id <> contact_id", name="not_self"),
    )
    op.create_index("ix_outbound_referrals_coi_id", "outbound_referrals", ["coi_id", "sent_on"])

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("contact_id", "contacts"),
        sa.Column("scheduled_for", sa.Date()),
        sa.Column("scheduled_time", sa.Time()),
        sa.Column("kind", sa.String(16)),
        sa.Column("completed_on", sa.Date()),
        sa.Column("nps", sa.Integer()),
        sa.Column("feedback_requested", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("referral_conversation", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("cancelled_on", sa.Date()),
        _fk("rescheduled_from_id", "reviews", nullable=True, ondelete="SET NULL"),
        *_bookkeeping(),
        sa.CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps"),
        sa.CheckConstraint(
            _one_of("kind", "'in_person', 'video', 'phone'", nullable=True), name="kind"
        ),
        sa.CheckConstraint(
            "scheduled_for IS NOT NULL OR completed_on IS NOT NULL", name="scheduled_or_completed"
        ),
    )
    op.create_index("ix_reviews_contact", "reviews", ["contact_id", "completed_on"])
    op.create_index("ix_reviews_scheduled_for", "reviews", ["scheduled_for"])
    op.create_index("ix_reviews_completed_on", "reviews", ["completed_on"])

    op.create_table(
        "kit_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("contact_id", "contacts"),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("generated_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("page_size", sa.String(10), nullable=False, server_default="letter"),
        sa.Column("pages", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("file_name", sa.String(500), nullable=False, server_default=""),
    )
    op.create_index("ix_kit_history_contact_id", "kit_history", ["contact_id", "generated_at"])

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(100), nullable=False, server_default=""),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer()),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("changes", sa.JSON()),
    )
    op.create_index("ix_audit_entries_entity", "audit_entries", ["entity", "entity_id"])
    op.create_index("ix_audit_entries_at", "audit_entries", ["at"])
    _make_audit_append_only()

    op.bulk_insert(
        kinds,
        [
            {
                "key": kind.key,
                "label": kind.label,
                "talking_point": kind.talking_point,
                "active": True,
                "sort_order": position,
                "version": 1,
            }
            for position, kind in enumerate(DEFAULT_TRIGGER_KINDS)
        ],
    )
    cadence = sa.table(
        "review_cadence", sa.column("tier", sa.String), sa.column("reviews_per_year", sa.Integer)
    )
    op.bulk_insert(
        cadence, [{"tier": tier, "reviews_per_year": n} for tier, n in DEFAULT_CADENCE.items()]
    )


def _make_audit_append_only() -> None:
    """Books and records rules: the audit trail can grow, never change."""
    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entries_no_{event.lower()} BEFORE {event} ON audit_entries "
                "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
        )


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
