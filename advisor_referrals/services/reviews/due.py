"""The review cadence rule as SQL, built from `domain.cadence` so both always agree.

Due dates are never computed in SQL (SQLite and PostgreSQL differ on month
arithmetic). Instead, for a day D and each cadence n, the domain gives the latest
last-review date whose next review is due by D; the database only compares the
stored last review with that date. The client table's "review overdue" filter and
the Reviews page's lists share these expressions.

The stored last review is `contacts.last_review_on`, kept by triggers (migration 0005):
the latest completed date of any day. The rule counts reviews up to today only, so
`reviews` is still probed, but only for the rare contact whose latest date is after
today (imported, or a clock set back); everyone else is answered from the contact row.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta
from enum import Enum
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Date,
    Select,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)

from advisor_referrals.domain.cadence import CADENCE_RANGE, latest_last_review_due_by
from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.storage.models import ContactRow, ReviewCadence, ReviewRow
from advisor_referrals.storage.scoping import Advisors, advisor_scope


def cadence_expr() -> ColumnElement[Any]:
    """A contact's reviews a year: their own override, else their tier's (NULL when neither)."""
    return func.coalesce(
        ContactRow.reviews_per_year,
        select(ReviewCadence.reviews_per_year)
        .where(ReviewCadence.tier == ContactRow.tier)
        .correlate(ContactRow)  # also when nested two levels deep, as in `completed_after`
        .scalar_subquery(),
    )


# `cadence_expr` for a query joined to the tier's cadence (`with_cadence`): a subquery
# per client cost more than the rest of a list on PostgreSQL (58,000 probes of the
# cadence table for the overdue list); the join reads it once.
JOINED_CADENCE = func.coalesce(ContactRow.reviews_per_year, ReviewCadence.reviews_per_year)


def with_cadence(query: Select[Any]) -> Select[Any]:
    """The query over contacts, joined to their tier's cadence row (for JOINED_CADENCE)."""
    return query.outerjoin(ReviewCadence, ReviewCadence.tier == ContactRow.tier)


def last_review_expr(today: date) -> ColumnElement[Any]:
    """The contact's latest completed review up to today (NULL when never reviewed)."""
    latest_up_to_today = (
        select(func.max(ReviewRow.completed_on))
        .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
        .correlate(ContactRow)
        .scalar_subquery()
    )
    stored = ContactRow.last_review_on
    return case((stored > today, latest_up_to_today), else_=stored)


def next_scheduled_expr(today: date, contact_id: Any = ContactRow.id) -> ColumnElement[Any]:
    """The earliest open (not completed, not cancelled) review booked for today or later.

    A booking whose day has passed is not what comes next: it waits for its outcome
    (held, missed or cancelled) in a list of its own. `contact_id`: the contact's id
    column in the query it is part of.
    """
    return (
        select(func.min(ReviewRow.scheduled_for))
        .where(
            ReviewRow.contact_id == contact_id,
            ReviewRow.completed_on.is_(None),
            ReviewRow.cancelled_on.is_(None),
            ReviewRow.scheduled_for >= today,
        )
        .correlate_except(ReviewRow)
        .scalar_subquery()
    )


def on_cadence() -> ColumnElement[bool]:
    """Clients whom a cadence applies to (archived or not: callers decide about archives)."""
    return and_(
        ContactRow.relationship == Relationship.CLIENT.value,
        or_(ContactRow.tier.is_not(None), ContactRow.reviews_per_year.is_not(None)),
    )


def _cutoff(day: date, cadence: ColumnElement[Any]) -> ColumnElement[Any]:
    whens = {n: literal(latest_last_review_due_by(day, n), Date) for n in CADENCE_RANGE}
    return case(whens, value=cadence)


def cutoff(day: date, cadence: ColumnElement[Any]) -> ColumnElement[Any]:
    """The latest last review whose next review falls due by `day`, for each row's cadence
    (`domain.cadence.latest_last_review_due_by`, one constant per cadence)."""
    return _cutoff(day, cadence)


def completed_after(after: ColumnElement[Any], today: date) -> ColumnElement[bool]:
    """The contact completed a review after `after` and no later than today.

    Never NULL, so that its negation holds every contact it does not: with no cutoff
    at all (a tier missing from the cadence table) nothing counts as after it, as
    when the rule was a NOT EXISTS over `reviews`.
    """
    after = func.coalesce(after, literal(date.max, Date))
    stored = ContactRow.last_review_on
    probe = (
        select(ReviewRow.id)
        .where(
            ReviewRow.contact_id == ContactRow.id,
            ReviewRow.completed_on > after,
            ReviewRow.completed_on <= today,
        )
        .correlate_except(ReviewRow)  # the contact, and the cadence row joined to it
        .exists()
    )
    # A stored date up to today is the latest one that counts; only a later one needs
    # the reviews themselves. SQLite stops at the first true branch, so the probe
    # runs for those contacts only.
    return and_(
        stored.is_not(None),
        or_(and_(stored > after, stored <= today), and_(stored > today, probe)),
    )


def due_by(day: date, today: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """The next review is due on or before `day` (never reviewed counts as due):
    no review completed after the cutoff."""
    return ~completed_after(_cutoff(day, cadence), today)


def overdue(today: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """Due before today, or never reviewed (due now)."""
    return due_by(today - timedelta(days=1), today, cadence)


def coming_due(today: date, until: date, cadence: ColumnElement[Any]) -> ColumnElement[bool]:
    """Reviewed before, and the next review falls due between today and `until` (inclusive)."""
    return and_(
        completed_after(_cutoff(today - timedelta(days=1), cadence), today),
        due_by(until, today, cadence),
    )


def row_cutoff(day: date, tier_cadence: Mapping[str, int]) -> ColumnElement[Any]:
    """`_cutoff` written from each row's own columns, given the tier cadence table (read
    just before), instead of looking the tier up once per client: on 60,000 clients that
    lookup was a sixth of a filter's time. Those columns and the last review are all in
    the listing indexes, so a filter built on it reads no table rows."""
    whens = {
        tier: literal(latest_last_review_due_by(day, n), Date) for tier, n in tier_cadence.items()
    }
    by_tier = case(whens, value=ContactRow.tier) if whens else null()
    return case(
        (ContactRow.reviews_per_year.is_(None), by_tier),
        else_=_cutoff(day, ContactRow.reviews_per_year.expression),
    )


def overdue_clause(
    today: date, tier_cadence: Mapping[str, int] | None = None
) -> ColumnElement[bool]:
    """Clients on a cadence whose review is overdue: the client table's quick filter and
    the Today view's count (see `row_cutoff` for what the tier cadence table saves)."""
    if tier_cadence is None:
        cadence = cadence_expr()
        return and_(on_cadence(), cadence.is_not(None), overdue(today, cadence))
    cutoff = row_cutoff(today - timedelta(days=1), tier_cadence)
    return and_(on_cadence(), _has_cadence(tier_cadence), ~completed_after(cutoff, today))


def _has_cadence(tier_cadence: Mapping[str, int]) -> ColumnElement[bool]:
    """A cadence of their own, or a tier the cadence table has a row for: a client of a
    tier missing from it has no cadence and is never due (`domain.cadence`), as on the
    Reviews page's lists, though no cutoff at all would count them as overdue."""
    own = ContactRow.reviews_per_year.is_not(None)
    return or_(own, ContactRow.tier.in_(sorted(tier_cadence))) if tier_cadence else own


def due_by_clause(day: date, today: date, tier_cadence: Mapping[str, int]) -> ColumnElement[bool]:
    """`due_by` for clients on a cadence, from the tier cadence table (`row_cutoff`): the
    overdue ones and those falling due from today to `day`, in one condition."""
    return and_(on_cadence(), ~completed_after(row_cutoff(day, tier_cadence), today))


class ArmKind(Enum):
    """How the Today view reads one range of `due_arms` (`services/reviews/today_reviews.py`)."""

    NEVER_SINCE = "never reviewed, clients since a known day: in client-since order"
    NEVER_UNDATED = "never reviewed, no client-since day: all alike"
    REVIEWED = "overdue by a tier's cadence: in last-review order"
    WHOLE = "few rows (falling due unbooked, a review after today, a cadence of their own)"


class DueArm(NamedTuple):
    """One range of `due_arms`: its rows (id, cadence, last_review, client_since, late),
    how it is read, the tier's cadence it follows (None for WHOLE arms), and whether its
    clients are all overdue (True), none of them (False), or some (None)."""

    query: Select[Any]
    kind: ArmKind
    cadence: Any = None
    late: bool | None = None


def due_arms(
    day: date,
    today: date,
    advisors: Advisors = None,
    *,
    unbooked: bool = False,
    booked_by_id: bool = False,
    split_never: bool = True,
) -> list[DueArm]:
    """The active clients whose next review is due by `day` (never reviewed included),
    one row each in one of the arms: id, cadence, last review (up to today),
    client-since date, and `late`, 1 when the review was due before today (overdue) else
    0. `advisors`: whose clients (docs/design.md, "A practice"; None: everyone's).
    `unbooked`: of the clients not overdue, only those with no open booking from today
    on (as the Today view lists them). `booked_by_id`: those clients' bookings are looked
    up in the order of their ids (SQLite; see `_unbooked_by_id`). `split_never`: the
    never reviewed in two ranges, with a client-since day (in its order) and without.

    The rule is `due_by` and `overdue`, written as ranges of `ix_contacts_review_due`
    (migration 0016): for each tier, by its cadence in the table (read by the statement
    itself), its clients never reviewed (with a client-since day, and without), those
    last reviewed by the tier's overdue cutoff, those reviewed after it but by its
    cutoff for `day`, and the rare ones whose stored last review is after today (probed
    as `completed_after` does); then every client with a cadence of their own. Each range
    is read from the index alone, and holds only clients due. The overdue ones of a tier
    are a range in the order of the list (`ArmKind`): its first rows are the range's
    first entries.
    """
    late_day = today - timedelta(days=1)
    # A constant, not a parameter: SQLite then knows the partial index holds only
    # clients and reads no contact's row to check.
    active = and_(
        ContactRow.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
        ContactRow.archived_on.is_(None),
        advisor_scope(ContactRow.advisor, advisors),
    )
    stored = ContactRow.last_review_on
    # An aggregate, not EXISTS: PostgreSQL made an anti-join of it, hashing every open
    # booking for each range, where a look-up per client falling due is cheap.
    booked = next_scheduled_expr(today).is_not(None)
    arms: list[DueArm] = []

    def arm(kind: ArmKind, cadence: Any, last: Any, late: Any, *where: ColumnElement[bool]) -> None:
        query = (
            select(
                ContactRow.id,
                cadence.label("cadence"),
                last.label("last_review"),
                ContactRow.client_since,
                late.label("late"),
            )
            .where(active, *where)
            # The statistics know the relationship and not the cadences: SQLite would
            # read every client through another index for the few with a cadence of
            # their own.
            .with_hint(ContactRow, "INDEXED BY ix_contacts_review_due", "sqlite")
        )
        fixed = bool(late.value) if isinstance(late, BindParameter) else None
        arms.append(DueArm(query, kind, None if kind is ArmKind.WHOLE else cadence, fixed))

    def some(
        cadence: Any, late_cutoff: ColumnElement[Any], cutoff: ColumnElement[Any]
    ) -> tuple[Any, Any, list[ColumnElement[bool]]]:
        """The last review, `late` and the conditions of clients read whole (a stored
        last review after today, or a cadence of their own)."""
        late = ~completed_after(late_cutoff, today)
        where = [~completed_after(cutoff, today)]
        if unbooked:
            where.append(or_(late, ~booked))
        return last_review_expr(today), case((late, 1), else_=0), where

    # Each tier's clients by the tier's cadence, read from the table in the statement (a
    # tier without a row has none): its cutoffs are found once, and bound the ranges.
    n = ReviewCadence.reviews_per_year.expression
    tiers = select(
        ReviewCadence.tier,
        n.label("per_year"),
        _cutoff(day, n).label("cutoff"),
        _cutoff(late_day, n).label("late_cutoff"),
    ).cte("tier_cutoffs")
    for tier in Tier:

        def of_tier(column: Any, tier: Tier = tier) -> Any:
            return select(column).where(tiers.c.tier == tier.value).scalar_subquery()

        per_year, cutoff, late_cutoff = (
            of_tier(tiers.c.per_year),
            of_tier(tiers.c.cutoff),
            of_tier(tiers.c.late_cutoff),
        )
        by_tier = (ContactRow.reviews_per_year.is_(None), ContactRow.tier == tier.value)
        never = (*by_tier, stored.is_(None), per_year.is_not(None))
        since, nothing = ContactRow.client_since, null().cast(Date)
        if split_never:
            arm(ArmKind.NEVER_SINCE, per_year, nothing, literal(1), *never, since.is_not(None))
            arm(ArmKind.NEVER_UNDATED, per_year, nothing, literal(1), *never, since.is_(None))
        else:
            arm(ArmKind.WHOLE, per_year, nothing, literal(1), *never)
        arm(ArmKind.REVIEWED, per_year, stored, literal(1), *by_tier, stored <= late_cutoff)
        coming = [stored > late_cutoff, stored <= cutoff]
        if unbooked and booked_by_id:
            arm(ArmKind.WHOLE, per_year, stored, literal(0), *by_tier, *coming)
            arms[-1] = arms[-1]._replace(query=_unbooked_by_id(arms[-1].query, today, tier))
        else:
            booking = [~booked] if unbooked else []
            arm(ArmKind.WHOLE, per_year, stored, literal(0), *by_tier, *coming, *booking)
        last, late, where = some(per_year, late_cutoff, cutoff)
        # No cutoff for a tier without a cadence: `some` would count its clients as due.
        ahead = (stored > today, per_year.is_not(None))
        arm(ArmKind.WHOLE, per_year, last, late, *by_tier, *ahead, *where)
    own = ContactRow.reviews_per_year.expression
    last, late, where = some(own, _cutoff(late_day, own), _cutoff(day, own))
    arm(ArmKind.WHOLE, own, last, late, own.is_not(None), *where)
    return arms


def _unbooked_by_id(falling_due: Select[Any], today: date, tier: Tier) -> Select[Any]:
    """Of the clients `falling_due` lists, those with no open booking from today on, their
    bookings looked up in the order of their ids: in the order of the index of clients
    due, each look-up jumped to another part of the bookings' index (a million contacts:
    24 ms for 19,000 clients, all booked, against 14 in id order)."""
    ordered = falling_due.order_by(ContactRow.id).cte(f"falling_due_{tier.value}")
    booking = (
        select(ReviewRow.id)
        .where(
            ReviewRow.contact_id == ordered.c.id,
            ReviewRow.completed_on.is_(None),
            ReviewRow.cancelled_on.is_(None),
            ReviewRow.scheduled_for >= today,
        )
        .exists()
    )
    return select(ordered).where(~booking)


def dated_clients_due_by(
    day: date,
    today: date,
    advisors: Advisors = None,
    *,
    unbooked: bool = False,
    late: bool | None = None,
) -> CompoundSelect[Any]:
    """Every row of `due_arms`, in one statement; `late` given, only the arms that may
    hold clients overdue (True) or not (False): the overdue clients' ranges are most of
    the index's entries read, and the clients due soon none of them."""
    arms = due_arms(day, today, advisors, unbooked=unbooked, split_never=False)
    return union_all(*(arm.query for arm in arms if late is None or arm.late in (None, late)))


def overdue_by_name(
    today: date,
    advisors: Advisors = None,
    tiers: Collection[str] = (),
    *,
    descending: bool = False,
) -> Select[Any]:
    """The ids of the active clients whose review is overdue on `today` (`overdue`, never
    reviewed included), of the `tiers` given (all when none), in the client table's name
    order: the name key, then the id (both reversed when `descending`).

    The ranges of `due_arms` for the day before today hold exactly those clients, each
    read from `ix_contacts_review_due` alone now that it carries the name key (migration
    0021); their ids are then sorted by it. A walk of the whole name index, testing every
    contact against the rule, read a million entries for some 77,000 overdue.
    """
    arms = due_arms(today - timedelta(days=1), today, advisors, split_never=False)
    chosen = [ContactRow.tier.in_(sorted(tiers))] if tiers else []
    rows = union_all(
        *(
            arm.query.with_only_columns(ContactRow.id, ContactRow.name_key).where(*chosen)
            for arm in arms
        )
    ).subquery("overdue")
    columns = (rows.c.name_key, rows.c.id)
    return select(rows.c.id).order_by(*(c.desc() if descending else c.asc() for c in columns))
