"""`make screenshots`: the README's pictures of the main window, light and dark, on a laptop.

Opens the app on a fresh demo book (or on --db BOOK) and saves PNGs to docs/screenshots/:
the Today, Clients (with names in Chinese, Korean, Arabic, Hebrew, Greek and Cyrillic
among the rest) and client-detail views in light and dark mode, the Reports page, and
the Today page once more on a larger screen. The window fills the screen it runs on:
the README's pictures are taken on a 1280x800 one,

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

and without a display the script makes its own headless 1280x800 screen. With --out and
--prefix it saves elsewhere (to look at each page at 1366x768 or at 125% scaling, say).
Settings and the book live in a scratch folder, so nothing of the user's is read or
changed. Font, locale and the scratch book come from shot_support.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="advisor-referrals-shots-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(SCRATCH / _var.lower())
if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
    # No display: a headless screen of a laptop's size.
    _screen = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800}
    _config = SCRATCH / "screens.json"
    _config.write_text(json.dumps({"screens": [_screen | {"logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QSettings, QSize, Qt, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_support import scratch_book, screenshot_application  # noqa: E402

from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.contacts.client_table import ContactFilter, SortKey  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.book import Book  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.models.contact_table_model import column_of  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.clients import ClientsPage  # noqa: E402
from advisor_referrals.ui.pages.reports_page import ReportsPage  # noqa: E402
from advisor_referrals.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LARGER = QSize(1680, 1050)


def settle(app: QApplication) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(6):
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def richest_contact(services: BookServices) -> int:
    """A client with a full story (referrals, triggers, reviews) makes the detail worth seeing."""
    clients = services.contact_table.ids(ContactFilter(text=""), SortKey.NAME)[:400]
    return max(clients, key=lambda cid: len(services.timeline.for_contact(cid)))


def screen_size(app: QApplication) -> QSize:
    screen = app.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1280, 800)


class Shooter:
    def __init__(self, app: QApplication, out: Path, prefix: str) -> None:
        self.app = app
        self.out = out
        self.prefix = prefix
        self.saved: list[Path] = []

    def save(self, widget: object, name: str) -> None:
        path = self.out / f"{self.prefix}{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.saved.append(path)

    def window(self, services: BookServices, mode: str, size: QSize) -> MainWindow:
        apply_theme(self.app, mode)
        ini = SCRATCH / f"{mode}-{size.width()}.ini"
        window = MainWindow(services, Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
        window.resize(size)  # the whole screen, as a maximised window has
        window.show()
        settle(self.app)
        return window

    def shoot(self, services: BookServices, mode: str, contact_id: int) -> None:
        window = self.window(services, mode, screen_size(self.app))
        window.show_page("today")
        settle(self.app)
        self.save(window, f"today-{mode}")

        clients = window.show_page("clients")
        assert isinstance(clients, ClientsPage)
        settle(self.app)
        clients.view.selectRow(2)
        settle(self.app)
        self.save(window, f"clients-{mode}")

        # Names from the end of the alphabet on: the book's Chinese, Korean, Arabic,
        # Hebrew, Greek and Cyrillic names come first.
        clients.view.sortByColumn(column_of(SortKey.NAME), Qt.SortOrder.DescendingOrder)
        settle(self.app)
        clients.view.selectRow(0)
        settle(self.app)
        self.save(window, f"clients-scripts-{mode}")
        clients.view.sortByColumn(column_of(SortKey.NAME), Qt.SortOrder.AscendingOrder)
        settle(self.app)

        clients.open_contact(contact_id)
        settle(self.app)
        self.save(window, f"client-detail-{mode}")

        if mode == "light":
            reports = window.show_page("reports")
            assert isinstance(reports, ReportsPage)
            settle(self.app)  # the PDF preview renders off the UI thread
            reports.view.pageNavigator().jump(1, QPointF(0, 0))  # the summary, past the cover
            for _ in range(40):  # QPdfView renders the newly shown page on its own thread
                self.app.processEvents()
                time.sleep(0.05)
            self.save(reports, "reports-page")
        self.close(window)

    def shoot_larger(self, services: BookServices) -> None:
        window = self.window(services, "light", LARGER)
        window.show_page("today")
        settle(self.app)
        self.save(window, "today-large-light")
        self.close(window)

    def close(self, window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        settle(self.app)


def demo_book(target: str) -> Book:
    from advisor_referrals.services.demo.demo_book import make_demo_book

    book = open_book(target)
    make_demo_book(book, clients=250, seed=1)
    return book


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="use this book instead of a fresh demo book")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    parser.add_argument("--prefix", default="", help="put before each file's name")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = screenshot_application()
    shooter = Shooter(app, args.out, args.prefix)
    if args.db:
        shoot_book(shooter, open_book(args.db))
    else:
        with scratch_book("shots-") as (_folder, target):
            shoot_book(shooter, demo_book(target))
    for png in shooter.saved:
        print(png)
    return 0


def shoot_book(shooter: Shooter, book: Book) -> None:
    services = BookServices.for_book(book, RENDERERS)
    contact_id = richest_contact(services)
    for mode in ("light", "dark"):
        shooter.shoot(services, mode, contact_id)
    shooter.shoot_larger(services)
    book.close()


if __name__ == "__main__":
    sys.exit(main())
