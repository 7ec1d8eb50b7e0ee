"""The desktop app on the benchmark book: start-up, the client table's open/sort/filter, memory.

* Start-up: `python -m advisor_referrals --db BOOK` in a subprocess, told by
  ADVISOR_REFERRALS_STARTUP_PROBE to print a line when its window is first painted (the
  sidebar and the page's skeleton, before the data layer is imported: "visible"), and
  another, then quit, once the window shows the book on the page it opens on: the Today
  page for a new user (its cards fill in as their figures arrive), or, for a user who
  left the app on the Clients page, that page with the client table's first page of
  rows loaded ("usable"). Timed from launch to each line. The baseline is a bare PySide6
  window launched the same way and timed to its first paint. Both run once first, so
  compiled bytecode and the OS file cache are warm for each, as on a real desk.
* Client table: the first page of rows for the filter and order (what the table shows
  while the whole id list is read), handed to the Qt model and read as the view would
  read the visible cells. Baseline: the same SELECT of the first page's ids through the
  bare driver (sqlite3, psycopg). The note gives the whole id list's time beside its raw
  SELECT.
* Memory: resident set size of that start-up run, book open and first page shown.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable, SortKey
from advisor_referrals.storage.book import Book
from bench.harness import (
    ROOT,
    Context,
    Measurement,
    Raw,
    alternated_ms,
    benchmark,
    beside_its_statements,
)

STARTUP_RUNS = 5
VISIBLE_ROWS = 40

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


# Remembers a page as the one the app was left on, in the user settings of `env`.
LEAVE_ON_PAGE = """
import sys
from PySide6.QtCore import QByteArray
from advisor_referrals.ui.options import Settings
settings = Settings()
settings.save_state("main_window/page", QByteArray(sys.argv[1].encode()))
settings.sync()
"""


def _environment(context: Context, page: str | None = None) -> dict[str, str]:
    """A fresh user's environment; `page`: the page that user left the app on."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ADVISOR_REFERRALS_STARTUP_PROBE"] = "1"
    home = context.scratch / f"home-{context.backend}-{context.size}-{page or 'new'}"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    if page is not None:
        subprocess.run([sys.executable, "-c", LEAVE_ON_PAGE, page], env=env, cwd=ROOT, check=True)
    return env


def _launch(args: list[str], env: dict[str, str]) -> list[tuple[float, str]]:
    """Seconds from launch to each line the process prints, with the line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    lines = [(time.perf_counter() - started, line) for line in process.stdout]
    process.wait(timeout=120)
    if not lines:
        raise RuntimeError(f"{args[:3]} ended without reporting")
    return lines


@dataclass(frozen=True)
class StartUp:
    """Medians of one start-up case: the app's window painted, the app showing the book,
    a bare window painted (s), and the app's RSS with the book shown (MB)."""

    visible: float
    usable: float
    bare: float
    rss_mb: float


_STARTUP: dict[tuple[str, str | None], StartUp] = {}


def _startup(context: Context, page: str | None = None) -> StartUp:
    """The start-up case of a new user (`page` None) or of one left on `page` (run once)."""
    key = (context.key, page)
    if key not in _STARTUP:
        _STARTUP[key] = _measure_startup(context, page)
    return _STARTUP[key]


def _measure_startup(context: Context, page: str | None) -> StartUp:
    env = _environment(context, page)
    app = [sys.executable, "-m", "advisor_referrals", "--db", context.target]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _launch(app, env)
    _launch(bare, env)
    visible, usable, bare_times, rss = [], [], [], []
    for _ in range(STARTUP_RUNS):  # alternated, so a busy moment hits both
        (painted, first), (shown, last) = _launch(app, env)
        assert json.loads(first)["visible"] and json.loads(last)["ready"]
        visible.append(painted)
        usable.append(shown)
        rss.append(float(json.loads(last)["rss_mb"]))
        bare_times.append(_launch(bare, env)[0][0])
    median = statistics.median
    return StartUp(median(visible), median(usable), median(bare_times), median(rss))


@benchmark("start to a visible main window", unit="s", budget_ratio=3.0)
def startup_visible(context: Context) -> Measurement:
    case = _startup(context)
    return Measurement(
        case.visible, case.bare, note="window painted: sidebar and page skeleton, no book yet"
    )


@benchmark("start to a usable main window", unit="s")
def startup(context: Context) -> Measurement:
    case = _startup(context)
    return Measurement(case.usable, case.bare, note="a new user: the book shown on Today")


@benchmark("start to a usable main window on the Clients page", unit="s")
def startup_on_clients(context: Context) -> Measurement:
    case = _startup(context, "clients")
    return Measurement(
        case.usable, case.bare, note="left on Clients: the book shown, first page of rows loaded"
    )


@benchmark("memory with the book open (RSS)", unit="MB", budget=250.0)
def memory(context: Context) -> Measurement:
    rss = max(_startup(context).rss_mb, _startup(context, "clients").rss_mb)
    return Measurement(rss, note="the larger of the two start-up runs' resident sets")


# The client table


def _raw_ids(
    raw: Raw,
    book: Book,
    table: ContactTable,
    flt: ContactFilter,
    sort: SortKey,
    desc: bool,
    limit: int | None = None,
) -> Callable[[], list[int]]:
    """The same SELECTs of ids as our listing (its first `limit`), through the bare driver."""
    statements = table.listing_statements(flt, sort, desc)
    if limit is not None:
        statements = [statement.limit(limit) for statement in statements]
    compiled: list[tuple[str, Any]] = []
    for statement in statements:
        if raw.backend == "sqlite":
            sql = statement.compile(
                dialect=book.engine.dialect, compile_kwargs={"literal_binds": True}
            )
            compiled.append((str(sql), ()))
        else:  # psycopg's own parameters (dates stay dates)
            sql = statement.compile(
                dialect=book.engine.dialect, compile_kwargs={"render_postcompile": True}
            )
            compiled.append((str(sql), sql.params))

    def run() -> list[int]:
        ids: list[int] = []
        for sql, params in compiled:
            ids += [row[0] for row in raw.connection.execute(sql, params).fetchall()]
            if limit is not None and len(ids) >= limit:
                return ids[:limit]
        return ids

    return run


def _table_case(
    context: Context, flt: ContactFilter, sort: SortKey = SortKey.NAME, desc: bool = False
) -> Measurement:
    from PySide6.QtWidgets import QApplication

    from advisor_referrals.ui.models.contact_table_model import ContactTableModel

    _app = QApplication.instance() or QApplication([])
    book = context.open()
    table = ContactTable(book)
    model = ContactTableModel(table.rows)

    page = model.page_size

    def ours() -> list[int]:
        rows = table.first_page(flt, page, sort, desc)
        ids = [r.id for r in rows]
        model.set_ids(ids, rows)
        for row in range(min(VISIBLE_ROWS, len(ids))):
            for column in range(model.columnCount()):
                model.index(row, column).data()
        return ids

    connection = context.raw()
    raw = _raw_ids(connection, book, table, flt, sort, desc, page)
    whole = table.ids(flt, sort, desc)
    assert ours() == raw() == whole[:page], "the baseline must select the same ids"
    value, baseline = alternated_ms(ours, raw)
    raw_whole = _raw_ids(connection, book, table, flt, sort, desc)
    whole_ms, raw_whole_ms = alternated_ms(lambda: table.ids(flt, sort, desc), raw_whole, repeat=3)
    connection.close()
    book.close()
    return Measurement(
        value,
        baseline,
        note=f"{len(whole):,} contacts; first page of {page} shown, the whole id list follows "
        f"in {whole_ms:.0f} ms (raw {raw_whole_ms:.0f} ms)",
    )


@benchmark("client table: open (all, by name)", budget=100.0)
def table_open(context: Context) -> Measurement:
    return _table_case(context, ContactFilter())


def _sort_case(key: SortKey, desc: bool) -> Callable[[Context], Measurement]:
    def run(context: Context) -> Measurement:
        return _table_case(context, ContactFilter(), key, desc)

    return run


for _key in SortKey:
    for _desc in (False, True):
        benchmark(f"client table: sort by {_key.value}{' (desc)' if _desc else ''}", budget=150.0)(
            _sort_case(_key, _desc)
        )


FILTERS: dict[str, ContactFilter] = {
    "clients": ContactFilter(relationships=frozenset({Relationship.CLIENT})),
    "engaged tier A": ContactFilter(
        segments=frozenset({Segment.ENGAGED}), tiers=frozenset({Tier.A})
    ),
    "tag": ContactFilter(tag="retiree"),
    "search 'son'": ContactFilter(text="son"),
    "search 'an'": ContactFilter(text="an"),
    "review overdue": ContactFilter(review_overdue=True),
}


def _filter_case(flt: ContactFilter) -> Callable[[Context], Measurement]:
    def run(context: Context) -> Measurement:
        return _table_case(context, flt)

    return run


for _name, _flt in FILTERS.items():
    benchmark(f"client table: filter {_name}", budget=100.0)(_filter_case(_flt))


@benchmark("client table: search 'an', first matches shown", budget=100.0)
def search_first_matches(context: Context) -> Measurement:
    """What the table shows while a broad search's whole list is still on its way."""
    from PySide6.QtWidgets import QApplication

    from advisor_referrals.ui.models.contact_table_model import ContactTableModel

    _app = QApplication.instance() or QApplication([])
    book = context.open()
    table = ContactTable(book)
    model = ContactTableModel(table.rows)
    flt = FILTERS["search 'an'"]

    def ours() -> None:
        rows = table.first_page(flt, model.page_size)
        model.set_ids([r.id for r in rows], rows)
        for row in range(min(VISIBLE_ROWS, len(rows))):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    try:
        value, baseline, _sent = beside_its_statements(
            context, book.engine, ours, sends=lambda: table.first_page(flt, model.page_size)
        )
    finally:
        book.close()
    return Measurement(
        value,
        baseline,
        note="first page of 200 by name, the whole list follows; "
        "baseline: the page's statements, bare driver",
    )
