"""Quarterly metrics and the whole PDF report on the 100k book (docs/design.md, "Budgets").

Both are held beside a raw SQL aggregation on a plain sqlite3 connection: referrals
received in the quarter grouped by status and the referrer's relationship, and reviews
completed in the quarter grouped by the contact's tier.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.renderers import REPORT_FORMATS
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.opening import open_book
from bench.harness import Context, Measurement, benchmark, median_seconds

REPEAT = 5
RAW_AGGREGATION = """
SELECT 'referrals', r.status, c.relationship, count(*)
  FROM referrals r JOIN contacts c ON c.id = r.referrer_id
 WHERE r.received_on BETWEEN ? AND ?
 GROUP BY r.status, c.relationship
UNION ALL
SELECT 'reviews', c.tier, NULL, count(*)
  FROM reviews v JOIN contacts c ON c.id = v.contact_id
 WHERE v.completed_on BETWEEN ? AND ?
 GROUP BY c.tier
"""


def bench_quarter() -> Quarter:
    return Quarter.last_complete(date.today())


def raw_baseline(path: Path, quarter: Quarter) -> float:
    connection = sqlite3.connect(path)
    try:
        bounds = (quarter.start.isoformat(), quarter.end.isoformat()) * 2
        return median_seconds(
            lambda: connection.execute(RAW_AGGREGATION, bounds).fetchall(), repeat=REPEAT
        )
    finally:
        connection.close()


@benchmark("quarterly metrics (100k book)", unit="s", budget=0.5)
def quarterly_metrics(context: Context) -> Measurement:
    quarter = bench_quarter()
    book = open_book(str(context.book_path))
    try:
        service = MetricsService(book)
        value = median_seconds(lambda: service.quarter(quarter), repeat=REPEAT)
    finally:
        book.close()
    return Measurement(value, raw_baseline(context.book_path, quarter), note=str(quarter))


@benchmark("quarterly report, whole PDF (100k book)", unit="s", budget=2.0)
def quarterly_pdf(context: Context) -> Measurement:
    quarter = bench_quarter()
    book = open_book(str(context.book_path))
    try:
        reports = QuarterlyReportService(
            MetricsService(book), SettingsService(book), REPORT_FORMATS
        )
        value = median_seconds(
            lambda: reports.render(reports.gather(quarter), ".pdf"), repeat=REPEAT
        )
    finally:
        book.close()
    return Measurement(value, raw_baseline(context.book_path, quarter), note=str(quarter))
