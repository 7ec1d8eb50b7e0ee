"""Reviews on the benchmark book: the overdue and due-soon lists, coverage, suggested segments,
the client table's overdue filter and the calendar export, each beside raw SQL.

The raw baseline reads the same rows with the bare driver (no SQLAlchemy, no Python
work on the rows), so the ratio shows what the service adds.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from advisor_referrals.domain.cadence import window_start
from bench.harness import (
    Context,
    Measurement,
    alternated_ms,
    benchmark,
    beside_its_statements,
    median_ms,
)

LAST_REVIEWS = """
SELECT c.id, c.tier, c.reviews_per_year,
       (SELECT max(r.completed_on) FROM reviews r
         WHERE r.contact_id = c.id AND r.completed_on <= :today)
  FROM contacts c
 WHERE c.relationship = 'client' AND c.archived_on IS NULL
"""

# The rows a list's page reads when it is shown: sizing the columns to their contents
# reads up to this many (QHeaderView's default resize precision).
PAGE_READS = 1000

WINDOW_COUNTS = """
SELECT c.tier, count(*),
       sum(CASE WHEN EXISTS (SELECT 1 FROM reviews r WHERE r.contact_id = c.id
             AND r.completed_on > :start AND r.completed_on <= :today) THEN 1 ELSE 0 END)
  FROM contacts c
 WHERE c.relationship = 'client' AND c.tier IS NOT NULL AND c.archived_on IS NULL
 GROUP BY c.tier
"""


def _services(context: Context) -> Any:
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.registry import BookServices

    return BookServices.for_book(context.open(), RENDERERS)


def _measure(
    context: Context,
    services: Any,
    ours: Callable[[], object],
    raw_sql: str,
    note: str = "",
    **params: object,
) -> Measurement:
    raw = context.raw()
    try:
        value, baseline = alternated_ms(ours, raw.runner(raw_sql, params), repeat=5)
    finally:
        raw.close()
        services.book.close()
    return Measurement(value, baseline, note=note)


@benchmark("reviews: overdue list", budget={"*": 1000, "1M": 2000})
def overdue_list(context: Context) -> Measurement:
    services = _services(context)
    count = len(services.review_lists.overdue(today=context.book_day))
    return _measure(
        context,
        services,
        lambda: services.review_lists.overdue(today=context.book_day),
        LAST_REVIEWS,
        f"{count:,} clients",
        today=context.book_day.isoformat(),
    )


@benchmark("reviews: due in the next 30 days", budget=500)
def due_soon_list(context: Context) -> Measurement:
    """What the Reviews page reads when it shows the list: its count and its first page
    (`DuePages.due_soon`: the clients counted per due day, and the first days' clients
    read whole), beside the statements it sends replayed through the bare driver. The
    rest is read as the view is scrolled to it; the whole list read at once, as the page
    did before, is timed for the note."""
    from advisor_referrals.services.reviews.due_pages import DuePages

    services = _services(context)
    pages = DuePages(services.review_lists)
    day = context.book_day
    opened = pages.due_soon(30, today=day)
    whole = median_ms(lambda: services.review_lists.due_soon(30, today=day), repeat=3)
    try:
        value, baseline, sent = beside_its_statements(
            context, services.book.engine, lambda: pages.due_soon(30, today=day)
        )
    finally:
        services.book.close()
    note = (
        f"{opened.total:,} clients, first page of {len(opened.first_rows):,} read; "
        f"the whole list {whole:,.0f} ms; baseline: its {sent} statements, "
        "bare driver"
    )
    return Measurement(value, baseline, note=note)


@benchmark("reviews: coverage by tier", budget=500)
def coverage(context: Context) -> Measurement:
    services = _services(context)
    return _measure(
        context,
        services,
        lambda: services.review_lists.coverage(context.book_day),
        WINDOW_COUNTS,
        today=context.book_day.isoformat(),
        start=window_start(context.book_day).isoformat(),
    )


@benchmark("reviews: client table overdue filter", budget=100)
def client_table_filter(context: Context) -> Measurement:
    from advisor_referrals.services.contacts.client_table import ContactFilter

    services = _services(context)
    flt = ContactFilter(review_overdue=True, today=context.book_day)
    return _measure(
        context,
        services,
        lambda: services.contact_table.ids(flt),
        LAST_REVIEWS,
        today=context.book_day.isoformat(),
    )


@benchmark("reviews: suggested segments", budget=2000)
def suggestions(context: Context) -> Measurement:
    services = _services(context)
    count = len(services.engagement.suggestions(today=context.book_day))

    def as_the_page_shows() -> None:
        # The Reviews page shows the count and the rows it draws; sizing its columns to
        # their contents reads up to the first thousand (Qt's default precision). Each
        # suggestion is made when read, so the figure includes making those.
        found = services.engagement.suggestions(today=context.book_day)
        len(found)
        found[:PAGE_READS]

    return _measure(
        context,
        services,
        as_the_page_shows,
        LAST_REVIEWS,
        f"{count:,} differ",
        today=context.book_day.isoformat(),
    )


@benchmark("reviews: calendar export (.ics)", budget=1000)
def calendar_export(context: Context) -> Measurement:
    services = _services(context)
    # The events the export writes (from today on), not every open booking of the book.
    export = services.calendar_export.export
    events = export(io.BytesIO(), zone="America/New_York").events
    try:
        value, baseline, _sent = beside_its_statements(
            context,
            services.book.engine,
            lambda: export(io.BytesIO(), zone="America/New_York"),
            repeat=3,
        )
    finally:
        services.book.close()
    return Measurement(
        value, baseline, note=f"{events:,} events; baseline: its statements, bare driver"
    )
