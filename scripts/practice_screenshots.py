"""The README's pictures of a practice: Today and the quarterly report per advisor and for the
practice, an assistant's My tasks, the client table of one advisor.

Starts a throwaway PostgreSQL server (the tests' own), sets up a practice book with
separate books as its administrator, loads the demo book (its three advisors and their
assistant become members), then opens the app as each member in turn, signed in as
their own role. Run it under a virtual display at the README's size:

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/practice_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="advisor-referrals-practice-shots-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(SCRATCH / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_support import screenshot_application  # noqa: E402

from advisor_referrals.domain.practice import BookMode  # noqa: E402
from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.demo.demo_book import make_demo_book  # noqa: E402
from advisor_referrals.services.practice.administration import (  # noqa: E402
    PracticeAdministration,
)
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.reports_page import ReportsPage  # noqa: E402
from advisor_referrals.ui.theme import apply_theme  # noqa: E402
from tests.support.postgres import PostgresServer, find_bin_dir  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def window_as(app: QApplication, url: str, name: str, scope_key: str) -> MainWindow:
    """The app as the member of `url` sees it, with the scope chosen as `scope_key`."""
    settings = Settings(QSettings(str(SCRATCH / f"{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(BookServices.for_book(open_book(url), RENDERERS), settings)
    window.resize(*SIZE)
    window.show()
    settle(app)
    window.parts.scope.choose(scope_key)
    settle(app)
    return window


def shoot_page(app: QApplication, window: MainWindow, page: str, file: str) -> None:
    window.show_page(page)
    settle(app)
    window.grab().save(str(OUT / file))
    print(f"docs/screenshots/{file}")


def shoot_report(app: QApplication, window: MainWindow, file: str) -> None:
    reports = window.show_page("reports")
    assert isinstance(reports, ReportsPage)
    settle(app)
    reports.view.pageNavigator().jump(0, QPointF(0, 0))  # the cover: whose clients it covers
    for _ in range(40):  # QPdfView renders the shown page on its own thread
        app.processEvents()
        time.sleep(0.05)
    window.grab().save(str(OUT / file))
    print(f"docs/screenshots/{file}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = screenshot_application()
    apply_theme(app, "light")
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL is not installed (make test installs it)", file=sys.stderr)
        return 2
    server = PostgresServer(bin_dir)
    server.start()
    try:
        database = server.create_database()
        admin = open_book(server.url(database), upgrade=False)
        PracticeAdministration(admin).init(BookMode.SEPARATE)
        make_demo_book(admin, clients=250, seed=1, today=date.today())
        admin.close()

        def url(role: str) -> str:
            return f"postgresql+psycopg://{role}@127.0.0.1:{server.port}/{database}"

        practice = window_as(app, url("postgres"), "admin", "practice")
        shoot_page(app, practice, "today", "practice-today-practice.png")
        practice.parts.scope.choose("advisor:marcus")
        settle(app)
        shoot_page(app, practice, "clients", "practice-clients-marcus.png")
        practice.close()

        priya = window_as(app, url("priya"), "priya", "mine")
        shoot_page(app, priya, "today", "practice-today-priya.png")
        shoot_report(app, priya, "practice-report-priya.png")
        priya.close()

        nina = window_as(app, url("nina"), "nina", "mine")
        shoot_page(app, nina, "today", "practice-today-nina.png")
        nina.close()
        settle(app)
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
