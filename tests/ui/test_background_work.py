"""Background work never lets go of the UI's objects on a worker thread.

Qt objects belong to the thread that made them: one deleted or collected on a worker
thread can crash the app later, far from the cause. A widget that asked for work may be
closed while the work runs; the work's closure (and the Qt objects it holds) must still
be let go of on the UI thread (docs/design.md, "Background work").
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.worker import Task, run_task


class Held:
    """Something the work's closure holds, which notes the thread that lets it go."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on
        # A Qt object too, as a page's controller would be.
        self.qobject = QObject()

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def settle(qtbot: QtBot, until: Any) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(until, timeout=10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.mark.parametrize("outcome", ["result", "book error", "fault"])
def test_work_whose_widget_closed_meanwhile_is_let_go_of_on_the_ui_thread(
    qtbot: QtBot, outcome: str
) -> None:
    freed_on: list[str] = []
    gate = threading.Event()
    ran = threading.Event()

    def start() -> None:
        held = Held(freed_on)
        owner = QWidget()

        def work(_progress: Progress) -> str:
            ran.set()
            gate.wait(10)
            if outcome == "book error":
                raise BookError(f"refused while holding {held!r}")
            if outcome == "fault":
                raise ValueError(f"broke while holding {held!r}")
            return repr(held)

        run_task(owner, work, on_done=lambda _r: None, on_error=lambda _e: None)
        # The page that asked is closed and gone while its work still runs.
        owner.deleteLater()

    start()
    assert ran.wait(10)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert freed_on == []
    gate.set()
    settle(qtbot, lambda: bool(freed_on))
    assert freed_on == [threading.main_thread().name]


def test_a_task_hears_its_outcome_and_progress_in_order_and_then_is_done(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[object] = []

    def work(progress: Progress) -> int:
        for done in range(3):
            progress.step(done, 3, f"step {done}")
        return 42

    task: Task[int] = run_task(owner, work, on_done=heard.append)
    task.progressed.connect(lambda done, total, text: heard.append((done, total, text)))
    task.settled.connect(lambda: heard.append(("settled", task.done)))
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert heard == [
        (0, 3, "step 0"),
        (1, 3, "step 1"),
        (2, 3, "step 2"),
        42,
        ("settled", True),
    ]


def test_an_error_reaches_the_ui_without_the_worker_frames(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise BookError("The book refused it.") from inner

    task: Task[None] = run_task(owner, work, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    [error] = errors
    assert str(error) == "The book refused it."
    assert error.__traceback__ is None
    assert isinstance(error.__cause__, KeyError) and error.__cause__.__traceback__ is None


def test_a_task_cancelled_before_its_turn_only_says_so(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ran: list[bool] = []
    task: Task[None] = Task(owner)
    heard: list[str] = []
    task.cancelled.connect(lambda: heard.append("cancelled"))
    task.settled.connect(lambda: heard.append("settled"))
    task.cancel()
    task.start(lambda _p: ran.append(True))
    assert heard == ["cancelled", "settled"] and task.done
    QThreadPool.globalInstance().waitForDone(10_000)
    assert ran == []


def test_a_closed_widget_hears_nothing_of_its_work(qtbot: QtBot) -> None:
    heard: list[object] = []
    gate = threading.Event()
    owner = QWidget()
    task: Task[int] = run_task(owner, lambda _p: gate.wait(10) and 7, on_done=heard.append)
    alive = weakref.ref(task)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del task
    gate.set()
    settle(qtbot, lambda: alive() is None)
    assert heard == []
