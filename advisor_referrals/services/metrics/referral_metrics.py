"""The referral side of the quarterly metrics, as SQL aggregates (docs/design.md, "Metrics").

"Received" means received_on in the period and, at the period's end, a status other than
`intended`. Every status is read as it stood at the period's end, from the dated history
(`as_of.py`), and dates after the end count as absent: a referral converted after the end
is not converted, a disclosure delivered after the end is missing. So a past quarter's
figures stay as they were when its referrals move on.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, func, literal, select, union_all
from sqlalchemy.sql.elements import ColumnElement

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.metrics import (
    CoiReciprocity,
    CompensatedReferral,
    MonthCount,
    PromoterTotal,
    TopReferrer,
)
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.referrals import DE_MINIMIS
from advisor_referrals.services.metrics.as_of import (
    converted_between,
    past_intended_at,
    received_in,
)
from advisor_referrals.storage.models import (
    ContactRow,
    OutboundReferralRow,
    ReferralRow,
    name_order,
)
from advisor_referrals.storage.sql_dates import days_between

R = ReferralRow.__table__.c
C = ContactRow.__table__.c
REFERRALS = ReferralRow.__table__
CONTACTS = ContactRow.__table__
TOP_REFERRERS = 5
INTENDED = ReferralStatus.INTENDED.value
CONVERTED = ReferralStatus.CONVERTED.value
CLIENT_LIKE = (Relationship.CLIENT.value, Relationship.FORMER_CLIENT.value)
COI = Relationship.CENTER_OF_INFLUENCE.value
DE_MINIMIS_CENTS = int(DE_MINIMIS * 100)


def received_by_end(first: date, last: date) -> ColumnElement[bool]:
    """Received in [first, last]: past `intended` at `last` (read once per referral: use it
    on a few rows, else `received_in`)."""
    return and_(R.received_on >= first, R.received_on <= last, past_intended_at(last))


def counted(condition: ColumnElement[bool]) -> Any:
    """COUNT of the rows meeting a condition, as a FILTER (SQLite 3.30, PostgreSQL 9.4;
    the book's search needs SQLite 3.34 already): a row that does not meet it is not
    counted at all, where COUNT(CASE ...) counted a NULL for it, a ninth of the
    instructions of the reviews by tier on a million contacts (docs/design.md, "Budgets")."""
    return func.count().filter(condition)


def conversions(conn: Connection, period: Period) -> tuple[int, float | None, list[int]]:
    """Referrals converted in the period (and still converted at its end, whenever received),
    the median days they took, and the count by month."""
    found = converted_between(period.start, period.end)
    days = select(days_between(found.c.converted_on, found.c.received_on).label("days")).subquery()
    ranked = select(
        days.c.days,
        func.row_number().over(order_by=days.c.days).label("rn"),
        func.count().over().label("n"),
    ).subquery()
    # The middle row (odd n) or the two middle rows (even n): 2 * rn between n and n + 2.
    median = (
        select(func.avg(ranked.c.days))
        .where(ranked.c.rn * 2 >= ranked.c.n, ranked.c.rn * 2 <= ranked.c.n + 2)
        .scalar_subquery()
    )
    by_month = [
        counted(and_(found.c.converted_on >= first, found.c.converted_on <= last))
        for first, last in period.months()
    ]
    # One statement: the conversions (a materialised CTE) are found once for both.
    row = conn.execute(select(func.count(), median, *by_month).select_from(found)).one()
    middle = row[1]
    return (
        int(row[0]),
        None if middle is None else float(middle),
        [int(v) for v in row[2:]],
    )


def month_counts(
    period: Period, received: list[int], intended: list[int], converted: list[int]
) -> list[MonthCount]:
    return [
        MonthCount(first, r, i, c)
        for (first, _), r, i, c in zip(period.months(), received, intended, converted, strict=True)
    ]


def top_referrers(conn: Connection, period: Period) -> list[TopReferrer]:
    sub = received_in(period.start, period.end, R.referrer_id)
    q = sub.c
    # Counted per referrer first; only those counting as many as the fifth or more (ties
    # included) are looked up by name. A name for each of a quarter's referrers was tens of
    # thousands of contact rows read out of order on a big book (docs/design.md, "Budgets").
    per_referrer = (
        select(q.referrer_id.label("referrer_id"), func.count().label("n"))
        .where(q.at_end != INTENDED)
        .group_by(q.referrer_id)
        .cte("per_referrer")
        .prefix_with("MATERIALIZED")
    )
    per = per_referrer.c
    fifth = (
        select(per.n).order_by(per.n.desc()).limit(1).offset(TOP_REFERRERS - 1).scalar_subquery()
    )
    rows = conn.execute(
        select(C.first_name, C.last_name, per.n)
        .join_from(per_referrer, CONTACTS, C.id == per.referrer_id)
        .where(per.n >= func.coalesce(fifth, 0))
        .order_by(per.n.desc(), *name_order(C), C.id)
        .limit(TOP_REFERRERS)
    ).all()
    return [TopReferrer(full_name(first, last), int(count)) for first, last, count in rows]


def promoters_over_de_minimis(conn: Connection, period: Period) -> list[PromoterTotal]:
    """Referrers paid more than the de minimis amount in the 365 days to the end, no agreement."""
    total = func.sum(R.comp_value_cents)
    rows = conn.execute(
        select(C.first_name, C.last_name, total, func.count())
        .select_from(REFERRALS.join(CONTACTS, C.id == R.referrer_id))
        .where(
            R.received_on > period.year_ago,
            R.received_on <= period.end,
            R.comp_kind.is_not(None),
            past_intended_at(period.end),
        )
        .group_by(C.id, C.first_name, C.last_name, *name_order(C))
        .having(total > DE_MINIMIS_CENTS, counted(R.comp_agreement_on_file.is_(True)) == 0)
        .order_by(*name_order(C), C.id)
    ).all()
    return [
        PromoterTotal(full_name(first, last), Decimal(int(cents)) / 100, int(count))
        for first, last, cents, count in rows
    ]


def coi_reciprocity(conn: Connection, period: Period) -> list[CoiReciprocity]:
    """For each centre of influence active in the last 365 days: referrals in and clients out."""
    first = min(period.start - timedelta(days=1), period.year_ago)
    zero = literal(0)
    received = (
        select(
            R.referrer_id.label("coi"),
            counted(R.received_on >= period.start).label("received"),
            counted(R.received_on > period.year_ago).label("received_year"),
            zero.label("sent"),
            zero.label("sent_year"),
        )
        .where(
            # An id list from the relationship index lets the (referrer_id, received_on)
            # index do the work.
            R.referrer_id.in_(select(C.id).where(C.relationship == COI)),
            R.received_on > first,
            R.received_on <= period.end,
            past_intended_at(period.end),
        )
        .group_by(R.referrer_id)
    )
    out = OutboundReferralRow.__table__.c
    sent = (
        select(
            out.coi_id,
            zero,
            zero,
            counted(out.sent_on >= period.start),
            counted(out.sent_on > period.year_ago),
        )
        .where(out.sent_on > first, out.sent_on <= period.end)
        .group_by(out.coi_id)
    )
    both = union_all(received, sent).subquery()
    figures = [
        func.sum(both.c.received),
        func.sum(both.c.sent),
        func.sum(both.c.received_year),
        func.sum(both.c.sent_year),
    ]
    rows = conn.execute(
        select(C.id, C.first_name, C.last_name, C.profession, *figures)
        .join_from(both, CONTACTS, C.id == both.c.coi)
        .group_by(C.id, C.first_name, C.last_name, C.profession, *name_order(C))
        .order_by(
            *(f.desc() for f in figures),
            *name_order(C),
            C.id,
        )
    ).all()
    return [
        CoiReciprocity(
            contact_id=row[0],
            name=full_name(row[1], row[2]),
            profession=row[3] or "",
            received=int(row[4]),
            sent=int(row[5]),
            received_year=int(row[6]),
            sent_year=int(row[7]),
        )
        for row in rows
    ]


def compensated_referrals(conn: Connection, period: Period) -> list[CompensatedReferral]:
    referrer = CONTACTS.alias("referrer")
    referred = CONTACTS.alias("referred")
    rows = conn.execute(
        select(
            R.id,
            R.received_on,
            referrer.c.first_name,
            referrer.c.last_name,
            referred.c.first_name,
            referred.c.last_name,
            R.comp_kind,
            R.comp_value_cents,
            R.comp_currency,
            R.comp_agreement_on_file,
            R.comp_disclosure_delivered_on,
        )
        .select_from(
            REFERRALS.join(referrer, referrer.c.id == R.referrer_id).join(
                referred, referred.c.id == R.referred_id
            )
        )
        .where(R.comp_kind.is_not(None), received_by_end(period.start, period.end))
        .order_by(R.received_on, R.id)
    ).all()
    return [
        CompensatedReferral(
            referral_id=row[0],
            received_on=row[1],
            referrer=full_name(row[2], row[3]),
            referred=full_name(row[4], row[5]),
            kind=row[6],
            value=Decimal(int(row[7] or 0)) / 100,
            currency=row[8] or "USD",
            agreement_on_file=bool(row[9]),
            # A disclosure delivered after the period's end was missing at its end.
            disclosure_delivered_on=row[10] if row[10] and row[10] <= period.end else None,
        )
        for row in rows
    ]
