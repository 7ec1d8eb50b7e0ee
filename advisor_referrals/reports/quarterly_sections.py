"""The pages of the quarterly report after the cover, each a list of flowables."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from advisor_referrals.domain.metrics import (
    FIELD_BENCHMARK_REFERRING_SHARE,
    SOURCES,
)
from advisor_referrals.reports import charts
from advisor_referrals.reports.figures import (
    FIGURES,
    MISSING,
    SCALAR_FIGURES,
    SEGMENT_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    Change,
    change,
    date_span,
    long_date,
    percent,
    quarter_words,
    show,
)
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.report_data import QuarterReport
from advisor_referrals.reports.report_parts import (
    data_table,
    hex_of,
    long_section,
    section,
    section_parts,
    side_by_side,
    tile,
    tile_grid,
)
from advisor_referrals.reports.report_style import (
    BAD,
    CLOSED,
    CONTENT_WIDTH,
    GOOD,
    SECOND,
    Styles,
    tint,
)

HALF = (CONTENT_WIDTH - 18) / 2
COI_ROWS = 15
TRIGGER_ROWS = 8


def heading(styles: Styles, kicker: str, title: str, intro: str = "") -> list[Flowable]:
    parts: list[Flowable] = [paragraph(kicker.upper(), styles.kicker), paragraph(title, styles.h1)]
    if intro:
        parts.append(paragraph(intro, styles.note))
    parts.append(Spacer(1, 8))
    return parts


def moved(report: QuarterReport, key: str) -> Change:
    before = report.previous
    return change(key, getattr(report.current, key), getattr(before, key) if before else None)


def summary(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    before = report.previous
    this, last = quarter_words(report.quarter), quarter_words(report.quarter.previous())
    intro = f"{date_words(report)}, compared with {last}."
    if not report.is_complete:
        intro += " The quarter is still running: figures are to date."

    def t(key: str, note: str = "") -> list[Flowable]:
        value = show(key, getattr(m, key))
        return tile(styles, value, FIGURES[key].label, note, moved(report, key), last)

    benchmark = f"Field benchmark {percent(FIELD_BENCHMARK_REFERRING_SHARE)}"
    tiles = [
        t("referrals_received", f"plus {m.intended_introductions:,} intended introductions"),
        t("conversion_rate", f"{m.referrals_converted:,} converted in the quarter"),
        t("referring_clients_share", benchmark),
        t("nps", f"{m.nps_responses:,} responses"),
        t(
            "followed_up_within_2_days",
            f"thanked within 2 days: {percent(m.thanked_within_2_days)}",
        ),
        t("reviews_completed", f"{m.reviews_missed:,} missed"),
        t("new_clients", f"{m.new_clients_from_referrals:,} from referrals"),
        t(
            "compensated_missing_disclosure",
            f"of {m.compensated_referrals:,} compensated referrals",
        ),
    ]
    rows = []
    for figure in SCALAR_FIGURES:
        now = getattr(m, figure.key)
        then = getattr(before, figure.key) if before else None
        moved_by = change(figure.key, now, then)
        rows.append(
            [
                figure.label,
                show(figure.key, now),
                show(figure.key, then) if before else MISSING,
                coloured(moved_by),
            ]
        )
    widths = [CONTENT_WIDTH - 3 * 92, 92, 92, 92]
    table = data_table(
        styles,
        ["Figure", this, last, "Change"],
        rows,
        widths,
        numeric=(1, 2, 3),
    )
    return [
        *heading(styles, "Summary", f"{this} at a glance", intro),
        tile_grid(styles, tiles, 4),
        section(styles, "Every figure, beside the quarter before", table),
    ]


def referrals(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    accent = styles.accent
    source_colours = [accent, SECOND, CLOSED]
    sources = [
        (SOURCE_LABELS[key], m.referrals_by_source.get(key, 0), colour)
        for key, colour in zip(SOURCES, source_colours, strict=True)
    ]
    statuses = [(STATUS_LABELS[s], n) for s, n in d.referrals_by_status.items()]
    status_colours = [
        tint(accent, 0.6),
        tint(accent, 0.45),
        tint(accent, 0.3),
        tint(accent, 0.15),
        accent,
        CLOSED,
        CLOSED,
    ][: len(statuses)]
    segments = [(SEGMENT_LABELS.get(k, k), n) for k, n in d.referrals_by_segment.items()]
    segments.sort(key=lambda item: -item[1])
    kinds = [(k.label, k.count) for k in d.referrals_by_trigger_kind[:TRIGGER_ROWS]]
    others = sum(k.count for k in d.referrals_by_trigger_kind[TRIGGER_ROWS:])
    if others:
        kinds.append(("Other triggers", others))
    if d.referrals_without_trigger:
        kinds.append(("No trigger logged", d.referrals_without_trigger))
    received = m.referrals_received
    intro = (
        f"{received:,} referrals received from {m.unique_referrers:,} people; "
        f"{m.referrals_converted:,} converted in the quarter, a median of "
        f"{show('median_days_to_convert', m.median_days_to_convert)} after they came in."
    )
    return [
        *heading(styles, "Referrals", "Who referred, and what became of it", intro),
        section(
            styles,
            "Referrals by month",
            charts.month_bars(d.referrals_by_month, CONTENT_WIDTH, 170, accent),
        ),
        side_by_side(
            section_parts(styles, "By source", charts.source_donut(sources, HALF, 118)),
            section_parts(
                styles,
                "Conversion funnel: where they stand",
                charts.bar_rows(statuses, HALF, accent, colors=status_colours, label_width=78),
            ),
        ),
        side_by_side(
            section_parts(
                styles,
                "By the referrer's segment",
                charts.bar_rows(segments, HALF, accent, label_width=92, total=received),
            ),
            section_parts(
                styles,
                "By the conversation that led to it",
                charts.bar_rows(kinds, HALF, SECOND, label_width=118, total=received),
            ),
        ),
        Spacer(1, 6),
        paragraph(
            "Status is each referral's status on the day the report was made. Intended "
            "introductions (a client says they told someone) are not counted as received.",
            styles.note,
        ),
    ]


def service(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    accent = styles.accent
    labels = d.trigger_kind_labels
    kinds = [(labels.get(key, key), n) for key, n in m.triggers_by_kind.items()]
    tiers = [
        [
            f"Tier {t.tier}" if t.tier else "No tier",
            f"{t.clients:,}",
            f"{t.due:,.0f}",
            f"{t.scheduled:,}",
            f"{t.completed:,}",
            f"{t.missed:,}",
        ]
        for t in d.reviews_by_tier
    ]
    tier_table = data_table(
        styles,
        ["Tier", "Clients", "Due", "Scheduled", "Completed", "Missed"],
        tiers,
        [CONTENT_WIDTH - 5 * 70, 70, 70, 70, 70, 70],
        numeric=(1, 2, 3, 4, 5),
        bold_first=True,
    )
    score = show("nps", m.nps)
    score_block: list[Flowable] = [
        paragraph(score, styles.big_score),
        paragraph(
            f"{m.nps_responses:,} clients answered; each counts once, with their latest "
            "answer of the quarter.",
            styles.note,
        ),
    ]
    triggers_intro = (
        f"{m.triggers_logged:,} logged; {m.triggers_with_referral:,} were followed by a referral."
    )
    return [
        *heading(
            styles,
            "Conversations and service",
            "Triggers, reviews and how clients feel",
        ),
        section(
            styles,
            "Conversation triggers by kind",
            two_columns_of_bars(kinds, accent, m.triggers_logged),
            intro=triggers_intro,
        ),
        section(
            styles,
            "Reviews completed versus due, by tier",
            charts.tier_bars(d.reviews_by_tier, CONTENT_WIDTH, 130, accent),
            Spacer(1, 6),
            tier_table,
            intro=(
                f"{m.reviews_completed:,} reviews completed, {m.reviews_missed:,} missed. "
                f"{percent(m.engaged_review_coverage)} of engaged clients had three or more "
                "reviews in the last 12 months. Due is the tier's yearly cadence for one quarter."
            ),
        ),
        section(
            styles,
            "Net Promoter Score",
            side_by_side(
                score_block,
                charts.nps_bar(
                    d.nps_promoters, d.nps_passives, d.nps_detractors, CONTENT_WIDTH - 170
                ),
                left_width=152,
            ),
        ),
    ]


def coloured(moved_by: Change) -> str:
    if not moved_by.text:
        return "–"
    colour = {1: GOOD, -1: BAD}.get(moved_by.direction)
    return f'<font color="{hex_of(colour)}">{moved_by.text}</font>' if colour else moved_by.text


def two_columns_of_bars(items: list[tuple[str, int]], colour: Color, total: int) -> Flowable:
    """A long list of bars in two columns on one scale, to keep the page short."""
    if len(items) <= 6:
        return charts.bar_rows(items, CONTENT_WIDTH, colour, label_width=190, total=total)
    half = (len(items) + 1) // 2
    top = max(count for _, count in items)
    return side_by_side(
        charts.bar_rows(items[:half], HALF, colour, label_width=118, total=total, top=top),
        charts.bar_rows(items[half:], HALF, colour, label_width=118, total=total, top=top),
    )


def relationships(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    received = m.referrals_received
    top = [
        [f"{rank}", markup(t.name), f"{t.referrals:,}", percent(t.referrals / received)]
        for rank, t in enumerate(m.top_referrers, start=1)
    ]
    top_table = (
        data_table(
            styles,
            ["#", "Referrer", "Referrals", "Share of received"],
            top,
            [28, CONTENT_WIDTH - 28 - 2 * 100, 100, 100],
            numeric=(2, 3),
        )
        if top
        else paragraph("No referrals were received this quarter.", styles.note)
    )
    share = percent(m.referring_clients_share)
    coi_rows = [
        [
            markup(c.name),
            markup(c.profession) or "–",
            f"{c.received:,}",
            f"{c.sent:,}",
            f"{c.received_year:,}",
            f"{c.sent_year:,}",
        ]
        for c in d.coi_reciprocity[:COI_ROWS]
    ]
    coi_table = (
        data_table(
            styles,
            ["Centre of influence", "Profession", "In", "Out", "In, 12 mo", "Out, 12 mo"],
            coi_rows,
            [CONTENT_WIDTH - 100 - 4 * 58, 100, 58, 58, 58, 58],
            numeric=(2, 3, 4, 5),
        )
        if coi_rows
        else paragraph(
            "No referrals to or from centres of influence in the last 12 months.", styles.note
        )
    )
    more = len(d.coi_reciprocity) - COI_ROWS
    after: list[Flowable] = []
    if more > 0:
        after = [
            Spacer(1, 4),
            paragraph(f"…and {more:,} more in the spreadsheet export.", styles.note),
        ]
    return [
        *heading(
            styles,
            "Relationships",
            "Top referrers and centres of influence",
            f"{share} of clients referred someone in the 12 months to "
            f"{long_date(report.current.period.end)} (field benchmark "
            f"{percent(FIELD_BENCHMARK_REFERRING_SHARE)}); {m.unique_referrers:,} people "
            "referred this quarter.",
        ),
        section(styles, "Top referrers this quarter", top_table),
        *long_section(
            styles,
            "Centres of influence: who reciprocates",
            coi_table,
            *after,
            intro="In: referrals they sent you. Out: clients you sent them. A relationship "
            "that only flows one way is worth a conversation.",
        ),
    ]


def date_words(report: QuarterReport) -> str:
    period = report.current.period
    return f"Figures for {date_span(period.start, period.end)}"
