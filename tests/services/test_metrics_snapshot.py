"""The quarterly figures are counted on two connections at once, and still come from one
snapshot (docs/design.md, "Metrics"; storage/snapshots.py): a write another connection
commits while they run shows in no figure, on either connection, for the whole book or
one advisor's scope. And when SQLite's write lock is taken, one connection counts alone.

People and quarter as in test_metrics_index_reads: Ann has a1, c1, c2; Bo has b1, p1, f1.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.metrics import quarterly
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.storage import snapshots
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)
from advisor_referrals.storage.snapshots import reading_together
from tests.services.test_metrics_index_reads import Q3, D, _build
from tests.services.test_metrics_one_read import _referral


def _write_into_the_quarter(book: Book, ids: dict[str, int]) -> None:
    """A write that moves nearly every figure of Q3, for Ann's clients and Bo's alike."""
    with book.write() as session:
        kind = session.query(TriggerKindRow.id).first()
        assert kind is not None
        for advisor, referrer in (("Ann", ids["a1"]), ("Bo", ids["b1"])):
            new = session.execute(
                insert(ContactRow)
                .values(
                    first_name=f"late {advisor}",
                    last_name="Test",
                    relationship=Relationship.CLIENT.value,
                    segment="engaged",
                    tier="A",
                    client_since=D("2026-08-01"),
                    advisor=advisor,
                )
                .returning(ContactRow.id)
            ).scalar_one()
            session.execute(
                insert(ReviewRow).values(
                    contact_id=new,
                    scheduled_for=D("2026-08-02"),
                    completed_on=D("2026-08-02"),
                    nps=10,
                )
            )
            session.execute(
                insert(TriggerRow).values(
                    contact_id=new, kind_id=kind[0], occurred_on=D("2026-08-03")
                )
            )
            session.execute(
                insert(AskRow).values(
                    contact_id=referrer,
                    asked_on=D("2026-08-03"),
                    method="call",
                    outcome="will_think",
                )
            )
            moves = [("new", "2026-08-04"), ("converted", "2026-08-20")]
            _referral(session, referrer, new, moves)


def _count_while_writing(
    book: Book, scope: Scope, write: Callable[[], None]
) -> tuple[Metrics, set[int]]:
    """The figures, with `write` committed after both connections began and before any
    part of the figures is read on either."""
    written = threading.Event()
    lock = threading.Lock()
    used: set[int] = set()
    parts = dict(quarterly.PARTS)

    def after_the_write(part: Callable[..., Any]) -> Callable[..., Any]:
        def run(conn: Connection, period: Period, detail: bool) -> Any:
            with lock:
                if not written.is_set():
                    write()
                    written.set()
            used.add(id(conn.connection.dbapi_connection))
            return part(conn, period, detail)

        return run

    quarterly.PARTS.update({name: after_the_write(part) for name, part in parts.items()})
    try:
        metrics = MetricsService(book).quarter(Q3, scope=scope)
    finally:
        quarterly.PARTS.update(parts)
    assert written.is_set()
    return metrics, used


@pytest.mark.parametrize("who", [None, "Ann", "Bo"])
def test_a_write_committed_while_the_figures_are_counted_shows_in_none(
    book: Book, who: str | None
) -> None:
    ids = _build(book)
    scope = PRACTICE_SCOPE if who is None else Scope.of_advisor(who)
    before = MetricsService(book).quarter(Q3, scope=scope)
    during, connections = _count_while_writing(
        book, scope, lambda: _write_into_the_quarter(book, ids)
    )
    # Both connections counted, and neither saw the write.
    assert len(connections) == 2
    assert during == before
    # The write was committed: counted afresh, it moves the figures.
    after = MetricsService(book).quarter(Q3, scope=scope)
    assert after.referrals_received == before.referrals_received + (2 if who is None else 1)
    assert after.detail.clients == before.detail.clients + (2 if who is None else 1)
    assert after.reviews_completed == before.reviews_completed + (2 if who is None else 1)
    assert after.triggers_logged == before.triggers_logged + (2 if who is None else 1)
    assert after.asks == before.asks + (2 if who is None else 1)
    assert after.nps_responses == before.nps_responses + (2 if who is None else 1)


def test_a_write_between_the_readers_beginning_shows_in_neither(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that tries to commit after the first reader began and before the second
    did: PostgreSQL's second reader adopts the first's snapshot; SQLite's writer waits
    for the lock until both have begun. Either way both see the book as it was."""
    ids = _build(book)
    count = "SELECT count(*) FROM contacts"
    writer = threading.Thread(target=_write_into_the_quarter, args=(book, ids))
    began = 0
    plain = snapshots.reading_in_scope

    @contextmanager
    def write_after_the_first(*args: Any, **kwargs: Any) -> Iterator[Connection]:
        nonlocal began
        with plain(*args, **kwargs) as connection:
            began += 1
            if began == 1:
                writer.start()
                writer.join(timeout=1.0)  # committed by now, unless it waits for a lock
            yield connection

    monkeypatch.setattr(snapshots, "reading_in_scope", write_after_the_first)
    with reading_together(book.engine, None, 2) as connections:
        assert len(connections) == 2
        assert [c.exec_driver_sql(count).scalar_one() for c in connections] == [len(ids)] * 2
    writer.join()
    with book.engine.connect() as fresh:
        assert fresh.exec_driver_sql(count).scalar_one() == len(ids) + 2


def test_while_a_writer_holds_sqlites_lock_one_connection_counts_alone(
    sqlite_book: Book,
) -> None:
    """Neither waiting on the writer nor failing: the same figures, from one connection."""
    _build(sqlite_book)
    expected = MetricsService(sqlite_book).quarter(Q3)
    writer = sqlite_book.engine.raw_connection()
    cursor = writer.cursor()
    cursor.execute("BEGIN IMMEDIATE")
    try:
        with reading_together(sqlite_book.engine, None, 2) as connections:
            assert len(connections) == 1
        assert MetricsService(sqlite_book).quarter(Q3) == expected
    finally:
        cursor.execute("ROLLBACK")
        writer.close()
