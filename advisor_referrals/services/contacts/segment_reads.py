"""The SQL of suggested segments: each active client with their evidence, in one statement.

Each row is (id, version, first name, last name, evidence, referrals): the evidence holds the client
code and the packed reviews (`evidence_key`). The client code holds the tier, stored
segment, cadence, written plan and whether ever reviewed (`CLIENT_DIMENSIONS`), the packed
reviews the window's count, feedback asked and latest answer
(`segment_verdicts.packed_reviews`). With `only_offered`, the statement looks each client's
evidence up in the domain's table of verdicts (`segment_verdicts.offered_table`) and returns
only those whose suggestion is offered: about half of a big book's clients stay in the
database (docs/design.md, "Budgets"). On SQLite the rows come as columns (`as_arrays`).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    LargeBinary,
    Select,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
    true,
    type_coerce,
)

from advisor_referrals.domain.cadence import MAX_PER_YEAR, window_start
from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.services.contacts.segment_verdicts import (
    NO_NPS,
    PROFILES,
    SEGMENT_CODES,
    TIER_CODES,
    offered_place,
    offered_table,
)
from advisor_referrals.services.reviews.review_lists import ReviewFilter, apply_filter
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewCadence, ReviewRow
from advisor_referrals.storage.sql_dates import as_stored

# The client code's parts, most significant first: (name, how many values).
CLIENT_DIMENSIONS = (
    ("tier", len(TIER_CODES)),
    ("segment", len(SEGMENT_CODES)),
    ("cadence", MAX_PER_YEAR + 1),  # 0: none
    ("plan", 2),
    ("ever", 2),
)


# How many client codes there are. The tier comes first: the rest is the client's
# profile, the first four parts of the verdicts' table (`segment_verdicts.PROFILES`).
CLIENT_CODES = math.prod(size for _, size in CLIENT_DIMENSIONS)


def split_client_code(code: int) -> tuple[int, ...]:
    """The parts of a client code, in the order of CLIENT_DIMENSIONS."""
    parts = []
    for _, size in reversed(CLIENT_DIMENSIONS):
        code, part = divmod(code, size)
        parts.append(part)
    return tuple(reversed(parts))


def split_evidence_key(key: int) -> tuple[int, int]:
    """(client code, packed reviews) from a row's evidence: packed * CLIENT_CODES + code.

    One number, not two, because each value a row brings costs at a million clients; it is
    exact: it stays below 2**63 up to some 10**14 reviews of one client in the window."""
    packed, client = divmod(key, CLIENT_CODES)
    return client, packed


def evidence_rows(
    today: date,
    flt: ReviewFilter,
    contact_ids: list[int] | None,
    *,
    postgres: bool,
    only_offered: bool,
) -> Select[Any]:
    """The statement; its rows in no particular order (the caller sorts them)."""
    clients = _clients(today, contact_ids, indexed=flt.scope.everyone)
    if postgres:
        inner = _joined_evidence(clients, today, contact_ids)
    else:
        inner = _probed_evidence(clients, today)
    # OFFSET keeps the database from merging this query into the outer one, which would
    # repeat each client's evidence (SQLite's probes of reviews and referrals) in every
    # expression that reads it: this way each is worked out once per client.
    e = apply_filter(inner, flt).offset(0).subquery("evidence")
    evidence = e.c.packed * CLIENT_CODES + e.c.client
    # The names as stored: written as one by the database, each name cost a copy of each
    # part per time read (four) and two joins, a tenth of the statement on SQLite.
    query = select(e.c.id, e.c.version, e.c.first_name, e.c.last_name, evidence, e.c.referred)
    if not only_offered:
        return query
    least = func.least if postgres else func.min  # SQLite's min of two values
    place = offered_place(e.c.client % PROFILES, e.c.referred, e.c.packed, least)
    table = bindparam("offered", offered_table(), type_=LargeBinary)
    if postgres:
        return query.where(func.get_byte(table, cast(place, Integer)) == 1)
    one = bindparam("yes", b"\x01", type_=LargeBinary)
    return query.where(func.substr(table, place + 1, 1) == one)


def as_arrays(query: Select[Any]) -> Select[Any]:
    """SQLite: the statement's columns, each as one JSON array, in one row.

    The driver's cost per row (a step, a tuple, a value per column, all tracked by the
    collector) was a third of the suggestions' time at a million clients; a JSON array is
    read by the json module in one call per column (docs/design.md, "Budgets"). Each
    array holds the rows in the same order, the order SQLite aggregated them in."""
    rows = query.subquery("found")
    return select(*(func.json_group_array(column) for column in rows.c))


def _window(column: Any, today: date) -> ColumnElement[bool]:
    return and_(column > window_start(today), column <= today)


def _code(column: Any, values: tuple[Any, ...]) -> ColumnElement[int]:
    """The stored text's index in `values` (0 for NULL when None is the first)."""
    whens = {value.value: i for i, value in enumerate(values) if value is not None}
    return case(whens, value=column, else_=0)


def _tier_and_cadence(weights: dict[str, int]) -> ColumnElement[int]:
    """The client code's tier and cadence parts, in one CASE that reads the tier once.

    The cadence is the client's own, else their tier's (`reviews.due.cadence_expr`), or 0
    for none. Each tier's is a subquery of its own that names no client, which the
    database works out once per statement: a join or a look-up per client cost 5% of the
    statement on SQLite, and coding the tier apart from its cadence another 3%."""
    own = ContactRow.reviews_per_year
    by_tier = {
        tier.value: TIER_CODES.index(tier) * weights["tier"]
        + func.coalesce(
            own,
            select(ReviewCadence.reviews_per_year)
            .where(ReviewCadence.tier == tier.value)
            .scalar_subquery(),
            0,
        )
        * weights["cadence"]
        for tier in Tier
    }
    no_tier = TIER_CODES.index(None) * weights["tier"] + func.coalesce(own, 0) * weights["cadence"]
    return case(by_tier, value=ContactRow.tier, else_=no_tier)


def _clients(today: date, contact_ids: list[int] | None, *, indexed: bool) -> Select[Any]:
    """The active clients (of `contact_ids` when given): id, version, names and client
    code (tier, segment, cadence, written plan and whether ever reviewed up to today).

    Read from `ix_contacts_evidence` alone (migration 0019; hinted on SQLite when no
    advisor's scope asks for a column it lacks), not from the contacts' wide rows.
    """
    last = ContactRow.last_review_on
    # On SQLite the day compared as the text it is stored as, not first tried as a number
    # (2% of the statement); a review after the day is still asked of the reviews.
    stored = as_stored(last)
    ever = case(
        (last.is_(None), 0),
        (stored <= today, 1),
        # A review dated after today (imported, or a clock set back): ask the reviews.
        (
            select(ReviewRow.id)
            .where(ReviewRow.contact_id == ContactRow.id, ReviewRow.completed_on <= today)
            .exists(),
            1,
        ),
        else_=0,
    )
    sizes = [size for _, size in CLIENT_DIMENSIONS]
    weights = {name: math.prod(sizes[i + 1 :]) for i, (name, _) in enumerate(CLIENT_DIMENSIONS)}
    # `position` of the parts, written as a sum of each part times its weight.
    code: Any = (
        _tier_and_cadence(weights)
        + _code(ContactRow.segment, SEGMENT_CODES) * weights["segment"]
        + case((ContactRow.has_written_plan, 1), else_=0) * weights["plan"]
        + ever * weights["ever"]
    )
    query = select(
        ContactRow.id,
        ContactRow.version,
        ContactRow.first_name,
        ContactRow.last_name,
        code.label("client"),
    ).where(
        # Constants, not parameters: SQLite then knows the partial index applies.
        ContactRow.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
        ContactRow.archived_on.is_(None),
        ContactRow.id.in_(contact_ids) if contact_ids is not None else true(),
    )
    if indexed:
        query = query.with_hint(ContactRow, "INDEXED BY ix_contacts_evidence", "sqlite")
    return query


def _feedback() -> ColumnElement[int]:
    return func.coalesce(func.max(case((ReviewRow.feedback_requested, 1), else_=0)), 0)


def _probed_evidence(clients: Select[Any], today: date) -> Select[Any]:
    """SQLite: each client's reviews and referrals of the window probed in id order.

    The reviews from `ix_reviews_contact`, which holds every column read (migration 0019);
    the latest answer is the largest of a number that orders the answered reviews by day,
    then id, and keeps the answer in its last four bits.
    """
    # The day as a number: the Julian day of the ISO text, whole (each day's is N.5).
    # Half the cost of rewriting the text as digits, over a million reviews.
    day = cast(func.julianday(ReviewRow.completed_on), Integer)
    ordered = case((ReviewRow.nps.is_not(None), (day * 2**31 + ReviewRow.id) * 16 + ReviewRow.nps))
    packed = (
        select(
            (2 * func.count() + _feedback()) * 16 + func.coalesce(func.max(ordered) % 16, NO_NPS)
        )
        .where(ReviewRow.contact_id == ContactRow.id, _window(ReviewRow.completed_on, today))
        .with_hint(ReviewRow, "INDEXED BY ix_reviews_contact", "sqlite")
        .scalar_subquery()
    )
    referred = (
        select(func.count())
        .where(ReferralRow.referrer_id == ContactRow.id, _window(ReferralRow.received_on, today))
        .scalar_subquery()
    )
    return clients.add_columns(packed.label("packed"), referred.label("referred"))


def _joined_evidence(
    clients: Select[Any], today: date, contact_ids: list[int] | None
) -> Select[Any]:
    """PostgreSQL: the window's reviews and referrals grouped by client, joined to the
    clients (a probe per client cost over a second at 100k).

    The reviews in one pass over `ix_reviews_contact`, which lacks the review's id: the
    latest answer's day comes with the highest and the lowest answer given that day. When
    they agree, that is the answer; when they differ (two answers on one day), the later
    id decides, asked of that client's reviews alone (numbering every client's answered
    reviews by day and id sorted half a million of them at 1M contacts).
    """
    of_clients = ReviewRow.contact_id.in_(contact_ids) if contact_ids is not None else true()
    in_window = _window(ReviewRow.completed_on, today)
    day = type_coerce(ReviewRow.completed_on - literal(_EPOCH, Date), Integer)
    answered = ReviewRow.nps.is_not(None)
    counted = (
        select(
            ReviewRow.contact_id,
            (2 * func.count() + _feedback()).label("reviewed"),
            func.max(case((answered, day * 16 + ReviewRow.nps))).label("highest"),
            func.max(case((answered, day * 16 + (15 - ReviewRow.nps)))).label("lowest"),
        )
        .where(in_window, of_clients)
        .group_by(ReviewRow.contact_id)
        .subquery("counted")
    )
    of_referrers = ReferralRow.referrer_id.in_(contact_ids) if contact_ids is not None else true()
    referred = (
        select(ReferralRow.referrer_id, func.count().label("referrals"))
        .where(_window(ReferralRow.received_on, today), of_referrers)
        .group_by(ReferralRow.referrer_id)
        .subquery("referred")
    )
    latest_by_id = (
        select(ReviewRow.nps)
        .where(ReviewRow.contact_id == ContactRow.id, in_window, answered)
        .order_by(ReviewRow.completed_on.desc(), ReviewRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    highest = counted.c.highest % 16
    latest = case(
        (counted.c.highest.is_(None), NO_NPS),
        (highest == 15 - counted.c.lowest % 16, highest),
        else_=latest_by_id,
    )
    packed = func.coalesce(counted.c.reviewed, 0) * 16 + latest
    return (
        clients.add_columns(
            packed.label("packed"), func.coalesce(referred.c.referrals, 0).label("referred")
        )
        .outerjoin(counted, counted.c.contact_id == ContactRow.id)
        .outerjoin(referred, referred.c.referrer_id == ContactRow.id)
    )


# Days are counted from the first a date can be, so that none is negative (the answer is
# the remainder of a division by 16).
_EPOCH = date.min
