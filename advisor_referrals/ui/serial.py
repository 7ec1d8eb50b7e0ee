"""Background database work done one piece at a time, in the order it was asked for.

Undo and redo each start background work; two quick presses of Ctrl+Z must reach the
book in order, so they queue here rather than racing on the thread pool.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.worker import Task, run_task, show_error

Work = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class SerialRunner(QObject):
    """Runs queued work on the thread pool, one at a time."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[Work, Done | None, Failed | None]] = deque()
        self._current: Task[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def submit(
        self, work: Work, on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._queue.append((work, on_done, on_error))
        if self._current is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.idle.emit()
            return
        work, on_done, on_error = self._queue.popleft()

        def finished(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                self._next()

        def failed(error: BaseException) -> None:
            try:
                (on_error or (lambda e: show_error(self._widget(), e)))(error)
            finally:
                self._next()

        def run(_progress: Progress) -> Any:
            return work()

        self._current = run_task(self, run, finished, failed)
        self._current.cancelled.connect(self._next)

    def _widget(self) -> QObject:
        parent = self.parent()
        return parent if parent is not None else self
