"""Quarterly metrics and the whole PDF report (docs/design.md, "Budgets": 0.5 s and 2 s; at a
million contacts 1 s and 3 s).

Both are held beside a raw SQL aggregation on a bare driver connection: referrals
received in the quarter grouped by status and the referrer's relationship, and reviews
completed in the quarter grouped by the contact's tier.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.renderers import REPORT_FORMATS
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.services.settings import SettingsService
from bench.harness import Context, Measurement, alternated_ms, benchmark

REPEAT = 5
RAW_AGGREGATION = """
SELECT 'referrals', r.status, c.relationship, count(*)
  FROM referrals r JOIN contacts c ON c.id = r.referrer_id
 WHERE r.received_on BETWEEN :start AND :end
 GROUP BY r.status, c.relationship
UNION ALL
SELECT 'reviews', c.tier, NULL, count(*)
  FROM reviews v JOIN contacts c ON c.id = v.contact_id
 WHERE v.completed_on BETWEEN :start AND :end
 GROUP BY c.tier
"""


def bench_quarter(context: Context) -> Quarter:
    return Quarter.last_complete(context.book_day)


def _side_by_side(context: Context, quarter: Quarter, ours: Callable[[], object]) -> Measurement:
    raw = context.raw()
    try:
        bounds = {"start": quarter.start.isoformat(), "end": quarter.end.isoformat()}
        value, baseline = alternated_ms(ours, raw.runner(RAW_AGGREGATION, bounds), repeat=REPEAT)
    finally:
        raw.close()
    return Measurement(value / 1000, baseline / 1000, note=str(quarter))


@benchmark("quarterly metrics", unit="s", budget={"*": 0.5, "1M": 1.0})
def quarterly_metrics(context: Context) -> Measurement:
    quarter = bench_quarter(context)
    book = context.open()
    try:
        service = MetricsService(book)
        return _side_by_side(context, quarter, lambda: service.quarter(quarter))
    finally:
        book.close()


@benchmark("quarterly report, whole PDF", unit="s", budget={"*": 2.0, "1M": 3.0})
def quarterly_pdf(context: Context) -> Measurement:
    quarter = bench_quarter(context)
    book = context.open()
    try:
        reports = QuarterlyReportService(
            MetricsService(book), SettingsService(book), REPORT_FORMATS
        )
        return _side_by_side(
            context, quarter, lambda: reports.render(reports.gather(quarter), ".pdf")
        )
    finally:
        book.close()
