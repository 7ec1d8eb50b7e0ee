"""Referral queries on the 100k book: the ask list, the Today lists, the board and triggers page.

docs/design.md sets no budget for these; they are reported beside a raw SQL baseline.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.referrals.referral_lists import ReferralFilter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.triggers.trigger_log import TriggerFilter
from advisor_referrals.storage.opening import open_book
from bench.harness import Context, Measurement, benchmark, median_ms


def _services(context: Context) -> BookServices:
    return BookServices.for_book(open_book(str(context.book_path)), RENDERERS)


@benchmark("ask list (all candidates, ranked)")
def ask_list(context: Context) -> Measurement:
    services = _services(context)
    today = date.today()
    since = (today - timedelta(days=30)).isoformat()

    def raw() -> object:
        with services.book.engine.connect() as connection:
            return connection.execute(
                text(
                    "SELECT contact_id FROM reviews WHERE completed_on >= :d AND nps >= 9 "
                    "UNION SELECT contact_id FROM conversation_triggers WHERE occurred_on >= :d"
                ),
                {"d": since},
            ).all()

    value = median_ms(lambda: services.ask_list.candidates(today, limit=None))
    baseline = median_ms(raw)
    services.book.close()
    return Measurement(value, baseline, note="baseline: the recent reviews/triggers pool")


@benchmark("Today referral lists (four lists and counts)")
def today_lists(context: Context) -> Measurement:
    services = _services(context)
    table, today = services.referral_table, date.today()

    def lists() -> None:
        table.awaiting_first_contact(today, 10)
        table.overdue_follow_ups(today, 10)
        table.thanks_owed(today, 10)
        table.missing_disclosure(10)
        table.today_counts(today)

    value = median_ms(lists)
    services.book.close()
    return Measurement(value)


@benchmark("pipeline board: ids of one column")
def board_column(context: Context) -> Measurement:
    services = _services(context)
    flt = ReferralFilter(statuses=frozenset({ReferralStatus.CONVERTED}))

    def raw() -> object:
        with services.book.engine.connect() as connection:
            return connection.execute(
                text(
                    "SELECT id FROM referrals WHERE status = 'converted' "
                    "ORDER BY received_on DESC, id DESC"
                )
            ).all()

    value = median_ms(lambda: services.referral_table.ids(flt))
    baseline = median_ms(raw)
    services.book.close()
    return Measurement(value, baseline)


@benchmark("triggers page: all ids by date")
def trigger_ids(context: Context) -> Measurement:
    services = _services(context)

    def raw() -> object:
        with services.book.engine.connect() as connection:
            return connection.execute(
                text("SELECT id FROM conversation_triggers ORDER BY occurred_on DESC, id DESC")
            ).all()

    value = median_ms(lambda: services.triggers.ids(TriggerFilter()), repeat=5)
    baseline = median_ms(raw, repeat=5)
    services.book.close()
    return Measurement(value, baseline)
