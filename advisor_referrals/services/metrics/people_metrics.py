"""The client and review side of the quarterly metrics, as SQL aggregates (NPS:
`nps_metrics.py`; triggers: `trigger_metrics.py`).

"Clients" are contacts whose relationship is `client` and whose client_since is empty
or on or before the period's end; segment, tier and relationship are current values.
A referral's status is read as it stood at the period's end (`as_of.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from advisor_referrals.domain.enums import ReferralStatus, Relationship, Segment, Tier
from advisor_referrals.domain.metrics import TierReviews
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.reviews import DEFAULT_CADENCE
from advisor_referrals.services.metrics.as_of import past_intended_at, status_at
from advisor_referrals.services.metrics.referral_metrics import (
    CLIENT_LIKE,
    CONTACTS,
    REFERRALS,
    C,
    R,
    counted,
)
from advisor_referrals.storage.models import (
    ReviewCadence,
    ReviewRow,
)
from advisor_referrals.storage.scoping import hinted_on_tables, tested_as_stored

V = ReviewRow.__table__.c
REVIEWS = ReviewRow.__table__
ENGAGED_REVIEWS_A_YEAR = 3


def is_client(period: Period) -> ColumnElement[bool]:
    return and_(
        C.relationship == Relationship.CLIENT.value,
        or_(C.client_since.is_(None), C.client_since <= period.end),
    )


@dataclass(frozen=True)
class ClientFigures:
    clients: int
    referring: int
    engaged: int
    engaged_covered: int
    by_tier: dict[str | None, tuple[int, int]]  # tier -> (clients, reviews a year)


TIERS: tuple[str | None, ...] = (*(t.value for t in Tier), None)


def client_figures(conn: Connection, period: Period, *, by_tier: bool = True) -> ClientFigures:
    """`by_tier`: also the clients of each tier and the reviews a year they are owed (the
    report's table of tiers)."""
    # The clients who referred someone in the year: PostgreSQL checks each client against
    # a hash of the year's referrers, in the pass below. SQLite probes an index for each
    # client instead, several times the work of looking each referrer up among the
    # clients apart (`referring_clients`; docs/design.md, "Budgets").
    inline = conn.dialect.name == "postgresql"
    referrers = select(R.referrer_id).where(
        R.received_on > period.year_ago,
        R.received_on <= period.end,
        past_intended_at(period.end),
    )
    # Each engaged client's reviews of the year, counted on the (contact_id, completed_on)
    # index in the clients' id order (docs/design.md, "Budgets").
    reviews_in_year = (
        select(func.count())
        .where(
            V.contact_id == C.id,
            V.completed_on > period.year_ago,
            V.completed_on <= period.end,
        )
        .scalar_subquery()
    )
    engaged = C.segment == Segment.ENGAGED.value
    # One pass over the clients index, whose order is (own cadence, tier, id): the groups
    # come in its order, unsorted, and within each the clients in id order. A few counts a
    # client; a column per tier and figure took three times as long on a million.
    clients = (
        select(
            C.tier,
            C.reviews_per_year,
            func.count(),
            counted(engaged),
            counted(and_(engaged, reviews_in_year >= ENGAGED_REVIEWS_A_YEAR)),
            counted(C.id.in_(referrers)) if inline else literal(0),
        )
        .where(
            # The clients' partial index, read alone: its condition is written with a
            # constant so SQLite knows the index holds the rows asked for.
            C.relationship == literal(Relationship.CLIENT.value, literal_execute=True),
            or_(C.client_since.is_(None), tested_as_stored(conn, C.client_since) <= period.end),
        )
        .group_by(C.reviews_per_year, C.tier)
    )
    rows = conn.execute(hinted_on_tables(clients, conn, CONTACTS, "ix_contacts_clients")).all()
    cadence = {**DEFAULT_CADENCE, **review_cadence(conn)} if by_tier else {}
    tiers: dict[str | None, tuple[int, int]] = {}
    for tier in TIERS if by_tier else ():
        count = per_year = 0
        for row_tier, own_cadence, n, *_ in rows:
            if row_tier == tier:
                count += int(n)
                per_year += int(n) * (own_cadence or cadence.get(tier or "", 0))
        tiers[tier] = (count, per_year)
    return ClientFigures(
        clients=sum(int(row[2]) for row in rows),
        referring=(sum(int(row[5]) for row in rows) if inline else referring_clients(conn, period)),
        engaged=sum(int(row[3]) for row in rows),
        engaged_covered=sum(int(row[4]) for row in rows),
        by_tier=tiers,
    )


def referring_clients(conn: Connection, period: Period) -> int:
    """The clients at the period's end who referred someone received in the 365 days to it
    (SQLite's way: see `client_figures`)."""
    # The referrals by referrer, read from their (referrer, received) index alone: the
    # referrers come distinct and in id order, which the lookups below then follow.
    # The whole index is read, in referrer order: the year is a test of each referral.
    received_on = tested_as_stored(conn, R.received_on)
    year = select(R.referrer_id.label("id")).where(
        received_on > period.year_ago,
        received_on <= period.end,
        past_intended_at(period.end),
    )
    referrers = (
        hinted_on_tables(year, conn, REFERRALS, "ix_referrals_referrer_id").distinct().subquery()
    )
    # Each of the year's referrers (tens of thousands on a million contacts) looked up once
    # in the narrow index of what the figures read by id (a scalar subquery, so never a
    # pass over every client), not in the table's rows (docs/design.md, "Budgets").
    lookup = select(literal(1)).where(C.id == referrers.c.id, is_client(period))
    client = hinted_on_tables(lookup, conn, CONTACTS, "ix_contacts_metrics_by_id")
    referring = (
        select(func.count())
        .select_from(referrers)
        .where(client.correlate(referrers).scalar_subquery().is_not(None))
    )
    return int(conn.execute(referring).scalar_one())


def review_cadence(conn: Connection) -> dict[str, int]:
    table = ReviewCadence.__table__
    return {
        tier: int(n) for tier, n in conn.execute(select(table.c.tier, table.c.reviews_per_year))
    }


@dataclass(frozen=True)
class ReviewFigures:
    completed: int
    missed: int
    by_tier: dict[str | None, tuple[int, int, int]]  # tier -> (scheduled, completed, missed)


def review_figures(conn: Connection, period: Period, *, by_tier: bool = True) -> ReviewFigures:
    start, end = period.start, period.end
    completed = and_(V.completed_on >= start, V.completed_on <= end)
    scheduled = and_(V.scheduled_for >= start, V.scheduled_for <= end)
    # The same tests of each review an index range has given (docs/design.md, "Budgets").
    completed_on = tested_as_stored(conn, V.completed_on)
    scheduled_for = tested_as_stored(conn, V.scheduled_for)
    scheduled_in_period = and_(scheduled_for >= start, scheduled_for <= end)
    # Completed after the end counts as not completed (missed) for this period. A review
    # that was moved to another date lives on in its replacement, so it is not missed.
    successor = REVIEWS.alias("successor")
    # Selecting the id (not `*`) lets SQLite answer from the rescheduled_from_id index
    # alone. With ANALYZE saying that column is nearly all NULL, `SELECT *` made it scan
    # every review for each row counted: 40 s instead of 0.1 s on the 100k book.
    moved = select(successor.c.id).where(successor.c.rescheduled_from_id == V.id).exists()
    missed = and_(scheduled, or_(V.completed_on.is_(None), V.completed_on > end), ~moved)
    if not by_tier:
        # Without the tiers, each count reads one index and no contact.
        done = conn.execute(select(func.count()).where(completed)).scalar_one()
        not_done = conn.execute(select(func.count()).where(missed)).scalar_one()
        return ReviewFigures(completed=int(done), missed=int(not_done), by_tier={})
    # Two ranges, each read from its own index alone: the reviews completed in the period
    # (and of those, the ones booked in it), then the reviews booked in it and not
    # completed in it. Each review reads its client's tier from the small tier index, which
    # stays in the page cache, once (docs/design.md, "Budgets"). One OR of the two ranges
    # fetched each review's row, out of order: most of the time on a million contacts.
    # A review completed in the period is never missed in it.
    open_at_end = and_(or_(V.completed_on.is_(None), completed_on > end), ~moved)
    none = literal(0)
    done_columns, booked_columns = [], []
    for tier in TIERS:
        in_tier = C.tier.is_(None) if tier is None else C.tier == tier
        # Per tier: (scheduled, completed, missed).
        done_columns += [counted(and_(in_tier, scheduled_in_period)), counted(in_tier), none]
        booked_columns += [counted(in_tier), none, counted(and_(in_tier, open_at_end))]
    not_completed = or_(V.completed_on.is_(None), completed_on < start, completed_on > end)
    halves = [
        hinted_on_tables(
            select(*columns).select_from(REVIEWS.join(CONTACTS, C.id == V.contact_id)).where(where),
            conn,
            CONTACTS,
            "ix_contacts_tier_by_id",
        )
        for where, columns in (
            (completed, done_columns),
            (and_(scheduled, not_completed), booked_columns),
        )
    ]
    rows = conn.execute(union_all(*halves)).all()
    totals = [sum(int(row[i]) for row in rows) for i in range(3 * len(TIERS))]
    tiers = {
        tier: (totals[3 * i], totals[3 * i + 1], totals[3 * i + 2])
        for i, tier in enumerate(TIERS)
        # A tier no review of the period names is absent, as in a GROUP BY.
        if totals[3 * i] or totals[3 * i + 1]
    }
    return ReviewFigures(
        completed=sum(t[1] for t in tiers.values()),
        missed=sum(t[2] for t in tiers.values()),
        by_tier=tiers,
    )


def tier_reviews(
    period: Period, clients: ClientFigures, reviews: ReviewFigures
) -> list[TierReviews]:
    share = period_share_of_year(period)
    out = []
    for tier in TIERS:
        count, per_year = clients.by_tier.get(tier, (0, 0))
        scheduled, completed, missed = reviews.by_tier.get(tier, (0, 0, 0))
        if tier is None and not (count or scheduled or completed):
            continue
        out.append(TierReviews(tier, count, per_year * share, scheduled, completed, missed))
    return out


def period_share_of_year(period: Period) -> float:
    """A calendar quarter is a quarter of the year's cadence; other periods go by days."""
    quarter = Quarter.containing(period.start)
    if (period.start, period.end) == (quarter.start, quarter.end):
        return 0.25
    return ((period.end - period.start).days + 1) / 365


def new_client_figures(conn: Connection, period: Period) -> tuple[int, int]:
    # Referred by a referral that was converted at the period's end.
    referred = exists().where(
        R.referred_id == C.id, status_at(period.end) == ReferralStatus.CONVERTED.value
    )
    row = conn.execute(
        select(func.count(), counted(referred))
        .select_from(CONTACTS)
        .where(
            C.relationship.in_(CLIENT_LIKE),
            C.client_since >= period.start,
            C.client_since <= period.end,
        )
    ).one()
    return int(row[0]), int(row[1])


def engaged_reviews_completed(conn: Connection, period: Period) -> int:
    """Reviews completed in the period with contacts now in the engaged segment."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(REVIEWS.join(CONTACTS, C.id == V.contact_id))
            .where(
                V.completed_on >= period.start,
                V.completed_on <= period.end,
                C.segment == Segment.ENGAGED.value,
            )
        ).scalar_one()
    )
