"""A practice's server is a round trip away: Today fills in at most 40 of them
(docs/design.md, "Budgets"), counted with SQLAlchemy's events on the real server, the
handshakes of the connections the window opens included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.welcome import WELCOME_DONE
from tests.support.round_trips import RoundTrips

TODAY_ROUND_TRIPS = 40
QUIET_MS = 300


def wait_until_quiet(qtbot: QtBot) -> None:
    """Until no background load has run for a while (loads may start further loads)."""
    pool = QThreadPool.globalInstance()
    quiet = 0
    while quiet < QUIET_MS:
        assert pool.waitForDone(30_000), "a background load did not finish"
        qtbot.wait(50)
        quiet = quiet + 50 if pool.activeThreadCount() == 0 else 0


@pytest.mark.postgres
def test_today_on_postgresql_takes_no_more_than_40_round_trips(
    qtbot: QtBot, pg_book: Book, window_settings: Settings
) -> None:
    make_demo_book(pg_book, clients=300, seed=7)
    services = BookServices.for_book(pg_book, RENDERERS)
    # As a book is opened: the window finds the one connection opening it left.
    pg_book.engine.dispose()
    services.settings.set(WELCOME_DONE, True)
    trips = RoundTrips().attach(pg_book.engine)
    try:
        window = MainWindow(services, window_settings)
        qtbot.addWidget(window)
        window.show()
        wait_until_quiet(qtbot)
    finally:
        trips.detach(pg_book.engine)
    assert window.current_page().key == "today"
    assert trips.statements > 0
    listing = "\n".join(trips.log)
    assert trips.on_the_wire <= TODAY_ROUND_TRIPS, (
        f"{trips.on_the_wire} round trips ({trips.statements} statements, "
        f"{trips.transactions} BEGIN/COMMIT/ROLLBACK, {trips.connections} new connections):"
        f"\n{listing}"
    )
