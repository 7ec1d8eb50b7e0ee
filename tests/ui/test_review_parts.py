"""The review feature outside the page: models, the client detail's request, Today, settings."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.engagement import Reason, ReasonCode, Suggestion
from advisor_referrals.domain.enums import ReviewKind, Segment, Tier
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.segments import SegmentSuggestion
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.cadence import CadenceService
from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.services.reviews.review_lists import TierCoverage
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.reviews.calendar_view import CalendarPane
from advisor_referrals.ui.reviews.coverage import CoverageStrip
from advisor_referrals.ui.reviews.dialogs import CompleteDialog, ScheduleDialog
from advisor_referrals.ui.reviews.install import review_today_sections
from advisor_referrals.ui.reviews.models import ScheduledModel, SuggestionModel
from advisor_referrals.ui.reviews.settings_tab import CadenceSettingsTab
from advisor_referrals.ui.reviews.text import trn
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

BOOKED = ScheduledEntry(
    review_id=7,
    version=1,
    contact_id=1,
    name="Ana Souza",
    tier=None,
    segment=Segment.UNKNOWN,
    scheduled_for=date(2026, 7, 1),
    scheduled_time=None,
    kind=ReviewKind.PHONE,
    notes="",
    rescheduled_from_id=3,
)


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    booked = ScheduledModel(lambda: date(2026, 6, 1))
    booked.set_rows([BOOKED])
    qtmodeltester.check(booked)
    assert booked.data(booked.index(0, 1)) == "all day"
    assert booked.data(booked.index(0, 5)) == "Moved"
    suggestions = SuggestionModel()
    suggestions.set_rows(
        [
            SegmentSuggestion(
                1,
                2,
                "Ana Souza",
                Tier.A,
                Segment.CONTENT,
                Suggestion(Segment.ENGAGED, (Reason(ReasonCode.REFERRED, 2),)),
            )
        ]
    )
    qtmodeltester.check(suggestions)
    assert suggestions.data(suggestions.index(0, 4)) == "referred 2 in the last 12 months"


def test_counts_read_as_english_without_a_translation() -> None:
    assert trn("Reviews", "%n day(s) late", 1) == "1 day late"
    assert trn("Reviews", "%n day(s) late", 12) == "12 days late"


def test_the_client_detail_request_offers_to_complete_a_booked_review(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    ana = add_client(sqlite_book, "Ana", "Souza")
    booked = ReviewService(sqlite_book).schedule(ana.id, TODAY, time(11))
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    window.contact_actions.schedule_review.emit(ana.id)
    box = wait_dialog(qtbot, page, QMessageBox)
    assert "has a review booked for" in box.text()
    complete = next(b for b in box.buttons() if b.text() == "Complete it…")
    complete.click()
    dialog = wait_dialog(qtbot, page, CompleteDialog)
    assert isinstance(dialog, CompleteDialog)
    dialog.nps.set_value(10)
    dialog.accept()
    qtbot.waitUntil(lambda: ReviewService(sqlite_book).get(booked.id).nps == 10, timeout=10000)
    wait_idle(qtbot, page)


def test_the_client_detail_request_books_a_review_at_the_next_due_date(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    bo = add_client(sqlite_book, "Bo", "Berg", Tier.B)
    ReviewService(sqlite_book).record(bo.id, days_ago(30))
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    window.contact_actions.schedule_review.emit(bo.id)
    dialog = wait_dialog(qtbot, page, ScheduleDialog)
    assert isinstance(dialog, ScheduleDialog)
    expected = page.review_actions.lists.client_status(bo.id).due_on
    assert dialog.date_edit.date() == QDate(expected.year, expected.month, expected.day)  # type: ignore[union-attr]
    dialog.reject()


def test_a_prospect_is_told_reviews_are_for_clients(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    from advisor_referrals.domain.contacts import ContactFields
    from advisor_referrals.services.contacts.editing import ContactService

    pat = ContactService(sqlite_book).create(ContactFields(first_name="Pat", last_name="Prospect"))
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    window.contact_actions.schedule_review.emit(pat.id)
    box = wait_dialog(qtbot, page, QMessageBox)
    assert "Portfolio reviews are for active clients" in box.text()
    box.close()


def test_today_sections_show_this_weeks_and_overdue_reviews(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    ana = add_client(sqlite_book, "Ana", "Souza")
    bo = add_client(sqlite_book, "Bo", "Berg", Tier.C)
    service = ReviewService(sqlite_book)
    service.schedule(ana.id, TODAY + timedelta(days=2), time(10))
    service.record(bo.id, days_ago(362))  # C: a year later, due in three days
    window = make_window(qtbot, sqlite_book, tmp_path)
    page = reviews_page(qtbot, window)
    week, overdue = review_today_sections(
        BookServices.for_book(sqlite_book, RENDERERS), page.review_actions
    )
    for section in (week, overdue):
        qtbot.addWidget(section)
        section.refresh()
    qtbot.waitUntil(lambda: week.loaded and overdue.loaded, timeout=10000)
    assert week.title() == "Reviews this week"
    assert week.summary.text() == "1 booked · 1 more falling due, not booked yet"
    lines = [week.list.item(i).text() for i in range(week.list.count())]
    assert len(lines) == 2
    assert lines[0].endswith("— Ana Souza")
    assert lines[1].startswith("Bo Berg — due ") and lines[1].endswith(", not booked")
    assert overdue.summary.text() == "1 client overdue for a review"
    assert overdue.list.item(0).text().startswith("Ana Souza — never reviewed, booked for")


def test_the_cadence_settings_tab_saves_and_refuses_nothing_silently(
    qtbot: QtBot, sqlite_book: Book
) -> None:
    tab = CadenceSettingsTab(CadenceService(sqlite_book))
    qtbot.addWidget(tab)
    qtbot.waitUntil(tab.spins[Tier.A].isEnabled, timeout=10000)
    assert tab.values() == {Tier.A: 4, Tier.B: 2, Tier.C: 1}
    assert tab.hints[Tier.A].text() == "every 3 months"
    tab.spins[Tier.B].setValue(5)
    assert tab.hints[Tier.B].text() == "every 73 days"
    assert tab.save()
    assert CadenceService(sqlite_book).table()[Tier.B] == 5
    with pytest.raises(ValidationError):
        CadenceService(sqlite_book).save({Tier.A: 0})


def test_the_calendar_counts_reviews_per_day(qtbot: QtBot) -> None:
    pane = CalendarPane()
    qtbot.addWidget(pane)
    day = pane.calendar.selectedDate().toPython()
    assert isinstance(day, date)
    pane.set_entries([BOOKED._replace(scheduled_for=day)] * 2)
    assert pane.calendar.counts == {day: 2}
    assert pane.day_list.count() == 2
    assert "2 reviews" in pane.day_label.text()
    assert pane.selected_entry() is None
    pane.day_list.setCurrentRow(1)
    assert pane.selected_entry() == BOOKED._replace(scheduled_for=day)
    requested: list[tuple[date, date]] = []
    pane.month_wanted.connect(lambda a, b: requested.append((a, b)))
    pane.calendar.showNextMonth()
    assert len(requested) == 1
    start, end = requested[0]
    first = date(pane.calendar.yearShown(), pane.calendar.monthShown(), 1)
    assert start < first < end


def test_coverage_share_sits_beside_its_bar(qtbot: QtBot) -> None:
    strip = CoverageStrip()
    qtbot.addWidget(strip)
    strip.set_coverage(
        [TierCoverage(Tier.A, 4, clients=10, covered=5), TierCoverage(Tier.B, 2, 0, 0)]
    )
    strip.show()
    qtbot.waitExposed(strip)
    assert strip.share_text("A") == "50%"
    assert strip.share_text("B") == "—"  # no client of a year's standing yet
    bar, share = strip.bars["A"], strip.shares["A"]
    assert not bar.isTextVisible()  # never drawn across the fill's edge
    assert share.geometry().left() >= bar.geometry().right()
