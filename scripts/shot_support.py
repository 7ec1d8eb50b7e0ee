"""What the screenshot scripts share, so every picture in the README looks like one app.

- `screenshot_application()`: the app's QApplication with the bundled Noto Sans at
  10 pt and US English dates, whatever fonts and locale the machine running it has.
- `settle()`: let the window's background reads finish and their results show.
- `scratch_book()`: a demo book in a fresh scratch folder, opened by its bare file name
  from inside that folder, so the (real) status bar reads "demo.sqlite3" rather than
  a /tmp path nobody reading the README has.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from advisor_referrals.app import make_application
from advisor_referrals.resources import resource
from advisor_referrals.ui.fonts import use_bundled_fallbacks

BOOK_NAME = "demo.sqlite3"
FONT_POINTS = 10


def screenshot_application() -> QApplication:
    app = make_application()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resource("fonts", "NotoSans-Regular.ttf")))
    )
    QFontDatabase.addApplicationFont(str(resource("fonts", "NotoSans-Bold.ttf")))
    if family:
        app.setFont(QFont(family[0], FONT_POINTS))
    use_bundled_fallbacks(app)  # again, behind the font chosen here
    return app


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, seconds: float = 5) -> None:
    """Turn the event loop and wait for background reads until `until()` holds (at most
    `seconds`), then a few more turns so their results are painted."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
        app.processEvents()
        if until():
            break
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


@contextmanager
def scratch_book(prefix: str) -> Iterator[tuple[Path, str]]:
    """(scratch folder, book target) with the folder as the working directory meanwhile.

    The book's target is relative, so it must stay the working directory while the
    book is open (background tasks open connections too): close the book inside.
    The folder is removed afterwards.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield folder, BOOK_NAME
    finally:
        os.chdir(before)
        shutil.rmtree(folder, ignore_errors=True)
