"""A practice's shared book across a LAN: Today and the client table through a proxy that
adds a fixed delay per round trip (docs/design.md, "Budgets": Today filled in at most 40
round trips, the client table's first page in at most 5).

The proxy (bench/lan.py) counts the round trips. Each figure is the median over RUNS,
beside the same work through the proxy with no delay (the baseline), alternated.

* Today: the main window made on an opened book, its start-up page Today, until every
  background load has finished (the thread pool quiet for QUIET_S). Timed to the end of
  the last load; the round trips are those of the window's loads (opening the book,
  before the window, is reported in the note).
* Client table, first page: the first page of rows by name, as the Clients page asks for
  it before the whole id list (which follows on its worker), on a book opened through the
  proxy and read once before.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import make_url

from bench.harness import Context, Measurement, benchmark
from bench.lan import DelayProxy

DELAY_MS = 2.0
RUNS = 3
QUIET_S = 0.3
TIMEOUT_S = 120.0
TODAY_ROUND_TRIPS = 40
TABLE_ROUND_TRIPS = 5


@contextmanager
def proxied(url: str, delay_ms: float) -> Iterator[tuple[str, DelayProxy]]:
    parts = make_url(url)
    proxy = DelayProxy(str(parts.host), int(parts.port or 5432), delay_ms)
    try:
        yield parts.set(port=proxy.port).render_as_string(hide_password=False), proxy
    finally:
        proxy.close()


def _wait_until_quiet(started: float) -> float:
    """Run the event loop until the thread pool has been idle for QUIET_S; the seconds from
    `started` to the moment it last went idle."""
    from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer

    pool = QThreadPool.globalInstance()
    loop = QEventLoop()
    state = {"busy_until": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        if pool.activeThreadCount() > 0:
            state["busy_until"] = now
        elif now - state["busy_until"] >= QUIET_S or now - started > TIMEOUT_S:
            loop.exit(0)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return state["busy_until"] - started


_BOOKS: dict[str, str] = {}


def _book(context: Context) -> str:
    """A copy of the demo book whose welcome page is done (the app then opens on Today)."""
    if context.key not in _BOOKS:
        from advisor_referrals.reports.renderers import RENDERERS
        from advisor_referrals.services.registry import BookServices
        from advisor_referrals.ui.pages.welcome import WELCOME_DONE

        target = context.copy_of_book("lan")
        services = BookServices.for_book(context.open(target), RENDERERS)
        services.settings.set(WELCOME_DONE, True)
        services.book.close()
        _BOOKS[context.key] = target
    return _BOOKS[context.key]


def _today_once(context: Context, delay_ms: float) -> tuple[float, int, int]:
    """Seconds until Today is filled, the window's round trips, and opening's."""
    from PySide6.QtCore import QSettings

    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.storage.opening import open_book
    from advisor_referrals.ui.main_window import MainWindow
    from advisor_referrals.ui.options import Settings
    from bench.bench_responsive import qt_app

    qt_app()
    with proxied(_book(context), delay_ms) as (url, proxy):
        book = open_book(url)
        opening = proxy.reset()
        ini = context.scratch / f"lan-{time.monotonic_ns()}.ini"
        started = time.perf_counter()
        window = MainWindow(
            BookServices.for_book(book, RENDERERS),
            Settings(QSettings(str(ini), QSettings.Format.IniFormat)),
        )
        window.show()
        seconds = _wait_until_quiet(started)
        trips = proxy.reset()
        page = window.current_page()
        window.close()
        window.deleteLater()
        _wait_until_quiet(time.perf_counter())
        book.close()
    if getattr(page, "key", "") != "today":
        raise RuntimeError(f"the window opened on {getattr(page, 'key', page)!r}, not Today")
    return seconds, trips, opening


_TODAY: dict[str, tuple[float, float, int, int]] = {}


def _today(context: Context) -> tuple[float, float, int, int]:
    """Median seconds with the delay and without, round trips of the window and of opening."""
    if context.key not in _TODAY:
        _today_once(context, 0.0)  # warm: compiled queries, the OS file cache
        slow, fast, trips, opening = [], [], [], []
        for _ in range(RUNS):
            seconds, window_trips, open_trips = _today_once(context, DELAY_MS)
            slow.append(seconds)
            trips.append(window_trips)
            opening.append(open_trips)
            fast.append(_today_once(context, 0.0)[0])
        _TODAY[context.key] = (
            statistics.median(slow),
            statistics.median(fast),
            int(statistics.median(trips)),
            int(statistics.median(opening)),
        )
    return _TODAY[context.key]


@benchmark(f"LAN {DELAY_MS:g} ms: Today filled", backends=("postgres",))
def today_time(context: Context) -> Measurement:
    slow, fast, trips, _opening = _today(context)
    return Measurement(
        1000 * slow, 1000 * fast, note=f"{trips} round trips; baseline: the same with no delay"
    )


@benchmark(
    f"LAN {DELAY_MS:g} ms: Today round trips",
    unit="",
    budget=TODAY_ROUND_TRIPS,
    backends=("postgres",),
)
def today_trips(context: Context) -> Measurement:
    _slow, _fast, trips, opening = _today(context)
    return Measurement(trips, note=f"opening the book before the window: {opening} more")


def _table_once(
    table: Any, proxy: DelayProxy, page_size: int
) -> tuple[float, int, Callable[[], None]]:
    from advisor_referrals.services.contacts.client_table import ContactFilter

    def first_page() -> None:
        table.first_page(ContactFilter(), page_size)

    proxy.reset()
    started = time.perf_counter()
    first_page()
    return time.perf_counter() - started, proxy.reset(), first_page


_TABLE: dict[str, tuple[float, float, int]] = {}


def _table(context: Context) -> tuple[float, float, int]:
    if context.key not in _TABLE:
        from advisor_referrals.services.contacts.client_table import ContactTable
        from advisor_referrals.storage.opening import open_book

        page_size = 200  # the client table model's page
        slow, fast, trips = [], [], []
        with (
            proxied(context.target, DELAY_MS) as (slow_url, slow_proxy),
            proxied(context.target, 0.0) as (fast_url, fast_proxy),
        ):
            slow_book, fast_book = open_book(slow_url), open_book(fast_url)
            slow_table, fast_table = ContactTable(slow_book), ContactTable(fast_book)
            _table_once(slow_table, slow_proxy, page_size)  # connections made, queries compiled
            _table_once(fast_table, fast_proxy, page_size)
            for _ in range(RUNS * 2):
                seconds, counted, _ = _table_once(slow_table, slow_proxy, page_size)
                slow.append(seconds)
                trips.append(counted)
                fast.append(_table_once(fast_table, fast_proxy, page_size)[0])
            slow_book.close()
            fast_book.close()
        _TABLE[context.key] = (
            statistics.median(slow),
            statistics.median(fast),
            int(statistics.median(trips)),
        )
    return _TABLE[context.key]


@benchmark(f"LAN {DELAY_MS:g} ms: client table first page", backends=("postgres",))
def table_time(context: Context) -> Measurement:
    slow, fast, trips = _table(context)
    return Measurement(
        1000 * slow,
        1000 * fast,
        note=f"{trips} round trips; all contacts by name, 200 rows; baseline: no delay",
    )


@benchmark(
    f"LAN {DELAY_MS:g} ms: client table first page round trips",
    unit="",
    budget=TABLE_ROUND_TRIPS,
    backends=("postgres",),
)
def table_trips(context: Context) -> Measurement:
    _slow, _fast, trips = _table(context)
    return Measurement(trips, note="the first page's ids and rows")
