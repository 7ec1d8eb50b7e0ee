"""Screenshots of the referral program on a fresh demo book, saved to docs/screenshots/.

Run from the project root on a 1280x800 screen:
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/program_screenshots.py
It writes program-goals, program-what-works, program-event, program-referral-dialog,
today-goals, report-program and program-plan (the PDF pages through pdftoppm).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_support import scratch_book, screenshot_application  # noqa: E402

from advisor_referrals.domain.enums import Relationship, Segment  # noqa: E402
from advisor_referrals.domain.quarter import Quarter  # noqa: E402
from advisor_referrals.domain.what_works import Dimension  # noqa: E402
from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.contacts.client_table import ContactFilter  # noqa: E402
from advisor_referrals.services.demo.demo_book import make_demo_book  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.pages.today import TodayPage  # noqa: E402
from advisor_referrals.ui.program.page import ProgramPage  # noqa: E402
from advisor_referrals.ui.program.today import GoalsSection  # noqa: E402
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1280, 800


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, seconds: float = 5) -> None:
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


def pdf_page(pdf: Path, page: int, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        (OUT / f"{name}.png").write_bytes(stem.with_suffix(".png").read_bytes())


def main() -> None:
    app = screenshot_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with scratch_book("program-shots-") as (folder, target):
        shoot(app, folder, target)
    print("screenshots in", OUT)


def shoot(app: QApplication, folder: Path, target: str) -> None:
    book = open_book(target, user="maria")
    make_demo_book(book, clients=250, seed=1)
    services = BookServices.for_book(book, RENDERERS)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    window.resize(WIDTH, HEIGHT)
    window.show()

    page = window.show_page("program")
    assert isinstance(page, ProgramPage)
    page.show_tab("goals")
    settle(app, lambda: bool(page.goals.records))
    window.grab().save(str(OUT / "program-goals.png"))
    page.show_tab("what_works")
    settle(app, lambda: page.what_works.shown is not None)
    page.what_works.choose(Dimension.HOW_HEARD)
    settle(app, seconds=0.5)
    window.grab().save(str(OUT / "program-what-works.png"))

    controller = window.program.controller
    held = [e for e in services.events.all() if e.held_on <= date.today()]
    shown = max(held, key=lambda e: (services.events.results(e.id).converted, e.held_on))
    controller.open_event(shown)
    settle(app, lambda: controller.dialog is not None and controller.dialog.isVisible())
    settle(app, lambda: bool(getattr(controller.dialog, "invitations", None)), seconds=3)
    dialog = controller.dialog
    assert dialog is not None
    dialog.resize(780, 790)
    settle(app, seconds=0.5)
    dialog.grab().save(str(OUT / "program-event.png"))
    dialog.reject()

    # A referral from an engaged client while the season's program runs: it is suggested.
    referrals = window.referrals.controller
    engaged = ContactFilter(
        relationships=frozenset({Relationship.CLIENT}), segments=frozenset({Segment.ENGAGED})
    )
    referrer = services.contact_table.first_page(engaged, limit=1)[0]
    referrals.record_referral(referrer.id)
    settle(app, lambda: isinstance(referrals.dialog, ReferralDialog))
    record = referrals.dialog
    assert isinstance(record, ReferralDialog) and record.sources is not None
    record.first_name.setText("Nora")
    record.last_name.setText("Quinn")
    record.sources.why.setEditText("Trust")
    record.sources.how.setCurrentIndex(record.sources.how.findData("kit_card"))
    settle(app, lambda: record.sources is not None and record.sources.program.currentIndex() > 0)
    record.resize(900, record.sizeHint().height())
    settle(app, seconds=0.5)
    record.grab().save(str(OUT / "program-referral-dialog.png"))
    record.reject()

    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    goals = next(s for s in today.sections if isinstance(s, GoalsSection))
    settle(app, lambda: bool(goals.progress))
    card = goals.parentWidget()
    assert card is not None
    card.grab().save(str(OUT / "today-goals.png"))

    quarter = Quarter.containing(date.today()).previous()
    report = services.quarterly_report.export(quarter, folder / "report.pdf")
    from pypdf import PdfReader

    pages = PdfReader(str(report)).pages
    number = next(i for i, p in enumerate(pages, 1) if "REFERRAL PROGRAM" in p.extract_text())
    pdf_page(report, number, "report-program")
    plan = services.program_plan.write(folder / "plan.pdf")
    pdf_page(plan, 1, "program-plan")
    window.close()
    book.close()


if __name__ == "__main__":
    main()
