"""Open bookings of reviews (neither completed nor cancelled) in SQL: which they are, and
the rows, columns and order the Reviews page and the Today view list them in."""

from __future__ import annotations

from datetime import date, time
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, select

from advisor_referrals.domain.enums import ReviewKind, Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.storage.models import ContactRow, ReviewRow

_TIERS = {tier.value: tier for tier in Tier}
_SEGMENTS = {segment.value: segment for segment in Segment}


class ScheduledEntry(NamedTuple):
    """One booked review (not completed, not cancelled)."""

    review_id: int
    version: int
    contact_id: int
    name: str
    tier: Tier | None
    segment: Segment
    scheduled_for: date
    scheduled_time: time | None
    kind: ReviewKind | None
    notes: str
    rescheduled_from_id: int | None


def scheduled_query(
    start: date | None = None,
    end: date | None = None,
    contact_id: int | None = None,
    archived: Any = None,
) -> Select[Any]:
    """The open bookings of `ReviewLists.scheduled`, unordered (its filter is the
    caller's): the columns `scheduled_entry` reads, then `sort_name` for
    `scheduled_order`. `archived`: as `open_bookings` takes it."""
    query = (
        select(*scheduled_columns())
        .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
        .where(open_bookings(start, end, archived))
    )
    if contact_id is not None:
        query = query.where(ReviewRow.contact_id == contact_id)
    return query


def scheduled_columns() -> list[Any]:
    """The columns of `scheduled_query`, of a query joining a review to its contact."""
    return [
        ReviewRow.id,
        ReviewRow.version,
        ReviewRow.contact_id,
        ContactRow.first_name,
        ContactRow.last_name,
        ContactRow.tier,
        ContactRow.segment,
        ReviewRow.scheduled_for,
        ReviewRow.scheduled_time,
        ReviewRow.kind,
        ReviewRow.notes,
        ReviewRow.rescheduled_from_id,
        func.lower(ContactRow.last_name).label("sort_name"),
    ]


def scheduled_order(columns: Any) -> list[ColumnElement[Any]]:
    """Soonest first: by day, a booking with a time before one without, by time, then by
    the client's last name and the booking. `columns`: those of `scheduled_query` (its
    own, or a subquery's made from it)."""
    return [
        columns.scheduled_for,
        columns.scheduled_time.is_(None),
        columns.scheduled_time,
        columns.sort_name,
        columns.id,
    ]


def scheduled_entry(row: Any) -> ScheduledEntry:
    """A row of `scheduled_query` as the lists hold it."""
    return ScheduledEntry(
        review_id=row[0],
        version=row[1],
        contact_id=row[2],
        name=full_name(row[3], row[4]),
        tier=_TIERS[row[5]] if row[5] else None,
        segment=_SEGMENTS[row[6]],
        scheduled_for=row[7],
        scheduled_time=row[8],
        kind=ReviewKind(row[9]) if row[9] else None,
        notes=row[10],
        rescheduled_from_id=row[11],
    )


def archived_contacts() -> Select[Any]:
    """The ids of archived contacts (see `open_bookings`)."""
    return select(ContactRow.id).where(ContactRow.archived_on.is_not(None))


def booked_between(start: date | None, end: date | None) -> ColumnElement[bool]:
    """Reviews booked between start and end (both inclusive; None: no bound) that are
    neither completed nor cancelled, whoever they are with (see `open_bookings`)."""
    clauses: list[ColumnElement[bool]] = [
        ReviewRow.completed_on.is_(None),
        ReviewRow.cancelled_on.is_(None),
        ReviewRow.scheduled_for.is_not(None),
    ]
    if start is not None:
        clauses.append(ReviewRow.scheduled_for >= start)
    if end is not None:
        clauses.append(ReviewRow.scheduled_for <= end)
    return and_(*clauses)


def open_bookings(
    start: date | None, end: date | None, archived: Any = None
) -> ColumnElement[bool]:
    """Reviews booked between start and end (both inclusive; None: no bound) that are
    neither completed nor cancelled, of contacts not archived.

    The partial indexes of migration 0014 hold exactly the open bookings. Archived
    contacts are a short list tested once (migration 0016 indexes it): a test on the
    contact row itself led SQLite to read every contact and probe their reviews (its
    statistics count NULL dates as rare), a hundred times slower on the 100k book.
    `archived`: that list, when a statement that tests it more than once reads it once
    (a CTE of `archived_contacts()`).
    """
    archived = archived_contacts() if archived is None else select(archived.c.id)
    return and_(booked_between(start, end), ReviewRow.contact_id.not_in(archived))
