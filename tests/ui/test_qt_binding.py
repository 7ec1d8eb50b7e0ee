"""The Qt binding itself must not corrupt the interpreter.

PySide6 6.12.0 dropped one reference to None on every call of a method returning void
(processEvents, QEventLoop.exec, show, ...). After some ten thousand calls Python freed
None and the app crashed wherever it happened to be; pyproject.toml keeps that release out.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_their_reference_to_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    # What earlier tests left (background reads finishing, their results delivered, garbage)
    # must not be let go in the middle of the count: let it go first, and collect nothing
    # while counting.
    QThreadPool.globalInstance().waitForDone(30_000)
    for _ in range(20):
        QCoreApplication.processEvents()
    # Widgets closed by earlier tests are deleted when an event loop next turns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            QCoreApplication.processEvents()
            widget.show()
            widget.hide()
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # Other code may hold or let go of a few references meanwhile; 200 calls of each
    # would have lost at least 800.
    assert after > before - 100
