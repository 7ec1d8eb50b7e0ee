"""The Marketing Rule page of the quarterly report, and the page of what each figure counts."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak, Spacer

from advisor_referrals.domain.metric_definitions import AS_OF_RULE, explanation, label
from advisor_referrals.domain.metrics import CompensatedReferral
from advisor_referrals.domain.referrals import DE_MINIMIS
from advisor_referrals.reports.figures import SCALAR_FIGURES, report_words
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.quarterly_sections import heading
from advisor_referrals.reports.report_parts import (
    data_table,
    long_section,
    tile,
    tile_grid,
)
from advisor_referrals.reports.report_style import BOLD, CONTENT_WIDTH, Styles
from advisor_referrals.services.quarterly_report import QuarterReport

COLUMNS = ("received", "referrer", "referred", "kind", "value", "agreement", "disclosure")
COMPENSATED_ROWS = 25
MISSING_ROWS = 40


def money(value: Decimal, currency: str) -> str:
    amount = f"{value:,.2f}"
    return f"${amount}" if currency == "USD" else f"{amount} {markup(currency)}"


def compliance(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    w = report_words()
    limit = f"${DE_MINIMIS:,.0f}"
    missing = [c for c in d.compensated if c.disclosure_delivered_on is None]
    tiles = [
        tile(styles, w.number(m.compensated_referrals), w.text("report.compliance.compensated")),
        tile(
            styles,
            w.number(m.compensated_missing_disclosure),
            w.text("report.compliance.without_disclosure"),
        ),
        tile(
            styles,
            w.number(len(m.promoters_over_de_minimis)),
            w.text("report.compliance.promoters_over", limit=limit),
        ),
    ]

    def rows_of(items: list[CompensatedReferral], with_status: bool) -> list[list[str]]:
        rows = []
        for c in items:
            row = [
                c.received_on.isoformat(),
                markup(c.referrer),
                markup(c.referred),
                c.kind.replace("_", " "),
                money(c.value, c.currency),
            ]
            if with_status:
                row += [
                    w.text("report.yes") if c.agreement_on_file else w.text("report.no"),
                    c.disclosure_delivered_on.isoformat()
                    if c.disclosure_delivered_on
                    else w.text("report.compliance.missing"),
                ]
            rows.append(row)
        return rows

    missing_widths = [66, 130, 130, 70, CONTENT_WIDTH - 66 - 260 - 70]
    missing_table: Flowable = (
        data_table(
            styles,
            [w.text(f"report.compliance.column.{k}") for k in COLUMNS[:5]],
            rows_of(missing[:MISSING_ROWS], False),
            missing_widths,
            numeric=(4,),
        )
        if missing
        else paragraph(markup(w.text("report.compliance.all_disclosed")), styles.all_clear)
    )
    missing_parts = [missing_table]
    if len(missing) > MISSING_ROWS:
        missing_parts += [
            Spacer(1, 4),
            paragraph(
                markup(w.plural("report.more_rows", len(missing) - MISSING_ROWS)), styles.note
            ),
        ]
    promoters: Flowable = (
        data_table(
            styles,
            [w.text(f"report.compliance.column.{k}") for k in ("promoter", "total", "count")],
            [[markup(p.name), f"${p.total:,.2f}", f"{p.referrals:,}"] for p in d.promoters],
            [CONTENT_WIDTH - 2 * 130, 130, 130],
            numeric=(1, 2),
        )
        if d.promoters
        else paragraph(markup(w.text("report.compliance.no_promoter")), styles.all_clear)
    )
    all_rows = rows_of(d.compensated[:COMPENSATED_ROWS], True)
    everything: list[Flowable] = [
        data_table(
            styles,
            [w.text(f"report.compliance.column.{k}") for k in COLUMNS],
            all_rows,
            [58, 96, 96, 58, CONTENT_WIDTH - 58 - 192 - 58 - 60 - 66, 60, 66],
            numeric=(4,),
        )
        if all_rows
        else paragraph(markup(w.text("report.compliance.none")), styles.note)
    ]
    if len(d.compensated) > COMPENSATED_ROWS:
        everything += [
            Spacer(1, 4),
            paragraph(
                markup(w.plural("report.more_rows", len(d.compensated) - COMPENSATED_ROWS)),
                styles.note,
            ),
        ]
    return [
        *heading(
            styles,
            w.text("report.compliance.kicker"),
            w.text("report.compliance.title"),
            w.text("report.compliance.intro", limit=limit),
        ),
        tile_grid(styles, tiles, 3),
        *long_section(styles, w.text("report.compliance.missing_title"), *missing_parts),
        *long_section(styles, w.text("report.compliance.promoters_title", limit=limit), promoters),
        *long_section(styles, w.text("report.compliance.all_title"), *everything),
    ]


# The figures the definitions page explains, in the order the report shows them.
DEFINED = (
    *(figure.key for figure in SCALAR_FIGURES),
    "referrals_by_source",
    "referrals_by_segment",
    "referrals_by_trigger_kind",
    "top_referrers",
    "triggers_by_kind",
    "promoters_over_de_minimis",
    "funnel_received",
    "funnel_first_contact",
    "funnel_meeting",
    "funnel_converted",
    "status_at_end",
)


def definitions(styles: Styles) -> list[Flowable]:
    """What every figure counts, from the one source of definitions the app shows too;
    the page's own words from the report's catalogue."""
    w = report_words()
    general = [AS_OF_RULE, w.text("report.definitions.period")]
    entries = [
        paragraph(
            f'<font name="{BOLD}">{markup(label(key))}</font>: {markup(explanation(key))}',
            styles.bullet,
            bulletText="•",
        )
        for key in DEFINED
    ]
    return [
        PageBreak(),
        *heading(styles, w.text("report.definitions.kicker"), w.text("report.definitions.title")),
        *[paragraph(markup(line), styles.note) for line in general],
        Spacer(1, 8),
        *entries,
    ]
