"""Quarterly metrics (docs/design.md, "Metrics") for any quarter or period, computed in the database.

Two read connections share the queries, and one snapshot (storage/snapshots.py), so the
figures agree with each other (docs/design.md, "Metrics"). The Today tiles, the
Referrals page analytics and the quarterly report all read their numbers from here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection

from advisor_referrals.domain.metrics import Metrics, MetricsDetail, PromoterTotal, ratio
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics import nps_metrics, trigger_metrics
from advisor_referrals.services.metrics import people_metrics as people
from advisor_referrals.services.metrics import referral_metrics as refs
from advisor_referrals.services.metrics.ask_metrics import AskFigures, ask_figures
from advisor_referrals.services.metrics.quarter_referrals import (
    ReceivedFigures,
    ReferralCube,
    period_referrals,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.snapshots import reading_together

SQLITE_CACHE_KIB = 48 * 1024
# The figures' parts are counted on two connections at once: the machines the app runs on
# have two cores or more (docs/design.md, "Budgets").
READERS = 2
PRACTICE = PRACTICE_SCOPE


class MetricsService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def quarter(
        self,
        quarter: Quarter,
        *,
        detail: bool = True,
        scope: Scope = PRACTICE,
        readers: int = READERS,
    ) -> Metrics:
        return self.compute(Period.of_quarter(quarter), detail=detail, scope=scope, readers=readers)

    def quarter_to_date(
        self, today: date | None = None, *, detail: bool = False, scope: Scope = PRACTICE
    ) -> Metrics:
        """Today's tiles: on one connection. A second one that shares its snapshot costs a
        connection and four round trips, and Today must fill a window in at most 40 on a
        practice's server (docs/design.md, "Budgets"); the tiles need no breakdowns."""
        period = Period.quarter_to_date(today or date.today())
        return self.compute(period, detail=detail, scope=scope, readers=1)

    def compute(
        self,
        period: Period,
        *,
        detail: bool = True,
        scope: Scope = PRACTICE,
        readers: int = READERS,
    ) -> Metrics:
        """The figures of a period for the clients of `scope` (docs/design.md, "A practice"),
        counted on up to `readers` connections at once: one for a caller that already
        counts another period alongside (the report), so that no more statements run at
        once than there are cores, and the window's thread keeps its share."""
        with self._reading(scope, readers=readers) as connections:
            return compute(connections, period, detail=detail)

    def goal_figures(self, period: Period, figures: list[str]) -> dict[str, int]:
        """The figures goals name, counted for `period` by the functions the report's
        figures come from (services/metrics/goal_figures.py)."""
        return self.goal_figures_for([(period, figures)])[0]

    def goal_figures_for(self, asked: list[tuple[Period, list[str]]]) -> list[dict[str, int]]:
        """`goal_figures` for several periods, on one connection and one snapshot."""
        from advisor_referrals.services.metrics.goal_figures import count

        if not asked:
            return []
        # Goals are the practice's: counted over the whole book the member may see.
        with self._reading(PRACTICE) as (conn,):
            return [count(conn, period, figures) for period, figures in asked]

    @contextmanager
    def _reading(self, scope: Scope, readers: int = 1) -> Iterator[list[Connection]]:
        # One snapshot for all the queries, however many connections read it
        # (storage/snapshots.py); on PostgreSQL that takes REPEATABLE READ.
        with reading_together(self.book.engine, scope.advisors, readers) as connections:
            for conn in connections:
                if self.book.is_sqlite:
                    # The queries revisit the same contact and review pages; SQLite's
                    # default 2 MB page cache re-reads them. A larger cache on this pooled
                    # connection cuts the time on a big book by about a fifth, and only
                    # fills as it is used.
                    conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
                else:
                    # The planner prices a correlated lookup per referral or review high
                    # enough to compile most statements to machine code (JIT), which on a
                    # million contacts took longer than running them: over a second of the
                    # metrics' time (docs/design.md, "Budgets").
                    # The figures are counted on two connections at once (the report's
                    # two quarters too), which keep two cores busy already: parallel
                    # workers only competed with them for the cores, and each built its
                    # own copy of a hash (reviews by tier, over every contact's tier). On
                    # a million contacts, 1.44-1.74 s with them, 1.39-1.43 s without.
                    # Both for this transaction only, in one round trip.
                    conn.exec_driver_sql(
                        "SELECT set_config('jit', 'off', true),"
                        " set_config('max_parallel_workers_per_gather', '0', true)"
                    )
            yield connections


# Each part of the figures is a few statements on one connection; the parts do not depend
# on each other. Longest first (as measured on a million contacts), so that two readers
# taking the next part as each finishes end at about the same time.
PARTS: dict[str, Callable[[Connection, Period, bool], Any]] = {
    "clients": lambda conn, period, detail: people.client_figures(conn, period, by_tier=detail),
    "received": lambda conn, period, detail: period_referrals(conn, period, with_cube=detail),
    "reviews": lambda conn, period, detail: people.review_figures(conn, period, by_tier=detail),
    "coi": lambda conn, period, detail: refs.coi_reciprocity(conn, period) if detail else None,
    "triggers": lambda conn, period, _detail: trigger_metrics.trigger_figures(conn, period),
    "asks": lambda conn, period, _detail: ask_figures(conn, period),
    "nps": lambda conn, period, _detail: nps_metrics.nps_figures(conn, period),
    "conversions": lambda conn, period, _detail: refs.conversions(conn, period),
    "top": lambda conn, period, _detail: refs.top_referrers(conn, period),
    "promoters": lambda conn, period, _detail: refs.promoters_over_de_minimis(conn, period),
    "compensated": lambda conn, period, detail: (
        refs.compensated_referrals(conn, period) if detail else None
    ),
    "new_clients": lambda conn, period, _detail: people.new_client_figures(conn, period),
}


def compute_parts(
    connections: list[Connection], period: Period, *, detail: bool = True
) -> dict[str, Any]:
    """Every part of the figures, each read on whichever connection is free next: with
    two, on two cores at once (the database runs a statement outside Python's lock). The
    connections share one snapshot (storage/snapshots.py)."""
    waiting = deque(PARTS.items())
    done: dict[str, Any] = {}

    def work(conn: Connection) -> None:
        while True:
            try:
                name, part = waiting.popleft()
            except IndexError:
                return
            done[name] = part(conn, period, detail)

    if len(connections) == 1:
        work(connections[0])
        return done
    with ThreadPoolExecutor(len(connections) - 1, thread_name_prefix="metrics") as helpers:
        running = [helpers.submit(work, conn) for conn in connections[1:]]
        try:
            work(connections[0])
        finally:
            waiting.clear()  # on a failure here, the helpers stop after their part
        for each in running:
            each.result()
    return done


def compute(connections: list[Connection], period: Period, *, detail: bool = True) -> Metrics:
    parts = compute_parts(connections, period, detail=detail)
    triggers: trigger_metrics.TriggerFigures = parts["triggers"]
    received: ReceivedFigures
    cube: ReferralCube | None
    received, cube = parts["received"]
    converted, median_days, converted_by_month = parts["conversions"]
    clients: people.ClientFigures = parts["clients"]
    reviews: people.ReviewFigures = parts["reviews"]
    nps: nps_metrics.NpsFigures = parts["nps"]
    new_clients, new_from_referrals = parts["new_clients"]
    promoters: list[PromoterTotal] = parts["promoters"]
    asks: AskFigures = parts["asks"]
    extra = MetricsDetail(
        referrals_by_month=refs.month_counts(
            period, received.received_by_month, received.intended_by_month, converted_by_month
        ),
        trigger_kind_labels=triggers.labels,
        nps_promoters=nps.promoters,
        nps_passives=nps.passives,
        nps_detractors=nps.detractors,
        clients=clients.clients,
        referring_clients=clients.referring,
        engaged_clients=clients.engaged,
        engaged_covered=clients.engaged_covered,
        promoters=promoters,
        converted_by_end=received.converted_by_end,
        asks_by_method=asks.by_method,
        asks_by_outcome=asks.by_outcome,
        asks_introduced=asks.led_to_introduction,
    )
    if cube is not None:
        extra = replace(
            extra,
            reviews_by_tier=people.tier_reviews(period, clients, reviews),
            referrals_by_status=cube.by_status,
            referrals_by_segment=cube.by_segment,
            referrals_by_trigger_kind=cube.by_kind,
            referrals_without_trigger=cube.without_trigger,
            funnel=cube.funnel,
            coi_reciprocity=parts["coi"],
            compensated=parts["compensated"],
        )
    return Metrics(
        period=period,
        referrals_received=received.received,
        intended_introductions=received.intended,
        referrals_by_source=received.by_source,
        referrals_converted=converted,
        conversion_rate=ratio(received.converted_by_end, received.received),
        median_days_to_convert=median_days,
        followed_up_within_2_days=ratio(received.followed_up, received.received),
        thanked_within_2_days=ratio(received.thanked, received.received),
        unique_referrers=received.unique_referrers,
        top_referrers=parts["top"],
        referring_clients_share=ratio(clients.referring, clients.clients),
        triggers_logged=triggers.logged,
        triggers_by_kind=triggers.by_kind,
        triggers_with_referral=triggers.with_referral,
        asks=asks.asks,
        asks_led_to_introduction=ratio(asks.led_to_introduction, asks.asks),
        reviews_completed=reviews.completed,
        reviews_missed=reviews.missed,
        nps=nps.score,
        nps_responses=nps.responses,
        engaged_review_coverage=ratio(clients.engaged_covered, clients.engaged),
        new_clients=new_clients,
        new_clients_from_referrals=new_from_referrals,
        compensated_referrals=received.compensated,
        compensated_missing_disclosure=received.missing_disclosure,
        promoters_over_de_minimis=[p.name for p in promoters],
        detail=extra,
    )
