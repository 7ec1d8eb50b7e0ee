"""The quarterly report read back: the PDF's text, the workbook's typed cells, the JSON's keys.

Figures come from the hand-built book of tests/support/metrics_book.py (see
tests/services/test_metrics.py for how each is worked out).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert

from advisor_referrals.domain.metrics import METRIC_KEYS
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.exports import metrics_csv, metrics_json
from advisor_referrals.reports.quarterly import quarterly_pdf_bytes
from advisor_referrals.reports.renderers import REPORT_FORMATS
from advisor_referrals.reports.workbook import quarterly_workbook
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.quarterly_report import QuarterlyReportService, QuarterReport
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow
from tests.support.metrics_book import build_hand_book

Q3 = Quarter.parse("2026Q3")
FIRM = "Souza & <Partners> Wealth"


def report_of(book: Book, quarter: Quarter = Q3) -> QuarterReport:
    settings = SettingsService(book)
    settings.save_profile(AdvisorProfile(name="Maria Lopes", firm=FIRM, email="m@x.example"))
    reports = QuarterlyReportService(MetricsService(book), settings, REPORT_FORMATS)
    return reports.gather(quarter, today=date(2026, 11, 2))


@pytest.fixture
def report(book: Book) -> QuarterReport:
    build_hand_book(book)
    return report_of(book)


def pdf_text(data: bytes) -> tuple[list[str], str]:
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return pages, "\n".join(pages)


def test_the_pdf_carries_the_key_numbers_and_page_x_of_y(report: QuarterReport) -> None:
    pages, text = pdf_text(quarterly_pdf_bytes(report))
    flat = re.sub(r"\s+", " ", text)
    # Cover: firm as typed (escaped, not read as markup), advisor, quarter, dates.
    assert FIRM in pages[0] and "Maria Lopes" in pages[0]
    assert "Q3 2026" in pages[0] and "July 1 – September 30, 2026" in flat
    # Summary table rows: figure, this quarter, Q2 2026, change.
    assert "Referrals received 11" in flat
    assert "Conversion rate of referrals received in the quarter 27.3%" in flat  # 3 of 11
    # The other "converted": by conversion date, any quarter's referrals, its period said.
    assert "Referrals converted in the quarter 4" in flat
    assert "Followed up within 2 days 45.5%" in flat  # 5 of 11: r2 was contacted after the end
    assert "Median days to convert 30 days" in flat
    assert "Net Promoter Score +14.3" in flat
    assert "Clients who referred (12 months) 30.0%" in flat
    assert "Compensated, disclosure missing 2" in flat
    # Top referrers in their tie order, and the Marketing Rule findings.
    order = [flat.index(name) for name in ("Ana Souza 3", "Ben Adams 2", "Eve de Vries 2")]
    assert order == sorted(order)
    assert "$1,000.01" in flat and "Gus Ford" in flat
    assert "Hal Grant" in flat  # a centre of influence in the reciprocity table
    assert len(pages) >= 6
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_an_empty_quarter_still_makes_a_complete_pdf(book: Book) -> None:
    pages, text = pdf_text(quarterly_pdf_bytes(report_of(book, Quarter.parse("2019Q1"))))
    assert "Conversion rate of referrals received in the quarter n/a" in re.sub(r"\s+", " ", text)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_the_workbook_has_typed_cells_and_real_dates(report: QuarterReport) -> None:
    book = load_workbook(io.BytesIO(quarterly_workbook(report)))
    assert book.sheetnames[0] == "Summary"
    summary = {row[1].value: row for row in book["Summary"].iter_rows(min_row=2)}
    received = summary["referrals_received"]
    assert received[2].value == 11 and isinstance(received[2].value, int)
    rate = summary["conversion_rate"][2]
    assert rate.value == pytest.approx(3 / 11) and rate.number_format == "0.0%"
    assert summary["nps"][2].value == 14.3
    assert summary["median_days_to_convert"][2].value == 30.0

    paid = list(book["Compensated referrals"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[4], r[7], r[8]) for r in paid] == [
        (datetime(2026, 7, 20), "Ben Adams", 50, datetime(2026, 7, 21), False),
        (datetime(2026, 8, 1), "Eve de Vries", 600, None, True),
        (datetime(2026, 8, 5), "Gus Ford", 1000.01, datetime(2026, 8, 5), False),
        (datetime(2026, 9, 1), "Eve de Vries", 400, None, True),
    ]
    assert book["Compensated referrals"]["A2"].number_format == "yyyy-mm-dd"
    months = list(book["Referrals by month"].iter_rows(min_row=2, values_only=True))
    assert months == [
        (datetime(2026, 7, 1), 5, 0, 2),
        (datetime(2026, 8, 1), 3, 1, 1),
        (datetime(2026, 9, 1), 3, 0, 1),
    ]
    top = list(book["Top referrers"].iter_rows(min_row=2, values_only=True))
    assert top[0] == (1, "Ana Souza", 3)
    promoters = list(book["Promoters over de minimis"].iter_rows(min_row=2, values_only=True))
    assert promoters == [("Gus Ford", 1000.01, 1)]
    header = book["Summary"]["A1"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("1F5C99")


def test_the_json_has_exactly_the_metric_keys(report: QuarterReport) -> None:
    data = json.loads(metrics_json(report.current))
    assert list(data) == list(METRIC_KEYS)
    assert data == report.current.as_dict()
    assert data["conversion_rate"] == 3 / 11 and data["nps"] == 14.3


def test_the_csv_is_metric_value_rows(report: QuarterReport) -> None:
    rows = list(csv.reader(io.StringIO(metrics_csv(report.current).decode("utf-8-sig"))))
    assert rows[0] == ["metric", "value"]
    values = dict(rows[1:])
    assert values["referrals_received"] == "11"
    assert values["referrals_by_source.center_of_influence"] == "2"
    assert values["top_referrers.1.name"] == "Ana Souza"
    assert values["promoters_over_de_minimis.1"] == "Gus Ford"
    assert {key.split(".")[0] for key in values} == set(METRIC_KEYS)


def test_names_that_look_like_formulas_stay_text(book: Book) -> None:
    with book.write() as session:
        referrer = session.execute(
            insert(ContactRow)
            .values(first_name='=HYPERLINK("x")', last_name="", relationship="client")
            .returning(ContactRow.id)
        ).scalar_one()
        referred = session.execute(
            insert(ContactRow).values(first_name="New", last_name="Person").returning(ContactRow.id)
        ).scalar_one()
        session.execute(
            insert(ReferralRow).values(
                referrer_id=referrer,
                referred_id=referred,
                received_on=date(2026, 8, 3),
                comp_kind="gift",
                comp_value_cents=1000,
                comp_currency="USD",
            )
        )
    report = report_of(book)
    values = dict(csv.reader(io.StringIO(metrics_csv(report.current).decode("utf-8-sig"))))
    assert values["top_referrers.1.name"] == '\'=HYPERLINK("x")'
    sheet = load_workbook(io.BytesIO(quarterly_workbook(report)))["Top referrers"]
    assert sheet["B2"].data_type == "s" and sheet["B2"].value == '=HYPERLINK("x")'
    assert Decimal("10.00") == report.current.detail.compensated[0].value


def test_a_running_quarter_is_reported_to_date(book: Book) -> None:
    build_hand_book(book)
    reports = QuarterlyReportService(MetricsService(book), SettingsService(book), REPORT_FORMATS)
    report = reports.gather(Q3, today=date(2026, 8, 1))
    assert not report.is_complete
    # Received by 08-01: r1, r4, r5, r8, r9 (July) and r6. Cara's review booked for 07-01
    # is missed; Ben's, booked for 09-28, is not missed yet.
    assert report.current.referrals_received == 6
    assert report.current.reviews_missed == 1
    _, text = pdf_text(quarterly_pdf_bytes(report))
    assert "figures through August 1, 2026" in text


def test_names_in_any_script_print_as_typed(book: Book) -> None:
    from sqlalchemy import select, update

    from advisor_referrals.storage.models import TriggerKindRow, TriggerRow

    names = [("王", "小明"), ("Smith & <Co>", "Ltd"), ("김", "민수")]
    with book.write() as session:
        session.execute(
            update(TriggerKindRow)
            .where(TriggerKindRow.key == "retirement")
            .values(label="은퇴 계획")
        )
        kind = session.scalar(select(TriggerKindRow.id).where(TriggerKindRow.key == "retirement"))
        referred = session.execute(
            insert(ContactRow).values(first_name="New", last_name="Person").returning(ContactRow.id)
        ).scalar_one()
        for first, last in names:
            referrer = session.execute(
                insert(ContactRow)
                .values(first_name=first, last_name=last, relationship="client")
                .returning(ContactRow.id)
            ).scalar_one()
            trigger = session.execute(
                insert(TriggerRow)
                .values(contact_id=referrer, kind_id=kind, occurred_on=date(2026, 7, 2))
                .returning(TriggerRow.id)
            ).scalar_one()
            session.execute(
                insert(ReferralRow).values(
                    referrer_id=referrer,
                    referred_id=referred,
                    received_on=date(2026, 7, 9),
                    trigger_id=trigger,
                )
            )
    _, text = pdf_text(quarterly_pdf_bytes(report_of(book)))
    for expected in ("王 小明", "Smith & <Co> Ltd", "김 민수", "은퇴 계획"):
        assert expected in text


def test_chart_labels_are_printed_whole(book: Book) -> None:
    """Every trigger kind's label in the triggers chart, the longest included, as typed
    (a label is shortened with an ellipsis only when it could not fit at all)."""
    from tests.support.referrals import client, trigger

    ana = client(book, "Ana", "Souza")
    kinds = (
        "home_purchase", "home_sale", "retirement", "job_change", "relocation",
        "business_sale", "inheritance", "marriage", "new_child", "college",
    )  # fmt: skip
    for n, kind in enumerate(kinds):  # more kinds than one column holds: two columns
        trigger(book, ana, date(2026, 8, 1 + n), kind)
    _pages, text = pdf_text(quarterly_pdf_bytes(report_of(book)))
    flat = re.sub(r"\s+", " ", text)
    assert "Moving to a new city or country" in flat
    assert "…" not in flat
