"""The period's referrals read once for the received figures and the breakdowns
(services/metrics/quarter_referrals.py): the referrer and the trigger are looked up per
referral, and the funnel stages come from the highest move by the end. Close calls on
both backends, for the whole book and for each advisor's scope.

People and quarter as in test_metrics_index_reads: Ann has a1, c1, c2; Bo has b1, p1, f1.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select

from advisor_referrals.domain.metrics import KindCount, Metrics
from advisor_referrals.domain.practice import Scope
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ReferralRow,
    ReferralStatusChangeRow,
    TriggerKindRow,
    TriggerRow,
)
from tests.services.test_metrics_index_reads import Q3, _build

D = date.fromisoformat


def _referral(
    session: Any,
    referrer: int,
    referred: int,
    moves: list[tuple[str, str]],
    trigger: int | None = None,
) -> None:
    """A referral received on its first move's day, at its last move's status."""
    referral = session.execute(
        insert(ReferralRow)
        .values(
            referrer_id=referrer,
            referred_id=referred,
            received_on=D(moves[0][1]),
            status=moves[-1][0],
            trigger_id=trigger,
        )
        .returning(ReferralRow.id)
    ).scalar_one()
    before = None
    for status, day in moves:
        session.execute(
            insert(ReferralStatusChangeRow).values(
                referral_id=referral, from_status=before, to_status=status, changed_on=D(day)
            )
        )
        before = status


def _book(book: Book) -> None:
    ids = _build(book)
    with book.write() as session:
        retirement = session.execute(
            select(TriggerKindRow.id).where(TriggerKindRow.key == "retirement")
        ).scalar_one()
        # Bo's client's trigger, named by a referral of Ann's client too.
        bos_trigger = session.execute(
            insert(TriggerRow)
            .values(contact_id=ids["b1"], kind_id=retirement, occurred_on=D("2026-07-01"))
            .returning(TriggerRow.id)
        ).scalar_one()
        converted = [
            ("new", "2026-07-01"),
            ("contacted", "2026-07-03"),
            ("converted", "2026-08-01"),
        ]
        # Bo's client refers Ann's: in Ann's scope, a referrer she cannot see.
        _referral(session, ids["b1"], ids["c1"], converted, bos_trigger)
        # Ann's client refers Ann's, naming Bo's client's trigger: no trigger in her scope.
        _referral(session, ids["a1"], ids["c1"], [("new", "2026-07-15")], bos_trigger)
        # Received on the last day, at a meeting by then.
        _referral(
            session,
            ids["a1"],
            ids["c2"],
            [("new", "2026-09-30"), ("contacted", "2026-09-30"), ("meeting", "2026-09-30")],
        )
        # Converted, then moved back to contacted before the end: it reached conversion.
        _referral(
            session,
            ids["f1"],
            ids["p1"],
            [("new", "2026-07-02"), ("converted", "2026-07-10"), ("contacted", "2026-08-01")],
        )
        # Converted the day after the end: new at the end, no stage reached. In Bo's
        # scope (p1 is his), a referrer he cannot see.
        _referral(
            session, ids["a1"], ids["p1"], [("new", "2026-09-15"), ("converted", "2026-10-02")]
        )


def _figures(m: Metrics) -> dict[str, Any]:
    d = m.detail
    return {
        "received": m.referrals_received,
        "by_source": m.referrals_by_source,
        "unique": m.unique_referrers,
        "by_month": [month.received for month in d.referrals_by_month],
        "by_status": {status: n for status, n in d.referrals_by_status.items() if n},
        "by_segment": d.referrals_by_segment,
        "by_kind": d.referrals_by_trigger_kind,
        "without_trigger": d.referrals_without_trigger,
        "funnel": d.funnel,
        "converted_by_end": d.converted_by_end,
    }


def test_the_whole_book_counts_each_referral_once_with_its_referrer_and_trigger(
    book: Book,
) -> None:
    _book(book)
    m = MetricsService(book).quarter(Q3)
    assert _figures(m) == {
        "received": 5,
        "by_source": {"client": 5, "center_of_influence": 0, "other": 0},
        "unique": 3,
        "by_month": [3, 0, 2],
        "by_status": {"converted": 1, "new": 2, "meeting": 1, "contacted": 1},
        "by_segment": {"content": 1, "engaged": 4},
        "by_kind": [KindCount("retirement", "Retiring", 2)],
        "without_trigger": 3,
        "funnel": {"received": 5, "first_contact": 3, "meeting": 3, "converted": 2},
        "converted_by_end": 1,
    }
    # The goals count the same referrals.
    goals = MetricsService(book).goal_figures(
        m.period, ["referrals_received", "referrals_from_engaged"]
    )
    assert goals == {"referrals_received": 5, "referrals_from_engaged": 4}


def test_a_scope_leaves_out_referrers_and_triggers_it_cannot_see(book: Book) -> None:
    _book(book)
    metrics = MetricsService(book)
    ann = metrics.quarter(Q3, scope=Scope.of_advisor("Ann"))
    assert _figures(ann) == {
        "received": 2,
        "by_source": {"client": 2, "center_of_influence": 0, "other": 0},
        "unique": 1,
        "by_month": [1, 0, 1],
        "by_status": {"new": 1, "meeting": 1},
        "by_segment": {"engaged": 2},
        "by_kind": [],
        "without_trigger": 2,
        "funnel": {"received": 2, "first_contact": 1, "meeting": 1, "converted": 0},
        "converted_by_end": 0,
    }
    bo = metrics.quarter(Q3, scope=Scope.of_advisor("Bo"))
    assert _figures(bo) == {
        "received": 1,
        "by_source": {"client": 1, "center_of_influence": 0, "other": 0},
        "unique": 1,
        "by_month": [1, 0, 0],
        "by_status": {"contacted": 1},
        "by_segment": {"engaged": 1},
        "by_kind": [],
        "without_trigger": 1,
        "funnel": {"received": 1, "first_contact": 1, "meeting": 1, "converted": 1},
        "converted_by_end": 0,
    }
    # Without the breakdowns (Today's tiles), the same received figures.
    quick = metrics.quarter(Q3, detail=False, scope=Scope.of_advisor("Ann"))
    assert (quick.referrals_received, quick.unique_referrers) == (2, 1)
    assert quick.referrals_by_source == ann.referrals_by_source
