"""The referral program's pages of the quarterly report: goals and their pace, programs,
events, and what works, with the cost of a new client beside the field's benchmark."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph

from advisor_referrals.domain.benchmarks import (
    ADVISOR_TIME_SHARE_OF_COST,
    COST_TO_WIN_CLIENT,
    REFERRED_CONVERSION_LIFT,
    REFERRED_LIFETIME_VALUE_LIFT,
)
from advisor_referrals.domain.goals import PACE_LABELS, Pace
from advisor_referrals.domain.program import ProgramKind
from advisor_referrals.domain.program_report import ProgramReport
from advisor_referrals.domain.what_works import DIMENSION_ITEM, DIMENSION_LABELS, Outcome
from advisor_referrals.reports.figures import MISSING, percent
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.quarterly_sections import heading
from advisor_referrals.reports.report_parts import (
    data_table,
    hex_of,
    long_section,
    section,
    tile,
    tile_grid,
)
from advisor_referrals.reports.report_style import BAD, CONTENT_WIDTH, GOOD, Styles
from advisor_referrals.services.quarterly_report import QuarterReport

COMPARED_ROWS = 6
PACE_COLOURS = {Pace.AHEAD: GOOD, Pace.MET: GOOD, Pace.BEHIND: BAD, Pace.MISSED: BAD}


def about(share: float) -> str:
    """A benchmark's share as people say it: "30%"."""
    return f"{100 * share:.0f}%"


def dollars(value: Decimal | None) -> str:
    return MISSING if value is None else f"${value:,.0f}"


def program_pages(report: QuarterReport, styles: Styles) -> list[Flowable]:
    program = report.program
    if program is None:
        return []
    book = program.what_works.book
    time_share = book.time_share_of_cost
    tiles = [
        tile(
            styles,
            dollars(book.cost_per_new_client),
            "Cost per new client from referrals",
            f"Field benchmark {dollars(COST_TO_WIN_CLIENT)} for any new client",
        ),
        tile(
            styles,
            f"{book.new_clients:,}",
            "New clients from this quarter's referrals",
            f"of {book.referrals:,} referrals received",
        ),
        tile(
            styles,
            percent(time_share),
            "Of that cost, the advisor's time",
            f"Field benchmark about {about(ADVISOR_TIME_SHARE_OF_COST)}",
        ),
        tile(
            styles,
            dollars(book.cost),
            "Cost of the program",
            f"rewards and events {dollars(book.spent)}; {book.minutes / 60:,.0f} hours at "
            f"{dollars(program.what_works.hourly_value)}",
        ),
    ]
    intro = (
        f"Referred clients convert about {about(REFERRED_CONVERSION_LIFT)} better and are "
        f"worth about {about(REFERRED_LIFETIME_VALUE_LIFT)} more over their lifetime than "
        "others (field research). Cost counts rewards, event costs and the advisor's logged "
        "hours at the hourly value set in Settings."
    )
    flow: list[Flowable] = [
        *heading(styles, "Referral program", "Goals, programs, events and what they cost", intro),
        tile_grid(styles, tiles, 4),
        *goals(program, styles),
        *programs(program, styles),
        *events(program, styles),
    ]
    for dimension in program.compared:
        rows = [o for o in program.what_works.of(dimension) if o.key][:COMPARED_ROWS]
        if rows:
            flow.append(
                section(
                    styles,
                    f"What works: {DIMENSION_LABELS[dimension].lower()}",
                    outcome_table(styles, DIMENSION_ITEM[dimension], rows),
                )
            )
    return flow


def goals(program: ProgramReport, styles: Styles) -> list[Flowable]:
    if not program.goals:
        return [
            section(styles, "Goals", Paragraph("No goals were set for this quarter.", styles.note))
        ]
    rows = []
    for p in program.goals:
        colour = PACE_COLOURS.get(p.pace)
        pace = PACE_LABELS[p.pace]
        rows.append(
            [
                markup(p.goal.label),
                p.goal.period_label,
                f"{p.goal.target:,}",
                f"{p.actual:,}",
                percent(p.share),
                f'<font color="{hex_of(colour)}">{pace}</font>' if colour else pace,
            ]
        )
    table = data_table(
        styles,
        ["Goal", "Period", "Target", "So far", "Of target", "Pace"],
        rows,
        [CONTENT_WIDTH - 5 * 64, 64, 64, 64, 64, 64],
        numeric=(2, 3, 4),
    )
    return long_section(
        styles,
        "Goals",
        table,
        intro="Counted with the figures of this report, up to the quarter's end; pace compares "
        "each with a straight line from nothing to its target over its period.",
    )


def programs(program: ProgramReport, styles: Styles) -> list[Flowable]:
    if not program.programs:
        return []
    rows = []
    for item in program.programs:
        p, o = item.program, item.outcome
        window = "Evergreen"
        if p.kind is ProgramKind.LIMITED_TIME and p.starts_on and p.ends_on:
            window = f"{p.starts_on.isoformat()} to {p.ends_on.isoformat()}"
        reward = markup(p.reward_text or p.reward_kind.value.replace("_", " "))
        rows.append(
            [
                markup(p.name),
                window,
                reward,
                f"{o.referrals:,}",
                percent(o.conversion_rate),
                dollars(o.cost_per_new_client),
            ]
        )
    table = data_table(
        styles,
        ["Program", "Runs", "Referrer receives", "Referrals", "Converted", "Per new client"],
        rows,
        [110, 120, CONTENT_WIDTH - 110 - 120 - 3 * 66, 66, 66, 66],
        numeric=(3, 4, 5),
    )
    return long_section(styles, "Programs", table)


def events(program: ProgramReport, styles: Styles) -> list[Flowable]:
    if not program.events:
        return []
    rows = [
        [
            e.event.held_on.isoformat(),
            markup(e.event.name),
            f"{e.results.invited:,}",
            f"{e.results.guests:,}",
            f"{e.results.converted:,}",
            dollars(e.event.cost),
            dollars(e.results.cost_per_new_client),
        ]
        for e in program.events
    ]
    table = data_table(
        styles,
        ["Held", "Event", "Invited", "Guests", "Clients", "Cost", "Per new client"],
        rows,
        [62, CONTENT_WIDTH - 62 - 5 * 60, 60, 60, 60, 60, 60],
        numeric=(2, 3, 4, 5, 6),
    )
    return long_section(
        styles,
        "Client events",
        table,
        intro="Guests are friends clients brought, each recorded as a referral from the host.",
    )


def outcome_table(styles: Styles, what: str, rows: list[Outcome]) -> Flowable:
    return data_table(
        styles,
        [what, "Referrals", "Converted", "Median days", "New clients", "Per new client"],
        [
            [
                markup(o.label),
                f"{o.referrals:,}",
                percent(o.conversion_rate),
                MISSING if o.median_days is None else f"{o.median_days:,.0f}",
                f"{o.new_clients:,}",
                dollars(o.cost_per_new_client),
            ]
            for o in rows
        ],
        [CONTENT_WIDTH - 5 * 70, 70, 70, 70, 70, 70],
        numeric=(1, 2, 3, 4, 5),
    )
