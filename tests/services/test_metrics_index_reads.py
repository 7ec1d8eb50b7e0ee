"""Close calls for the quarterly figures read from the indexes of migration 0018
(docs/design.md, "Budgets"): reviews by tier counted as two index ranges, the clients
counted in one pass over the clients index, triggers grouped by their kind's id. On both
backends, for the whole book and for a report scoped to one advisor.

The quarter is 2026Q3 (2026-07-01..2026-09-30); its year is (2025-09-30, 2026-09-30].
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.metrics import TierReviews
from advisor_referrals.domain.practice import Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.referral_history import completed_history
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ReferralRow,
    ReferralStatusChangeRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)

Q3 = Quarter.parse("2026Q3")
D = date.fromisoformat

# key: relationship, segment, tier, client_since, archived_on, advisor
PEOPLE: dict[str, tuple[str, str, str | None, str | None, str | None, str]] = {
    # An archived engaged client: still a client, still counted.
    "a1": ("client", "engaged", "A", None, "2026-08-01", "Ann"),
    "b1": ("client", "content", "B", "2020-01-01", None, "Bo"),
    "p1": ("prospect", "unknown", None, None, None, "Bo"),
    # A client from the quarter's last day, without a tier.
    "c1": ("client", "engaged", None, "2026-09-30", None, "Ann"),
    # A client only from the day after the end: not a client of Q3.
    "c2": ("client", "engaged", "C", "2026-10-01", None, "Ann"),
    "f1": ("former_client", "engaged", "A", "2015-01-01", None, "Bo"),
}

# contact, scheduled_for, completed_on
REVIEWS = [
    ("a1", "2026-06-30", "2026-07-01"),  # booked the day before, held on the first day
    ("a1", "2026-09-30", None),  # booked on the last day, never held: missed
    ("a1", "2025-10-01", "2025-10-01"),  # the year's first day
    ("a1", "2026-01-10", "2026-01-10"),  # a1: three in the year, covered
    ("b1", "2026-07-01", "2026-10-01"),  # held the day after the end: missed in Q3
    ("b1", "2026-09-30", "2026-09-30"),
    ("p1", None, "2026-09-30"),  # a prospect's, without a tier
    ("p1", "2026-10-01", None),  # after the end
    ("c1", "2025-09-30", "2025-09-30"),  # the day before the year: not in it
    ("c1", "2026-02-01", "2026-02-01"),
    ("c1", "2026-05-01", "2026-05-01"),  # c1: two in the year, not covered
    ("c2", "2026-08-01", "2026-08-01"),
    ("c2", "2026-02-01", "2026-02-01"),
    ("c2", "2026-03-01", "2026-03-01"),
    ("f1", "2026-08-15", None),  # a former client's, missed
]


def _day(text: str | None) -> date | None:
    return None if text is None else D(text)


def _build(book: Book) -> dict[str, int]:
    ids: dict[str, int] = {}
    with book.write() as session:
        for key, (rel, segment, tier, since, archived, advisor) in PEOPLE.items():
            ids[key] = session.execute(
                insert(ContactRow)
                .values(
                    first_name=key,
                    last_name="Test",
                    relationship=rel,
                    segment=segment,
                    tier=tier,
                    client_since=_day(since),
                    archived_on=_day(archived),
                    advisor=advisor,
                )
                .returning(ContactRow.id)
            ).scalar_one()
        for who, scheduled, completed in REVIEWS:
            session.execute(
                insert(ReviewRow).values(
                    contact_id=ids[who],
                    scheduled_for=_day(scheduled),
                    completed_on=_day(completed),
                )
            )
    return ids


def test_reviews_and_clients_by_tier_at_the_quarters_edges(book: Book) -> None:
    _build(book)
    m = MetricsService(book).quarter(Q3)
    # Completed in Q3: a1 07-01, b1 09-30, p1 09-30, c2 08-01. Missed (booked in Q3, not
    # held by its end): a1 09-30, b1 07-01 (held 10-01), f1 08-15.
    assert (m.reviews_completed, m.reviews_missed) == (4, 3)
    # Clients: a1 (archived, no client-since), b1, c1 (since the last day). Engaged: a1
    # and c1; only a1 had three reviews in the year.
    assert m.engaged_review_coverage == 1 / 2
    assert m.detail.clients == 3
    assert (m.detail.engaged_clients, m.detail.engaged_covered) == (2, 1)
    # (tier, clients, reviews due in the quarter, scheduled, completed, missed); the
    # reviews count whoever they are with, clients or not.
    assert m.detail.reviews_by_tier == [
        TierReviews("A", 1, 1.0, scheduled=2, completed=1, missed=2),
        TierReviews("B", 1, 0.5, scheduled=2, completed=1, missed=1),
        TierReviews("C", 0, 0.0, scheduled=1, completed=1, missed=0),
        TierReviews(None, 1, 0.0, scheduled=0, completed=1, missed=0),
    ]
    # The quick path (Today's tiles) counts the same reviews without the tiers.
    quick = MetricsService(book).quarter(Q3, detail=False)
    assert (quick.reviews_completed, quick.reviews_missed) == (4, 3)
    assert quick.engaged_review_coverage == 1 / 2


def test_a_report_for_one_advisor_counts_only_their_clients_reviews(book: Book) -> None:
    _build(book)
    metrics = MetricsService(book)
    ann = metrics.quarter(Q3, scope=Scope.of_advisor("Ann"))
    assert (ann.reviews_completed, ann.reviews_missed) == (2, 1)
    assert (ann.detail.clients, ann.detail.engaged_clients, ann.detail.engaged_covered) == (
        2,
        2,
        1,
    )
    assert ann.detail.reviews_by_tier == [
        TierReviews("A", 1, 1.0, scheduled=1, completed=1, missed=1),
        TierReviews("B", 0, 0.0, scheduled=0, completed=0, missed=0),
        TierReviews("C", 0, 0.0, scheduled=1, completed=1, missed=0),
        TierReviews(None, 1, 0.0, scheduled=0, completed=0, missed=0),
    ]
    bo = metrics.quarter(Q3, scope=Scope.of_advisor("Bo"))
    assert (bo.reviews_completed, bo.reviews_missed) == (2, 2)
    assert bo.engaged_review_coverage is None  # no engaged client: no data, not 0
    assert bo.detail.reviews_by_tier == [
        TierReviews("A", 0, 0.0, scheduled=1, completed=0, missed=1),
        TierReviews("B", 1, 0.5, scheduled=2, completed=1, missed=1),
        TierReviews("C", 0, 0.0, scheduled=0, completed=0, missed=0),
        TierReviews(None, 0, 0.0, scheduled=0, completed=1, missed=0),
    ]


def _refer(
    session: Any, referrer: int, referred: int, received: str, status: str, trigger: int
) -> None:
    referral = session.execute(
        insert(ReferralRow)
        .values(
            referrer_id=referrer,
            referred_id=referred,
            received_on=D(received),
            status=status,
            trigger_id=trigger,
        )
        .returning(ReferralRow.id)
    ).scalar_one()
    fields = ReferralFields(
        referrer_id=0, referred_id=1, received_on=D(received), status=ReferralStatus(status)
    )
    for move in completed_history(fields):
        session.execute(
            insert(ReferralStatusChangeRow).values(
                referral_id=referral,
                from_status=move.from_status.value if move.from_status else None,
                to_status=move.to_status.value,
                changed_on=move.on,
            )
        )


def test_triggers_by_kind_ties_edges_and_the_referrals_that_name_them(book: Book) -> None:
    ids = _build(book)
    # kind, occurred_on
    triggers = [
        ("retirement", "2026-07-01"),  # first day; named by a referral received by the end
        ("retirement", "2026-09-30"),  # last day
        ("home_purchase", "2026-08-01"),  # named by a referral received after the end
        ("home_purchase", "2026-08-02"),
        ("marriage", "2026-09-30"),  # named by a referral that is only intended
        ("inheritance", "2026-06-30"),  # the day before
        ("inheritance", "2026-10-01"),  # the day after
    ]
    with book.write() as session:
        kinds = dict(session.execute(select(TriggerKindRow.key, TriggerKindRow.id)).all())
        made = [
            session.execute(
                insert(TriggerRow)
                .values(contact_id=ids["a1"], kind_id=kinds[kind], occurred_on=D(day))
                .returning(TriggerRow.id)
            ).scalar_one()
            for kind, day in triggers
        ]
        _refer(session, ids["a1"], ids["p1"], "2026-09-30", "new", made[0])
        _refer(session, ids["b1"], ids["p1"], "2026-10-01", "new", made[2])
        _refer(session, ids["c1"], ids["p1"], "2026-09-01", "intended", made[4])
        # The last day's, named by two referrals: one trigger followed by a referral.
        _refer(session, ids["a1"], ids["p1"], "2026-09-30", "new", made[1])
        _refer(session, ids["b1"], ids["p1"], "2026-09-30", "contacted", made[1])
        # The day before's, named by a referral of the quarter: not a trigger of it.
        _refer(session, ids["c1"], ids["p1"], "2026-07-02", "new", made[5])
    m = MetricsService(book).quarter(Q3)
    assert m.triggers_logged == 5
    # By count, then by key: home_purchase before retirement at two each.
    assert list(m.triggers_by_kind.items()) == [
        ("home_purchase", 2),
        ("retirement", 2),
        ("marriage", 1),
    ]
    assert m.triggers_with_referral == 2
    # Ann's clients logged them all; Bo's none.
    assert MetricsService(book).quarter(Q3, scope=Scope.of_advisor("Ann")).triggers_logged == 5
    assert MetricsService(book).quarter(Q3, scope=Scope.of_advisor("Bo")).triggers_logged == 0


def test_the_reports_quarter_before_is_counted_as_it_is_alone_for_each_scope(
    book: Book,
) -> None:
    # The report counts the quarter before on a second connection while it counts its own
    # quarter: each scope's views live on their connection, so both must see that scope.
    from advisor_referrals.reports.renderers import REPORT_FORMATS
    from advisor_referrals.services.quarterly_report import QuarterlyReportService
    from advisor_referrals.services.settings import SettingsService

    _build(book)
    metrics = MetricsService(book)
    reports = QuarterlyReportService(metrics, SettingsService(book), REPORT_FORMATS)
    q4 = Quarter.parse("2026Q4")
    expected = {"practice": (4, 3), "Ann": (2, 1), "Bo": (2, 2)}
    for who, (completed, missed) in expected.items():
        scope = Scope() if who == "practice" else Scope.of_advisor(who)
        report = reports.gather(q4, today=date(2027, 1, 15), scope=scope)
        assert report.previous is not None
        assert (report.previous.reviews_completed, report.previous.reviews_missed) == (
            completed,
            missed,
        ), who
        assert report.previous == metrics.quarter(Q3, detail=False, scope=scope), who
        assert report.current == metrics.quarter(q4, scope=scope), who


def test_each_contacts_latest_answer_in_the_quarter_is_the_one_counted(book: Book) -> None:
    ids = _build(book)
    # contact, review id, completed_on, nps: the ids are given, so that a later review
    # can have the smaller id.
    answers = [
        # a1: two answers on the last day; the later review (larger id) is the latest,
        # though its score is lower. A larger id on an earlier day does not win.
        ("a1", 900, "2026-09-30", 10),
        ("a1", 950, "2026-09-30", 6),
        ("a1", 990, "2026-09-29", 9),
        # b1: an answer on the first day, then a later review without an answer.
        ("b1", 500, "2026-07-01", 0),
        ("b1", 999, "2026-08-01", None),
        # c1: a later answer the day after the end, and one the day before the start:
        # the quarter's only answer is the middle one.
        ("c1", 110, "2026-08-15", 9),
        ("c1", 120, "2026-10-01", 0),
        ("c1", 130, "2026-06-30", 0),
        # p1: only answers outside the quarter: not a response.
        ("p1", 140, "2026-06-30", 10),
    ]
    with book.write() as session:
        for who, review_id, day, nps in answers:
            session.execute(
                insert(ReviewRow).values(
                    id=review_id, contact_id=ids[who], completed_on=D(day), nps=nps
                )
            )
    m = MetricsService(book).quarter(Q3)
    # Latest answers: a1 6 (detractor), b1 0 (detractor), c1 9 (promoter).
    assert m.nps_responses == 3
    assert (m.detail.nps_promoters, m.detail.nps_passives, m.detail.nps_detractors) == (1, 0, 2)
    assert m.nps == round(100 * (1 - 2) / 3, 1)
    ann = MetricsService(book).quarter(Q3, scope=Scope.of_advisor("Ann"))
    assert (ann.nps_responses, ann.detail.nps_promoters, ann.detail.nps_detractors) == (2, 1, 1)
