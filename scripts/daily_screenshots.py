"""Screenshots of daily work at 1280x800, saved to docs/screenshots/: the Today lists, the
Referrals table a Today list opens, Booked and Needs an outcome, and the thank-you dialog.

Run from the project root, on a virtual screen of that size:

    xvfb-run -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/daily_screenshots.py

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
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from shot_support import scratch_book, screenshot_application, settle  # noqa: E402

from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.today import TodayPage  # noqa: E402
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage  # noqa: E402
from advisor_referrals.ui.referrals.thank_you_dialog import ThankYouDialog  # noqa: E402
from advisor_referrals.ui.referrals.today_sections import ThanksOwedSection  # noqa: E402
from advisor_referrals.ui.reviews.page import BOOKED_TAB, OUTCOME_TAB, ReviewsPage  # noqa: E402
from advisor_referrals.ui.reviews.today import ReviewsThisWeekSection  # noqa: E402
from tests.support.daily_book import Daily  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def main() -> None:
    app = screenshot_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with scratch_book("daily-shots-") as (folder, target):
        shoot(app, folder, target)
    print("screenshots in", OUT)


def shoot(app: QApplication, folder: Path, target: str) -> None:
    book = open_book(target, user="maria")
    daily = Daily(book)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    window.resize(*SIZE)
    window.show()

    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    settle(app, lambda: all(getattr(s, "loaded", True) for s in today.sections), seconds=8)
    week = next(s for s in today.sections if isinstance(s, ReviewsThisWeekSection))
    scroll = today.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(week.parentWidget().y() - 12)
    settle(app, seconds=0.5)
    window.grab().save(str(OUT / "today-lists.png"))

    # "Show all" under Thank-yous owed: the Referrals table, filtered the same way.
    thanks = next(s for s in today.sections if isinstance(s, ThanksOwedSection))
    thanks.footer.link.click()
    referrals = window.current_page()
    assert isinstance(referrals, ReferralsPage)
    settle(app, lambda: referrals.table.model.complete, seconds=3)
    window.grab().save(str(OUT / "referrals-table-filtered.png"))

    reviews = window.show_page("reviews")
    assert isinstance(reviews, ReviewsPage)
    settle(app, lambda: not reviews.is_loading())
    reviews.tabs.setCurrentIndex(BOOKED_TAB)
    settle(app, seconds=0.5)
    window.grab().save(str(OUT / "reviews-booked-upcoming.png"))
    reviews.tabs.setCurrentIndex(OUTCOME_TAB)
    reviews.outcome_view.selectAll()
    settle(app, seconds=0.5)
    window.grab().save(str(OUT / "reviews-needs-outcome.png"))

    controller = window.referrals.controller
    controller.open_url = lambda _url: False  # as on a desk with webmail only
    controller.say_thank_you(daily.small.overdue.id)
    settle(app, lambda: isinstance(controller.dialog, ThankYouDialog))
    dialog = controller.dialog
    assert isinstance(dialog, ThankYouDialog)
    dialog.mail.click()
    settle(app, seconds=0.5)
    dialog.grab().save(str(OUT / "thank-you-dialog.png"))
    dialog.reject()
    window.close()
    book.close()


if __name__ == "__main__":
    main()
