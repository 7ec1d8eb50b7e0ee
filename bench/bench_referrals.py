"""Referral queries on the benchmark book: the ask list, the Today lists, the board and triggers page.

docs/design.md sets one budget here: the Today page's lists and counts together, 100 ms.
The others are reported beside a raw SQL baseline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.practice import PRACTICE_SCOPE
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.referrals.referral_lists import ReferralFilter, ReferralNeed
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.triggers.trigger_log import TriggerFilter
from bench.harness import (
    Context,
    Measurement,
    alternated_ms,
    benchmark,
    beside_its_statements,
)

# How many rows the Today page's lists show (ui/referrals/today_sections.py, ui/reviews/today.py).
REFERRALS_SHOWN = 10
REVIEWS_SHOWN = 8
# The Today page's referral sections, in its order (ui/referrals/today_sections.py).
TODAY_NEEDS = [
    ReferralNeed.FOLLOW_UP_OVERDUE,
    ReferralNeed.AWAITING_FIRST_CONTACT,
    ReferralNeed.THANKS_OWED,
    ReferralNeed.MISSING_DISCLOSURE,
]


def _services(context: Context) -> BookServices:
    return BookServices.for_book(context.open(), RENDERERS)


def _beside_pool(
    context: Context, services: BookServices, read: Callable[[], object]
) -> Measurement:
    """An ask list read, alternated with the raw read of its pool: the last 30 days'
    promoters and life events."""
    since = (context.book_day - timedelta(days=30)).isoformat()
    raw = context.raw()
    value, baseline = alternated_ms(
        read,
        raw.runner(
            "SELECT contact_id FROM reviews WHERE completed_on >= :d AND nps >= 9 "
            "UNION SELECT contact_id FROM conversation_triggers WHERE occurred_on >= :d",
            {"d": since},
        ),
    )
    raw.close()
    services.book.close()
    return Measurement(value, baseline, note="baseline: the recent reviews/triggers pool")


def _beside_its_sql(
    context: Context, services: BookServices, read: Callable[[], object]
) -> Measurement:
    """A read alternated with the statements it sends, replayed through the bare driver."""
    try:
        value, baseline, sent = beside_its_statements(context, services.book.engine, read)
    finally:
        services.book.close()
    return Measurement(value, baseline, note=f"baseline: its {sent} statements, bare driver")


@benchmark("ask list (all candidates, ranked)")
def ask_list(context: Context) -> Measurement:
    services = _services(context)
    today = context.book_day
    return _beside_pool(context, services, lambda: services.ask_list.candidates(today, limit=None))


@benchmark("ask list on Today (first 10 and the count)")
def ask_list_today(context: Context) -> Measurement:
    """What the Today page's ask section reads (`AskListSection.fetch`): the first rows and
    how many there are; "Show all" reads the whole list (above)."""
    services = _services(context)
    today = context.book_day
    return _beside_pool(
        context, services, lambda: services.ask_list.first_candidates(today, REFERRALS_SHOWN)
    )


@benchmark("Today referral lists (four lists and counts)")
def today_lists(context: Context) -> Measurement:
    """The four referral lists of the Today page as it loads them (`TodayCounts.load`):
    their counts and first rows together."""
    services = _services(context)
    table, today = services.referral_table, context.book_day

    def lists() -> None:
        table.today_lists(TODAY_NEEDS, today, REFERRALS_SHOWN, scope=PRACTICE_SCOPE)

    return _beside_its_sql(context, services, lists)


@benchmark("Today's lists and counts together", budget=100)
def todays_lists_together(context: Context) -> Measurement:
    """What the Today page's lists read when it opens, with the calls the page makes: the
    four referral lists' counts and first rows (`TodayCounts.load` in
    ui/referrals/today_sections.py), and both review blocks, the week's bookings, the
    clients falling due, the past bookings waiting for an outcome and the overdue
    reviews, each with its total (`ReviewGroup.load` in ui/reviews/today.py), for the
    whole practice as a new window shows it. The ask list has its own figure above."""
    services = _services(context)
    table, reviews, today = services.referral_table, services.today_reviews, date.today()

    def lists() -> None:
        table.today_lists(TODAY_NEEDS, today, REFERRALS_SHOWN, scope=PRACTICE_SCOPE)
        reviews.read(today, REVIEWS_SHOWN, PRACTICE_SCOPE)

    measured = _beside_its_sql(context, services, lists)
    note = f"referral and review lists, the ask list measured apart; {measured.note}"
    return replace(measured, note=note)


@benchmark("pipeline board: ids of one column")
def board_column(context: Context) -> Measurement:
    services = _services(context)
    flt = ReferralFilter(statuses=frozenset({ReferralStatus.CONVERTED}))

    raw = context.raw()
    value, baseline = alternated_ms(
        lambda: services.referral_table.ids(flt),
        raw.runner(
            "SELECT id FROM referrals WHERE status = 'converted' ORDER BY received_on DESC, id DESC"
        ),
    )
    raw.close()
    services.book.close()
    return Measurement(value, baseline)


@benchmark("triggers page: all ids by date")
def trigger_ids(context: Context) -> Measurement:
    services = _services(context)

    raw = context.raw()
    value, baseline = alternated_ms(
        lambda: services.triggers.ids(TriggerFilter()),
        raw.runner("SELECT id FROM conversation_triggers ORDER BY occurred_on DESC, id DESC"),
        repeat=5,
    )
    raw.close()
    services.book.close()
    return Measurement(value, baseline)
