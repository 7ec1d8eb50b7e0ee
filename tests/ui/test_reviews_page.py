"""The Reviews page driven like a user: schedule, complete, move, cancel, accept, export, undo."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.enums import ReviewKind, Segment, Tier
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.reviews.dialogs import CompleteDialog, ScheduleDialog
from tests.ui.reviews_support import (
    TODAY,
    add_client,
    days_ago,
    history,
    make_window,
    reviews_page,
    wait_dialog,
    wait_idle,
)

# The offscreen platform says so whenever a dialog with a size constraint is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setCurrentIndex(index)


def button(page: object, text: str, tab: int) -> QPushButton:
    widget = page.tabs.widget(tab)  # type: ignore[attr-defined]
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_schedule_an_overdue_client_from_the_page_then_undo_and_redo(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    ana = add_client(sqlite_book, "Ana", "Souza")
    ReviewService(sqlite_book).record(ana.id, days_ago(200), nps=8)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    assert [e.name for e in page.overdue_model.rows] == ["Ana Souza"]
    assert page.tabs.tabText(0) == "Overdue (1)"
    assert page.overdue_model.data(page.overdue_model.index(0, 6)).endswith("days late")

    select_row(page.overdue_view, 0)
    qtbot.mouseClick(button(page, "Schedule…", 0), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, page, ScheduleDialog)
    heading = dialog.findChildren(QLabel)[0].text()
    assert "Ana Souza" in heading and "Tier A" in heading and "due now" in heading
    day = TODAY + timedelta(days=9)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.timed.setChecked(True)
    dialog.time_edit.setTime(QTime(15, 30))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ReviewKind.VIDEO.value))
    dialog.notes.setPlainText("Talk about the house sale")
    dialog.accept()
    qtbot.waitUntil(lambda: len(page.booked_model.rows) == 1, timeout=10000)
    wait_idle(qtbot, page)

    booked = page.booked_model.rows[0]
    assert (booked.name, booked.scheduled_for, booked.scheduled_time, booked.kind) == (
        "Ana Souza",
        day,
        time(15, 30),
        ReviewKind.VIDEO,
    )
    assert page.overdue_model.rows[0].next_scheduled == day  # still late, but booked
    assert "booked for" in page.status.text()
    assert window.undo_stack.undoText() == "Schedule review with Ana Souza"

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.booked_model.rows == [], timeout=10000)
    assert history(sqlite_book, ana.id) == [(days_ago(200), days_ago(200), 8)]
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: len(page.booked_model.rows) == 1, timeout=10000)
    assert [r.notes for r in ReviewService(sqlite_book).open_for_contact(ana.id)] == [
        "Talk about the house sale"
    ]
    wait_idle(qtbot, page)


def test_complete_a_booked_review_with_an_nps_answer(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    bo = add_client(sqlite_book, "Bo", "Berg", Tier.B)
    booked = ReviewService(sqlite_book).schedule(bo.id, days_ago(1), time(9), ReviewKind.IN_PERSON)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    # A past booking waits for its outcome in a list of its own, not among those coming.
    assert page.booked_model.rows == []
    assert page.outcome_model.data(page.outcome_model.index(0, 5)) == "Held? Record it"
    assert page.tabs.tabText(3) == "Needs an outcome (1)"

    page.tabs.setCurrentIndex(3)
    select_row(page.outcome_view, 0)
    qtbot.mouseClick(button(page, "Complete…", 3), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, page, CompleteDialog)
    assert isinstance(dialog, CompleteDialog)
    assert dialog.date_edit.date().toPython() == days_ago(1)
    assert dialog.nps.value() is None
    qtbot.mouseClick(dialog.nps.buttons[9], Qt.MouseButton.LeftButton)
    assert dialog.nps.value() == 9
    assert "promoter" in dialog.nps.meaning.text()
    dialog.feedback.setChecked(True)
    dialog.referral.setChecked(True)
    dialog.notes.setPlainText("Pleased with the year")
    dialog.accept()
    qtbot.waitUntil(lambda: page.outcome_model.rows == [], timeout=10000)
    wait_idle(qtbot, page)

    done = ReviewService(sqlite_book).get(booked.id)
    assert (done.completed_on, done.nps, done.feedback_requested, done.referral_conversation) == (
        days_ago(1),
        9,
        True,
        True,
    )
    assert done.notes == "Pleased with the year"
    assert page.overdue_model.rows == []

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(page.outcome_model.rows) == 1, timeout=10000)
    assert ReviewService(sqlite_book).get(booked.id).completed_on is None
    wait_idle(qtbot, page)


def test_move_and_cancel_keep_history(qtbot: QtBot, sqlite_book: Book, tmp_path: Path) -> None:
    cy = add_client(sqlite_book, "Cy", "Cole")
    service = ReviewService(sqlite_book)
    first = service.schedule(cy.id, TODAY + timedelta(days=3))
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    select_row(page.booked_view, 0)
    page.review_actions.reschedule(page.booked_model.rows[0])
    dialog = wait_dialog(qtbot, page, ScheduleDialog)
    later = TODAY + timedelta(days=10)
    dialog.date_edit.setDate(QDate(later.year, later.month, later.day))
    dialog.accept()
    qtbot.waitUntil(
        lambda: [e.scheduled_for for e in page.booked_model.rows] == [later], timeout=10000
    )
    wait_idle(qtbot, page)
    moved = page.booked_model.rows[0]
    assert moved.rescheduled_from_id == first.id
    assert service.get(first.id).cancelled_on == TODAY

    page.review_actions.cancel(moved)
    box = wait_dialog(qtbot, page, QMessageBox)
    assert "stays in the history" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.booked_model.rows == [], timeout=10000)
    wait_idle(qtbot, page)
    assert [r.cancelled_on for r in service.for_contact(cy.id)] == [TODAY, TODAY]


def test_filters_narrow_every_list(qtbot: QtBot, sqlite_book: Book, tmp_path: Path) -> None:
    add_client(sqlite_book, "Ana", "Souza", Tier.A, Segment.ENGAGED)
    add_client(sqlite_book, "Bo", "Berg", Tier.B, Segment.CONTENT)
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    assert len(page.overdue_model.rows) == 2
    page.tier_box.setCurrentIndex(page.tier_box.findData("B"))
    qtbot.waitUntil(lambda: [e.name for e in page.overdue_model.rows] == ["Bo Berg"], timeout=10000)
    wait_idle(qtbot, page)
    page.tier_box.setCurrentIndex(0)
    page.segment_box.setCurrentIndex(page.segment_box.findData(Segment.ENGAGED.value))
    qtbot.waitUntil(
        lambda: [e.name for e in page.overdue_model.rows] == ["Ana Souza"], timeout=10000
    )
    wait_idle(qtbot, page)
    assert page.coverage.share_text("A") == "0%"


def test_accept_a_suggested_segment_and_undo_it(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    dan = add_client(sqlite_book, "Dan", "Dahl", Tier.B, Segment.ENGAGED)
    ReviewService(sqlite_book).record(dan.id, days_ago(20), nps=3)
    window = make_window(qtbot, sqlite_book, tmp_path)
    changed: list[BookChanges] = []
    window.events.changed.connect(changed.append)
    page = reviews_page(qtbot, window)
    model = page.suggestion_model
    assert page.tabs.tabText(5) == "Suggested segments (1)"
    assert model.data(model.index(0, 3)) == "Disgruntled"
    assert model.data(model.index(0, 4)) == "latest NPS 3 (a detractor)"

    select_row(page.suggestion_view, 0)
    page.accept_selected()
    qtbot.waitUntil(lambda: len(model.rows) == 0, timeout=10000)
    wait_idle(qtbot, page)
    assert ContactService(sqlite_book).get(dan.id).segment is Segment.DISGRUNTLED
    assert any(c.ids_of("contact") == {dan.id} for c in changed)  # the window heard of it

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(model.rows) == 1, timeout=10000)
    wait_idle(qtbot, page)
    assert ContactService(sqlite_book).get(dan.id).segment is Segment.ENGAGED


def test_export_to_calendar_writes_every_booked_review(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    service = ReviewService(sqlite_book)
    for index, name in enumerate(("Ana", "Bo", "Cy")):
        contact = add_client(sqlite_book, name, "Client")
        service.schedule(contact.id, TODAY + timedelta(days=index + 1), time(9 + index))
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    target = tmp_path / "reviews"
    page.export_calendar(str(target))
    qtbot.waitUntil(lambda: "saved to reviews.ics" in page.status.text(), timeout=10000)
    cal = Calendar.from_ical((tmp_path / "reviews.ics").read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert summaries == [f"Portfolio review: {n} Client" for n in ("Ana", "Bo", "Cy")]
    assert page.status.text() == "3 booked reviews saved to reviews.ics."
    assert page.export_button.text() == "Export to calendar…"
    assert not (tmp_path / "reviews.ics.partial").exists()
