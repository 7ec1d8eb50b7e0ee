"""The clients who referred someone in the year to a period's end (the referring clients'
share): SQLite looks each of the year's referrers up among the clients, PostgreSQL checks
each client against them (services/metrics/people_metrics.py). Close calls on both
backends, for the whole book and each advisor's scope.

People and quarter as in test_metrics_index_reads: Ann has a1 (an archived client), c1
(a client from the quarter's last day) and c2 (a client only from the day after it); Bo
has b1 (a client), p1 (a prospect) and f1 (a former client). The year to Q3's end runs
from 2025-10-01 to 2026-09-30.
"""

from __future__ import annotations

import pytest

from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage.book import Book
from tests.services.test_metrics_index_reads import Q3, _build
from tests.services.test_metrics_one_read import _referral


def _book(book: Book) -> None:
    ids = _build(book)
    with book.write() as session:
        # a1: on the year's first day, and again after being intended (counted once).
        _referral(session, ids["a1"], ids["c1"], [("new", "2025-10-01")])
        _referral(
            session, ids["a1"], ids["c2"], [("intended", "2026-01-01"), ("new", "2026-02-01")]
        )
        # b1: the day before the year, the day after the end, still intended at the end...
        _referral(session, ids["b1"], ids["p1"], [("new", "2025-09-30")])
        _referral(session, ids["b1"], ids["p1"], [("new", "2026-10-01")])
        _referral(
            session, ids["b1"], ids["p1"], [("intended", "2026-07-01"), ("new", "2026-10-02")]
        )
        # ...and an introduction of Ann's client: Ann cannot see b1, Bo cannot see it.
        _referral(session, ids["b1"], ids["c1"], [("new", "2026-07-15")])
        # c1: a client from the last day, referring on it.
        _referral(session, ids["c1"], ids["c2"], [("new", "2026-09-30")])
        # c2 (a client only after the end) and f1 (a former client) are no clients of Q3.
        _referral(session, ids["c2"], ids["c1"], [("new", "2026-08-01")])
        _referral(session, ids["f1"], ids["p1"], [("new", "2026-08-01")])


@pytest.mark.parametrize(
    ("who", "referring", "clients"),
    [(None, 3, 3), ("Ann", 2, 2), ("Bo", 0, 1)],
)
def test_referring_clients_at_the_years_edges_and_in_each_scope(
    book: Book, who: str | None, referring: int, clients: int
) -> None:
    _book(book)
    scope = PRACTICE_SCOPE if who is None else Scope.of_advisor(who)
    m = MetricsService(book).quarter(Q3, scope=scope)
    assert (m.detail.referring_clients, m.detail.clients) == (referring, clients)
    assert m.referring_clients_share == referring / clients
    # The quick path (Today's tiles) counts them the same way.
    quick = MetricsService(book).quarter(Q3, detail=False, scope=scope)
    assert quick.referring_clients_share == referring / clients
