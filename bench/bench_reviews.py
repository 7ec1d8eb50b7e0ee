"""Reviews on the 100k book: the overdue and due-soon lists, coverage, suggested segments,
the client table's overdue filter and the calendar export, each beside raw SQL.

The raw baseline reads the same rows with plain sqlite3 (no SQLAlchemy, no Python
work on the rows), so the ratio shows what the service adds.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from bench.harness import Context, Measurement, benchmark, median_ms

TODAY = date(2026, 7, 15)

LAST_REVIEWS = """
SELECT c.id, c.tier, c.reviews_per_year,
       (SELECT max(r.completed_on) FROM reviews r
         WHERE r.contact_id = c.id AND r.completed_on <= :today)
  FROM contacts c
 WHERE c.relationship = 'client' AND c.archived_on IS NULL
"""

WINDOW_COUNTS = """
SELECT c.tier, count(*),
       sum((SELECT count(*) FROM reviews r WHERE r.contact_id = c.id
             AND r.completed_on > :start AND r.completed_on <= :today) >= 1)
  FROM contacts c
 WHERE c.relationship = 'client' AND c.tier IS NOT NULL AND c.archived_on IS NULL
 GROUP BY c.tier
"""


def _services(context: Context) -> Any:
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.storage.opening import open_book

    return BookServices.for_book(open_book(str(context.book_path)), RENDERERS)


def _raw(context: Context, sql: str, **params: object) -> Callable[[], object]:
    connection = sqlite3.connect(str(context.book_path))
    return lambda: connection.execute(sql, params).fetchall()


def _measure(
    context: Context, ours: Callable[[], object], raw_sql: str, note: str = "", **params: object
) -> Measurement:
    value = median_ms(ours, repeat=5)
    baseline = median_ms(_raw(context, raw_sql, **params), repeat=5)
    return Measurement(value, baseline, note=note)


@benchmark("reviews: overdue list", budget=1000)
def overdue_list(context: Context) -> Measurement:
    services = _services(context)
    count = len(services.review_lists.overdue(today=TODAY))
    return _measure(
        context,
        lambda: services.review_lists.overdue(today=TODAY),
        LAST_REVIEWS,
        f"{count:,} clients",
        today=TODAY.isoformat(),
    )


@benchmark("reviews: due in the next 30 days", budget=500)
def due_soon_list(context: Context) -> Measurement:
    services = _services(context)
    return _measure(
        context,
        lambda: services.review_lists.due_soon(30, today=TODAY),
        LAST_REVIEWS,
        today=TODAY.isoformat(),
    )


@benchmark("reviews: coverage by tier", budget=500)
def coverage(context: Context) -> Measurement:
    services = _services(context)
    return _measure(
        context,
        lambda: services.review_lists.coverage(TODAY),
        WINDOW_COUNTS,
        today=TODAY.isoformat(),
        start=date(2025, 7, 15).isoformat(),
    )


@benchmark("reviews: client table overdue filter", budget=100)
def client_table_filter(context: Context) -> Measurement:
    from advisor_referrals.services.contacts.client_table import ContactFilter

    services = _services(context)
    flt = ContactFilter(review_overdue=True, today=TODAY)
    return _measure(
        context, lambda: services.contact_table.ids(flt), LAST_REVIEWS, today=TODAY.isoformat()
    )


@benchmark("reviews: suggested segments", budget=2000)
def suggestions(context: Context) -> Measurement:
    services = _services(context)
    count = len(services.engagement.suggestions(today=TODAY))
    return _measure(
        context,
        lambda: services.engagement.suggestions(today=TODAY),
        LAST_REVIEWS,
        f"{count:,} differ",
        today=TODAY.isoformat(),
    )


@benchmark("reviews: calendar export (.ics)", budget=None)
def calendar_export(context: Context) -> Measurement:
    services = _services(context)
    events = len(services.review_lists.scheduled())
    value = median_ms(
        lambda: services.calendar_export.export(io.BytesIO(), zone="America/New_York"), repeat=3
    )
    return Measurement(value, note=f"{events:,} events")
