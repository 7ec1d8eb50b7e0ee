"""Locking the app after idle time: client data hidden until the passphrase is typed again.

Only an encrypted book can be locked (there is a passphrase to ask for). While locked,
the main window shows the lock screen instead of its pages, menus and status bar, and
every other window is hidden (a dialog that was open is cancelled: it could show client
data). Unlocking puts the window back as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals import APP_NAME
from advisor_referrals.ui.i18n import tr

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, location: str, check: Callable[[str], bool]) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.check = check
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            tr("Lock", "Locked after a time without use. Enter the passphrase of {0} to go on.")
            .format(location)
        )  # fmt: skip
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Lock", "Passphrase"))
        self.field.setPlaceholderText(tr("Lock", "Passphrase"))
        self.field.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(tr("Lock", "&Unlock"))
        self.button.clicked.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.field, 2)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(3)

    def try_unlock(self) -> None:
        if self.check(self.field.text()):
            self.field.clear()
            self.error.hide()
            self.unlocked.emit()
            return
        self.field.clear()
        self.error.setText(tr("Lock", "That passphrase is not the book's. Try again."))
        self.error.show()


class IdleLock(QObject):
    """Watches the user's input; after `idle_ms` without any, locks `window`."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        location: str,
        check: Callable[[str], bool],
        idle_ms: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.location = location
        self.check = check
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may shift a long interval by 5% each restart; the lock keeps its word.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.lock)
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.set_idle_ms(idle_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_idle_ms(self, idle_ms: int) -> None:
        """0 turns the lock off."""
        self.idle_ms = idle_ms
        if idle_ms > 0 and not self.is_locked:
            self.timer.start(idle_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.is_locked and self.idle_ms > 0:
            self.timer.start(self.idle_ms)
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        self._hide_other_windows()
        self._content = self.window.takeCentralWidget()
        self._hidden += [
            bar
            for bar in (self.window.menuBar(), self.window.statusBar())
            if bar is not None and bar.isVisible()
        ]
        for bar in self._hidden:
            bar.hide()
        # Shortcuts of hidden menus could still open pages or dialogs: switch them off.
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.screen = LockScreen(self.location, self.check)
        self.screen.unlocked.connect(self.unlock)
        self.window.setCentralWidget(self.screen)
        self.screen.show()  # at once, not when the layout gets round to it
        self.screen.field.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if self.screen is None:
            return
        self.window.takeCentralWidget()
        self.screen.deleteLater()
        self.screen = None
        if self._content is not None:
            self.window.setCentralWidget(self._content)
            self._content.show()  # taken out, it was hidden; put back, it is shown again
            self._content = None
        for widget in self._hidden:
            widget.show()
        for action in self._disabled:
            action.setEnabled(True)
        self._hidden = []
        self._disabled = []
        if self.idle_ms > 0:
            self.timer.start(self.idle_ms)
        self.locked_changed.emit(False)

    def _hide_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()
            else:
                widget.hide()
                self._hidden.append(widget)
