"""Start-up: the window shows before the data layer is imported, then the book fills it.

The first test runs the app itself in a process of its own, where nothing is imported
yet, and reads what it had loaded when its window was first painted. The others drive
the same start-up in this process: the window's skeleton first, then the book opened
behind it, with the passphrase and damaged-book dialogs over the shown window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from advisor_referrals.app import STARTUP_PROBE_ENV, StartUp
from advisor_referrals.services.safety import backup
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui.damaged import DamagedBookDialog
from advisor_referrals.ui.main_window import MainWindow, PageSkeleton
from advisor_referrals.ui.options import BACKUP_FOLDER, Settings
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.pages.welcome import WelcomePage
from advisor_referrals.ui.passphrase import PassphraseDialog
from tests.support.books import add_contacts, checkpoint
from tests.ui.dialogs import DialogAnswerer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parent.parent.parent
SECRET = "correct horse battery"
# The data layer and what only it needs: none of it is loaded when the window first shows.
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "psycopg",
    "alembic",
    "reportlab",
    "babel",
    "openpyxl",
    "sqlcipher3",
    "importlib.metadata",
    "advisor_referrals.storage",
    "advisor_referrals.reports",
    "advisor_referrals.services.registry",
    "advisor_referrals.ui.window_features",
)


def run_app(target: str, tmp_path: Path) -> list[dict[str, object]]:
    """The app started on `target` with the start-up probe: its two lines, as read."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env[STARTUP_PROBE_ENV] = "1"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-m", "advisor_referrals", "--db", target],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.slow
def test_the_window_shows_before_the_data_layer_is_imported(book: Book, tmp_path: Path) -> None:
    add_contacts(book, 20)
    visible, ready = run_app(book.target, tmp_path)
    assert visible["visible"] is True
    loaded = visible["modules"]
    assert isinstance(loaded, list)
    assert "advisor_referrals.ui.main_window" in loaded  # the window itself, and no more:
    early = [m for m in loaded if m.startswith(NOT_BEFORE_THE_WINDOW)]
    assert early == []
    assert ready["ready"] is True  # then the book opened and its page showed


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = Settings(store)
    chosen.set(BACKUP_FOLDER, str(tmp_path / "backups"))
    return chosen


class Started:
    """The app's start-up in this process: a skeleton window, then the book behind it."""

    def __init__(self, qtbot: QtBot, target: str, settings: Settings) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.window = MainWindow(None, settings)
        qtbot.addWidget(self.window)
        self.start = StartUp(app, self.window, target)
        self.window.show()

    def wait_for_the_book(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: self.window.has_book, timeout=30_000)

    def close(self) -> None:
        session = self.start.session
        if session is not None and session.controller is not None:
            session.controller.stop()
        self.window.close()
        QThreadPool.globalInstance().waitForDone(30_000)
        if session is not None:
            session.close()


@pytest.fixture
def started() -> Iterator[list[Started]]:
    made: list[Started] = []
    yield made
    for each in made:
        each.close()


def test_the_book_fills_the_window_after_it_shows(
    qtbot: QtBot, tmp_path: Path, settings: Settings, started: list[Started]
) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 12)
    book.close()
    app = Started(qtbot, str(path), settings)
    started.append(app)
    window = app.window
    # Shown at once: every page in the sidebar, the page on screen held by its skeleton.
    assert window.isVisible() and not window.has_book
    assert window.sidebar.count() == 6
    assert isinstance(window.stack.currentWidget(), PageSkeleton)
    assert not window.menus.import_action.isEnabled()  # nothing to import into yet
    app.wait_for_the_book(qtbot)
    assert window.services.book.location.endswith("book.sqlite3")
    assert window.menus.import_action.isEnabled()
    today = window.current_page()
    assert isinstance(today, TodayPage)
    assert window.stack.currentWidget() is today
    qtbot.waitUntil(lambda: window.book_status.count_label.text() == "12 contacts")
    assert not window.findChildren(PageSkeleton) or all(
        not skeleton.isVisible() for skeleton in window.findChildren(PageSkeleton)
    )


def test_a_new_book_shows_the_welcome_page_after_the_window(
    qtbot: QtBot, tmp_path: Path, settings: Settings, started: list[Started]
) -> None:
    app = Started(qtbot, str(tmp_path / "new.sqlite3"), settings)
    started.append(app)
    assert not app.window.has_book
    app.wait_for_the_book(qtbot)
    assert isinstance(app.window.root.currentWidget(), WelcomePage)


@pytest.mark.answers_dialogs
def test_the_passphrase_is_asked_over_the_shown_window(
    qtbot: QtBot, tmp_path: Path, settings: Settings, started: list[Started]
) -> None:
    path = tmp_path / "secret.sqlite3"
    book = open_book(str(path), passphrase=SECRET)
    add_contacts(book, 3)
    book.close()
    asked_over: list[QWidget | None] = []

    def enter_passphrase(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog)
        asked_over.append(widget.parentWidget())
        widget.field.setText(SECRET)
        widget.accept()

    answers = DialogAnswerer(enter_passphrase)
    app = Started(qtbot, str(path), settings)
    started.append(app)
    app.wait_for_the_book(qtbot)
    answers.stop()
    assert asked_over == [app.window]
    assert app.window.services.safety.is_encrypted
    qtbot.waitUntil(lambda: app.window.book_status.count_label.text() == "3 contacts")


@pytest.mark.answers_dialogs
def test_a_damaged_book_is_offered_its_backup_over_the_shown_window(
    qtbot: QtBot, tmp_path: Path, settings: Settings, started: list[Started]
) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 120)
    backup.auto_backup(book, tmp_path / "backups")
    checkpoint(book)
    book.close()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    offered_over: list[QWidget | None] = []

    def restore_latest(widget: QWidget) -> None:
        assert isinstance(widget, DamagedBookDialog)
        offered_over.append(widget.parentWidget())
        assert widget.restore_latest_button is not None
        widget.restore_latest_button.click()

    def read_result(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        assert "Restored" in widget.text()
        widget.accept()

    answers = DialogAnswerer(restore_latest, read_result)
    app = Started(qtbot, str(path), settings)
    started.append(app)
    app.wait_for_the_book(qtbot)
    answers.stop()
    assert answers.done
    assert offered_over == [app.window]
    qtbot.waitUntil(lambda: app.window.book_status.count_label.text() == "120 contacts")
