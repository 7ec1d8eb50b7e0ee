"""Daily work without dead ends, on SQLite and PostgreSQL: every Today list opens its whole
list (the page shown, its filter applied, the same number of rows), the Referrals table's
search and filters, thank-yous given every way (no mail program, copy, print, phone),
booked reviews in order with bulk outcomes undone in one step, and pipeline cards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.enums import ReferralStatus, ThankYouMethod
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.referrals.referral_lists import (
    ReferralFilter,
    ReferralNeed,
)
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.clients import ClientsPage
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.referrals.board import CardDelegate
from advisor_referrals.ui.referrals.lazy_model import ROW_ROLE
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog
from advisor_referrals.ui.referrals.referral_menu import referral_menu
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from advisor_referrals.ui.referrals.thank_you_dialog import ThankYouDialog
from advisor_referrals.ui.referrals.today_sections import (
    AskListSection,
    FullListDialog,
    ReferralSection,
    ThanksOwedSection,
)
from advisor_referrals.ui.referrals.triggers_page import TriggersPage
from advisor_referrals.ui.reviews.export import DatesDialog
from advisor_referrals.ui.reviews.page import (
    BOOKED_TAB,
    DUE_SOON_TAB,
    OUTCOME_TAB,
    OVERDUE_TAB,
    ReviewsPage,
)
from advisor_referrals.ui.reviews.today import OverdueReviewsSection, ReviewsThisWeekSection
from tests.support.daily_book import LONG_NAME, Daily
from tests.support.pdf import page_texts

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

TODAY = date.today()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.fixture
def daily(book: Book) -> Daily:
    return Daily(book)


@pytest.fixture
def window(qtbot: QtBot, book: Book, daily: Daily, tmp_path: Path) -> Iterator[MainWindow]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(BookServices.for_book(book, RENDERERS), Settings(store))
    qtbot.addWidget(win)
    win.show()
    yield win
    QThreadPool.globalInstance().waitForDone(10_000)
    # Gone before the next test starts: its rows and dialogs are not freed in the middle
    # of someone else's test (the Qt binding test counts references to None).
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def today_page(qtbot: QtBot, window: MainWindow) -> TodayPage:
    page = window.show_page("today")
    assert isinstance(page, TodayPage)
    for section in page.sections:
        if hasattr(section, "loaded"):
            qtbot.waitUntil(lambda s=section: s.loaded, timeout=10_000)
    return page


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.history.busy, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)


def referrals_table(qtbot: QtBot, window: MainWindow) -> ReferralsPage:
    page = window.current_page()
    assert isinstance(page, ReferralsPage)
    assert page.tabs.currentWidget() is page.table
    qtbot.waitUntil(lambda: not page.table.model.loading, timeout=10_000)
    return page


# Every Today list opens its whole list


def test_every_referral_list_on_today_opens_the_table_filtered_the_same_way(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = today_page(qtbot, window)
    sections = [s for s in page.sections if isinstance(s, ReferralSection)]
    assert {s.need for s in sections} == set(ReferralNeed)
    overdue = next(s for s in sections if s.need is ReferralNeed.FOLLOW_UP_OVERDUE)
    assert overdue.total == 12 and len(overdue.rows) == 10
    assert overdue.heading.text() == "Overdue follow-ups — 10 of 12"
    assert overdue.footer.link.text() == "Show all 12…"
    assert "Return or double-click" in overdue.footer.hint.text()
    for section in sections:
        window.show_page("today")
        total = section.total
        qtbot.mouseClick(section.footer.link, Qt.MouseButton.LeftButton)
        table = referrals_table(qtbot, window).table
        assert table.need.currentData() == section.need.value
        assert table.filter.need is section.need
        assert table.model.rowCount() == total, section.need
        assert table.count.text() == f"{total} referrals"


def test_a_click_selects_a_today_row_and_return_opens_it(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = today_page(qtbot, window)
    thanks = next(s for s in page.sections if isinstance(s, ThanksOwedSection))
    rect = thanks.table.visualRect(thanks.table.model().index(0, 0))
    qtbot.mouseClick(thanks.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert thanks.table.selectionModel().selectedRows()[0].row() == 0
    controller = window.referrals.controller
    assert controller.dialog is None  # a click only selects
    thanks.table.setFocus()
    QApplication.sendEvent(
        thanks.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ThankYouDialog))
    dialog = controller.dialog
    assert isinstance(dialog, ThankYouDialog)
    assert dialog.draft.referrer_name == thanks.rows[0].referrer_name
    dialog.reject()

    # On a follow-up, Return opens the referral; recording the call takes its own button.
    overdue = next(
        s
        for s in page.sections
        if isinstance(s, ReferralSection) and s.need is ReferralNeed.FOLLOW_UP_OVERDUE
    )
    overdue.table.selectRow(0)
    overdue.table.setFocus()
    QApplication.sendEvent(
        overdue.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ReferralDialog))
    assert controller.dialog is not None
    controller.dialog.reject()
    first = window.services.referrals.get(overdue.rows[0].id)
    assert first.first_contacted_on is None and window.undo_stack.count() == 0


def test_the_review_lists_on_today_open_their_lists_on_the_reviews_page(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = today_page(qtbot, window)
    week = next(s for s in page.sections if isinstance(s, ReviewsThisWeekSection))
    overdue = next(s for s in page.sections if isinstance(s, OverdueReviewsSection))
    qtbot.waitUntil(lambda: week.loaded and overdue.loaded)
    booked, due, waiting = week.totals
    assert (booked, waiting) == (2, 2) and due > 0, week.totals
    first = week.list.item(0).text()
    assert first.endswith("Dora Booked")  # today's booking at the top
    # "Booked for" names what comes next, never a day already past.
    texts = [overdue.list.item(r).text() for r in range(overdue.list.count())]
    assert not any("Gwen Gone" in t and "booked for" in t for t in texts)

    expected = [
        (week, 0, BOOKED_TAB, booked, "booked_model"),
        (week, 1, DUE_SOON_TAB, due, "due_model"),
        (week, 2, OUTCOME_TAB, waiting, "outcome_model"),
        (overdue, 0, OVERDUE_TAB, overdue.totals[0], "overdue_model"),
    ]
    for section, link, tab, total, model in expected:
        window.show_page("today")
        if total == 0:
            assert section.footer.links[link].isHidden()
            continue
        qtbot.mouseClick(section.footer.links[link], Qt.MouseButton.LeftButton)
        reviews = window.current_page()
        assert isinstance(reviews, ReviewsPage)
        qtbot.waitUntil(lambda r=reviews: not r.is_loading(), timeout=10_000)
        settle(qtbot, window)
        assert reviews.tabs.currentIndex() == tab
        assert len(getattr(reviews, model).rows) == total, model
    reviews = window.current_page()
    assert isinstance(reviews, ReviewsPage)
    assert reviews.tier_box.currentIndex() == 0 and reviews.segment_box.currentIndex() == 0


def test_the_ask_list_shows_its_whole_list_in_a_dialog(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = today_page(qtbot, window)
    ask = next(s for s in page.sections if isinstance(s, AskListSection))
    assert ask.total >= 1
    qtbot.mouseClick(ask.footer.link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ask.full_list, FullListDialog))
    dialog = ask.full_list
    assert isinstance(dialog, FullListDialog)
    assert dialog.table.rowCount() == ask.total
    # Return on a row opens the client.
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    QApplication.sendEvent(
        dialog.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ClientsPage), timeout=10_000)
    dialog.reject()


# The Referrals table: search and filters


def test_the_referrals_table_searches_as_you_type_and_filters_by_each_need(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentWidget(page.table)
    table = page.table
    qtbot.waitUntil(lambda: not table.model.loading and table.model.rowCount() > 0)
    everyone = table.model.rowCount()
    service = window.services.referral_table
    qtbot.keyClicks(table.search, "priya")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=5_000)
    table.model.load_all()
    qtbot.waitUntil(lambda: table.model.complete)
    assert table.model.row_at(0).referred_name == "Priya Shah"
    table.search.clear()
    qtbot.waitUntil(lambda: table.model.rowCount() == everyone, timeout=5_000)
    for need in ReferralNeed:
        table.need.setCurrentIndex(table.need.findData(need.value))
        expected = service.count(ReferralFilter(need=need))
        qtbot.waitUntil(lambda n=expected: table.model.rowCount() == n, timeout=5_000)
    # Search and filter together: Fiona's dozen late referrals, then only hers.
    table.need.setCurrentIndex(table.need.findData(ReferralNeed.FOLLOW_UP_OVERDUE.value))
    qtbot.keyClicks(table.search, "fiona")
    qtbot.waitUntil(lambda: table.model.rowCount() == 11, timeout=5_000)


def test_the_triggers_page_searches_as_you_type_and_filters_by_referrals_raised(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = window.show_page("triggers")
    assert isinstance(page, TriggersPage)
    page.date_from.set_value(None)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 4)
    qtbot.keyClicks(page.search, "kim")  # Robert Kim's house purchase
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.model.load_all()
    qtbot.waitUntil(lambda: page.model.complete)
    assert page.model.row_at(0).contact_name == "Robert Kim"
    page.search.clear()
    page.talked.setCurrentIndex(page.talked.findData(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)  # Ana's inheritance
    page.talked.setCurrentIndex(page.talked.findData(False))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)


# Thank-yous for every way of writing


def test_a_thank_you_with_no_mail_program_is_recorded_by_copy_print_and_phone(
    qtbot: QtBot, window: MainWindow, daily: Daily, tmp_path: Path
) -> None:
    controller = window.referrals.controller
    controller.open_url = lambda _url: False  # no mail program on this desk
    referrals = window.services.referrals
    owed = [r.id for r in window.services.referral_table.thanks_owed(TODAY, limit=None)]

    def open_dialog(referral_id: int) -> ThankYouDialog:
        controller.say_thank_you(referral_id)
        qtbot.waitUntil(
            lambda: (
                isinstance(controller.dialog, ThankYouDialog)
                and controller.dialog.draft.referral_id == referral_id
            )
        )
        dialog = controller.dialog
        assert isinstance(dialog, ThankYouDialog)
        return dialog

    # The mail program does not open: the dialog says so, and nothing is recorded.
    first = open_dialog(owed[0])
    first.mail.click()
    assert "No mail program opened" in first.status.text()
    assert first.status.isVisibleTo(first)
    settle(qtbot, window)
    assert referrals.get(owed[0]).thanked_on is None
    assert window.undo_stack.count() == 0

    # Copy the note: on the clipboard, recorded as copied.
    first.body.setPlainText(first.body.toPlainText() + "\nSee you at the club.")
    first.copy.click()
    qtbot.waitUntil(lambda: first.recorded_method is ThankYouMethod.COPIED)
    assert QGuiApplication.clipboard().text().endswith("See you at the club.")
    assert referrals.get(owed[0]).thanked_by is ThankYouMethod.COPIED
    first.reject()

    # Print a branded letter: a PDF naming the referrer, recorded as a letter.
    second = open_dialog(owed[1])
    name = second.draft.referrer_name
    path = tmp_path / "thanks.pdf"
    second.print_note(ThankYouMethod.LETTER, str(path))
    qtbot.waitUntil(lambda: second.recorded_method is ThankYouMethod.LETTER, timeout=10_000)
    text = " ".join(page_texts(path.read_bytes())[0].split())
    assert name in text and second.draft.referred_name in text
    assert referrals.get(owed[1]).thanked_by is ThankYouMethod.LETTER
    assert str(path) in second.status.text()
    second.reject()

    # Said by phone, dated yesterday.
    third = open_dialog(owed[2])
    third.day.setDate(third.day.date().addDays(-1))
    third.phone.click()
    qtbot.waitUntil(lambda: third.recorded_method is ThankYouMethod.PHONE)
    recorded = referrals.get(owed[2])
    assert (recorded.thanked_by, recorded.thanked_on) == (ThankYouMethod.PHONE, ago(1))
    third.reject()

    # The referral's own dialog says how it was given.
    controller.open_referral(owed[2])
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ReferralDialog))
    shown = controller.dialog
    assert isinstance(shown, ReferralDialog)
    assert shown.thanked.value() == ago(1)
    assert shown.thanked_by.currentText() == "by phone"
    shown.reject()

    # Each was one undoable step, and the timeline shows the last one.
    settle(qtbot, window)
    assert window.undo_stack.count() == 3
    timeline = window.services.timeline.for_contact(recorded.referrer_id)
    assert any(e.kind.value == "thanked" and e.label == "phone" for e in timeline)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: referrals.get(owed[2]).thanked_on is None)


# Reviews in order


def test_booked_reviews_come_soonest_first_and_past_ones_get_outcomes_in_one_step(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = window.show_page("reviews")
    assert isinstance(page, ReviewsPage)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    settle(qtbot, window)
    booked = [(e.scheduled_for, e.name) for e in page.booked_model.rows]
    assert booked == [(TODAY, "Dora Booked"), (TODAY + timedelta(days=2), "Ezra Early")]
    outcome = [(e.scheduled_for, e.name) for e in page.outcome_model.rows]
    assert outcome == [(ago(3), "Gwen Gone"), (ago(10), "Ezra Early")]
    assert page.tabs.tabText(OUTCOME_TAB) == "Needs an outcome (2)"

    page.tabs.setCurrentIndex(OUTCOME_TAB)
    assert not page.held_button.isEnabled()
    page.outcome_view.selectAll()
    assert page.held_button.isEnabled()
    assert page.outcome_selected.text() == "2 selected"
    qtbot.mouseClick(page.missed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome_model.rows == [], timeout=10_000)
    reviews = window.services.reviews
    assert all(reviews.get(r.id).missed for r in daily.past)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Mark 2 reviews missed"

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(page.outcome_model.rows) == 2, timeout=10_000)
    assert not any(reviews.get(r.id).missed or reviews.get(r.id).cancelled_on for r in daily.past)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: page.outcome_model.rows == [], timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(page.outcome_model.rows) == 2, timeout=10_000)

    # Held, for one of them: completed on the day it was booked for.
    page.outcome_view.selectRow(0)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.outcome_model.rows) == 1, timeout=10_000)
    assert reviews.get(daily.past[0].id).completed_on == ago(3)
    settle(qtbot, window)


def test_the_calendar_export_asks_which_days_upcoming_by_default(
    qtbot: QtBot, window: MainWindow, daily: Daily, tmp_path: Path
) -> None:
    dialog = DatesDialog(TODAY)
    qtbot.addWidget(dialog)
    assert dialog.dates().start == TODAY and dialog.dates().end is None
    dialog.everything.setChecked(True)
    assert (dialog.dates().start, dialog.dates().end) == (None, None)
    dialog.between.setChecked(True)
    dialog.start.setDate(dialog.start.date().addDays(10))
    dialog.end.setDate(dialog.start.date().addDays(-20))
    dialog._accept()
    assert dialog.problem.isVisibleTo(dialog) and dialog.result() == 0

    page = window.show_page("reviews")
    assert isinstance(page, ReviewsPage)
    target = tmp_path / "coming.ics"
    page.export_calendar(str(target))
    qtbot.waitUntil(lambda: target.exists() and not page.exporter.running, timeout=10_000)
    data = target.read_text()
    assert data.count("BEGIN:VEVENT") == 2  # today's and the one in two days, not the past


# Pipeline cards


def test_a_pipeline_card_shows_a_long_name_whole_and_its_menu_does_what_the_table_does(
    qtbot: QtBot, window: MainWindow, daily: Daily
) -> None:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    board = page.board
    qtbot.waitUntil(lambda: board.complete, timeout=10_000)
    column = board.models[ReferralStatus.NEW]
    position = column.position_of(daily.long)
    index = column.index(position, 0)
    assert LONG_NAME in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Referred by Fiona Lane" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(board.views[ReferralStatus.NEW].itemDelegate(), CardDelegate)
    # Elided in the middle on a narrow card: both ends of the name stay in sight.
    metrics = board.views[ReferralStatus.NEW].fontMetrics()
    shown = metrics.elidedText(LONG_NAME, Qt.TextElideMode.ElideMiddle, 140)
    assert shown.startswith("Max") and shown.endswith("dorff")

    row = index.data(ROW_ROLE)
    menu = referral_menu(board, window.referrals.controller, row)
    texts = [a.text() for a in menu.actions() if a.text()]
    for wanted in (
        "Open…",
        "Move to",
        "Record first contact today",
        "Say thank you…",
        f"Open {LONG_NAME}",
        "Open Fiona Lane (referred by)",
        "Delete",
    ):
        assert wanted in texts, wanted

    def action(text: str, within: QMenu = menu) -> Any:
        return next(a for a in within.actions() if a.text() == text)

    services = window.services
    action("Record first contact today").trigger()
    qtbot.waitUntil(
        lambda: services.referrals.get(daily.long).status is ReferralStatus.CONTACTED,
        timeout=10_000,
    )
    settle(qtbot, window)
    row = services.referral_table.rows([daily.long])[0]
    menu = referral_menu(board, window.referrals.controller, row)
    move = action("Move to", menu).menu()
    assert move is not None
    action("Meeting", move).trigger()
    qtbot.waitUntil(
        lambda: services.referrals.get(daily.long).status is ReferralStatus.MEETING,
        timeout=10_000,
    )
    settle(qtbot, window)
    row = services.referral_table.rows([daily.long])[0]
    menu = referral_menu(board, window.referrals.controller, row)
    action("Say thank you…", menu).trigger()
    controller = window.referrals.controller
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ThankYouDialog))
    assert controller.dialog is not None
    controller.dialog.reject()
    action("Open Fiona Lane (referred by)", menu).trigger()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), ClientsPage), timeout=10_000)
    window.show_page("referrals")
    action("Delete", menu).trigger()
    qtbot.waitUntil(lambda: not services.referral_table.rows([daily.long]), timeout=10_000)
    settle(qtbot, window)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(services.referral_table.rows([daily.long])), timeout=10_000)
    settle(qtbot, window)
