"""The app's life with one book: open it, show its window, and swap the file when asked.

Restoring a backup or changing the encryption replaces the book file, which needs
the book closed: the session closes the window and the book, does the work off the
UI thread, then opens the book again in a new window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from advisor_referrals import APP_NAME
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.registry import BookServices, Renderers
from advisor_referrals.services.safety.book_files import book_file
from advisor_referrals.ui.book_opening import open_interactively, restore_with_dialogs, run_blocking
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.safety import SafetyController
from advisor_referrals.ui.safety_settings import backup_folder

BACKGROUND_WAIT_MS = 60_000


class AppSession(QObject):
    def __init__(self, target: str, settings: Settings, renderers: Renderers) -> None:
        super().__init__()
        self.target = target
        self.settings = settings
        self.renderers = renderers  # from reports/, passed in by app.py
        self.window: MainWindow | None = None
        self.controller: SafetyController | None = None
        self.passphrase: str | None = None

    def start(
        self,
        passphrase: str | None = None,
        window: MainWindow | None = None,
        services: BookServices | None = None,
    ) -> bool:
        """Show a window (`window`, already showing its skeleton, or a new one), open the
        book in it, asking what is needed over it, and fill it; False if the book was not
        opened (the window is then closed). `services`: the book, already opened."""
        if window is None:
            window = MainWindow(None, self.settings)
        window.show()
        if services is None:
            opened = open_interactively(
                self.target, backup_folder(self.settings), self.renderers, window, passphrase
            )
            if opened is None:
                window.close()
                return False
            services, self.passphrase = opened
        window.attach(services)
        self.window = window
        self.controller = SafetyController(
            window.parts,
            services.safety,
            services.audit_log,
            self,
            undo_import=window.import_export.undo.undo_batch,
        )
        if services.safety.read_only:
            self._say_read_only(window)
        # Tied to the controller: if its window is gone before the loop runs, nothing is called.
        QTimer.singleShot(0, self.controller, self.controller.start)
        return True

    @staticmethod
    def _say_read_only(window: MainWindow) -> None:
        """A sound book that cannot be written opens to be read, and says so for good
        (docs/design.md, "Safety"); each save is then refused with the same words."""
        window.setWindowTitle(tr("Session", "{0} (read-only)").format(window.windowTitle()))
        note = QLabel(
            tr("Session", "Read-only: you can look, export and print; changes cannot be saved")
        )
        note.setObjectName("read_only_note")
        window.statusBar().addPermanentWidget(note)

    def close(self) -> None:
        if self.window is not None:
            self.window.services.book.close()

    # BookSwitcher

    def replace_book(
        self, label: str, operation: Callable[[Path], str], passphrase_after: str | None
    ) -> None:
        path = book_file(self.target)
        if path is None or self.window is None:
            return
        passphrase_before = self.passphrase
        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self._close_window()
        reopen_with = passphrase_after
        try:
            message = run_blocking(None, label, lambda: operation(path))
        except BookError as error:
            QMessageBox.warning(None, APP_NAME, str(error))
            reopen_with = passphrase_before
        else:
            QMessageBox.information(None, APP_NAME, message)
        self._reopen(reopen_with, quit_on_close)

    def restore(self, backup_file: Path) -> None:
        path = book_file(self.target)
        if path is None or self.window is None:
            return
        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self._close_window()
        restore_with_dialogs(None, path, backup_file, self.passphrase)
        self._reopen(self.passphrase, quit_on_close)

    def _close_window(self) -> None:
        assert self.window is not None
        if self.controller is not None:
            self.controller.stop()
        window, self.window, self.controller = self.window, None, None
        window.close()
        # Background work (the page check, a backup...) must let go of the book first.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
        window.services.book.close()
        window.deleteLater()

    def _reopen(self, passphrase: str | None, quit_on_close: bool) -> None:
        app = QApplication.instance()
        opened = self.start(passphrase)
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quit_on_close)
            if not opened:
                app.quit()
