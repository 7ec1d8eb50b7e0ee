"""Edit > Undo Import… and the audit log's "Undo this import": take a whole import back.

An import is not a step of the Ctrl+Z stack (the dialog's import runs with progress
and cancel, and an undone import is not redone), so it has its own action. It asks
first, says which contacts were changed since the import (those are left as they are,
and the rest is undone only if the user agrees), and runs the service on the window's
serial worker like every write, so the pages hear what changed (docs/design.md,
"Changes and undo").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from advisor_referrals.services.imports.batches import (
    BatchInfo,
    ChangedSinceImport,
    ImportBatches,
    UndoResult,
)
from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.window_parts import WindowParts
from advisor_referrals.ui.worker import Task, run_task, show_error

MESSAGE_MS = 10_000
SHOWN_CHANGED = 12
Ask = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ImportUndo(QObject):
    undone = Signal(object)  # UndoResult

    def __init__(self, parts: WindowParts, batches: ImportBatches) -> None:
        super().__init__(parts.window)
        self.window = window = parts.window
        self.runner = parts.runner
        self.batches = batches
        self.ask: Ask = ask_yes_no
        self.task: Task[Any] | None = None
        self.action = QAction(tr("MainWindow", "Undo &Import…"), window)
        self.action.setStatusTip(
            tr(
                "MainWindow",
                "Remove the contacts the last import added and restore those it updated",
            )
        )
        self.action.triggered.connect(self.undo_last)
        menu = parts.menus.edit
        actions = menu.actions()
        if len(actions) > 2:  # after Undo and Redo, before the separator that follows them
            menu.insertAction(actions[2], self.action)
        else:
            menu.addAction(self.action)

    def undo_last(self) -> None:
        self._run(lambda _p: self.batches.last_undoable(), self._confirm)

    def undo_batch(self, batch_id: int, parent: QWidget | None = None) -> None:
        self._run(lambda _p: self.batches.get(batch_id), self._confirm, parent)

    def _run(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        parent: QWidget | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        where = parent or self.window
        self.task = run_task(self, work, done, failed or (lambda error: self._failed(where, error)))

    def _failed(self, parent: QWidget, error: BaseException) -> None:
        self.task = None
        show_error(parent, error)

    def _confirm(self, batch: BatchInfo | None) -> None:
        self.task = None
        title = tr("MainWindow", "Undo Import")
        if batch is None:
            QMessageBox.information(self.window, title, tr("MainWindow", "No import to undo."))
            return
        if batch.undone:
            QMessageBox.information(
                self.window,
                title,
                tr("MainWindow", "The import of {0} was already undone.").format(batch.source),
            )
            return
        question = tr(
            "MainWindow",
            "Undo the import of {0}, made on {1} by {2}?\n\nThe {3} contacts it added are "
            "removed and the {4} it updated get their earlier values back.",
        ).format(
            batch.source,
            formats.date_time(batch.at),
            batch.user,
            formats.count(batch.added),
            formats.count(batch.updated),
        )
        if self.ask(self.window, title, question):
            self._undo(batch, skip_changed=False)

    def _undo(self, batch: BatchInfo, *, skip_changed: bool) -> None:
        self.task = self.runner.submit(
            lambda _p: self.batches.undo(batch.id, skip_changed=skip_changed),
            self._done,
            lambda error: self._refused(batch, error),
        )

    def _refused(self, batch: BatchInfo, error: BaseException) -> None:
        self.task = None
        if not isinstance(error, ChangedSinceImport):
            show_error(self.window, error)
            return
        names = [str(c) for c in error.changed[:SHOWN_CHANGED]]
        if len(error.changed) > SHOWN_CHANGED:
            names.append(
                tr("MainWindow", "… and {0} more").format(len(error.changed) - SHOWN_CHANGED)
            )
        question = tr(
            "MainWindow",
            "These contacts were changed after the import of {0}:\n\n{1}\n\nUndo the rest of "
            "the import and leave these as they are now?",
        ).format(batch.source, "\n".join(names))
        if self.ask(self.window, tr("MainWindow", "Undo Import"), question):
            self._undo(batch, skip_changed=True)

    def _done(self, result: UndoResult) -> None:
        self.task = None
        self.window.statusBar().showMessage(str(result), MESSAGE_MS)
        self.undone.emit(result)
