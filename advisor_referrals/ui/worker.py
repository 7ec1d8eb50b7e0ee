"""Database work off the UI thread, with progress and cancel (the Anki "operations" idea).

`run_task(parent, work, on_done)` runs `work(progress)` on the thread pool and calls
`on_done(result)` back on the UI thread. A user error (BookError) is shown as a
message; anything else is logged and reported as an unexpected fault.

A Task is a child of the object that asked and goes when it goes (a small QObject per
piece of work); the worker thread only ever touches its parentless relay.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.logs import log_fault
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.ui.i18n import tr

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """The worker thread's end: it emits, and lives as long as the work does.

    The Task (the UI end) belongs to a widget that may be closed and deleted while the
    work runs; emitting on a deleted object from another thread would crash. The relay
    has no parent, so nothing deletes it under the worker, and Qt drops its connections
    to a Task that is gone.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    settled = Signal()


class Task(QObject, Generic[T]):
    """The UI-thread end of one piece of background work (`start` sets it going)."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    # Emitted after finished/failed/cancelled: queued slots run in posting order, so when
    # `done` turns true every handler of the outcome has already run.
    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self.progress = Progress(callback=self._relay.progressed.emit)
        self.done = False
        self.started = False
        relay = self._relay
        relay.finished.connect(self.finished)
        relay.failed.connect(self.failed)
        relay.cancelled.connect(self.cancelled)
        relay.progressed.connect(self.progressed)
        relay.settled.connect(self.settled)
        self.settled.connect(self._mark_done)

    def _mark_done(self) -> None:
        self.done = True

    def start(self, work: Callable[[Progress], T]) -> None:
        """Run `work(progress)` on the thread pool; a task cancelled before it starts only
        says so (the serial runner starts tasks that waited in its queue)."""
        self.started = True
        if self.progress.cancelled:
            self._relay.cancelled.emit()
            self._relay.settled.emit()
            return
        QThreadPool.globalInstance().start(_Runnable(self._relay, self.progress, work))

    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, progress: Progress, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.relay = relay
        self.progress = progress
        self.work = work

    def run(self) -> None:
        relay = self.relay
        try:
            result = self.work(self.progress)
        except Cancelled:
            relay.cancelled.emit()
        except BookError as error:
            relay.failed.emit(error)
        except Exception as error:
            relay.failed.emit(_as_user_error(error))
        else:
            relay.finished.emit(result)
        relay.settled.emit()


def _as_user_error(error: Exception) -> BaseException:
    """A damaged book is the user's to know about, in words; any other fault is logged."""
    from advisor_referrals.services.safety.book_files import damage_in_open_book

    damage = damage_in_open_book(error)
    if damage is not None:
        return damage
    # Only the type and frames: the message may quote a client's data.
    log_fault(log, "background work", error)
    return error


def prepare_task(
    parent: QObject,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    """A task with its outcome handlers connected, not yet started."""
    task: Task[T] = Task(parent)
    if on_done is not None:
        task.finished.connect(on_done)
    task.failed.connect(on_error or (lambda error: show_error(parent, error)))
    return task


def run_task(
    parent: QObject,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    task = prepare_task(parent, on_done, on_error)
    task.start(work)
    return task


def show_error(
    parent: QObject, error: BaseException, reload: Callable[[], None] | None = None
) -> None:
    """Say why the work failed. A conflict offers `reload` (by default the window's
    current page reloads, when the window offers that)."""
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(error, ConflictError):
        from advisor_referrals.ui.conflicts import offer_reload

        offer_reload(widget, error, reload)
    elif isinstance(error, BookError):
        QMessageBox.warning(widget, tr("Errors", "Advisor Referrals"), str(error))
    else:
        QMessageBox.critical(
            widget,
            tr("Errors", "Advisor Referrals"),
            tr(
                "Errors",
                "An unexpected fault stopped this action ({0}). Nothing more was changed; "
                "details are in the support log.",
            ).format(type(error).__name__),
        )
