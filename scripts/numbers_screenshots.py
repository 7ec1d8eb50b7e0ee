"""Screenshots of figures that explain themselves, the ask dialog and a batch of kits for
a mixed selection, on a fresh 250-client demo book, saved to docs/screenshots/.

Run from the project root: `.venv/bin/python scripts/numbers_screenshots.py` (offscreen), or
under `xvfb-run -s "-screen 0 1280x800x24"` with QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from shot_support import scratch_book, screenshot_application, settle  # noqa: E402

from advisor_referrals.domain.asks import AskOutcome  # noqa: E402
from advisor_referrals.domain.enums import Relationship  # noqa: E402
from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.contacts.client_table import ContactFilter  # noqa: E402
from advisor_referrals.services.demo.demo_book import make_demo_book  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.today import TodayPage  # noqa: E402
from advisor_referrals.ui.referrals.today_sections import AskListSection  # noqa: E402
from advisor_referrals.ui.today_kpis import QuarterKpiSection  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def main() -> None:
    app = screenshot_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with scratch_book("numbers-shots-") as (folder, target):
        book = open_book(target, user="maria")
        make_demo_book(book, clients=250, seed=1)
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(BookServices.for_book(book, RENDERERS), settings)
        window.resize(*SIZE)
        window.show()
        shoot(app, window)
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        book.close()
    print("screenshots in", OUT)


def shoot(app: QApplication, window: MainWindow) -> None:
    page = window.show_page("today")
    assert isinstance(page, TodayPage)
    kpis = next(s for s in page.sections if isinstance(s, QuarterKpiSection))
    settle(app, lambda: kpis.shown is not None)
    kpis.conversion.what.click()  # the "?" of the conversion rate
    settle(app, seconds=1)
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(kpis, 0, 120)
    settle(app, seconds=1)
    window.grab().save(str(OUT / "today-figure-explained.png"))

    ask_list = next(s for s in page.sections if isinstance(s, AskListSection))
    settle(app, lambda: ask_list.loaded and bool(ask_list.rows))
    ask_list.button(0, "Log the conversation…").click()
    asks = window.referrals.controller.asks
    settle(app, lambda: asks.dialog is not None and asks.dialog.contact.contact_id is not None)
    dialog = asks.dialog
    assert dialog is not None
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AskOutcome.WILL_THINK.value))
    dialog.notes.setPlainText("Thinking of a colleague who retires in the spring.")
    settle(app, seconds=1)
    dialog.grab().save(str(OUT / "ask-dialog.png"))
    dialog.reject()

    table = window.services.contact_table
    mixed = [
        *[r.id for r in table.first_page(ContactFilter(relationships=frozenset({Relationship.CLIENT})), limit=6)],
        *[r.id for r in table.first_page(ContactFilter(relationships=frozenset({Relationship.PROSPECT})), limit=2)],
        *[r.id for r in table.first_page(ContactFilter(relationships=frozenset({Relationship.CENTER_OF_INFLUENCE})), limit=2)],
        *[r.id for r in table.first_page(ContactFilter(relationships=frozenset({Relationship.FORMER_CLIENT})), limit=1)],
    ]  # fmt: skip
    window.contact_actions.generate_kits.emit(mixed)
    settle(app, lambda: window.kit_controller.audience is not None)
    audience = window.kit_controller.audience
    if audience is not None:
        settle(app, seconds=1)
        audience.grab().save(str(OUT / "kits-audience.png"))
        audience.reject()


if __name__ == "__main__":
    main()
