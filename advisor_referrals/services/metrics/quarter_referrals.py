"""The period's referrals read once: the received figures and the breakdowns (the cube)
both come from one statement (docs/design.md, "Metrics" and "Budgets").

Each referral received in the period is looked at once, with its status at the end, the
funnel stages it reached, its referrer's relationship and segment and its trigger's kind;
the statement hands back counts grouped by those few values, which Python sums into
both figures. Reading the period's referrals and their referrers once per figure cost
twice the probes, and on PostgreSQL a join to the contacts hashed all of them (a million)
where a lookup per referral reads a few tens of thousands.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection, and_, case, distinct, func, literal, null, or_, select, union_all

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.metrics import KindCount
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.referral_history import FUNNEL_STAGES
from advisor_referrals.domain.referrals import FOLLOW_UP_DAYS
from advisor_referrals.services.metrics.as_of import REFERRALS, H, received_in
from advisor_referrals.services.metrics.referral_metrics import (
    CLIENT_LIKE,
    COI,
    CONTACTS,
    CONVERTED,
    INTENDED,
    C,
    R,
)
from advisor_referrals.storage.models import TriggerKindRow, TriggerRow
from advisor_referrals.storage.scoping import hinted_on_tables
from advisor_referrals.storage.sql_dates import days_between

TRIGGERS = TriggerRow.__table__
KINDS = TriggerKindRow.__table__


@dataclass(frozen=True)
class ReceivedFigures:
    received: int
    intended: int
    by_source: dict[str, int]
    converted_by_end: int
    followed_up: int
    thanked: int
    unique_referrers: int
    compensated: int
    missing_disclosure: int
    received_by_month: list[int]
    intended_by_month: list[int]


@dataclass(frozen=True)
class ReferralCube:
    """Referrals with received_on in the period by their status at its end, referrer
    segment and trigger kind, and how far those received got by its end (the funnel)."""

    by_status: dict[str, int]
    by_segment: dict[str, int]
    by_kind: list[KindCount]
    without_trigger: int
    funnel: dict[str, int]


def within_follow_up(happened_on: Any, received_on: Any, end: date) -> Any:
    """Within the follow-up days of being received, and by the end: dates after the
    period's end are absent (docs/design.md, "Metrics"), so a referral received on the
    last day and contacted the next does not count as followed up."""
    return and_(happened_on <= end, days_between(happened_on, received_on) <= FOLLOW_UP_DAYS)


# The flags each group of referrals carries, in the statement's column order.
FLAGS = ("followed_up", "thanked", "compensated", "missing_disclosure")
STAGES = tuple(key for key, _ in FUNNEL_STAGES)
# Each stage's statuses hold the next stage's: a status's level is how many stages it
# reaches, and a referral reached a stage when its highest level by the end is at least
# that stage's place. One look at its moves answers every stage.
assert all(later <= earlier for (_, earlier), (_, later) in pairwise(FUNNEL_STAGES))
LEVELS = {
    status.value: sum(status in statuses for _, statuses in FUNNEL_STAGES)
    for _, statuses in FUNNEL_STAGES
    for status in statuses
}


def funnel_level(end: date) -> Any:
    """The referral's (R's) highest funnel level reached on or before `end`; NULL when none."""
    level = case(
        *((H.to_status == status, literal(n)) for status, n in sorted(LEVELS.items())),
        else_=literal(0),
    )
    return (
        select(func.max(level))
        .where(H.referral_id == R.id, H.changed_on <= end)
        .correlate(REFERRALS)
        .scalar_subquery()
    )


def received_figures(conn: Connection, period: Period) -> ReceivedFigures:
    return period_referrals(conn, period, with_cube=False)[0]


def referral_cube(conn: Connection, period: Period, kind_order: dict[str, int]) -> ReferralCube:
    cube = period_referrals(conn, period, with_cube=True, kind_order=kind_order)[1]
    assert cube is not None
    return cube


def period_referrals(
    conn: Connection,
    period: Period,
    *,
    with_cube: bool,
    kind_order: dict[str, int] | None = None,
) -> tuple[ReceivedFigures, ReferralCube | None]:
    """The received figures and, `with_cube`, the breakdowns, from one read. Kinds that
    tie are ordered by `kind_order`, by default the library's."""
    end = period.end
    months = period.months()

    # A lookup per referral (a scalar subquery), never a join: see the module's docstring.
    # A referrer the scope does not show has no relationship: such a referral is left
    # out, as the join to the contacts left it out.
    # Both read from the narrow index of what the figures read by id, not the contact's
    # row: a quarter's referrers are tens of thousands of rows scattered over a table far
    # larger than the cache on a million contacts (docs/design.md, "Budgets").
    def of_referrer(column: Any) -> Any:
        lookup = select(column).where(C.id == R.referrer_id)
        return hinted_on_tables(lookup, conn, CONTACTS, "ix_contacts_metrics_by_id")

    relationship = of_referrer(C.relationship).scalar_subquery()
    columns: list[Any] = [
        R.referrer_id,
        R.received_on,
        R.first_contacted_on,
        R.thanked_on,
        R.comp_kind,
        R.comp_disclosure_delivered_on,
        relationship.label("relationship"),
    ]
    if with_cube:
        segment = of_referrer(C.segment).scalar_subquery()
        # A trigger the scope does not show has no kind: counted without a trigger, as
        # the outer join counted it.
        kind = select(TRIGGERS.c.kind_id).where(TRIGGERS.c.id == R.trigger_id).scalar_subquery()
        columns += [segment.label("segment"), kind.label("kind_id")]
        columns.append(funnel_level(end).label("level"))
    sub = received_in(period.start, end, *columns)
    q = sub.c
    visible = q.relationship.is_not(None)
    received = q.at_end != INTENDED
    comp = q.comp_kind.is_not(None)
    flags = [
        within_follow_up(q.first_contacted_on, q.received_on, end),
        within_follow_up(q.thanked_on, q.received_on, end),
        comp,
        and_(
            comp,
            or_(q.comp_disclosure_delivered_on.is_(None), q.comp_disclosure_delivered_on > end),
        ),
    ]
    # The months partition the period, so a referral is in the first month not ended
    # before it was received.
    month = case(
        *((q.received_on <= last, literal(i)) for i, (_, last) in enumerate(months)),
        else_=literal(len(months) - 1),
    )
    source = case(
        (q.relationship.in_(CLIENT_LIKE), literal("client")),
        (q.relationship == COI, literal("center_of_influence")),
        else_=literal("other"),
    )
    keys: list[Any] = [q.at_end, source, month]
    keys += [case((flag, literal(1)), else_=literal(0)) for flag in flags]
    if with_cube:
        keys += [q.segment, q.kind_id]
        keys.append(q.level)
    groups = (
        select(literal(0).label("part"), func.count().label("n"), *keys)
        .where(visible)
        .group_by(*keys)
    )
    # The distinct referrers of the referrals received, one more row of the same shape.
    referrers = select(
        literal(1),
        func.count(distinct(q.referrer_id)),
        *(null() for _ in keys),
    ).where(visible, received)
    rows: list[Any] = list(conn.execute(union_all(groups, referrers)).all())
    unique_referrers = sum(int(row[1]) for row in rows if row[0] == 1)
    grouped = [row[1:] for row in rows if row[0] == 0]
    figures = _received(grouped, len(months), unique_referrers)
    if not with_cube:
        return figures, None
    return figures, _cube(conn, grouped, kind_order)


def _received(rows: list[Any], months: int, unique_referrers: int) -> ReceivedFigures:
    received = intended = converted = 0
    by_source = {"client": 0, "center_of_influence": 0, "other": 0}
    flagged = dict.fromkeys(FLAGS, 0)
    received_by_month, intended_by_month = [0] * months, [0] * months
    for count, at_end, source, month, *rest in rows:
        n = int(count)
        if at_end == CONVERTED:
            converted += n
        if at_end == INTENDED:
            intended += n
            intended_by_month[month] += n
            continue
        received += n
        received_by_month[month] += n
        by_source[source] += n
        for flag, on in zip(FLAGS, rest[: len(FLAGS)], strict=True):
            flagged[flag] += n * int(on)
    return ReceivedFigures(
        received=received,
        intended=intended,
        by_source=by_source,
        converted_by_end=converted,
        followed_up=flagged["followed_up"],
        thanked=flagged["thanked"],
        unique_referrers=unique_referrers,
        compensated=flagged["compensated"],
        missing_disclosure=flagged["missing_disclosure"],
        received_by_month=received_by_month,
        intended_by_month=intended_by_month,
    )


def _cube(conn: Connection, rows: list[Any], kind_order: dict[str, int] | None) -> ReferralCube:
    kinds = conn.execute(
        select(KINDS.c.id, KINDS.c.key, KINDS.c.label).order_by(KINDS.c.sort_order, KINDS.c.key)
    ).all()
    library = {kind_id: (key, label) for kind_id, key, label in kinds}
    if kind_order is None:
        # The library's own order, as the trigger figures give it.
        kind_order = {key: position for position, (_, key, _) in enumerate(kinds)}
    by_status = {status.value: 0 for status in ReferralStatus}
    by_segment: dict[str, int] = {}
    by_kind: Counter[str] = Counter()
    labels: dict[str, str] = {}
    funnel = {"received": 0, **dict.fromkeys(STAGES, 0)}
    without_trigger = 0
    flags = len(FLAGS)
    for count, at_end, _source, _month, *rest in rows:
        n = int(count)
        segment, kind_id, level = rest[flags:]
        by_status[at_end] = by_status.get(at_end, 0) + n
        if at_end == INTENDED:
            continue
        funnel["received"] += n
        for stage_level, stage in enumerate(STAGES, start=1):
            if (level or 0) >= stage_level:
                funnel[stage] += n
        by_segment[segment] = by_segment.get(segment, 0) + n
        if kind_id is None:
            without_trigger += n
        else:
            key, labels[key] = library[kind_id]
            by_kind[key] += n
    return ReferralCube(
        by_status=by_status,
        by_segment=by_segment,
        by_kind=sorted(
            (KindCount(key, labels[key], n) for key, n in by_kind.items()),
            key=lambda k: (-k.count, kind_order.get(k.key, len(kind_order)), k.key),
        ),
        without_trigger=without_trigger,
        funnel=funnel,
    )
