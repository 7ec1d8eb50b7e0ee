"""NPS in the quarterly metrics: each contact's latest answer in the period, as SQL.

The bands are `domain/nps.py`'s (docs/design.md, "Metrics").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, cast, func, select

from advisor_referrals.domain.nps import PASSIVE_MIN, PROMOTER_MIN, nps_score
from advisor_referrals.domain.period import Period
from advisor_referrals.services.metrics.referral_metrics import counted
from advisor_referrals.storage.models import ReviewRow

V = ReviewRow.__table__.c


@dataclass(frozen=True)
class NpsFigures:
    score: float | None
    responses: int
    promoters: int
    passives: int
    detractors: int


def nps_figures(conn: Connection, period: Period) -> NpsFigures:
    """Each contact's latest answer in the period: the last day's, of the latest review
    that day."""
    answered = (
        V.completed_on >= period.start,
        V.completed_on <= period.end,
        V.nps.is_not(None),
    )
    if conn.dialect.name == "sqlite":
        # The largest of a number that orders the answers by day, then review, and keeps
        # the answer in its last four bits, by contact: numbering each contact's answers
        # in that order sorted and windowed them all, twice the instructions on SQLite
        # (docs/design.md, "Budgets").
        day = cast(func.julianday(V.completed_on), Integer)
        latest = select(func.max((day * 2**32 + V.id) * 16 + V.nps).label("packed"))
        answers = latest.where(*answered).group_by(V.contact_id).subquery()
        nps: Any = answers.c.packed % 16
        chosen = select(func.count(), counted(nps >= PROMOTER_MIN), counted(nps < PASSIVE_MIN))
    else:
        numbered = (
            select(
                V.nps,
                func.row_number()
                .over(partition_by=V.contact_id, order_by=(V.completed_on.desc(), V.id.desc()))
                .label("latest"),
            )
            .where(*answered)
            .subquery()
        )
        chosen = select(
            func.count(),
            counted(numbered.c.nps >= PROMOTER_MIN),
            counted(numbered.c.nps < PASSIVE_MIN),
        ).where(numbered.c.latest == 1)
    row = conn.execute(chosen).one()
    responses, promoters, detractors = (int(v) for v in row)
    return NpsFigures(
        score=nps_score(promoters, detractors, responses),
        responses=responses,
        promoters=promoters,
        passives=responses - promoters - detractors,
        detractors=detractors,
    )
