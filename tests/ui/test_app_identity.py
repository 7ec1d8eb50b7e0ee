"""The app's identity: its icon at every size, Help > About, and quitting once shown on request."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, QSize
from pytestqt.qtbot import QtBot

from advisor_referrals import APP_NAME, __version__, licences
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.resources import resource
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.about_dialog import AboutDialog, library_rows
from advisor_referrals.ui.app_icon import ICON_SIZES, app_icon
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.quit_after_show import QUIT_AFTER_SHOW_ENV, quit_after_show_requested

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def window(sqlite_book: Book, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), Settings(store))
    qtbot.addWidget(main)
    yield main


def test_the_app_icon_has_every_size_drawn_for_it(qapp: object) -> None:
    for size in ICON_SIZES:
        with Image.open(resource("icons", f"app-{size}.png")) as image:
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255  # opaque, not a blank file
    sizes = app_icon().availableSizes()
    assert {QSize(s, s) for s in ICON_SIZES} <= set(sizes)


def test_the_executables_icons_exist_for_windows_and_macos() -> None:
    with Image.open(resource("icons", "app.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(resource("icons", "app.icns")) as icns:
        assert icns.size == (1024, 1024)


def test_help_about_shows_version_fonts_and_libraries(window: MainWindow, qtbot: QtBot) -> None:
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert APP_NAME in dialog.windowTitle()
    assert f"Version {__version__}" in dialog.version_label.text()

    libraries = dialog.libraries.toPlainText()
    for name, version, licence in library_rows():
        assert name in libraries
        assert licence, f"{name} has no licence name"
        assert f"{name}\n{version}\n{licence}" in libraries
    for name in ("charset-normalizer", "typing_extensions", "pillow", "psycopg-binary"):
        assert name in libraries
    for item in licences.BUNDLED:
        assert item.name in libraries
        assert licences.bundled_text(item).splitlines()[0] in libraries
    for shipped in ("OpenSSL", "SQLCipher", "libpq", "Kerberos", "OpenLDAP", "Cyrus SASL"):
        assert shipped in libraries
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in libraries  # Qt and psycopg's licence text
    assert "SQLAlchemy\n2." in libraries  # versions come from the package metadata

    fonts = dialog.fonts.toPlainText()
    for notice in sorted(resource("fonts").glob("*.NOTICE.txt")):
        first_line = notice.read_text(encoding="utf-8").splitlines()[0]
        assert first_line in fonts
    assert "SIL OPEN FONT LICENSE Version 1.1" in fonts
    assert "Apache License" in fonts
    dialog.close()


def test_the_font_notices_link_to_their_licence_text(window: MainWindow, qtbot: QtBot) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    html = dialog.fonts.toHtml()
    assert 'href="#ofl-1-1-txt"' in html
    assert 'name="ofl-1-1-txt"' in html


@pytest.mark.parametrize(
    ("value", "wanted"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_quit_after_show_is_asked_for_by_its_variable(
    monkeypatch: pytest.MonkeyPatch, value: str, wanted: bool
) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW_ENV, value)
    assert quit_after_show_requested() is wanted


@pytest.mark.slow
def test_the_app_quits_by_itself_once_its_window_is_shown(tmp_path: Path) -> None:
    """What the bundle's smoke test and start-up timing rely on, here from source."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env[QUIT_AFTER_SHOW_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "advisor_referrals", "--db", str(tmp_path / "book.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "book.sqlite3").is_file()  # it did open (and create) the book
