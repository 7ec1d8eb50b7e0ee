"""Write work done one piece at a time, in the order it was asked for, and announced.

Undo and redo each start background work; two quick presses of Ctrl+Z must reach the
book in order, so they queue here rather than race on the thread pool. Each piece runs
inside `collecting()`; when it ends (done, refused or cancelled) what it changed is
announced through the window's `BookEvents` (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar, overload

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from advisor_referrals.services.changes import BookChanges, collecting
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.worker import Task, prepare_task, show_error

T = TypeVar("T")


class _Changes:
    """Where the worker thread leaves what the work changed, for the UI thread to announce."""

    def __init__(self) -> None:
        self.changes = BookChanges()
        self.announced = False


V = TypeVar("V")


@overload
def _while_alive(owner: QObject, handler: Callable[[V], None]) -> Callable[[V], None]: ...
@overload
def _while_alive(owner: QObject, handler: None) -> None: ...
def _while_alive(owner: QObject, handler: Callable[[V], None] | None) -> Callable[[V], None] | None:
    if handler is None:
        return None
    call = handler

    def guarded(value: V) -> None:
        if isValid(owner):
            call(value)

    return guarded


class SerialRunner(QObject):
    """Runs queued write work on the thread pool, one piece at a time."""

    idle = Signal()

    def __init__(self, events: BookEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self._queue: deque[tuple[Task[Any], Callable[[Progress], Any]]] = deque()
        self._current: Task[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def submit(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        parent: QObject | None = None,
    ) -> Task[T]:
        """Queue `work(progress)`; the task it returns reports progress and can be cancelled
        (also while it waits). With a `parent` (a dialog, say), the outcome handlers are
        skipped once that object is gone; the work itself still runs in its turn."""
        report: Callable[[BaseException], None] = on_error or (
            lambda error: show_error(parent or self._widget(), error)
        )
        if parent is not None:
            on_done, report = _while_alive(parent, on_done), _while_alive(parent, report)
        noted = _Changes()
        done_handler = on_done

        # The pages hear what changed before whoever asked hears how it went, as they
        # would if the change had been made by anyone else.
        def done(result: T) -> None:
            self._announce(noted)
            if done_handler is not None:
                done_handler(result)

        def failed(error: BaseException) -> None:
            self._announce(noted)
            report(error)

        # The runner owns every task, so the queue moves on even if `parent` goes.
        task: Task[T] = prepare_task(self, done, failed)

        def run(progress: Progress) -> T:
            with collecting() as collector:
                try:
                    return work(progress)
                finally:
                    noted.changes = collector.changes

        task.settled.connect(lambda: self._finished(noted))
        self._queue.append((task, run))
        if self._current is None:
            self._next()
        return task

    def _announce(self, noted: _Changes) -> None:
        if not noted.announced:
            noted.announced = True
            self.events.announce(noted.changes)

    def _finished(self, noted: _Changes) -> None:
        self._announce(noted)  # cancelled work may have changed something before it stopped
        self._next()

    def _next(self) -> None:
        while self._queue:
            task, run = self._queue.popleft()
            self._current = task
            task.start(run)
            return
        self._current = None
        self.idle.emit()

    def _widget(self) -> QObject:
        parent = self.parent()
        return parent if parent is not None else self
