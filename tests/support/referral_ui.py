"""A main window on a small book, for the referral UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.referrals.controller import ReferralController
from tests.support.referral_book import SmallBook, fill_small_book

# The offscreen platform cannot raise windows or grab the keyboard; it says so, harmlessly.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def small(sqlite_book: Book) -> SmallBook:
    return fill_small_book(sqlite_book)


@pytest.fixture
def window(qtbot: Any, sqlite_book: Book, small: SmallBook, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    QThreadPool.globalInstance().waitForDone(5000)


def controller_of(window: MainWindow) -> ReferralController:
    return window.referrals.controller
