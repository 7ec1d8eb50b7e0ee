"""The Marketing Rule page of the quarterly report, and the page of what each figure counts."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from advisor_referrals.domain.metric_definitions import AS_OF_RULE, explanation, label
from advisor_referrals.domain.metrics import CompensatedReferral
from advisor_referrals.domain.referrals import DE_MINIMIS
from advisor_referrals.reports.figures import SCALAR_FIGURES
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.quarterly_sections import heading
from advisor_referrals.reports.report_parts import (
    data_table,
    long_section,
    tile,
    tile_grid,
)
from advisor_referrals.reports.report_style import CONTENT_WIDTH, Styles
from advisor_referrals.services.quarterly_report import QuarterReport

COMPENSATED_ROWS = 25
MISSING_ROWS = 40


def money(value: Decimal, currency: str) -> str:
    amount = f"{value:,.2f}"
    return f"${amount}" if currency == "USD" else f"{amount} {markup(currency)}"


def compliance(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    missing = [c for c in d.compensated if c.disclosure_delivered_on is None]
    tiles = [
        tile(styles, f"{m.compensated_referrals:,}", "Compensated referrals"),
        tile(
            styles, f"{m.compensated_missing_disclosure:,}", "Without a disclosure by quarter end"
        ),
        tile(
            styles,
            f"{len(m.promoters_over_de_minimis):,}",
            f"Promoters over ${DE_MINIMIS:,.0f} in 12 months, no agreement",
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
                    "Yes" if c.agreement_on_file else "No",
                    c.disclosure_delivered_on.isoformat()
                    if c.disclosure_delivered_on
                    else "Missing",
                ]
            rows.append(row)
        return rows

    missing_widths = [66, 130, 130, 70, CONTENT_WIDTH - 66 - 260 - 70]
    missing_table: Flowable = (
        data_table(
            styles,
            ["Received", "Referrer", "Referred", "Kind", "Value"],
            rows_of(missing[:MISSING_ROWS], False),
            missing_widths,
            numeric=(4,),
        )
        if missing
        else Paragraph(
            "Every compensated referral had its disclosure by quarter end.", styles.all_clear
        )
    )
    missing_parts = [missing_table]
    if len(missing) > MISSING_ROWS:
        missing_parts += [
            Spacer(1, 4),
            Paragraph(
                f"…and {len(missing) - MISSING_ROWS:,} more in the spreadsheet export.",
                styles.note,
            ),
        ]
    promoters: Flowable = (
        data_table(
            styles,
            ["Promoter", "Compensation, 12 months", "Compensated referrals"],
            [[markup(p.name), f"${p.total:,.2f}", f"{p.referrals:,}"] for p in d.promoters],
            [CONTENT_WIDTH - 2 * 130, 130, 130],
            numeric=(1, 2),
        )
        if d.promoters
        else Paragraph("No promoter is over the threshold without an agreement.", styles.all_clear)
    )
    all_rows = rows_of(d.compensated[:COMPENSATED_ROWS], True)
    everything: list[Flowable] = [
        data_table(
            styles,
            ["Received", "Referrer", "Referred", "Kind", "Value", "Agreement", "Disclosure"],
            all_rows,
            [58, 96, 96, 58, CONTENT_WIDTH - 58 - 192 - 58 - 60 - 66, 60, 66],
            numeric=(4,),
        )
        if all_rows
        else Paragraph("No compensated referrals this quarter.", styles.note)
    ]
    if len(d.compensated) > COMPENSATED_ROWS:
        everything += [
            Spacer(1, 4),
            Paragraph(
                f"…and {len(d.compensated) - COMPENSATED_ROWS:,} more in the spreadsheet export.",
                styles.note,
            ),
        ]
    return [
        *heading(
            styles,
            "Compliance",
            "SEC Marketing Rule",
            "A referral rewarded with cash or non-cash compensation is an endorsement under "
            "Rule 206(4)-1: the person referred must receive a disclosure that it was "
            f"compensated and on what terms. Above ${DE_MINIMIS:,.0f} in 12 months, a written "
            "agreement with the promoter is needed.",
        ),
        tile_grid(styles, tiles, 3),
        *long_section(styles, "Compensated referrals without a disclosure", *missing_parts),
        *long_section(
            styles,
            f"Promoters over ${DE_MINIMIS:,.0f} in the last 12 months without an agreement",
            promoters,
        ),
        *long_section(styles, "All compensated referrals this quarter", *everything),
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
    """What every figure counts, from the one source of definitions the app shows too."""
    general = [
        AS_OF_RULE,
        "A quarter runs from its first to its last day, both inclusive; one still running "
        "ends on the day the report was made. Clients are contacts who are clients and "
        "became one by the quarter's end. The 12-month figures cover the 365 days to the "
        "quarter's end.",
    ]
    entries = [
        Paragraph(
            f"<b>{markup(label(key))}</b>: {markup(explanation(key))}",
            styles.bullet,
            bulletText="•",
        )
        for key in DEFINED
    ]
    return [
        PageBreak(),
        *heading(styles, "Definitions", "What each figure counts"),
        *[Paragraph(line, styles.note) for line in general],
        Spacer(1, 8),
        *entries,
    ]
