"""Conversation triggers in the quarterly metrics: logged, by kind, and those a referral
names, as SQL (docs/design.md, "Metrics" and "Budgets").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, exists, func, literal, null, select, union_all

from advisor_referrals.domain.period import Period
from advisor_referrals.services.metrics.as_of import past_intended_at
from advisor_referrals.services.metrics.referral_metrics import REFERRALS, R
from advisor_referrals.storage.models import TriggerKindRow, TriggerRow
from advisor_referrals.storage.scoping import hinted_on_tables


@dataclass(frozen=True)
class TriggerFigures:
    logged: int
    by_kind: dict[str, int]
    with_referral: int
    labels: dict[str, str]
    order: dict[str, int]


def trigger_figures(conn: Connection, period: Period) -> TriggerFigures:
    kinds = TriggerKindRow.__table__
    triggers = TriggerRow.__table__
    linked = exists().where(
        R.trigger_id == triggers.c.id,
        R.received_on <= period.end,
        past_intended_at(period.end),
    )
    # Grouped by the kind's id, read with the date from the triggers' date index alone; the
    # kinds are a short library, named here. Joining them first and grouping by their key
    # read the quarter's triggers once per kind (docs/design.md, "Budgets"). The triggers
    # a referral names are counted apart, as a condition on the quarter's triggers (a semi-
    # join on PostgreSQL): a count of them in each kind's group made PostgreSQL walk all
    # the triggers in kind order.
    in_period = and_(triggers.c.occurred_on >= period.start, triggers.c.occurred_on <= period.end)
    by_kind = (
        select(literal(0), triggers.c.kind_id, func.count())
        .where(in_period)
        .group_by(triggers.c.kind_id)
    )
    # The triggers a referral names are few (57,000 of 1.6 million on a million
    # contacts), and known from the referrals' trigger index alone: only those of the
    # quarter are looked for a referral. SQLite probed the referrals for each of the
    # quarter's 300,000 triggers (95 -> 30 ms); PostgreSQL walked every trigger in id
    # order to merge them with the referrals (330 -> 160 ms).
    referenced = select(R.trigger_id).where(R.trigger_id.is_not(None))
    named_ones = [
        in_period,
        triggers.c.id.in_(hinted_on_tables(referenced, conn, REFERRALS, "ix_referrals_trigger_id")),
        linked,
    ]
    named = select(literal(1), null(), func.count()).where(*named_ones)
    rows_read = conn.execute(union_all(by_kind, named)).all()
    counts = [row[1:] for row in rows_read if row[0] == 0]
    with_referral = sum(int(row[2]) for row in rows_read if row[0] == 1)
    library = conn.execute(
        select(kinds.c.id, kinds.c.key, kinds.c.label).order_by(kinds.c.sort_order, kinds.c.key)
    ).all()
    key_of = {kind_id: key for kind_id, key, _ in library}
    rows = sorted(
        ((key_of[kind_id], int(n)) for kind_id, n in counts),
        key=lambda row: (-row[1], row[0]),
    )
    return TriggerFigures(
        logged=sum(row[1] for row in rows),
        by_kind={row[0]: row[1] for row in rows},
        with_referral=with_referral,
        labels={key: label for _, key, label in library},
        order={key: position for position, (_, key, _) in enumerate(library)},
    )
