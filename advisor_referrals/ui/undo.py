"""The one undo framework: each step's redo() and undo() call one service method each.

As in orange-canvas-core's document commands, a command is a pair of inverse calls,
and pushing it does the work (the stack calls `redo()` on push). Here the calls go
through the window's serial worker (`ui/serial.py`), off the UI thread and in order,
and what they change is announced through `BookEvents`.

Versions move on with every step, so the latest version this window has seen of each
record is kept in `Versions`, and a step reads it when it runs: two quick moves of the
same card, or undoing several steps in a row, each use the version the step before left.
A step that the book refuses (the record was changed or removed elsewhere) is reported,
leaves the stack, and changes nothing: nobody's work is overwritten (docs/design.md,
"Changes and undo").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from advisor_referrals.services.changes import BookChanges
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.worker import show_error


class Versioned(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


R = TypeVar("R", bound=Versioned)
Done = Callable[[object], None]
Refused = Callable[[BaseException], None]


class Versions:
    """Where this window's own writes left each record (kind, id), and which versions of
    it those writes moved past.

    A step is given the version the user saw. If this window has since moved the record
    past that version (an earlier step, queued or undone), the step uses the version the
    window left instead; a version the window never wrote (read fresh after someone
    else's change) is used as it is, and the book refuses it if it is stale. Versions
    are compared as facts, not by size: a record put back by undo starts again at 1.
    """

    def __init__(self) -> None:
        self._current: dict[tuple[str, int], int] = {}
        self._passed: dict[tuple[str, int], set[int]] = {}

    def latest(self, kind: str, record_id: int, seen: int) -> int:
        key = (kind, record_id)
        current = self._current.get(key)
        if current is not None and seen in self._passed.get(key, ()):
            return current
        return seen

    def moved(self, kind: str, record_id: int, used: int | None, now: int | None) -> None:
        """A write of this window took the record from `used` (None: from where the window
        last left it) to `now` (None: deleted)."""
        key = (kind, record_id)
        before = used if used is not None else self._current.get(key)
        if before is not None:
            self._passed.setdefault(key, set()).add(before)
        if now is None:
            self._current.pop(key, None)
        else:
            self._current[key] = now
            self._passed.get(key, set()).discard(now)

    def note(self, kind: str, record: R, used: int | None = None) -> R:
        """`moved` for a write that returned the record: where it stands now."""
        self.moved(kind, record.id, used, record.version)
        return record


class UndoHistory(QObject):
    """A window's undo stack, the serial worker its steps run on, and the versions seen."""

    def __init__(self, runner: SerialRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.runner = runner
        self.versions = Versions()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def push(
        self, command: BookCommand, *, done: Done | None = None, refused: Refused | None = None
    ) -> None:
        """Do the command's work and keep it for undo. `done(result)` and `refused(error)`
        hear how this first run ends (a dialog closes, or shows the refusal itself)."""
        command.first_outcome = (done, refused)
        self.stack.push(command)

    def report(self, error: BaseException) -> None:
        """Tell the user a step was refused (tests replace this to see what was said)."""
        parent = self.parent()
        show_error(
            parent if isinstance(parent, QWidget) else self,
            error,
            reload=lambda: self.runner.events.announce(BookChanges.everything()),
        )

    def drop(self, command: BookCommand) -> None:
        """Take a refused (obsolete) step off the stack now, rather than at the next press.

        The stack removes an obsolete command when it reaches it; if the step is the one
        next to undo or redo, reaching it now removes it without running anything.
        """
        stack = self.stack
        index = stack.index()
        if index > 0 and stack.command(index - 1) is command:
            stack.undo()
        elif index < stack.count() and stack.command(index) is command:
            stack.redo()


class BookCommand(QUndoCommand):
    """One undoable step. Subclasses give `do()` and `undo_step()`, each one service call
    made on the worker thread; they keep what the call returned for the next step."""

    def __init__(self, text: str, history: UndoHistory) -> None:
        super().__init__(text)
        self.history = history
        self.versions = history.versions
        self.first_outcome: tuple[Done | None, Refused | None] = (None, None)
        self.pushed = False
        self.refused = False  # set on the UI thread, before the next step runs

    def redo(self) -> None:
        first = not self.pushed
        self.pushed = True
        if first:  # the step itself, audited as what it does
            self._queue(self.do, self.first_outcome)
        else:
            self._queue(self.do, (None, None), "redo")

    def undo(self) -> None:
        self._queue(self.undo_step, (None, None), "undo")

    def do(self) -> object:
        raise NotImplementedError

    def undo_step(self) -> object:
        raise NotImplementedError

    def _queue(
        self,
        step: Callable[[], object],
        outcome: tuple[Done | None, Refused | None],
        replay: str | None = None,
    ) -> None:
        """Queue the step's call; `replay` ("undo" or "redo") marks its audit entries."""
        if self.refused:
            return  # the stack drops an obsolete step right after this call
        history = self.history
        done, refused = outcome
        name = self.text()  # read here: the worker thread must not touch the command

        def run(_progress: object) -> object:
            # A step queued before an earlier one of this command was refused has nothing
            # left to replay (a quick undo right after a push the book refused).
            if self.refused:
                return None
            if replay is None:
                return step()
            # Imported here: the window (and so this module) is made before the data layer
            # loads (docs/design.md, "Start-up"); a replay runs only on an open book.
            from advisor_referrals.services.writing import undoing

            with undoing(replay, name):
                return step()

        def finished(result: object) -> None:
            if done is not None and not self.refused:
                done(result)

        def failed(error: BaseException) -> None:
            # The book no longer matches this step: it leaves the stack unchanged.
            self.refused = True
            if isValid(self):
                self.setObsolete(True)
                history.drop(self)
            (refused or history.report)(error)

        history.runner.submit(run, finished, failed)
