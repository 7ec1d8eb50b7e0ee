"""The UI thread while batch work runs (docs/design.md, "Budgets": never blocked over 100 ms).

Each case drives the real main window (offscreen Qt) as a user would: a batch of referral
kits on the 100k book, a 20,000-contact CSV through the import dialog into a fresh book,
the quarterly report on the Reports page of the 100k book, and the welcome page's demo
book. A QTimer on the UI thread ticks every 5 ms while the work runs and until it has
settled (the task done, the thread pool idle, the window repainted); the longest gap
between two ticks is the longest the app could not answer the user.

The figure is the median over RUNS of each run's longest gap; the note gives every run's
longest gap and the pooled p99. The baseline is the same heartbeat over an idle event loop
of the same length, in the same process and window.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import MAIN_SIZE, Context, Measurement, benchmark

BUDGET_MS = 100.0
TICK_MS = 5
RUNS = 3
KITS = 50
IMPORT_ROWS = 20_000
# After the task settles: queued slots, the follow-up loads it starts (the client table
# after an import, the pages after the demo book) and their repaint.
TAIL_S = 0.4
QUIET_S = 0.3  # the thread pool idle this long counts as settled
TIMEOUT_S = 300.0


@dataclass(frozen=True)
class Run:
    gaps: list[float]  # ms between consecutive ticks
    seconds: float

    @property
    def longest(self) -> float:
        return max(self.gaps, default=0.0)


class Heartbeat:
    """Ticks on the UI thread, keeps the gaps between ticks, and ends its loop once settled.

    The loop is a QEventLoop ended from a tick: PySide6 6.12's QApplication.processEvents()
    drops a reference to None on each call, and a polling loop aborts Python in seconds.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.loop = QEventLoop()
        self.pool = QThreadPool.globalInstance()
        self.gaps: list[float] = []
        self.settled: Callable[[], bool] = lambda: True
        self.started = self.last = 0.0
        self.quiet_since: float | None = None

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(1000 * (now - self.last))
        self.last = now
        if now - self.started > TIMEOUT_S:
            self.loop.exit(1)
        elif self.settled() and self.pool.activeThreadCount() == 0:
            self.quiet_since = self.quiet_since or now
            if now - self.quiet_since >= max(QUIET_S, TAIL_S):
                self.loop.exit(0)
        else:
            self.quiet_since = None

    def run_until(self, settled: Callable[[], bool]) -> Run:
        """Run the event loop, ticking, until `settled()` has held (pool idle) through the tail."""
        self.settled = settled
        self.gaps = []
        self.quiet_since = None
        self.started = self.last = time.perf_counter()
        self.timer.start()
        try:
            if self.loop.exec():
                raise TimeoutError("the batch work did not settle")
        finally:
            self.timer.stop()
        return Run(self.gaps, time.perf_counter() - self.started)

    def idle(self, seconds: float) -> Run:
        deadline = time.perf_counter() + seconds
        return self.run_until(lambda: time.perf_counter() >= deadline)


def qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@contextmanager
def no_blocking_boxes() -> Iterator[list[str]]:
    """A failure's message box would wait for a click; record it and carry on instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    saved = {name: getattr(QMessageBox, name) for name in ("warning", "critical", "question")}

    def record(_parent: object, title: str, text: str, *_args: object) -> Any:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    for name in saved:
        setattr(QMessageBox, name, staticmethod(record))
    try:
        yield shown
    finally:
        for name, method in saved.items():
            setattr(QMessageBox, name, method)


def main_window(target: str, scratch: Path, *, welcome_done: bool = True) -> Any:
    """The app's main window on a book, shown, once its start-up loads are over."""
    from PySide6.QtCore import QSettings

    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.storage.opening import open_book
    from advisor_referrals.ui.main_window import MainWindow
    from advisor_referrals.ui.options import Settings
    from advisor_referrals.ui.pages.welcome import WELCOME_DONE

    qt_app()
    book = open_book(target)
    services = BookServices.for_book(book, RENDERERS)
    if welcome_done:
        services.settings.set(WELCOME_DONE, True)
    ini = scratch / f"window-{time.monotonic_ns()}.ini"
    window = MainWindow(services, Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.show()
    Heartbeat().run_until(lambda: True)  # start-up loads, so they are not counted
    from advisor_referrals.app import freeze_start_up_heap

    freeze_start_up_heap()  # as the app does once its window is up
    return window


def close(window: Any) -> None:
    window.close()
    window.services.book.close()
    window.deleteLater()
    Heartbeat().run_until(lambda: True)


def measure(runs: list[Run], idle: list[Run], what: str, budget: float = BUDGET_MS) -> Measurement:
    longest = [r.longest for r in runs]
    pooled = sorted(g for r in runs for g in r.gaps)
    p99 = pooled[int(0.99 * (len(pooled) - 1))] if pooled else 0.0
    idle_longest = [r.longest for r in idle]
    seconds = statistics.median(r.seconds for r in runs)
    return Measurement(
        value=statistics.median(longest),
        baseline=statistics.median(idle_longest),
        budget=budget,
        note=f"{what}; longest per run {', '.join(f'{v:.0f}' for v in longest)} ms, "
        f"p99 {p99:.1f} ms, ~{seconds:.1f} s each; "
        f"idle {', '.join(f'{v:.0f}' for v in idle_longest)} ms",
    )


def _check(shown: list[str]) -> None:
    if shown:
        raise RuntimeError(f"the work failed: {shown[0]}")


# The cases


_SHARED: dict[str, str] = {}


def shared_copy(context: Context) -> str:
    """One private copy of the book for the cases that write to it (kit history)."""
    if context.key not in _SHARED:
        _SHARED[context.key] = context.copy_of_book("responsive")
    return _SHARED[context.key]


@benchmark("UI thread: longest stall, batch of 50 kits", budget=BUDGET_MS)
def kit_batch(context: Context) -> Measurement:
    from sqlalchemy import select

    from advisor_referrals.domain.enums import Relationship
    from advisor_referrals.storage.models import ContactRow

    window = main_window(shared_copy(context), context.scratch)
    with window.services.book.session() as session:
        ids = list(
            session.scalars(
                select(ContactRow.id)
                .where(ContactRow.relationship == Relationship.CLIENT)
                .order_by(ContactRow.id)
                .limit(KITS * RUNS)
            )
        )
    runs, idle = [], []
    heartbeat = Heartbeat()
    try:
        with no_blocking_boxes() as shown:
            for number in range(RUNS):
                folder = context.scratch / f"kits-{context.backend}-{context.size}-{number}"
                batch = window.kit_controller.start_batch(
                    ids[number * KITS : (number + 1) * KITS], folder
                )
                runs.append(heartbeat.run_until(lambda b=batch: b.task.done))
                _check(shown)
                if batch.summary is not None:
                    batch.summary.close()
                idle.append(heartbeat.idle(runs[-1].seconds))
    finally:
        close(window)
    return measure(runs, idle, f"{KITS} kits on the {context.size} book")


@benchmark(
    "UI thread: longest stall, importing 20,000 contacts", budget=BUDGET_MS, sizes=(MAIN_SIZE,)
)
def csv_import(context: Context) -> Measurement:
    from bench.bench_io import contacts_csv

    source = contacts_csv(context.scratch / "responsive-import.csv", IMPORT_ROWS)
    runs, idle = [], []
    with no_blocking_boxes() as shown:
        for number in range(RUNS):
            path = context.empty_book(f"import-{number}")
            window = main_window(path, context.scratch)
            heartbeat = Heartbeat()
            try:
                # File > Import… with the file chosen: read, preview, then Import.
                dialog = window.import_export.open_dialog(source)
                imported: list[object] = []
                dialog.imported.connect(imported.append)

                def step(d: Any = dialog, done: list[object] = imported) -> bool:
                    # Import, as the user would, once the preview says the rows are good.
                    idle = d.import_task is None and not d.busy and d.preview is not None
                    if not done and idle and d.import_button.isEnabled():
                        d.start_import()
                    return bool(done)

                runs.append(heartbeat.run_until(step))
                _check(shown)
                idle.append(heartbeat.idle(runs[-1].seconds))
            finally:
                close(window)
    return measure(runs, idle, f"{IMPORT_ROWS:,} rows read, previewed and imported, fresh book")


@benchmark("UI thread: longest stall, quarterly report PDF", budget=BUDGET_MS)
def quarterly_report(context: Context) -> Measurement:
    window = main_window(shared_copy(context), context.scratch)
    runs, idle = [], []
    heartbeat = Heartbeat()
    try:
        with no_blocking_boxes() as shown:
            page = window.show_page("reports")  # a first show makes the report: not counted
            heartbeat.run_until(lambda: page.task is not None and page.task.done)
            for _ in range(RUNS):
                page.generate()  # View > Refresh
                runs.append(heartbeat.run_until(lambda: page.task.done))
                _check(shown)
                if page.pdf_bytes is None:
                    raise RuntimeError("no report was shown")
                idle.append(heartbeat.idle(runs[-1].seconds))
    finally:
        close(window)
    return measure(runs, idle, f"Reports page on the {context.size} book, shown in the preview")


@benchmark(
    "UI thread: longest stall, demo book from the welcome page",
    budget=BUDGET_MS,
    sizes=(MAIN_SIZE,),
)
def demo_book(context: Context) -> Measurement:
    runs, idle = [], []
    with no_blocking_boxes() as shown:
        for number in range(RUNS):
            path = context.empty_book(f"demo-{number}")
            window = main_window(path, context.scratch, welcome_done=False)
            heartbeat = Heartbeat()
            try:
                welcome = window.welcome
                welcome.open_demo()
                # Settled when the welcome page has handed over to the book's pages.
                runs.append(
                    heartbeat.run_until(
                        lambda w=welcome, m=window: (
                            w.task is not None
                            and w.task.done
                            and m.root.currentWidget() is m.splitter
                        )
                    )
                )
                _check(shown)
                idle.append(heartbeat.idle(runs[-1].seconds))
            finally:
                close(window)
    return measure(runs, idle, "250 clients, then the book's pages open")
