"""The Marketing Rule page of the quarterly report, and how the figures are counted."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from advisor_referrals.domain.metrics import CompensatedReferral
from advisor_referrals.domain.referrals import DE_MINIMIS
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.quarterly_sections import heading
from advisor_referrals.reports.report_data import QuarterReport
from advisor_referrals.reports.report_parts import (
    data_table,
    long_section,
    section,
    tile,
    tile_grid,
)
from advisor_referrals.reports.report_style import CONTENT_WIDTH, Styles

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
        else paragraph(
            "Every compensated referral had its disclosure by quarter end.", styles.all_clear
        )
    )
    missing_parts = [missing_table]
    if len(missing) > MISSING_ROWS:
        missing_parts += [
            Spacer(1, 4),
            paragraph(
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
        else paragraph("No promoter is over the threshold without an agreement.", styles.all_clear)
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
        else paragraph("No compensated referrals this quarter.", styles.note)
    ]
    if len(d.compensated) > COMPENSATED_ROWS:
        everything += [
            Spacer(1, 4),
            paragraph(
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


def definitions(styles: Styles) -> list[Flowable]:
    lines = [
        "A referral counts as received when its status is not “intended”; dates are inclusive "
        "and anything dated after the quarter's end counts as not yet happened.",
        "Conversion rate: referrals received in the quarter and converted by its end. "
        "Follow-up and thanks: within two days of the day the referral came in, and by the "
        "quarter's end. A review moved to another date is not counted as missed.",
        "Clients: contacts whose relationship is client and who became a client by the "
        "quarter's end. The 12-month figures cover the 365 days to the quarter's end.",
        "NPS: each contact's latest answer in the quarter; 100 × (share of 9–10 minus share "
        "of 0–6). “n/a” means there was nothing to divide by.",
    ]
    return [
        section(
            styles,
            "How the figures are counted",
            *[paragraph(line, styles.bullet, bulletText="•") for line in lines],
        )
    ]
