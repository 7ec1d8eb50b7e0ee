"""The quarter as an .xlsx workbook: one sheet per table, typed cells, real dates.

Numbers stay numbers (rates as fractions formatted as percentages, money as decimals),
dates are dates, yes/no are booleans. Text is always stored as text, so a name typed
as "=SUM(...)" never becomes a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from advisor_referrals.domain.cells import looks_like_formula
from advisor_referrals.domain.metric_definitions import AS_OF_RULE, explanation, label
from advisor_referrals.domain.metrics import SOURCES, Metrics
from advisor_referrals.reports.figures import (
    ASK_METHOD_LABELS,
    ASK_OUTCOME_LABELS,
    SCALAR_FIGURES,
    SEGMENT_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    Kind,
    quarter_words,
    report_words,
)
from advisor_referrals.reports.report_style import accent_hex
from advisor_referrals.services.quarterly_report import QuarterReport

FORMATS = {
    "text": "@",
    "int": "#,##0",
    "pct": "0.0%",
    "pct_change": "+0.0%;-0.0%;0.0%",
    "num1": "0.0",
    "num1_change": "+0.0;-0.0;0.0",
    "int_change": "+#,##0;-#,##0;0",
    "money": "#,##0.00",
    "date": "yyyy-mm-dd",
    "month": "mmm yyyy",
    "bool": "General",
}
KIND_FORMAT = {Kind.COUNT: "int", Kind.FRACTION: "pct", Kind.SCORE: "num1", Kind.DAYS: "num1"}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"


def put(sheet: Worksheet, row: int, column: int, value: Any, kind: str) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        # A control character (in a book written before they were refused) cannot be
        # stored in a workbook: it is shown as a replacement mark, not a failed report.
        cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if looks_like_formula(value):
            cell.quotePrefix = True  # and still text when someone edits the cell
    else:
        cell.value = value
    if value is not None and kind != "text":
        cell.number_format = FORMATS[kind]


def add_sheet(
    book: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    fill: PatternFill,
) -> Worksheet:
    sheet = book.create_sheet(title)
    header_font = Font(bold=True, color="FFFFFF")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.title)
        cell.font = header_font
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, row in enumerate(rows, start=2):
        for c, (value, column) in enumerate(zip(row, columns, strict=True), start=1):
            put(sheet, r, c, value, column.kind)
    for index, column in enumerate(columns, start=1):
        longest = max(
            [len(column.title)] + [len(shown(row[index - 1], column.kind)) for row in rows]
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 3, 10), 48)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    return sheet


def shown(value: Any, kind: str) -> str:
    """Roughly how wide the value will print, for the column width."""
    if value is None:
        return ""
    if isinstance(value, date):
        return "Sep 2026" if kind == "month" else "2026-09-30"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def change_of(now: Any, before: Any) -> Any:
    return None if now is None or before is None else now - before


def summary_rows(report: QuarterReport) -> list[list[Any]]:
    rows = []
    for figure in SCALAR_FIGURES:
        now = getattr(report.current, figure.key)
        before = getattr(report.previous, figure.key) if report.previous else None
        rows.append(
            [figure.label, figure.key, now, before, change_of(now, before), figure.explanation]
        )
    return rows


def quarterly_workbook(report: QuarterReport) -> bytes:
    m: Metrics = report.current
    d = m.detail
    colour = accent_hex(report.profile.accent_color).lstrip("#").upper()
    fill = PatternFill("solid", start_color=colour, end_color=colour)
    book = Workbook()
    book.remove(book.active)
    this, last = quarter_words(report.quarter), quarter_words(report.quarter.previous())
    say = report_words().text

    summary = add_sheet(
        book,
        say("report.book.summary"),
        [
            Column(say("report.book.figure")),
            Column(say("report.book.key")),
            Column(this),
            Column(last),
            Column(say("report.book.change_points_for_rates")),
            Column(say("report.book.what_it_counts")),
        ],
        summary_rows(report),
        fill,
    )
    # Each row has its own kind of number: format the value cells row by row.
    for offset, figure in enumerate(SCALAR_FIGURES, start=2):
        kind = KIND_FORMAT[figure.kind]
        for column, fmt in ((3, kind), (4, kind), (5, f"{kind}_change")):
            summary.cell(row=offset, column=column).number_format = FORMATS[fmt]

    received = m.referrals_received
    share = (lambda n: n / received) if received else (lambda n: None)
    add_sheet(
        book,
        say("report.book.referrals_by_month"),
        [Column(say("report.book.month"), "month"), Column(say("report.book.received"), "int"), Column(say("report.book.intended"), "int"),
         Column(say("report.book.converted"), "int")],
        [[x.month, x.received, x.intended, x.converted] for x in d.referrals_by_month],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.referrals_by_source"),
        [Column(say("report.book.source")), Column(say("report.book.key")), Column(say("report.book.referrals"), "int"), Column(say("report.book.share"), "pct")],
        [
            [SOURCE_LABELS[k], k, m.referrals_by_source.get(k, 0),
             share(m.referrals_by_source.get(k, 0))]
            for k in SOURCES
        ],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.funnel"),
        [
            Column(say("report.book.stage_reached")),
            Column(say("report.book.key")),
            Column(say("report.book.referrals"), "int"),
            Column(say("report.book.share_of_received"), "pct"),
            Column(say("report.book.what_it_counts")),
        ],
        [
            [label(f"funnel_{k}"), k, n, share(n), explanation(f"funnel_{k}")]
            for k, n in d.funnel.items()
        ],
        fill,
    )
    add_sheet(
        book,
        say("report.book.referrals_by_status"),
        [
            Column(say("report.book.status_at_end")),
            Column(say("report.book.key")),
            Column(say("report.book.referrals"), "int"),
        ],
        [[STATUS_LABELS.get(k, k), k, n] for k, n in d.referrals_by_status.items()],
        fill,
    )
    add_sheet(
        book,
        say("report.book.referrals_by_segment"),
        [Column(say("report.book.referrer_s_segment")), Column(say("report.book.key")), Column(say("report.book.referrals"), "int"),
         Column(say("report.book.share"), "pct")],
        [[SEGMENT_LABELS.get(k, k), k, n, share(n)] for k, n in d.referrals_by_segment.items()],
        fill,
    )  # fmt: skip
    by_trigger: list[list[Any]] = [
        [k.label, k.key, k.count, share(k.count)] for k in d.referrals_by_trigger_kind
    ]
    by_trigger.append(
        [
            say("report.book.no_trigger_logged"),
            None,
            d.referrals_without_trigger,
            share(d.referrals_without_trigger),
        ]
    )
    add_sheet(
        book,
        say("report.book.referrals_by_trigger"),
        [Column(say("report.book.conversation_trigger")), Column(say("report.book.key")), Column(say("report.book.referrals"), "int"),
         Column(say("report.book.share"), "pct")],
        by_trigger,
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.top_referrers"),
        [
            Column(say("report.book.rank"), "int"),
            Column(say("report.book.name")),
            Column(say("report.book.referrals"), "int"),
        ],
        [[i, t.name, t.referrals] for i, t in enumerate(m.top_referrers, start=1)],
        fill,
    )
    add_sheet(
        book,
        say("report.book.triggers_by_kind"),
        [
            Column(say("report.book.trigger_kind")),
            Column(say("report.book.key")),
            Column(say("report.book.logged"), "int"),
        ],
        [[d.trigger_kind_labels.get(k, k), k, n] for k, n in m.triggers_by_kind.items()],
        fill,
    )
    asked = m.asks
    add_sheet(
        book,
        say("report.book.asks"),
        [Column(say("report.book.how_asked")), Column(say("report.book.key")),
         Column(say("report.book.asks"), "int"), Column(say("report.book.share"), "pct")],
        [[ASK_METHOD_LABELS[k], k, n, n / asked if asked else None]
         for k, n in d.asks_by_method.items()]
        + [[ASK_OUTCOME_LABELS[k], k, n, n / asked if asked else None]
           for k, n in d.asks_by_outcome.items()],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.reviews_by_tier"),
        [Column(say("report.book.tier")), Column(say("report.book.clients"), "int"), Column(say("report.book.due_by_cadence"), "num1"),
         Column(say("report.book.scheduled"), "int"), Column(say("report.book.completed"), "int"), Column(say("report.book.missed"), "int")],
        [[t.tier or say("report.book.no_tier"), t.clients, t.due, t.scheduled, t.completed, t.missed]
         for t in d.reviews_by_tier],
        fill,
    )  # fmt: skip
    answers = d.nps_promoters + d.nps_passives + d.nps_detractors
    add_sheet(
        book,
        say("report.book.nps"),
        [
            Column(say("report.book.answer")),
            Column(say("report.book.contacts"), "int"),
            Column(say("report.book.share"), "pct"),
        ],
        [
            [label, n, n / answers if answers else None]
            for label, n in (
                (say("report.book.promoters_9_10"), d.nps_promoters),
                (say("report.book.passives_7_8"), d.nps_passives),
                (say("report.book.detractors_0_6"), d.nps_detractors),
            )
        ],
        fill,
    )
    add_sheet(
        book,
        say("report.book.coi_reciprocity"),
        [Column(say("report.book.centre_of_influence")), Column(say("report.book.profession")), Column(say("report.book.referrals_in"), "int"),
         Column(say("report.book.clients_sent"), "int"), Column(say("report.book.referrals_in_12_months"), "int"),
         Column(say("report.book.clients_sent_12_months"), "int")],
        [[c.name, c.profession, c.received, c.sent, c.received_year, c.sent_year]
         for c in d.coi_reciprocity],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.compensated_referrals"),
        [Column(say("report.book.received_on"), "date"), Column(say("report.book.referrer")), Column(say("report.book.referred")), Column(say("report.book.kind")),
         Column(say("report.book.value"), "money"), Column(say("report.book.currency")), Column(say("report.book.agreement_on_file"), "bool"),
         Column(say("report.book.disclosure_delivered_on"), "date"), Column(say("report.book.disclosure_missing"), "bool")],
        [[c.received_on, c.referrer, c.referred, c.kind, c.value, c.currency,
          c.agreement_on_file, c.disclosure_delivered_on, c.disclosure_delivered_on is None]
         for c in d.compensated],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.promoters_over_de_minimis"),
        [Column(say("report.book.promoter")), Column(say("report.book.compensation_12_months"), "money"),
         Column(say("report.book.compensated_referrals"), "int")],
        [[p.name, p.total, p.referrals] for p in d.promoters],
        fill,
    )  # fmt: skip
    add_sheet(
        book,
        say("report.book.about"),
        [Column(say("report.book.item")), Column(say("report.book.value"))],
        [
            [say("report.book.advisor"), report.profile.name],
            [say("report.book.firm"), report.profile.firm],
            [say("report.book.quarter"), str(report.quarter)],
            [say("report.book.first_day"), report.quarter.start],
            [say("report.book.last_day"), report.quarter.end],
            [say("report.book.generated_on"), report.generated_on],
            [say("report.book.quarter_complete"), report.is_complete],
            [say("report.book.covers"), report.covers or say("report.book.whole_book")],
            [say("report.book.how_counted"), AS_OF_RULE],
        ],
        fill,
    )
    about = book[say("report.book.about")]
    for row in (5, 6, 7):
        about.cell(row=row, column=2).number_format = FORMATS["date"]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
