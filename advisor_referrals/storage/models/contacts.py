"""Contacts, households and tags, with the indexes the client table lists by."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    and_,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as relation

from advisor_referrals.domain.enums import (
    Relationship,
    Segment,
    Tier,
)
from advisor_referrals.domain.names import name_sort_key
from advisor_referrals.storage.models.base import Base, for_dialect, now, one_of


class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
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


def _name_key_of_insert(context: Any) -> bytes:
    """The sort key of a contact inserted without one (a plain INSERT of its names)."""
    values = context.get_current_parameters()
    return name_sort_key(values.get("first_name"), values.get("last_name"))


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
        Index("ix_contacts_advisor", "advisor"),
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
    # The advisor of record (docs/design.md, "A practice"): a member's role name on a
    # practice book, any advisor's name on SQLite; NULL when the contact is no one's.
    advisor: Mapped[str | None] = mapped_column(String(100))
    segment: Mapped[str] = mapped_column(String(16), nullable=False, default=Segment.UNKNOWN.value)
    tier: Mapped[str | None] = mapped_column(String(1))
    client_since: Mapped[date | None] = mapped_column(Date)
    has_written_plan: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    do_not_ask: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reviews_per_year: Mapped[int | None] = mapped_column(Integer)
    # The language the contact's kit is written in (a BCP 47 tag); NULL for the default.
    preferred_language: Mapped[str | None] = mapped_column(String(35))
    archived_on: Mapped[date | None] = mapped_column(Date)
    # The latest completed review's date (any day, future ones too), NULL when never
    # reviewed. Written only by the database's triggers on `reviews` (migration 0005).
    last_review_on: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Where the contact stands in name order (`domain.names.name_sort_key`), kept with
    # its names like search_text: on every ORM flush and by the bulk writers.
    name_key: Mapped[bytes] = mapped_column(
        LargeBinary, nullable=False, default=_name_key_of_insert
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )

    household: Mapped[Household | None] = relation(back_populates="members")
    tags: Mapped[list[TagRow]] = relation(secondary=contact_tags, order_by=TagRow.name)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


def name_order(contact: Any = ContactRow) -> tuple[Any]:
    """People listed by name: last name, then first, in alphabetical order
    (ix_contacts_list_name).

    `contact` may be an alias of the contacts table (a referrer, a subquery's columns).
    The sort key is bytes, compared the same way by SQLite and PostgreSQL
    (docs/design.md, "Search and sorting").
    """
    return (contact.name_key,)


def _listing_index(name: str, *lead: Any, include: tuple[Any, ...] = ()) -> Index:
    """Contacts in one sort order, covering the client table's quick filters.

    The sort columns lead, so the index also serves lookups and orders over every
    contact (archived ones too); on PostgreSQL it includes the plain columns of its
    lower() keys, without which the planner never reads it alone (migration 0011).
    """
    covered = (
        ContactRow.id,
        ContactRow.archived_on,
        ContactRow.relationship,
        ContactRow.segment,
        ContactRow.tier,
        ContactRow.reviews_per_year,
        ContactRow.last_review_on,
    )
    index = Index(name, *lead, *(c for c in covered if c not in lead))
    if include:
        for_dialect(index, "postgresql", include=[c.name for c in include])
    return index


_NAME_SORT = name_order()
_NAMES = (ContactRow.last_name, ContactRow.first_name)
# Migration 0011 makes these (0003 first, 0005 added last_review_on), and 0015 leads
# those in name order with the name sort key; they are the only indexes of `contacts`
# besides the advisor's: each case-insensitive lookup or order it needs leads one of them.
LISTING_INDEXES: tuple[Index, ...] = (
    _listing_index("ix_contacts_list_name", *_NAME_SORT, include=_NAMES),
    _listing_index(
        "ix_contacts_list_first_name",
        func.lower(ContactRow.first_name),
        include=(ContactRow.first_name,),
    ),
    _listing_index(
        "ix_contacts_list_email", func.lower(ContactRow.email), include=(ContactRow.email,)
    ),
    _listing_index("ix_contacts_list_phone", ContactRow.phone),
    _listing_index(
        "ix_contacts_list_city", func.lower(ContactRow.city), include=(ContactRow.city,)
    ),
    _listing_index(
        "ix_contacts_list_relationship", ContactRow.relationship, *_NAME_SORT, include=_NAMES
    ),
    _listing_index("ix_contacts_list_segment", ContactRow.segment, *_NAME_SORT, include=_NAMES),
    _listing_index("ix_contacts_list_tier", ContactRow.tier, *_NAME_SORT, include=_NAMES),
    _listing_index("ix_contacts_list_client_since", ContactRow.client_since),
    _listing_index(
        "ix_contacts_list_household", ContactRow.household_id, *_NAME_SORT, include=_NAMES
    ),
)
Index("ix_households_name_sort", func.lower(Household.name))

# The Today view's review lists (migration 0016). Active clients by cadence and last
# review: the clients due by a day are a few ranges of it (one per tier's cutoff, the
# never reviewed, the few with their own cadence) rather than a pass over every contact.
# And the archived contacts, which every list of open bookings leaves out.
_ACTIVE_CLIENTS = and_(
    ContactRow.relationship == Relationship.CLIENT.value, ContactRow.archived_on.is_(None)
)
_REVIEW_DUE = Index(
    "ix_contacts_review_due",
    ContactRow.reviews_per_year,
    ContactRow.tier,
    ContactRow.last_review_on,
    ContactRow.client_since,
    ContactRow.advisor,
    # The client table's overdue filter sorts the clients due by name (migration 0021);
    # SQLite reads a partial index alone only with its condition's columns in it.
    ContactRow.name_key,
    ContactRow.relationship,
    ContactRow.archived_on,
)
for_dialect(_REVIEW_DUE, "postgresql", where=_ACTIVE_CLIENTS, include=["id"])
for_dialect(_REVIEW_DUE, "sqlite", where=_ACTIVE_CLIENTS)  # the id is every entry's rowid
# Active clients in id order with what suggested segments and coverage read of them
# (migration 0019): those whole-book reads take the index, not the wide rows, and visit
# each client's reviews and referrals in the order their indexes hold them.
_EVIDENCE = Index(
    "ix_contacts_evidence",
    ContactRow.id,
    ContactRow.tier,
    ContactRow.segment,
    ContactRow.has_written_plan,
    ContactRow.reviews_per_year,
    ContactRow.last_review_on,
    ContactRow.client_since,
    ContactRow.version,
    ContactRow.first_name,
    ContactRow.last_name,
)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_EVIDENCE, _dialect, where=_ACTIVE_CLIENTS)
# Each contact's names and archive date by id (migration 0024): the calendar export names
# each of its bookings' clients from this, where the table's rows carry the notes and
# search text, and leaves out the archived.
Index(
    "ix_contacts_names_by_id",
    ContactRow.id,
    ContactRow.last_name,
    ContactRow.first_name,
    ContactRow.archived_on,
)
_ARCHIVED = Index("ix_contacts_archived", ContactRow.id)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_ARCHIVED, _dialect, where=ContactRow.archived_on.is_not(None))

# The quarterly figures (migration 0018, docs/design.md "Budgets"). Each contact's tier by
# id, small enough to stay in the page cache while a quarter's reviews each look theirs
# up; and the clients (partial) by their own cadence, tier and id, with what the client
# figures read of them (SQLite reads a partial index alone only when it holds the columns
# of its own condition too): the figures per cadence and tier are groups in the index's
# order, and counting each engaged client's reviews of the year walks the reviews' contact
# index forwards within each group instead of jumping about it.
_TIER_BY_ID = Index("ix_contacts_tier_by_id", ContactRow.id, ContactRow.tier)
# And each contact's relationship, segment and client-since by id (migration 0022): what a
# quarter's referrals read of their referrers, and the client figures of the year's
# referrers, from the index alone rather than from rows scattered over the table.
_METRICS_BY_ID = Index(
    "ix_contacts_metrics_by_id",
    ContactRow.id,
    ContactRow.relationship,
    ContactRow.segment,
    ContactRow.client_since,
)
_CLIENTS = Index(
    "ix_contacts_clients",
    ContactRow.reviews_per_year,
    ContactRow.tier,
    ContactRow.id,
    ContactRow.relationship,
    ContactRow.segment,
    ContactRow.client_since,
)
for _dialect in ("sqlite", "postgresql"):
    for_dialect(_CLIENTS, _dialect, where=ContactRow.relationship == Relationship.CLIENT.value)
