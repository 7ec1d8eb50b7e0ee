"""The book's tables as SQLAlchemy 2.x typed models.

Rules that protect the data live in the schema too (checks, foreign keys), so a
bug above this layer or a hand edit cannot store a book that breaks them.
Money is stored in cents: SQLite has no exact decimal type.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    Relationship,
    ReviewKind,
    Segment,
    Tier,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    check = f"{column} IN ({values})"
    return f"{column} IS NULL OR {check}" if nullable else check


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    """Timestamps are stored in UTC without a zone; the UI shows them in local time."""
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class ReviewCadence(Base):
    __tablename__ = "review_cadence"
    __table_args__ = (
        CheckConstraint(one_of("tier", Tier), name="tier"),
        CheckConstraint("reviews_per_year BETWEEN 1 AND 12", name="reviews_per_year"),
    )
    tier: Mapped[str] = mapped_column(String(1), primary_key=True)
    reviews_per_year: Mapped[int] = mapped_column(Integer, nullable=False)


class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=_now, onupdate=_now
    )
    members: Mapped[list[ContactRow]] = relation(back_populates="household")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tags_tag_id", "tag_id"),
)


class TagRow(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(one_of("relationship", Relationship), name="relationship"),
        CheckConstraint(one_of("segment", Segment), name="segment"),
        CheckConstraint(one_of("tier", Tier, nullable=True), name="tier"),
        CheckConstraint(
            "reviews_per_year IS NULL OR reviews_per_year BETWEEN 1 AND 12", name="reviews_per_year"
        ),
        CheckConstraint("first_name <> '' OR last_name <> ''", name="has_name"),
        Index("ix_contacts_relationship", "relationship"),
        Index("ix_contacts_segment", "segment"),
        Index("ix_contacts_tier", "tier"),
        Index("ix_contacts_client_since", "client_since"),
        Index("ix_contacts_household_id", "household_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    relationship: Mapped[str] = mapped_column(
        String(24), nullable=False, default=Relationship.PROSPECT.value
    )
    profession: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL")
    )
    segment: Mapped[str] = mapped_column(String(16), nullable=False, default=Segment.UNKNOWN.value)
    tier: Mapped[str | None] = mapped_column(String(1))
    client_since: Mapped[date | None] = mapped_column(Date)
    has_written_plan: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    do_not_ask: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reviews_per_year: Mapped[int | None] = mapped_column(Integer)
    archived_on: Mapped[date | None] = mapped_column(Date)
    # The latest completed review's date (any day, future ones too), NULL when never
    # reviewed. Written only by the database's triggers on `reviews` (migration 0005).
    last_review_on: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=_now, onupdate=_now
    )

    household: Mapped[Household | None] = relation(back_populates="members")
    tags: Mapped[list[TagRow]] = relation(secondary=contact_tags, order_by=TagRow.name)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# Case-insensitive sorting and lookups of the client table use these expression indexes.
Index("ix_contacts_name_sort", func.lower(ContactRow.last_name), func.lower(ContactRow.first_name))
Index("ix_contacts_first_name_sort", func.lower(ContactRow.first_name))
Index("ix_contacts_email_lower", func.lower(ContactRow.email))
Index("ix_contacts_city_sort", func.lower(ContactRow.city))


def _listing_index(name: str, *lead: Any) -> Index:
    """Contacts in one sort order, live ones first, covering the client table's quick filters."""
    covered = (
        ContactRow.id,
        ContactRow.relationship,
        ContactRow.segment,
        ContactRow.tier,
        ContactRow.reviews_per_year,
        ContactRow.last_review_on,
    )
    return Index(name, ContactRow.archived_on, *lead, *(c for c in covered if c not in lead))


_NAME_SORT = (func.lower(ContactRow.last_name), func.lower(ContactRow.first_name))
# Migration 0003 creates these (0005 adds last_review_on); the client table names them when it lists contacts.
LISTING_INDEXES: tuple[Index, ...] = (
    _listing_index("ix_contacts_list_name", *_NAME_SORT),
    _listing_index("ix_contacts_list_first_name", func.lower(ContactRow.first_name)),
    _listing_index("ix_contacts_list_email", func.lower(ContactRow.email)),
    _listing_index("ix_contacts_list_phone", ContactRow.phone),
    _listing_index("ix_contacts_list_city", func.lower(ContactRow.city)),
    _listing_index("ix_contacts_list_relationship", ContactRow.relationship, *_NAME_SORT),
    _listing_index("ix_contacts_list_segment", ContactRow.segment, *_NAME_SORT),
    _listing_index("ix_contacts_list_tier", ContactRow.tier, *_NAME_SORT),
    _listing_index("ix_contacts_list_client_since", ContactRow.client_since),
    _listing_index("ix_contacts_list_household", ContactRow.household_id, *_NAME_SORT),
)
Index("ix_households_name_sort", func.lower(Household.name))


class TriggerKindRow(Base):
    __tablename__ = "trigger_kinds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    talking_point: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class TriggerRow(Base):
    __tablename__ = "conversation_triggers"
    __table_args__ = (
        Index("ix_conversation_triggers_contact", "contact_id", "occurred_on"),
        Index("ix_conversation_triggers_occurred_on", "occurred_on"),
        Index("ix_conversation_triggers_kind_id", "kind_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    kind_id: Mapped[int] = mapped_column(ForeignKey("trigger_kinds.id"), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    referral_conversation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=_now, onupdate=_now
    )

    contact: Mapped[ContactRow] = relation()
    kind: Mapped[TriggerKindRow] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReferralRow(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(one_of("status", ReferralStatus), name="status"),
        CheckConstraint(one_of("channel", Channel, nullable=True), name="channel"),
        CheckConstraint(one_of("comp_kind", CompensationKind, nullable=True), name="comp_kind"),
        CheckConstraint("referrer_id <> referred_id", name="not_self"),
        CheckConstraint(
            "converted_on IS NULL OR converted_on >= received_on", name="converted_after_received"
        ),
        CheckConstraint("comp_value_cents IS NULL OR comp_value_cents >= 0", name="comp_value"),
        CheckConstraint(
            "(comp_kind IS NULL) = (comp_value_cents IS NULL)", name="comp_kind_with_value"
        ),
        Index("ix_referrals_referrer_id", "referrer_id", "received_on"),
        Index("ix_referrals_referred_id", "referred_id"),
        Index("ix_referrals_received_on", "received_on"),
        Index("ix_referrals_converted_on", "converted_on"),
        Index("ix_referrals_status", "status"),
        Index("ix_referrals_trigger_id", "trigger_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referrer_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    referred_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=ReferralStatus.NEW.value
    )
    channel: Mapped[str | None] = mapped_column(String(16))
    first_contacted_on: Mapped[date | None] = mapped_column(Date)
    thanked_on: Mapped[date | None] = mapped_column(Date)
    converted_on: Mapped[date | None] = mapped_column(Date)
    trigger_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation_triggers.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    comp_kind: Mapped[str | None] = mapped_column(String(16))
    comp_value_cents: Mapped[int | None] = mapped_column(BigInteger)
    comp_currency: Mapped[str | None] = mapped_column(String(3))
    comp_agreement_on_file: Mapped[bool | None] = mapped_column(Boolean)
    comp_disclosure_delivered_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=_now, onupdate=_now
    )

    referrer: Mapped[ContactRow] = relation(foreign_keys=[referrer_id])
    referred: Mapped[ContactRow] = relation(foreign_keys=[referred_id])
    trigger: Mapped[TriggerRow | None] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReferralStatusChangeRow(Base):
    """Each move of a referral through the pipeline, dated, for its history."""

    __tablename__ = "referral_status_changes"
    __table_args__ = (Index("ix_referral_status_changes_referral_id", "referral_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False
    )
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16), nullable=False)
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    user: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class OutboundReferralRow(Base):
    """A client the advisor sent to a centre of influence: the other half of reciprocity."""

    __tablename__ = "outbound_referrals"
    __table_args__ = (
        CheckConstraint("coi_id <> contact_id", name="not_self"),
        Index("ix_outbound_referrals_coi_id", "coi_id", "sent_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coi_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps"),
        CheckConstraint(one_of("kind", ReviewKind, nullable=True), name="kind"),
        CheckConstraint(
            "scheduled_for IS NOT NULL OR completed_on IS NOT NULL", name="scheduled_or_completed"
        ),
        Index("ix_reviews_contact", "contact_id", "completed_on"),
        Index("ix_reviews_scheduled_for", "scheduled_for"),
        Index("ix_reviews_completed_on", "completed_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    scheduled_for: Mapped[date | None] = mapped_column(Date)
    scheduled_time: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[str | None] = mapped_column(String(16))
    completed_on: Mapped[date | None] = mapped_column(Date)
    nps: Mapped[int | None] = mapped_column(Integer)
    feedback_requested: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    referral_conversation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    rescheduled_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=_now, onupdate=_now
    )

    contact: Mapped[ContactRow] = relation()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# Which review replaced this one (the metrics' "not rescheduled since"; migration 0003).
# Partial, so that the planner's statistics describe the few reviews that have the link.
Index(
    "ix_reviews_rescheduled_from_id",
    ReviewRow.rescheduled_from_id,
    sqlite_where=ReviewRow.rescheduled_from_id.isnot(None),
    postgresql_where=ReviewRow.rescheduled_from_id.isnot(None),
)


class KitHistoryRow(Base):
    __tablename__ = "kit_history"
    __table_args__ = (Index("ix_kit_history_contact_id", "contact_id", "generated_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    generated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    generated_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    page_size: Mapped[str] = mapped_column(String(10), nullable=False, default="letter")
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class AuditRow(Base):
    """Append-only: the migrations add database triggers that refuse updates and deletes."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_at", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)
    user: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    entity: Mapped[str] = mapped_column(String(30), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    changes: Mapped[Any] = mapped_column(JSON, nullable=True)
