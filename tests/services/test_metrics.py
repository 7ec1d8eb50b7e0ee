"""Every metric of docs/design.md, "Metrics" on a hand-built book, worked out by hand, on both backends.

The book is tests/support/metrics_book.py; the quarter is 2026Q3 = 2026-07-01..2026-09-30,
its 365-day window (2025-09-30, 2026-09-30]. r1..r17 are its referrals, t1..t7 triggers.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert

from advisor_referrals.domain.metrics import METRIC_KEYS, KindCount, MonthCount, TierReviews
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow
from tests.support.metrics_book import build_hand_book

Q3 = Quarter.parse("2026Q3")


@pytest.fixture
def hand_book(book: Book) -> Book:
    build_hand_book(book)
    return book


def test_every_metric_of_2026q3_matches_the_hand_count(hand_book: Book) -> None:
    m = MetricsService(hand_book).quarter(Q3).as_dict()
    assert list(m) == list(METRIC_KEYS)

    # Received in Q (status not intended, received_on 07-01..09-30):
    # r1 (07-01, first day), r2 (09-30, last day), r3, r4, r5, r6, r7, r8, r9, r10, r11.
    # Not: r13 (06-30, day before), r14 (10-01, day after), r15 (intended), r12/r16/r17 (older).
    assert m["referrals_received"] == 11
    # r15 is the only intended one with received_on in Q.
    assert m["intended_introductions"] == 1
    # client or former_client: Ana 3 (r1-r3), Ben 2 (r4, r5), Finn 2 (r8, r9; a client by
    # relationship even though client_since is after the end), Dan 1 (r10, former client).
    # COI: Eve 2 (r6, r7). Other: Gus, a prospect (r11).
    assert m["referrals_by_source"] == {"client": 8, "center_of_influence": 2, "other": 1}
    # converted_on in Q: r1 (08-10), r4 (09-30), r9 (07-31), r13 (07-20, received the day
    # before Q). Not r3: converted 10-05, after the end.
    assert m["referrals_converted"] == 4
    # Received in Q and converted by the end: r1, r4, r9 -> 3 of 11.
    assert m["conversion_rate"] == 3 / 11
    # Days to convert of r1 40, r4 82, r9 15, r13 20 -> sorted 15 20 40 82 -> (20 + 40) / 2.
    assert m["median_days_to_convert"] == 30.0
    # first_contacted_on <= received_on + 2: r1 (+1), r4 (+2 exactly), r6 (+0), r8 (+0),
    # r9 (+0). Not r2: received on the last day and contacted the next, 10-01, a date after
    # the quarter's end, which counts as absent. Not r3 (+5), r5 (+3), r7, r10, r11 (never
    # contacted) -> 5 of 11.
    assert m["followed_up_within_2_days"] == 5 / 11
    # thanked_on <= received_on + 2: r1 (+0), r4 (+2), r5 (+1), r7 (+1), r9 (+0).
    # Not r2 (+3) nor the never-thanked -> 5 of 11.
    assert m["thanked_within_2_days"] == 5 / 11
    # Ana, Ben, Eve, Finn, Dan, Gus.
    assert m["unique_referrers"] == 6
    # Ana 3; then Ben Adams, Eve de Vries, Finn Evans at 2 each, ordered by last name
    # ignoring case (adams < de vries < evans; a case-sensitive sort would put "de Vries"
    # last); then Dan Cole and Gus Ford at 1: cole < ford, and only five are listed.
    assert m["top_referrers"] == [
        {"name": "Ana Souza", "referrals": 3},
        {"name": "Ben Adams", "referrals": 2},
        {"name": "Eve de Vries", "referrals": 2},
        {"name": "Finn Evans", "referrals": 2},
        {"name": "Dan Cole", "referrals": 1},
    ]
    # Clients (relationship client, client_since <= 09-30 or empty): Ana, Ben, Cara (empty),
    # Jo, Kim (07-01), Pia One, Per Four (09-30), Pip Six, Poe Nine, Pio Thirteen = 10.
    # Not Finn (client_since 10-01), Pam Three (10-05), Dan and Lou (former clients).
    # Referring in (2025-09-30, 2026-09-30]: Ana, Ben, Cara (r17 on 2025-10-01, the window's
    # first day). Not Jo: r16 on 2025-09-30 is outside, r15 is only intended -> 3 of 10.
    assert m["referring_clients_share"] == 3 / 10
    # occurred_on in Q: t1, t2 (last day), t3 (first day), t6, t7; not t4 (06-30), t5 (10-01).
    assert m["triggers_logged"] == 5
    assert m["triggers_by_kind"] == {"home_purchase": 2, "retirement": 2, "inheritance": 1}
    # Linked from a received referral received by the end: t1 (r1), t3 (r9).
    # Not t2 (r14 received after the end), t6 (r15 is intended), t7 (none).
    assert m["triggers_with_referral"] == 2
    # completed_on in Q: Ana 07-15, 09-01, 09-25; Ben 08-01; Jo 09-30; Cara 07-02 (scheduled
    # the day before Q); Kim 09-15; Finn 08-20; Dan 08-10 = 9. Ben's 10-02 and Finn's 06-30
    # are outside.
    assert m["reviews_completed"] == 9
    # scheduled in Q and not completed by the end: Ben's (09-28, completed 10-02 after the
    # end) and Cara's (07-01, never completed). Kim's 10-01 is outside Q.
    assert m["reviews_missed"] == 2
    # Latest answer in Q per contact: Ana 9 (09-01 beats her 6 of 07-15; 09-25 has no answer),
    # Ben 7 (his 10 was completed after the end), Jo 3, Cara 10, Kim 8, Finn 0, Dan 9.
    # Promoters Ana, Cara, Dan = 3; detractors Jo, Finn = 2; of 7 -> 100 x 1/7 = 14.2857.
    assert m["nps"] == 14.3
    assert m["nps_responses"] == 7
    # Engaged clients: Ana, Ben, Jo (Finn is not a client). Completed in the window:
    # Ana 4 (2025-10-01 is the window's first day), Ben 2 (2025-09-30 is outside, 10-02 is
    # after the end), Jo 3 -> Ana and Jo, 2 of 3.
    assert m["engaged_review_coverage"] == 2 / 3
    # client_since in Q, client or former client: Pia One, Per Four, Pip Six, Poe Nine,
    # Pio Thirteen, Kim Lee, Lou Moss (former client) = 7. Not Pam Three (10-05).
    assert m["new_clients"] == 7
    # Referred by a converted referral: Pia (r1), Per (r4), Poe (r9), Pio (r13).
    # Not Pip Six: r6 is still at `meeting`.
    assert m["new_clients_from_referrals"] == 4
    # Received in Q with compensation: r5, r6, r7, r11.
    assert m["compensated_referrals"] == 4
    # No disclosure by the end: r6 (none) and r7 (delivered 10-02, after the end).
    assert m["compensated_missing_disclosure"] == 2
    # In the window: Eve 600 + 400 = 1000.00 exactly (not over); Gus 1000.01 (over, no
    # agreement); Hal 2000 but with an agreement on file; Jo's 5000 is on 2025-09-30,
    # outside the window.
    assert m["promoters_over_de_minimis"] == ["Gus Ford"]
    json.dumps(m)  # serialisable as is


def test_breakdowns_for_the_report_and_the_referrals_page(hand_book: Book) -> None:
    d = MetricsService(hand_book).quarter(Q3).detail
    # Received by month: July r1 r4 r5 r8 r9; August r3 r6 r11 (+ intended r15);
    # September r2 r7 r10. Converted: July r9 r13, August r1, September r4.
    assert d.referrals_by_month == [
        MonthCount(date(2026, 7, 1), 5, 0, 2),
        MonthCount(date(2026, 8, 1), 3, 1, 1),
        MonthCount(date(2026, 9, 1), 3, 0, 1),
    ]
    # Status at the quarter's end of the 12 referrals with received_on in Q (intended
    # included), from their history. r2 is contacted today, but its first contact was on
    # 10-01, after the end: it was still new. r3 is converted today, on 10-05: at the end
    # it was contacted (08-20). New: r2, r7, r10, r11; converted: r1, r4, r9.
    assert d.referrals_by_status == {
        "intended": 1,
        "new": 4,
        "contacted": 1,
        "meeting": 1,
        "converted": 3,
        "not_a_fit": 1,
        "lost": 1,
    }
    # Of the 11 received: first contact by the end r1, r3, r4, r5, r6, r8, r9 (a referral
    # recorded as lost or not a fit after a first contact went through contacted); a
    # meeting r6 (and the converted, which passed it); converted r1, r4, r9: the
    # conversion rate's 3 of 11.
    assert d.funnel == {"received": 11, "first_contact": 7, "meeting": 4, "converted": 3}
    assert d.converted_by_end == 3
    # Referrer's segment: Ana, Ben, Finn engaged (3 + 2 + 2); Eve, Gus unknown; Dan complacent.
    assert d.referrals_by_segment == {"engaged": 7, "unknown": 3, "complacent": 1}
    # r1 came from t1 (home purchase), r9 from t3 (inheritance); nine had no trigger.
    assert d.referrals_by_trigger_kind == [
        KindCount("home_purchase", "Buying a home", 1),
        KindCount("inheritance", "Receiving an inheritance", 1),
    ]
    assert d.referrals_without_trigger == 9
    assert (d.nps_promoters, d.nps_passives, d.nps_detractors) == (3, 2, 2)
    assert (d.clients, d.referring_clients, d.engaged_clients, d.engaged_covered) == (10, 3, 3, 2)
    # Tier A: Ana, Ben (4 a year each -> 2 due a quarter); B: Cara (Finn is not a client yet);
    # C: Jo, Kim (1 a year each). Reviews by tier of the reviewed contact.
    assert d.reviews_by_tier == [
        TierReviews("A", 2, 2.0, scheduled=5, completed=4, missed=1),
        TierReviews("B", 1, 0.5, scheduled=1, completed=2, missed=1),
        TierReviews("C", 2, 0.5, scheduled=2, completed=3, missed=0),
        TierReviews(None, 5, 0.0, scheduled=0, completed=0, missed=0),
    ]
    # Eve: r6, r7 in; Ana sent to her on 07-05 (Jo's 2025-09-30 is outside the year).
    # Hal: r12 in (February); Cara sent in Q, Ben in March.
    reciprocity = {
        r.name: (r.received, r.sent, r.received_year, r.sent_year) for r in d.coi_reciprocity
    }
    assert reciprocity == {"Eve de Vries": (2, 1, 2, 1), "Hal Grant": (0, 1, 1, 2)}
    assert [(c.referrer, c.value, c.disclosure_delivered_on) for c in d.compensated] == [
        ("Ben Adams", Decimal("50.00"), date(2026, 7, 21)),
        ("Eve de Vries", Decimal("600.00"), None),
        ("Gus Ford", Decimal("1000.01"), date(2026, 8, 5)),
        ("Eve de Vries", Decimal("400.00"), None),  # delivered after the end
    ]
    assert [(p.name, p.total, p.referrals) for p in d.promoters] == [
        ("Gus Ford", Decimal("1000.01"), 1)
    ]


def test_an_empty_book_gives_zeros_and_nulls(book: Book) -> None:
    m = MetricsService(book).quarter(Q3).as_dict()
    fractions_and_scores = {
        "conversion_rate",
        "median_days_to_convert",
        "followed_up_within_2_days",
        "thanked_within_2_days",
        "referring_clients_share",
        "nps",
        "engaged_review_coverage",
        "asks_led_to_introduction",
    }
    for key in fractions_and_scores:
        assert m[key] is None, key
    assert m["referrals_by_source"] == {"client": 0, "center_of_influence": 0, "other": 0}
    assert m["top_referrers"] == [] and m["promoters_over_de_minimis"] == []
    assert m["triggers_by_kind"] == {}
    counts = (
        set(METRIC_KEYS)
        - fractions_and_scores
        - {
            "referrals_by_source",
            "top_referrers",
            "triggers_by_kind",
            "promoters_over_de_minimis",
        }
    )
    assert all(m[key] == 0 for key in counts)


def test_asks_and_the_introductions_they_led_to(hand_book: Book) -> None:
    metrics = MetricsService(hand_book)
    q3 = metrics.quarter(Q3)
    # Asked in Q3: a2 (first day), a3, a4, a5 (last day), a9, a13, a14. Not a11 (10-01).
    assert q3.asks == 7
    # Led to an introduction within 90 days and by the end: a2 (r1, the day of the ask),
    # a3 (r4, five days later), a9 (r2, the next day). Not a4 (r15 only intended), a5
    # (nothing), a13 (r10 came before the ask), a14 (r14 came 10-01, after the end).
    assert q3.asks_led_to_introduction == 3 / 7
    assert q3.detail.asks_introduced == 3
    assert q3.detail.asks_by_method == {"review": 1, "call": 4, "event": 1, "kit": 1}
    assert q3.detail.asks_by_outcome == {
        "will_think": 3,
        "introduced": 1,
        "declined": 1,
        "not_now": 2,
    }
    # Q2: a1, a6, a7, a10. Only a1 led to one by Q2's end (r13 on 06-30); a7 and a10 were
    # followed within 90 days too, but after the quarter's end, which Q2 does not see.
    q2 = metrics.quarter(Q3.previous())
    assert (q2.asks, q2.asks_led_to_introduction) == (4, 1 / 4)


def test_an_empty_quarter_of_a_populated_book(hand_book: Book) -> None:
    m = MetricsService(hand_book).quarter(Quarter.parse("2019Q1")).as_dict()
    # Nothing happened in 2019Q1: rates over received referrals and NPS are null.
    assert m["referrals_received"] == 0
    assert m["conversion_rate"] is None and m["followed_up_within_2_days"] is None
    assert m["median_days_to_convert"] is None and m["nps"] is None
    # Clients then: Cara (client_since empty) and Jo (since 2018-05-01); neither referred
    # in the year to 2019-03-31, and Jo (engaged) had no reviews: both shares are 0, not null.
    assert m["referring_clients_share"] == 0.0
    assert m["engaged_review_coverage"] == 0.0


def test_top_referrers_break_ties_by_last_then_first_name_ignoring_case(book: Book) -> None:
    names = [("zoe", "Hart"), ("Adam", "hart"), ("Bea", "Hart"), ("Cy", "Abel")]
    with book.write() as session:
        ids = [
            session.execute(
                insert(ContactRow)
                .values(first_name=f, last_name=last, relationship="client")
                .returning(ContactRow.id)
            ).scalar_one()
            for f, last in names
        ]
        referred = session.execute(
            insert(ContactRow).values(first_name="New", last_name="Person").returning(ContactRow.id)
        ).scalar_one()
        for referrer in ids:
            session.execute(
                insert(ReferralRow).values(
                    referrer_id=referrer, referred_id=referred, received_on=date(2026, 8, 1)
                )
            )
    top = MetricsService(book).quarter(Q3).top_referrers
    assert [t.name for t in top] == ["Cy Abel", "Adam hart", "Bea Hart", "zoe Hart"]


def test_quarter_to_date_stops_at_today(hand_book: Book) -> None:
    # On 2026-08-01 only r1, r4, r5, r8, r9 (July) and r6 (08-01) have been received.
    m = MetricsService(hand_book).compute(Period.quarter_to_date(date(2026, 8, 1)))
    assert m.referrals_received == 6
    # r1 converted 08-10, r4 09-30: after "today", so only r9 counts as converted.
    assert m.conversion_rate == 1 / 6


def test_the_quick_path_without_breakdowns_gives_the_same_metrics(hand_book: Book) -> None:
    service = MetricsService(hand_book)
    assert service.quarter(Q3, detail=False).as_dict() == service.quarter(Q3).as_dict()


def test_a_review_moved_to_another_date_is_not_missed(book: Book) -> None:
    from advisor_referrals.domain.contacts import ContactFields
    from advisor_referrals.domain.enums import Relationship, Tier
    from advisor_referrals.services.contacts.editing import ContactService
    from advisor_referrals.services.reviews.booking import ReviewService

    client = ContactService(book).create(
        ContactFields(
            first_name="Ana", last_name="Souza", relationship=Relationship.CLIENT, tier=Tier.A
        )
    )
    reviews = ReviewService(book, clock=lambda: date(2026, 7, 1))
    moved = reviews.schedule(client.id, date(2026, 7, 10))
    reviews.reschedule(moved.id, moved.version, date(2026, 8, 10))
    reviews.schedule(client.id, date(2026, 9, 1))  # never held: missed
    m = MetricsService(book).quarter(Q3).as_dict()
    # Scheduled in Q: the moved 07-10 review (replaced), its 08-10 replacement and 09-01,
    # none completed. The replacement and 09-01 are missed; the moved one is not.
    assert m["reviews_missed"] == 2
