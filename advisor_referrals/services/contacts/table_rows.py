"""The client table's lines: a page of contacts read by id, each with its tags.

A page is one statement: the tags come with their contact (a second statement was a
second round trip to a practice's server), and on PostgreSQL the ids are one array
parameter, not fifty (binding them one by one cost more of a search's time than its
plan; docs/design.md, "Budgets").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Integer, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.names import full_name, sort_name
from advisor_referrals.storage.models import (
    ContactRow,
    Household,
    MemberRow,
    TagRow,
    contact_tags,
)


@dataclass(frozen=True)
class ContactListRow:
    """What one line of the client table shows."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str | None
    email: str | None
    phone: str | None
    city: str | None
    relationship: Relationship
    segment: Segment
    tier: Tier | None
    client_since: date | None
    household: str | None
    archived_on: date | None
    tags: tuple[str, ...] = field(default=())
    advisor: str | None = None  # the advisor of record (a role on a practice book)
    advisor_name: str | None = None  # the name people know that advisor by

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def sort_name(self) -> str:
        return sort_name(self.first_name, self.last_name)


def _tags_of_row(postgres: bool) -> ColumnElement[Any]:
    """Each contact's tag names, by name: an array on PostgreSQL (sorted there, in the
    book's collation, as its other lists of tags are), a JSON list on SQLite (sorted in
    Python: SQLite orders text by its code points, as Python does)."""
    tagged = (
        select(
            # The driver's list as it comes: an array type would have each list copied
            # item by item for nothing (a millisecond a page).
            func.array_agg(aggregate_order_by(TagRow.name, TagRow.name), type_=NullType())
            if postgres
            else func.json_group_array(TagRow.name)
        )
        .select_from(contact_tags)
        .join(TagRow, TagRow.id == contact_tags.c.tag_id)
        .where(contact_tags.c.contact_id == ContactRow.id)
    )
    return tagged.scalar_subquery()


def _with_ids(ids: list[int], postgres: bool) -> ColumnElement[bool]:
    if postgres:
        return ContactRow.id == any_(bindparam("ids", ids, type_=ARRAY(Integer)))
    return ContactRow.id.in_(ids)


def list_rows(session: Session, ids: Sequence[int]) -> list[ContactListRow]:
    """The lines of these contacts, in the order of `ids` (ids not in the book left out)."""
    if not ids:
        return []
    postgres = session.get_bind().dialect.name == "postgresql"
    found = session.execute(
        select(
            ContactRow.id,
            ContactRow.first_name,
            ContactRow.last_name,
            ContactRow.preferred_name,
            ContactRow.email,
            ContactRow.phone,
            ContactRow.city,
            ContactRow.relationship,
            ContactRow.segment,
            ContactRow.tier,
            ContactRow.client_since,
            Household.name,
            ContactRow.archived_on,
            ContactRow.advisor,
            MemberRow.display_name,
            _tags_of_row(postgres),
        )
        .outerjoin(Household, Household.id == ContactRow.household_id)
        .outerjoin(MemberRow, MemberRow.name == ContactRow.advisor)
        .where(_with_ids(list(ids), postgres))
    ).all()
    by_id = {
        r[0]: ContactListRow(
            id=r[0],
            first_name=r[1],
            last_name=r[2],
            preferred_name=r[3],
            email=r[4],
            phone=r[5],
            city=r[6],
            relationship=Relationship(r[7]),
            segment=Segment(r[8]),
            tier=Tier(r[9]) if r[9] else None,
            client_since=r[10],
            household=r[11],
            archived_on=r[12],
            tags=_tag_names(r[15], postgres),
            advisor=r[13],
            advisor_name=r[14] or r[13],
        )
        for r in found
    }
    return [by_id[i] for i in ids if i in by_id]


def _tag_names(value: Any, postgres: bool) -> tuple[str, ...]:
    if postgres:
        return tuple(value) if value else ()
    # json_group_array gives "[]" for a contact without tags.
    return tuple(sorted(json.loads(value))) if value and value != "[]" else ()
