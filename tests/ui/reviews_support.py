"""Shared set-up of the review UI tests: a main window on a small book, and waiting helpers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.reviews.page import ReviewsPage

TODAY = date.today()


def add_client(
    book: Book,
    first: str,
    last: str,
    tier: Tier = Tier.A,
    segment: Segment = Segment.UNKNOWN,
    plan: bool = False,
) -> Contact:
    return ContactService(book).create(
        ContactFields(
            first_name=first,
            last_name=last,
            relationship=Relationship.CLIENT,
            tier=tier,
            segment=segment,
            client_since=date(2015, 3, 1),
            has_written_plan=plan,
        )
    )


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def make_window(qtbot: QtBot, book: Book, tmp_path: Path) -> MainWindow:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(BookServices.for_book(book, RENDERERS), Settings(store))
    qtbot.addWidget(window)
    window.show()
    return window


def reviews_page(qtbot: QtBot, window: MainWindow) -> ReviewsPage:
    page = window.show_page("reviews")
    assert isinstance(page, ReviewsPage)
    wait_idle(qtbot, page)
    return page


def wait_idle(qtbot: QtBot, page: ReviewsPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading() and not page.review_actions.busy(), timeout=10000)


def wait_dialog(qtbot: QtBot, page: ReviewsPage, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(
        lambda: (
            isinstance(page.review_actions.active_dialog, kind)
            and page.review_actions.active_dialog.isVisible()
        ),
        timeout=10000,
    )
    dialog = page.review_actions.active_dialog
    assert dialog is not None
    return dialog


def close_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def history(book: Book, contact_id: int) -> list[tuple[date | None, date | None, int | None]]:
    return [
        (r.scheduled_for, r.completed_on, r.nps)
        for r in ReviewService(book).for_contact(contact_id)
        if r.cancelled_on is None
    ]
