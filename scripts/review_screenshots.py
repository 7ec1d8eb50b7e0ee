"""Screenshots of the Reviews feature for the README, from a small book built here.

    .venv/bin/python scripts/review_screenshots.py [OUT_DIR]

Writes docs/screenshots/reviews-*.png (offscreen; no display needed). Font, locale and
the scratch book come from shot_support, as for `make screenshots`.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
from shot_support import scratch_book, screenshot_application

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship, ReviewKind, Segment, Tier
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReferralRow
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.reviews.dialogs import CompleteDialog, ScheduleDialog
from advisor_referrals.ui.reviews.install import review_today_sections
from advisor_referrals.ui.reviews.page import ReviewsPage
from advisor_referrals.ui.reviews.settings_tab import CadenceSettingsTab

NAMES = [
    ("Ana", "Souza"), ("Bruno", "Keller"), ("Chloé", "Martin"), ("David", "Okafor"),
    ("Elena", "Rossi"), ("Farid", "Haddad"), ("Grace", "Liu"), ("Hiro", "Tanaka"),
    ("Ingrid", "Larsen"), ("Jamal", "Wright"), ("Kateřina", "Nováková"), ("Liam", "O'Brien"),
    ("Maya", "Patel"), ("Noah", "Fischer"), ("Olivia", "Brown"), ("Pedro", "Alves"),
    ("Quinn", "Murphy"), ("Rosa", "García"), ("Sven", "Berg"), ("Tara", "Singh"),
    ("Uma", "Reddy"), ("Victor", "Dubois"), ("Wen", "Zhang"), ("Ximena", "Flores"),
    ("Yusuf", "Demir"), ("Zoë", "Goldsmith"), ("Aaron", "Cohen"), ("Bea", "Schmidt"),
]  # fmt: skip


def build_book(book: Book, today: date) -> None:
    rng = random.Random(5)
    contacts = ContactService(book)
    reviews = ReviewService(book)
    ids = []
    for index, (first, last) in enumerate(NAMES):
        tier = [Tier.A, Tier.B, Tier.C][index % 3]
        segment = rng.choice(list(Segment))
        contact = contacts.create(
            ContactFields(
                first_name=first,
                last_name=last,
                relationship=Relationship.CLIENT,
                tier=tier,
                segment=segment,
                client_since=today - timedelta(days=rng.randint(400, 3000)),
                has_written_plan=rng.random() < 0.6,
                email=f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.com",
            )
        )
        ids.append(contact.id)
        if index in (5, 17):
            continue  # never reviewed
        step = {Tier.A: 91, Tier.B: 182, Tier.C: 365}[tier]
        last_day = today - timedelta(days=rng.randint(10, step + 60))
        day = last_day
        while day > today - timedelta(days=500):
            reviews.record(
                contact.id,
                day,
                nps=rng.choice([None, 6, 7, 8, 9, 9, 10, 10]),
                feedback_requested=rng.random() < 0.5,
            )
            day -= timedelta(days=step + rng.randint(-20, 20))
    for offset, index in ((1, 0), (2, 3), (2, 6), (5, 9), (9, 12), (13, 15), (16, 18), (23, 21)):
        reviews.schedule(
            ids[index],
            today + timedelta(days=offset),
            time(9 + offset % 7, 30 if offset % 2 else 0) if offset % 4 else None,
            [ReviewKind.IN_PERSON, ReviewKind.VIDEO, ReviewKind.PHONE][offset % 3],
        )
    reviews.schedule(ids[24], today - timedelta(days=2), time(14), ReviewKind.VIDEO)
    with book.write() as session:
        for referrer, referred in ((1, 2), (4, 7), (10, 11)):
            session.add(
                ReferralRow(
                    referrer_id=ids[referrer],
                    referred_id=ids[referred],
                    received_on=today - timedelta(days=40 + referrer),
                    status=ReferralStatus.NEW.value,
                )
            )


def wait_for(app: QApplication, page: ReviewsPage) -> None:
    while page.is_loading() or page.review_actions.busy():
        app.processEvents()
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out = out.resolve()  # the working directory changes to the scratch folder below
    out.mkdir(parents=True, exist_ok=True)
    app = screenshot_application()
    today = date.today()
    with scratch_book("review-shots-") as (folder, target):
        book = open_book(target)
        build_book(book, today)
        store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        services = BookServices.for_book(book, RENDERERS)
        window = MainWindow(services, Settings(store))
        window.resize(1280, 800)
        window.show()
        page = window.show_page("reviews")
        assert isinstance(page, ReviewsPage)
        wait_for(app, page)
        busiest = today + timedelta(days=2)
        page.calendar.calendar.setSelectedDate(QDate(busiest.year, busiest.month, busiest.day))
        for index, name in (
            (0, "overdue"),
            (1, "due-soon"),
            (2, "booked"),
            (3, "needs-outcome"),
            (4, "calendar"),
            (5, "segments"),
        ):
            page.tabs.setCurrentIndex(index)
            wait_for(app, page)
            save(window, out / f"reviews-{name}.png")

        entry = page.booked_model.rows[0]
        complete = CompleteDialog(entry.name, "Booked for today", completed_on=today, today=today)
        complete.nps.set_value(9)
        complete.referral.setChecked(True)
        complete.show()
        app.processEvents()
        save(complete, out / "reviews-complete-dialog.png")
        schedule = ScheduleDialog(
            "Farid Haddad",
            "Tier C · 1 review a year · never reviewed · due now",
            on=today + timedelta(days=1),
        )
        schedule.show()
        app.processEvents()
        save(schedule, out / "reviews-schedule-dialog.png")

        holder = QWidget()
        row = QHBoxLayout(holder)
        for section in review_today_sections(services, page.review_actions):
            row.addWidget(section)
            section.refresh()
        holder.resize(900, 300)
        holder.show()
        sections = holder.findChildren(QWidget)
        while not all(getattr(w, "loaded", True) for w in sections):
            app.processEvents()
        save(holder, out / "reviews-today.png")
        tab = CadenceSettingsTab(services.review_cadence)
        tab.resize(520, 260)
        tab.show()
        while not tab.loaded:
            app.processEvents()
        app.processEvents()
        save(tab, out / "reviews-settings.png")
        window.close()
        book.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
