"""`make screenshots`: the README's pictures of the Today, Clients and client-detail views,
and of the Reports page (light mode).

Opens the app offscreen on a fresh demo book (or on --db BOOK), in light and dark mode,
and saves PNGs to docs/screenshots/. Settings and the book live in a scratch folder, so
nothing of the user's is read or changed. Font, locale and the scratch book come from
shot_support, shared with the feature scripts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="advisor-referrals-shots-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(SCRATCH / _var.lower())
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_support import scratch_book, screenshot_application  # noqa: E402

from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.contacts.client_table import ContactFilter, SortKey  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.book import Book  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.clients import ClientsPage  # noqa: E402
from advisor_referrals.ui.pages.reports_page import ReportsPage  # noqa: E402
from advisor_referrals.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)


def settle(app: QApplication) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(6):
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def richest_contact(services: BookServices) -> int:
    """A client with a full story (referrals, triggers, reviews) makes the detail worth seeing."""
    clients = services.contact_table.ids(ContactFilter(text=""), SortKey.NAME)[:400]
    return max(clients, key=lambda cid: len(services.timeline.for_contact(cid)))


def shoot(app: QApplication, services: BookServices, mode: str, contact_id: int) -> None:
    apply_theme(app, mode)
    settings = Settings(QSettings(str(SCRATCH / f"{mode}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    window.resize(*SIZE)
    window.show()
    settle(app)

    window.show_page("today")
    settle(app)
    window.grab().save(str(OUT / f"today-{mode}.png"))

    clients = window.show_page("clients")
    assert isinstance(clients, ClientsPage)
    settle(app)
    clients.view.selectRow(2)
    settle(app)
    window.grab().save(str(OUT / f"clients-{mode}.png"))

    clients.open_contact(contact_id)
    settle(app)
    window.grab().save(str(OUT / f"client-detail-{mode}.png"))

    if mode == "light":
        reports = window.show_page("reports")
        assert isinstance(reports, ReportsPage)
        settle(app)  # the PDF preview renders off the UI thread
        reports.view.pageNavigator().jump(1, QPointF(0, 0))  # the summary, past the cover
        for _ in range(40):  # QPdfView renders the newly shown page on its own thread
            app.processEvents()
            time.sleep(0.05)
        reports.grab().save(str(OUT / "reports-page.png"))
    window.close()
    window.deleteLater()
    settle(app)


def demo_book(target: str) -> Book:
    from advisor_referrals.services.demo.demo_book import make_demo_book

    book = open_book(target)
    make_demo_book(book, clients=250, seed=1)
    return book


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="use this book instead of a fresh demo book")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    app = screenshot_application()
    if args.db:
        shoot_book(app, open_book(args.db))
    else:
        with scratch_book("shots-") as (_folder, target):
            shoot_book(app, demo_book(target))
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT))
    return 0


def shoot_book(app: QApplication, book: Book) -> None:
    services = BookServices.for_book(book, RENDERERS)
    contact_id = richest_contact(services)
    for mode in ("light", "dark"):
        shoot(app, services, mode, contact_id)
    book.close()


if __name__ == "__main__":
    sys.exit(main())
