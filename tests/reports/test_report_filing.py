"""The quarterly report fit for filing: fonts embedded, a sound file, its language and
metadata declared, and names in any script kept in the PDF and the workbook."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from advisor_referrals import __version__
from advisor_referrals.cli import main
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.quarterly import quarterly_pdf_bytes
from advisor_referrals.reports.renderers import REPORT_FORMATS
from advisor_referrals.reports.workbook import quarterly_workbook
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow
from tests.support.metrics_book import build_hand_book
from tests.support.poppler import pdftotext, qpdf_check, unembedded


def test_the_quarterly_report_embeds_every_font_and_keeps_every_script(
    sqlite_book: Book, tmp_path: Path
) -> None:
    build_hand_book(sqlite_book)
    with sqlite_book.write() as session:  # the top referrer, Ana Souza, is named in Arabic
        session.execute(
            update(ContactRow)
            .where(ContactRow.first_name == "Ana", ContactRow.last_name == "Souza")
            .values(first_name="محمد", last_name="عبدالله")
        )
    settings = SettingsService(sqlite_book)
    settings.save_profile(AdvisorProfile(name="प्रिया शर्मा", firm="Lopes & Partners"))
    reports = QuarterlyReportService(MetricsService(sqlite_book), settings, REPORT_FORMATS)
    report = reports.gather(Quarter.parse("2026Q3"), today=date(2026, 11, 2))
    path = tmp_path / "q3.pdf"
    path.write_bytes(quarterly_pdf_bytes(report))
    checked = qpdf_check(path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert unembedded(path) == []
    text = pdftotext(path)
    assert "محمد" in text and "عبدالله" in text and "प्रिया शर्मा" in text
    assert "Sep 2026" in text  # the chart's months in the report's language
    info = PdfReader(path)
    assert info.trailer["/Root"]["/Lang"] == "en"
    assert info.metadata.creator == f"Advisor Referrals {__version__}"
    assert info.metadata.title == "Quarterly referral report, Q3 2026"
    assert info.metadata.author == "प्रिया शर्मा"
    workbook = load_workbook(io.BytesIO(quarterly_workbook(report)))
    names = [row[1] for row in workbook["Top referrers"].iter_rows(values_only=True)]
    assert "محمد عبدالله" in names


def test_a_name_no_font_can_print_is_named_before_the_report_is_written(
    sqlite_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_hand_book(sqlite_book)
    with sqlite_book.write() as session:
        session.execute(
            update(ContactRow)
            .where(ContactRow.first_name == "Ana", ContactRow.last_name == "Souza")
            .values(first_name="Ana", last_name="ሰላም")  # Ethiopic: no bundled font has it
        )
    out = tmp_path / "q3.pdf"
    code = main(["--db", sqlite_book.location, "report", "--quarter", "2026Q3", "--out", str(out)])
    assert code == 0 and out.exists()
    err = capsys.readouterr().err
    assert "warning: Ana ሰላም, name: no bundled font has ሰ (U+1230)" in err
