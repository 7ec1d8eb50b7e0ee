"""ADVISOR_REFERRALS_QUIT_AFTER_SHOW=1: the desktop app quits by itself once its window is up.

For the bundle's smoke test (scripts/dist-check) and start-up timing: the app opens the
book, shows its main window, lets the event loop run once (so the window is laid out and
painted) and quits with exit status 0. A book that cannot be opened still fails with its
usual message and exit status.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

QUIT_AFTER_SHOW_ENV = "ADVISOR_REFERRALS_QUIT_AFTER_SHOW"


def quit_after_show_requested() -> bool:
    return os.environ.get(QUIT_AFTER_SHOW_ENV, "").strip() not in ("", "0")


class QuitAfterShow(QObject):
    """Watches the application for the first main window shown, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install_if_requested(app: QCoreApplication) -> None:
    if quit_after_show_requested():
        watcher = QuitAfterShow(app)
        app.installEventFilter(watcher)
