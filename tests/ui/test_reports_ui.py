"""The Reports page, the Today KPI tiles and the referral analytics, driven as a user would."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.metrics import METRIC_KEYS
from advisor_referrals.reports.renderers import RENDERERS, REPORT_FORMATS
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.pages.reports_page import ReportsPage
from advisor_referrals.ui.referrals_analytics import ReferralAnalytics
from advisor_referrals.ui.today_kpis import QuarterKpiSection
from tests.support.metrics_book import build_hand_book

TODAY = date(2026, 11, 2)  # Q4 is running, so the last complete quarter is 2026Q3
WAIT_MS = 60_000


@pytest.fixture
def hand_book(book: Book) -> Book:
    build_hand_book(book)
    return book


@pytest.fixture
def page(qtbot: QtBot, hand_book: Book) -> ReportsPage:
    reports = QuarterlyReportService(
        MetricsService(hand_book), SettingsService(hand_book), REPORT_FORMATS
    )
    page = ReportsPage(reports, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    return page


def wait_for_preview(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=WAIT_MS)


def test_export_data_leaves_room_for_its_menu_arrow(page: ReportsPage) -> None:
    button = page.export_button
    menu = button.menu()
    assert menu is not None and len(menu.actions()) == 3
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    assert button.sizeHint().width() >= text + arrow


def test_the_page_previews_the_last_complete_quarter(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    assert page.quarter.currentText() == "Q3 2026"
    assert page.quarter.itemText(0) == "Q4 2026 (to date)"
    assert not page.save_button.isEnabled()
    page.refresh()
    wait_for_preview(qtbot, page)
    pages = page.document.pageCount()
    assert pages >= 6
    assert page.status.text() == f"Q3 2026 report: {pages} pages."
    assert page.save_button.isEnabled() and page.print_button.isEnabled()

    saved = tmp_path / "report.pdf"
    page.save_pdf_to(saved)
    text = PdfReader(saved).pages[1].extract_text()
    assert "Q3 2026 at a glance" in text

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert page.print_to(printer) == pages
    assert len(PdfReader(printed).pages) == pages


def test_picking_another_quarter_makes_its_preview(qtbot: QtBot, page: ReportsPage) -> None:
    page.refresh()
    wait_for_preview(qtbot, page)
    page.quarter.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.status.text().startswith("Q2 2026 report"), timeout=WAIT_MS)
    assert page.pdf_bytes is not None and b"%PDF" in page.pdf_bytes[:8]


def test_exporting_data_writes_the_metric_json(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    out = tmp_path / "q3.json"
    task = page.export_to(out)
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    data = json.loads(out.read_text())
    assert list(data) == list(METRIC_KEYS) and data["referrals_received"] == 11
    assert page.status.text() == f"Saved {out}"


def test_today_tiles_show_the_quarter_so_far(qtbot: QtBot, hand_book: Book) -> None:
    section = QuarterKpiSection(MetricsService(hand_book), today=lambda: date(2026, 8, 1))
    qtbot.addWidget(section)
    section.refresh()
    qtbot.waitUntil(lambda: section.task is not None and section.task.done, timeout=WAIT_MS)
    # By 2026-08-01: six referrals received, one converted by then (r9).
    assert section.received.value.text() == "6"
    assert section.conversion.value.text() == "16.7%"
    assert "29.0%" in section.referring.note.text()
    assert "Q3 2026" in section.heading.text()


def test_analytics_show_the_referral_breakdowns(qtbot: QtBot, hand_book: Book) -> None:
    widget = ReferralAnalytics(MetricsService(hand_book), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.period.setCurrentIndex(1)  # Q3 2026, complete
    qtbot.waitUntil(lambda: widget.shown is not None, timeout=WAIT_MS)
    assert widget.period.currentText() == "Q3 2026"
    assert widget.received.value.text() == "11"
    assert widget.conversion.value.text() == "27.3%"
    # Each "converted" figure says its period and its referrals: 3 of the 11 received,
    # and 4 converted in Q3 whenever received (r13 came in the day before).
    assert widget.conversion.caption.text() == "Conversion rate of referrals received in Q3 2026"
    assert widget.conversion.note.text() == "Clients by the period's end: 3 of the 11 received"
    assert widget.converted.caption.text() == "Referrals converted in Q3 2026"
    assert widget.converted.value.text() == "4"
    widget.period.setCurrentIndex(2)
    qtbot.waitUntil(lambda: widget.converted.caption.text().endswith("12 months"), timeout=WAIT_MS)
    assert widget.converted.caption.text() == "Referrals converted in the last 12 months"
    widget.period.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: widget.shown is not None and widget.status.text() == "", timeout=WAIT_MS
    )
    assert widget.days.value.text() == "30 days"
    assert widget.referring.value.text() == "30.0%"
    assert widget.sources.items == [
        ("Clients and former clients", 8),
        ("Centers of influence", 2),
        ("Others (prospects)", 1),
    ]
    assert widget.segments.items[0] == ("Engaged", 7)
    assert widget.kinds.items[-1] == ("No trigger logged", 9)
    assert widget.top.items[0] == ("Ana Souza", 3)


def test_the_main_window_offers_the_reports_page(qtbot: QtBot, sqlite_book: Book) -> None:
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.ui.main_window import MainWindow
    from advisor_referrals.ui.options import Settings

    window = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), Settings())
    qtbot.addWidget(window)
    page = window.page("reports")
    assert isinstance(page, ReportsPage) and page.title() == "Reports"
    window.show_page("reports")
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
    assert page.document.pageCount() >= 6  # an empty book still makes the whole report


def test_the_preview_pages_and_zooms_like_a_document_viewer(
    qtbot: QtBot, page: ReportsPage
) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    page.show()
    page.refresh()
    wait_for_preview(qtbot, page)
    viewer = page.viewer
    count = page.document.pageCount()
    qtbot.waitUntil(lambda: viewer.of_pages.text() == f"of {count}")
    assert viewer.current_page() == 0 and not viewer.previous_button.isEnabled()
    assert viewer.fit_width_button.isChecked()  # opens fitted to the width
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    assert viewer.page.value() == 2 and viewer.previous_button.isEnabled()
    viewer.page.setValue(count)  # typing a page number goes there
    qtbot.waitUntil(lambda: viewer.current_page() == count - 1)
    assert not viewer.next_button.isEnabled()

    fitted = viewer.zoom_factor()
    viewer.zoom_in_button.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.zoom_factor() > fitted and not viewer.fit_width_button.isChecked()
    assert viewer.zoom_label.text() == f"{round(viewer.zoom_factor() * 100)}%"
    viewer.zoom_out_button.click()
    viewer.zoom_out_button.click()
    assert viewer.zoom_factor() < fitted
    viewer.fit_page_button.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitInView
    whole = viewer.zoom_factor()
    viewer.fit_width_button.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.zoom_factor() > whole  # a page is taller than wide: the width zooms in
