"""Quarterly metrics (docs/design.md, "Metrics") for any quarter or period, computed in the database.

One read connection serves all the queries, so the figures come from one snapshot
(SQLite's read transaction; REPEATABLE READ on PostgreSQL). The Today tiles, the
Referrals page analytics and the quarterly report all read their numbers from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from sqlalchemy import Connection

from advisor_referrals.domain.metrics import Metrics, MetricsDetail, ratio
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics import people_metrics as people
from advisor_referrals.services.metrics import referral_metrics as refs
from advisor_referrals.services.metrics.ask_metrics import ask_figures
from advisor_referrals.services.metrics.quarter_referrals import period_referrals
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.scoping import reading_in_scope

SQLITE_CACHE_KIB = 48 * 1024
PRACTICE = PRACTICE_SCOPE


class MetricsService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def quarter(self, quarter: Quarter, *, detail: bool = True, scope: Scope = PRACTICE) -> Metrics:
        return self.compute(Period.of_quarter(quarter), detail=detail, scope=scope)

    def quarter_to_date(
        self, today: date | None = None, *, detail: bool = False, scope: Scope = PRACTICE
    ) -> Metrics:
        period = Period.quarter_to_date(today or date.today())
        return self.compute(period, detail=detail, scope=scope)

    def compute(self, period: Period, *, detail: bool = True, scope: Scope = PRACTICE) -> Metrics:
        """The figures of a period for the clients of `scope` (docs/design.md, "A practice")."""
        with self._reading(scope) as conn:
            return compute(conn, period, detail=detail)

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
        with self._reading(PRACTICE) as conn:
            return [count(conn, period, figures) for period, figures in asked]

    @contextmanager
    def _reading(self, scope: Scope) -> Iterator[Connection]:
        # One snapshot for all the queries: on PostgreSQL that takes REPEATABLE READ.
        options = {"isolation_level": "REPEATABLE READ"} if self.book.is_postgres else {}
        with reading_in_scope(self.book.engine, scope.advisors, **options) as conn:
            if self.book.is_sqlite:
                # The queries revisit the same contact and review pages; SQLite's default
                # 2 MB page cache re-reads them. A larger cache on this pooled connection
                # cuts the time on a big book by about a fifth, and only fills as it is used.
                conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            else:
                # The planner prices a correlated lookup per referral or review high enough
                # to compile most statements to machine code (JIT), which on a million
                # contacts took longer than running them: over a second of the metrics'
                # time (docs/design.md, "Budgets"). For this transaction only.
                conn.exec_driver_sql("SET LOCAL jit = off")
            yield conn


def compute(conn: Connection, period: Period, *, detail: bool = True) -> Metrics:
    triggers = people.trigger_figures(conn, period)
    # The received figures and, with the detail, the breakdowns come from one read.
    received, cube = period_referrals(conn, period, with_cube=detail, kind_order=triggers.order)
    converted, median_days, converted_by_month = refs.conversions(conn, period)
    clients = people.client_figures(conn, period, by_tier=detail)
    reviews = people.review_figures(conn, period, by_tier=detail)
    nps = people.nps_figures(conn, period)
    new_clients, new_from_referrals = people.new_client_figures(conn, period)
    promoters = refs.promoters_over_de_minimis(conn, period)
    asks = ask_figures(conn, period)
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
            coi_reciprocity=refs.coi_reciprocity(conn, period),
            compensated=refs.compensated_referrals(conn, period),
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
        top_referrers=refs.top_referrers(conn, period),
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
