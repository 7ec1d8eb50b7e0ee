"""Screenshots of the referral features on a small book, saved to docs/screenshots/.

Run from the project root: `.venv/bin/python scripts/referral_screenshots.py`.
Font, locale and the scratch book come from shot_support, as for `make screenshots`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget  # noqa: E402
from shot_support import scratch_book, screenshot_application, settle  # noqa: E402

from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.referrals.features import make_referral_settings_tab  # noqa: E402
from advisor_referrals.ui.referrals.today_sections import make_today_sections  # noqa: E402
from tests.support.referral_book import fill_small_book  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    app = screenshot_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with scratch_book("referral-shots-") as (folder, target):
        shoot(app, folder, target)
    print("screenshots in", OUT)


def shoot(app: QApplication, folder: Path, target: str) -> None:
    book = open_book(target, user="maria")
    small = fill_small_book(book)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    window.resize(1400, 820)
    window.show()
    page = window.show_page("referrals")
    settle(app, lambda: page.board.complete)  # type: ignore[attr-defined]
    window.grab().save(str(OUT / "referrals-pipeline.png"))
    for tab, name in (
        (page.table, "referrals-table"),  # type: ignore[attr-defined]
        (page.coi, "referrals-coi"),  # type: ignore[attr-defined]
        (page.compliance, "referrals-compliance"),  # type: ignore[attr-defined]
    ):
        page.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        settle(app, seconds=1.5)
        if name == "referrals-coi":
            tab.view.selectRow(0)
            settle(app, seconds=0.5)
        window.grab().save(str(OUT / f"{name}.png"))
    triggers = window.show_page("triggers")
    settle(app, seconds=1.5)
    window.grab().save(str(OUT / "triggers-page.png"))

    controller = window.referrals.controller
    controller.log_trigger(small.bob.id)
    settle(app, lambda: controller.dialog is not None and controller.dialog.isVisible())
    settle(app, seconds=0.5)
    controller.dialog.grab().save(str(OUT / "quick-trigger-dialog.png"))  # type: ignore[union-attr]
    controller.dialog.reject()  # type: ignore[union-attr]
    controller.open_referral(small.compensated.id)
    settle(app, lambda: controller.dialog is not None and controller.dialog.isVisible())
    settle(app, seconds=0.8)
    controller.dialog.grab().save(str(OUT / "referral-dialog-warning.png"))  # type: ignore[union-attr]
    controller.dialog.reject()  # type: ignore[union-attr]

    today = QWidget()
    column = QVBoxLayout(today)
    sections = make_today_sections(window.services, controller)
    for section in sections:
        column.addWidget(section)
        section.refresh()
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(today)
    scroll.setWidgetResizable(True)
    scroll.resize(1000, 1150)
    scroll.show()
    settle(app, lambda: all(s.loaded for s in sections))  # type: ignore[attr-defined]
    scroll.grab().save(str(OUT / "today-referrals.png"))

    tab = make_referral_settings_tab(window.services, window.history.runner)
    tab.resize(900, 900)
    tab.show()
    settle(app, lambda: tab.loaded is not None)
    tab.grab().save(str(OUT / "settings-referrals.png"))
    del triggers
    window.close()
    book.close()


if __name__ == "__main__":
    main()
