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
from advisor_referrals.reports.figures import MISSING, percent, report_words
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
from advisor_referrals.reports.words import Words
from advisor_referrals.services.quarterly_report import QuarterReport

COMPARED_ROWS = 6
PACE_COLOURS = {Pace.AHEAD: GOOD, Pace.MET: GOOD, Pace.BEHIND: BAD, Pace.MISSED: BAD}


def about(share: float) -> str:
    """A benchmark's share as people say it: "30%"."""
    return f"{100 * share:.0f}%"


def columns(w: Words, *keys: str) -> list[str]:
    """A table's column headings, from the report's words."""
    return [w.text(f"report.program.column.{key}") for key in keys]


def dollars(value: Decimal | None) -> str:
    return MISSING if value is None else f"${value:,.0f}"


def program_pages(report: QuarterReport, styles: Styles) -> list[Flowable]:
    program = report.program
    if program is None:
        return []
    w = report_words()
    book = program.what_works.book
    time_share = book.time_share_of_cost
    tiles = [
        tile(
            styles,
            dollars(book.cost_per_new_client),
            w.text("report.program.cost_per_client"),
            w.text("report.program.cost_benchmark", cost=dollars(COST_TO_WIN_CLIENT)),
        ),
        tile(
            styles,
            w.number(book.new_clients),
            w.text("report.program.new_clients"),
            w.text("report.program.of_referrals", referrals=w.number(book.referrals)),
        ),
        tile(
            styles,
            percent(time_share),
            w.text("report.program.time_share"),
            w.text("report.program.time_benchmark", share=about(ADVISOR_TIME_SHARE_OF_COST)),
        ),
        tile(
            styles,
            dollars(book.cost),
            w.text("report.program.cost"),
            w.text(
                "report.program.cost_detail",
                spent=dollars(book.spent),
                hours=w.number(book.minutes / 60),
                hourly=dollars(program.what_works.hourly_value),
            ),
        ),
    ]
    intro = w.text(
        "report.program.intro",
        conversion=about(REFERRED_CONVERSION_LIFT),
        lifetime=about(REFERRED_LIFETIME_VALUE_LIFT),
    )
    flow: list[Flowable] = [
        *heading(styles, w.text("report.program.kicker"), w.text("report.program.title"), intro),
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
                    w.text(
                        "report.program.what_works", dimension=DIMENSION_LABELS[dimension].lower()
                    ),
                    outcome_table(styles, DIMENSION_ITEM[dimension], rows),
                )
            )
    return flow


def goals(program: ProgramReport, styles: Styles) -> list[Flowable]:
    w = report_words()
    title = w.text("report.program.goals")
    if not program.goals:
        return [section(styles, title, Paragraph(w.text("report.program.no_goals"), styles.note))]
    rows = []
    for p in program.goals:
        colour = PACE_COLOURS.get(p.pace)
        pace = PACE_LABELS[p.pace]
        rows.append(
            [
                markup(p.goal.label),
                p.goal.period_label,
                w.number(p.goal.target),
                w.number(p.actual),
                percent(p.share),
                f'<font color="{hex_of(colour)}">{pace}</font>' if colour else pace,
            ]
        )
    table = data_table(
        styles,
        columns(w, "goal", "period", "target", "so_far", "of_target", "pace"),
        rows,
        [CONTENT_WIDTH - 5 * 64, 64, 64, 64, 64, 64],
        numeric=(2, 3, 4),
    )
    return long_section(
        styles,
        title,
        table,
        intro=w.text("report.program.goals_intro"),
    )


def programs(program: ProgramReport, styles: Styles) -> list[Flowable]:
    if not program.programs:
        return []
    w = report_words()
    rows = []
    for item in program.programs:
        p, o = item.program, item.outcome
        window = w.text("report.program.evergreen")
        if p.kind is ProgramKind.LIMITED_TIME and p.starts_on and p.ends_on:
            window = w.text(
                "report.program.runs_between",
                start=p.starts_on.isoformat(),
                end=p.ends_on.isoformat(),
            )
        reward = markup(p.reward_text or p.reward_kind.value.replace("_", " "))
        rows.append(
            [
                markup(p.name),
                window,
                reward,
                w.number(o.referrals),
                percent(o.conversion_rate),
                dollars(o.cost_per_new_client),
            ]
        )
    table = data_table(
        styles,
        columns(w, "program", "runs", "reward", "referrals", "converted", "per_client"),
        rows,
        [110, 120, CONTENT_WIDTH - 110 - 120 - 3 * 66, 66, 66, 66],
        numeric=(3, 4, 5),
    )
    return long_section(styles, w.text("report.program.programs"), table)


def events(program: ProgramReport, styles: Styles) -> list[Flowable]:
    if not program.events:
        return []
    w = report_words()
    rows = [
        [
            e.event.held_on.isoformat(),
            markup(e.event.name),
            w.number(e.results.invited),
            w.number(e.results.guests),
            w.number(e.results.converted),
            dollars(e.event.cost),
            dollars(e.results.cost_per_new_client),
        ]
        for e in program.events
    ]
    table = data_table(
        styles,
        columns(w, "held", "event", "invited", "guests", "clients", "cost", "per_client"),
        rows,
        [62, CONTENT_WIDTH - 62 - 5 * 60, 60, 60, 60, 60, 60],
        numeric=(2, 3, 4, 5, 6),
    )
    return long_section(
        styles,
        w.text("report.program.events"),
        table,
        intro=w.text("report.program.events_intro"),
    )


def outcome_table(styles: Styles, what: str, rows: list[Outcome]) -> Flowable:
    w = report_words()
    return data_table(
        styles,
        [what, *columns(w, "referrals", "converted", "median_days", "new_clients", "per_client")],
        [
            [
                markup(o.label),
                w.number(o.referrals),
                percent(o.conversion_rate),
                MISSING if o.median_days is None else w.number(o.median_days),
                w.number(o.new_clients),
                dollars(o.cost_per_new_client),
            ]
            for o in rows
        ],
        [CONTENT_WIDTH - 5 * 70, 70, 70, 70, 70, 70],
        numeric=(1, 2, 3, 4, 5),
    )
