"""Database work off the UI thread, with progress and cancel (the Anki "operations" idea).

`run_task(parent, work, on_done)` runs `work(progress)` on the thread pool and calls
`on_done(result)` back on the UI thread. A user error (BookError) is shown as a
message; anything else is logged and reported as an unexpected fault.

A Task is a child of the object that asked and goes when it goes. Worker threads never
touch a Task, nor hold the last reference to anything the UI made: they post what
happened to one mailbox that lives as long as the app, and the UI thread lets go of the
task and its work only after the worker has (docs/design.md, "Background work").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.logs import log_fault
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.ui.i18n import tr

T = TypeVar("T")
log = logging.getLogger(__name__)

# What a worker posts: how the work went, then that it is over.
_FINISHED, _FAILED, _CANCELLED, _PROGRESSED, _SETTLED = range(5)


class _Mailbox(QObject):
    """Where worker threads post, for the UI thread to hand on to each task.

    One for the app's whole life, made on the UI thread: nothing a worker emits on can be
    deleted under it. It keeps each started task (the Python side; Qt may delete the
    object itself with its parent) until the task's last word has been handed on, so the
    task, its handlers and its work are let go of on the UI thread, never by a worker.
    """

    posted = Signal(int, int, object)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task[Any]] = {}
        self._last_key = 0
        self.posted.connect(self._hand_on, Qt.ConnectionType.QueuedConnection)

    def next_key(self) -> int:
        # Small numbers, as the signal carries a C int; they wrap long after any task ends.
        self._last_key = self._last_key % (2**31 - 2) + 1
        return self._last_key

    def _hand_on(self, key: int, kind: int, payload: object) -> None:
        task = self.tasks.get(key)
        if task is None:
            return
        if kind == _SETTLED:
            del self.tasks[key]
        if isValid(task):
            task._hear(kind, payload)
        if kind == _SETTLED:
            task._work = None


@cache
def _the_mailbox() -> _Mailbox:
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), (
        "background work is started from the UI thread"
    )
    return _Mailbox()


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
        mailbox = _the_mailbox()
        key = mailbox.next_key()
        post = mailbox.posted.emit

        def report(done: int, total: int, message: str) -> None:
            post(key, _PROGRESSED, (done, total, message))

        self._key = key
        self._work: Callable[[Progress], T] | None = None
        self.progress = Progress(callback=report)
        self.done = False
        self.started = False

    def _hear(self, kind: int, payload: Any) -> None:
        if kind == _FINISHED:
            self.finished.emit(payload)
        elif kind == _FAILED:
            self.failed.emit(payload)
        elif kind == _CANCELLED:
            self.cancelled.emit()
        elif kind == _PROGRESSED:
            self.progressed.emit(*payload)
        else:
            self.done = True
            self.settled.emit()

    def start(self, work: Callable[[Progress], T]) -> None:
        """Run `work(progress)` on the thread pool; a task cancelled before it starts only
        says so (the serial runner starts tasks that waited in its queue)."""
        self.started = True
        if self.progress.cancelled:
            self._hear(_CANCELLED, None)
            self._hear(_SETTLED, None)
            return
        mailbox = _the_mailbox()
        mailbox.tasks[self._key] = self
        self._work = work
        QThreadPool.globalInstance().start(
            _Runnable(mailbox.posted.emit, self._key, self.progress, work)
        )

    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(
        self,
        post: Callable[[int, int, object], None],
        key: int,
        progress: Progress,
        work: Callable[[Progress], Any],
    ) -> None:
        super().__init__()
        self.post = post
        self.key = key
        self.progress = progress
        self.work: Callable[[Progress], Any] | None = work

    def run(self) -> None:
        work, self.work = self.work, None
        assert work is not None
        kind, payload = _outcome(work, self.progress)
        # Let go of the work before saying it is over: the task keeps it until then, so
        # the last reference to anything the work holds (widgets among them) goes on the
        # UI thread.
        del work
        post, key = self.post, self.key
        post(key, kind, payload)
        del payload
        post(key, _SETTLED, None)


def _outcome(work: Callable[[Progress], Any], progress: Progress) -> tuple[int, object]:
    try:
        return _FINISHED, work(progress)
    except Cancelled:
        return _CANCELLED, None
    except BookError as error:
        return _FAILED, _without_frames(error)
    except Exception as error:
        return _FAILED, _without_frames(_as_user_error(error))


def _without_frames(error: BaseException) -> BaseException:
    """The error the UI is told of, without the worker's frames (they hold what the work
    held; the log already has them where they matter)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        if current.__cause__ is not None:
            _without_frames(current.__cause__)
        current = current.__context__
    return error


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
