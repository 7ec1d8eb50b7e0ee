"""The small reads the client table's queries are built from: ids straight from the
driver, the book's size, the planner's estimate, a tag's contacts, and the name order
every listing ends with (docs/design.md, "Budgets")."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.services.contacts.table_filter import ContactFilter, SortKey
from advisor_referrals.services.reviews import due as review_due
from advisor_referrals.storage.models import ContactRow, TagRow, contact_tags, name_order

NAME = name_order()


def order_by(columns: tuple[Any, ...], descending: bool) -> list[Any]:
    """The columns in the direction asked, then the id the same way: a total order."""
    ordered = [c.desc() if descending else c.asc() for c in columns]
    ordered.append(ContactRow.id.desc() if descending else ContactRow.id.asc())
    return ordered


BY_NAME = order_by(NAME, False)


def largest_id(session: Session) -> int:
    """About how many contacts the book holds, at once (the largest id: read from the end
    of the table, where a count reads all of it)."""
    return int(session.scalar(select(func.max(ContactRow.id))) or 0)


def estimated_rows(session: Session, query: Select[Any]) -> int:
    """How many rows PostgreSQL's planner expects the query to give (its plan only: the
    query does not run)."""
    compiled = query.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    plan: Any = (
        session.connection()
        .exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params)
        .scalar_one()
    )
    return int(plan[0]["Plan"]["Plan Rows"])


def unindexed(column: Any) -> ColumnElement[Any]:
    """`+column`: the same value, but SQLite's planner will not reach it through an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


# Rows taken from the driver at a time for a list of ids: all at once, a million ids
# were a million row tuples alive beside the list (115 MB more at the peak, against 34
# for the list), which the app's resident size kept (docs/design.md, "Budgets").
IDS_AT_A_TIME = 20_000


def read_ids(session: Session, query: Select[Any]) -> list[int]:
    # Ids need no type conversion; reading the driver's rows directly keeps a 100,000-id
    # listing about as fast as the query itself (the generic result layer doubles it).
    result = session.connection().execute(query)
    try:
        ids: list[int] = []
        while rows := result.cursor.fetchmany(IDS_AT_A_TIME):
            ids += [row[0] for row in rows]
        return ids
    finally:
        result.close()


def overdue_listing(flt: ContactFilter, sort: SortKey, descending: bool) -> Select[Any] | None:
    """The whole listing of the "review overdue" quick filter in name order, read from the
    index of active clients due (`review_due.overdue_by_name`), when the rest of the filter
    is one that index can answer too: no search text, tag or segment, archived contacts
    left out (None otherwise, and the listing walks the name index as any other).

    Only for the whole id list: the first page still walks the name index, which meets
    the first overdue clients within a few hundred names, where this sorts all of them.
    """
    if not flt.review_overdue or sort is not SortKey.NAME or flt.include_archived:
        return None
    if flt.text.strip() or flt.tag or flt.segments:
        return None
    if flt.relationships and Relationship.CLIENT not in flt.relationships:
        return None
    return review_due.overdue_by_name(
        flt.today or date.today(),
        None if flt.scope.everyone else flt.scope.advisors,
        [t.value for t in flt.tiers],
        descending=descending,
    )


def tagged(tag: str) -> Select[Any]:
    """The ids of the contacts that carry a tag (its name in any case)."""
    return (
        select(contact_tags.c.contact_id)
        .join(TagRow, TagRow.id == contact_tags.c.tag_id)
        .where(func.lower(TagRow.name) == tag.lower())
    )


def has_tag(tag: str) -> ColumnElement[bool]:
    """The contact carries the tag: one look-up in the tag links' key per contact."""
    tag_ids = select(TagRow.id).where(func.lower(TagRow.name) == tag.lower())
    return (
        select(contact_tags.c.contact_id)
        .where(contact_tags.c.contact_id == ContactRow.id, contact_tags.c.tag_id.in_(tag_ids))
        .exists()
    )
