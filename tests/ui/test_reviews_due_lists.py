"""The Reviews page's lists of clients due, read a page at a time: the count and the first
rows come first, the other rows as the view comes to them, in the whole list's order, and
the page's actions work on rows read either way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.cadence import add_months
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.due_pages import Block, DueList, DueRows
from advisor_referrals.services.reviews.review_lists import DueEntry, ReviewFilter, ReviewLists
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.reviews.dialogs import ScheduleDialog
from advisor_referrals.ui.reviews.due_model import DueListModel
from advisor_referrals.ui.reviews.page import DUE_SOON_TAB, OVERDUE_TAB, ReviewsPage
from tests.ui.reviews_support import (
    TODAY,
    add_client,
    days_ago,
    make_window,
    reviews_page,
    wait_dialog,
    wait_idle,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ("Ada", "Bea", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal")


def due_book(book: Book) -> None:
    """Quarterly clients falling due on each of the next days (two on the third), and
    three overdue by different lengths."""
    reviews = ReviewService(book)
    for k, first in enumerate(NAMES):
        client = add_client(book, first, "Soon", Tier.A)
        reviews.record(client.id, add_months(TODAY + timedelta(days=1 + min(k, 6)), -3))
    for days, first in ((200, "Old"), (300, "Older"), (400, "Oldest")):
        client = add_client(book, first, "Late", Tier.A, Segment.ENGAGED)
        reviews.record(client.id, days_ago(days))


def small_pages(qtbot: QtBot, page: ReviewsPage, rows: int, tab: int) -> None:
    """Read `rows` rows at a time, the list of `tab` shown in a view two rows high."""
    page.tabs.setCurrentIndex(tab)
    page.due_pages.page_rows = rows
    for model, view in ((page.due_model, page.due_view), (page.overdue_model, page.overdue_view)):
        model.page_rows = rows
        header = view.horizontalHeader().height()
        view.setFixedHeight(header + 2 * view.verticalHeader().defaultSectionSize())
    qtbot.wait(50)  # laid out at that height
    page.refresh()
    wait_idle(qtbot, page)


def scroll_through(qtbot: QtBot, page: ReviewsPage, view: QTableView) -> list[DueEntry]:
    """Every row of the list, scrolled to one by one, as read for the view."""
    model = view.model()
    assert isinstance(model, DueListModel)
    for row in range(model.rowCount()):
        view.scrollTo(model.index(row, 0))
        qtbot.waitUntil(lambda row=row: model.row_at(row) is not None, timeout=10000)
    wait_idle(qtbot, page)
    return model.rows


def select(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setCurrentIndex(index)


def button(page: ReviewsPage, text: str, tab: int) -> QPushButton:
    return next(b for b in page.tabs.widget(tab).findChildren(QPushButton) if b.text() == text)


def test_due_soon_shows_its_count_and_first_rows_then_reads_rows_as_scrolled(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    due_book(sqlite_book)
    whole = ReviewLists(sqlite_book).due_soon(30, today=TODAY)
    assert len(whole) == len(NAMES)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    small_pages(qtbot, page, 2, DUE_SOON_TAB)
    assert page.tabs.tabText(DUE_SOON_TAB) == f"Due soon ({len(NAMES)})"
    assert page.due_model.rowCount() == len(NAMES)
    # Only the rows shown have been read, and they are the whole list's first.
    read = page.due_model.rows
    assert 2 <= len(read) < len(NAMES)
    assert read == whole[: len(read)]
    assert page.due_model.data(page.due_model.index(len(NAMES) - 1, 0)) == "…"

    page.due_view.scrollToBottom()
    qtbot.waitUntil(lambda: page.due_model.row_at(len(NAMES) - 1) is not None, timeout=10000)
    wait_idle(qtbot, page)
    last = page.due_model.row_at(len(NAMES) - 1)
    assert last == whole[-1]
    assert page.due_model.data(page.due_model.index(len(NAMES) - 1, 0)) == last.name

    # Scheduling works on a row read by scrolling.
    select(page.due_view, len(NAMES) - 1)
    qtbot.mouseClick(button(page, "Schedule…", DUE_SOON_TAB), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, page, ScheduleDialog)
    assert last.name in dialog.findChildren(QLabel)[0].text()
    dialog.accept()
    qtbot.waitUntil(lambda: len(page.booked_model.rows) == 1, timeout=10000)
    wait_idle(qtbot, page)
    # Booked now: the list reads again; with "Not booked yet only" that client goes.
    assert page.due_model.rowCount() == len(NAMES)
    page.not_booked.setChecked(True)
    wait_idle(qtbot, page)
    assert page.tabs.tabText(DUE_SOON_TAB) == f"Due soon ({len(NAMES) - 1})"
    unbooked = [e for e in whole if e.contact_id != last.contact_id]
    assert scroll_through(qtbot, page, page.due_view) == unbooked


def test_the_overdue_list_filters_and_records_a_review_from_a_row_read_later(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    due_book(sqlite_book)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    small_pages(qtbot, page, 1, OVERDUE_TAB)
    whole = ReviewLists(sqlite_book).overdue(today=TODAY)
    assert [e.name for e in whole] == ["Oldest Late", "Older Late", "Old Late"]
    assert page.tabs.tabText(OVERDUE_TAB) == "Overdue (3)"
    assert scroll_through(qtbot, page, page.overdue_view) == whole

    # A filter reads the list again, the count and first page first.
    page.segment_box.setCurrentIndex(page.segment_box.findData(Segment.ENGAGED.value))
    wait_idle(qtbot, page)
    assert page.tabs.tabText(OVERDUE_TAB) == "Overdue (3)"
    assert page.tabs.tabText(DUE_SOON_TAB) == "Due soon (0)"
    page.segment_box.setCurrentIndex(page.segment_box.findData(Segment.CONTENT.value))
    wait_idle(qtbot, page)
    assert page.tabs.tabText(OVERDUE_TAB) == "Overdue (0)"
    assert page.overdue_model.rowCount() == 0
    page.segment_box.setCurrentIndex(0)
    page.tier_box.setCurrentIndex(page.tier_box.findData(Tier.A.value))
    wait_idle(qtbot, page)
    filtered = ReviewLists(sqlite_book).overdue(ReviewFilter(tiers=frozenset({Tier.A})), TODAY)
    assert filtered == whole and page.overdue_model.rowCount() == 3

    # Record a review for the last client: the list loses them.
    page.overdue_view.scrollToBottom()
    qtbot.waitUntil(lambda: page.overdue_model.row_at(2) is not None, timeout=10000)
    wait_idle(qtbot, page)
    select(page.overdue_view, 2)
    qtbot.mouseClick(button(page, "Record a review…", OVERDUE_TAB), Qt.MouseButton.LeftButton)
    dialog = page.review_actions.active_dialog
    qtbot.waitUntil(lambda: page.review_actions.active_dialog is not None, timeout=10000)
    dialog = page.review_actions.active_dialog
    assert dialog is not None
    assert "Old Late" in dialog.findChildren(QLabel)[0].text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.tabs.tabText(OVERDUE_TAB) == "Overdue (2)", timeout=10000)
    wait_idle(qtbot, page)


def test_an_action_on_a_row_not_read_yet_says_so(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    due_book(sqlite_book)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    small_pages(qtbot, page, 1, OVERDUE_TAB)
    assert page.overdue_model.row_at(2) is None  # not shown, not read
    select(page.overdue_view, 2)  # as Ctrl+End would, before the row is read
    page.overdue_model.set_list(page.overdue_model.due_list)  # forget what was read
    select(page.overdue_view, 2)
    qtbot.mouseClick(button(page, "Schedule…", OVERDUE_TAB), Qt.MouseButton.LeftButton)
    assert page.review_actions.active_dialog is None
    assert "still being read" in page.status.text()
    wait_idle(qtbot, page)


ENTRY = DueEntry(
    1, "Ana Souza", Tier.A, Segment.ENGAGED, 4, date(2026, 1, 1), date(2026, 4, 1), 1, None
)


def test_the_due_list_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    never = ENTRY._replace(contact_id=2, due_on=None, days_late=None, last_review=None)
    due_list = DueList(
        late=True,
        today=date(2026, 4, 2),
        until=date(2026, 4, 1),
        flt=ReviewFilter(),
        unbooked=False,
        blocks=(Block(0, 1, True, None), Block(1, 2, False, date(2026, 4, 1))),
        first_rows=(never,),
    )
    model = DueListModel()
    wanted: list[tuple[int, int]] = []
    model.rows_wanted.connect(lambda _list, start, stop: wanted.append((start, stop)))
    model.set_list(due_list)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 6)) == "never reviewed"
    assert model.data(model.index(0, 5)) == "now"
    assert model.data(model.index(1, 0)) == "…"
    assert wanted == [(1, 3)]  # asked once for the block, however often the view looks
    model.put_rows(due_list, DueRows(1, (ENTRY, ENTRY._replace(contact_id=3, name="Bo Berg"))))
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "Ana Souza",
        "Ana Souza",
        "Bo Berg",
    ]
    assert model.data(model.index(1, 6)) == "1 day late"
    qtmodeltester.check(model)
    model.put_rows(DueList(**{**due_list.__dict__}), DueRows(0, (ENTRY,)))  # another list: ignored
    assert model.row_at(0) == never
