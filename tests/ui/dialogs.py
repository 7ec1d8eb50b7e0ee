"""Answering the modal dialogs a flow opens, one after another, as a user would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

Handler = Callable[[QWidget], None]


class DialogAnswerer:
    """Polls for the active modal dialog and hands each new one to the next handler."""

    def __init__(self, *handlers: Handler) -> None:
        self.handlers = list(handlers)
        self.seen: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog) or widget in self.seen:
            return
        if not self.handlers:
            return
        self.seen.append(widget)
        self.handlers.pop(0)(widget)

    def stop(self) -> None:
        self.timer.stop()

    @property
    def done(self) -> bool:
        return not self.handlers
