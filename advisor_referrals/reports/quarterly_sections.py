"""The pages of the quarterly report after the cover, each a list of flowables."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from advisor_referrals.domain.metric_definitions import AS_OF_RULE, label
from advisor_referrals.domain.metrics import (
    FIELD_BENCHMARK_REFERRING_SHARE,
    SOURCES,
)
from advisor_referrals.reports import charts
from advisor_referrals.reports.figures import (
    ASK_METHOD_LABELS,
    ASK_OUTCOME_LABELS,
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
    report_words,
    show,
)
from advisor_referrals.reports.fonts import markup
from advisor_referrals.reports.paragraphs import paragraph
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
from advisor_referrals.services.quarterly_report import QuarterReport

HALF = (CONTENT_WIDTH - 18) / 2
COI_ROWS = 15
TRIGGER_ROWS = 8


def heading(styles: Styles, kicker: str, title: str, intro: str = "") -> list[Flowable]:
    # Catalogue words and user text alike go through markup(): escaped, fonts per script.
    parts: list[Flowable] = [
        paragraph(markup(kicker.upper()), styles.kicker),
        paragraph(markup(title), styles.h1),
    ]
    if intro:
        parts.append(paragraph(markup(intro), styles.note))
    parts.append(Spacer(1, 8))
    return parts


def moved(report: QuarterReport, key: str) -> Change:
    before = report.previous
    return change(key, getattr(report.current, key), getattr(before, key) if before else None)


def summary(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    before = report.previous
    w = report_words()
    this, last = quarter_words(report.quarter), quarter_words(report.quarter.previous())
    intro = w.text("report.summary.intro", dates=date_words(report), last=last)
    if not report.is_complete:
        intro += " " + w.text("report.summary.running")

    def t(key: str, note: str = "") -> list[Flowable]:
        value = show(key, getattr(m, key))
        return tile(styles, value, FIGURES[key].label, note, moved(report, key), last)

    benchmark = w.text("report.benchmark", share=percent(FIELD_BENCHMARK_REFERRING_SHARE))
    n = w.number
    d = m.detail
    tiles = [
        t("referrals_received", w.text("report.tile.intended", n=n(m.intended_introductions))),
        t(
            "conversion_rate",
            w.text(
                "report.tile.converted_by_end",
                converted=n(d.converted_by_end),
                received=n(m.referrals_received),
                quarter=this,
            ),
        ),
        t(
            "referrals_converted",
            w.text(
                "report.tile.converted_any_quarter",
                median=show("median_days_to_convert", m.median_days_to_convert),
            ),
        ),
        t("referring_clients_share", benchmark),
        t(
            "followed_up_within_2_days",
            w.text("report.tile.thanked", share=percent(m.thanked_within_2_days)),
        ),
        t("asks", w.text("report.tile.asks", share=percent(m.asks_led_to_introduction))),
        t("nps", w.text("report.tile.responses", n=n(m.nps_responses))),
        t("reviews_completed", w.text("report.tile.missed", n=n(m.reviews_missed))),
        t("new_clients", w.text("report.tile.from_referrals", n=n(m.new_clients_from_referrals))),
        t(
            "compensated_missing_disclosure",
            w.text("report.tile.of_compensated", n=n(m.compensated_referrals)),
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
        [w.text("report.column.figure"), this, last, w.text("report.column.change")],
        rows,
        widths,
        numeric=(1, 2, 3),
    )
    return [
        *heading(
            styles,
            w.text("report.summary.kicker"),
            w.text("report.summary.title", quarter=this),
            intro,
        ),
        tile_grid(styles, tiles, 5, gap=7),
        section(
            styles,
            w.text("report.summary.table"),
            table,
            Spacer(1, 4),
            paragraph(
                markup(f"{AS_OF_RULE} {w.text('report.summary.definitions_note')}"), styles.note
            ),
        ),
    ]


def referrals(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    w = report_words()
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
    received = m.referrals_received
    funnel = [(label(f"funnel_{key}"), n) for key, n in d.funnel.items()]
    segments = [(SEGMENT_LABELS.get(k, k), n) for k, n in d.referrals_by_segment.items()]
    segments.sort(key=lambda item: -item[1])
    kinds = [(k.label, k.count) for k in d.referrals_by_trigger_kind[:TRIGGER_ROWS]]
    others = sum(k.count for k in d.referrals_by_trigger_kind[TRIGGER_ROWS:])
    if others:
        kinds.append((w.text("report.referrals.other_triggers"), others))
    if d.referrals_without_trigger:
        kinds.append((w.text("report.referrals.no_trigger"), d.referrals_without_trigger))
    end = long_date(m.period.end)
    this = quarter_words(report.quarter)
    intro = w.text(
        "report.referrals.intro",
        received=w.number(received),
        people=w.number(m.unique_referrers),
        converted_by_end=w.number(d.converted_by_end),
        rate=percent(m.conversion_rate),
        converted=w.number(m.referrals_converted),
        quarter=this,
        median=show("median_days_to_convert", m.median_days_to_convert),
        end=end,
    )
    return [
        *heading(
            styles, w.text("report.referrals.kicker"), w.text("report.referrals.title"), intro
        ),
        section(
            styles,
            w.text("report.referrals.by_month"),
            charts.month_bars(d.referrals_by_month, CONTENT_WIDTH, 140, accent),
        ),
        side_by_side(
            section_parts(
                styles,
                w.text("report.referrals.funnel", quarter=this, end=end),
                charts.bar_rows(funnel, HALF, accent, label_width=78, total=received),
            ),
            section_parts(
                styles,
                w.text("report.referrals.status_at_end", end=end),
                charts.bar_rows(statuses, HALF, accent, colors=status_colours, label_width=78),
            ),
        ),
        Spacer(1, 8),
        side_by_side(
            section_parts(
                styles,
                w.text("report.referrals.by_source"),
                charts.source_donut(sources, HALF, 118),
            ),
            section_parts(
                styles,
                w.text("report.referrals.by_segment"),
                charts.bar_rows(segments, HALF, accent, label_width=92, total=received),
            ),
        ),
        Spacer(1, 8),
        section(
            styles,
            w.text("report.referrals.by_trigger"),
            charts.bar_rows(kinds, CONTENT_WIDTH, SECOND, label_width=190, total=received),
        ),
    ]


def service(report: QuarterReport, styles: Styles) -> list[Flowable]:
    m = report.current
    d = m.detail
    w = report_words()
    accent = styles.accent
    labels = d.trigger_kind_labels
    kinds = [(labels.get(key, key), n) for key, n in m.triggers_by_kind.items()]
    tiers = [
        [
            w.text("report.tier", tier=t.tier) if t.tier else w.text("report.no_tier"),
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
        [
            w.text(f"report.service.column.{name}")
            for name in ("tier", "clients", "due", "scheduled", "completed", "missed")
        ],
        tiers,
        [CONTENT_WIDTH - 5 * 70, 70, 70, 70, 70, 70],
        numeric=(1, 2, 3, 4, 5),
        bold_first=True,
    )
    score = show("nps", m.nps)
    score_block: list[Flowable] = [
        paragraph(score, styles.big_score),
        paragraph(
            markup(w.text("report.service.nps_note", n=w.number(m.nps_responses))), styles.note
        ),
    ]
    triggers_intro = w.text(
        "report.service.triggers_intro",
        logged=w.number(m.triggers_logged),
        followed=w.number(m.triggers_with_referral),
    )
    methods = [(ASK_METHOD_LABELS[k], n) for k, n in d.asks_by_method.items()]
    outcomes = [(ASK_OUTCOME_LABELS[k], n) for k, n in d.asks_by_outcome.items()]
    asks_intro = w.text(
        "report.service.asks_intro",
        asks=w.number(m.asks),
        introduced=w.number(d.asks_introduced),
        share=percent(m.asks_led_to_introduction),
        end=long_date(m.period.end),
    )
    return [
        *heading(styles, w.text("report.service.kicker"), w.text("report.service.title")),
        section(
            styles,
            w.text("report.service.triggers"),
            two_columns_of_bars(kinds, accent, m.triggers_logged),
            intro=triggers_intro,
        ),
        section(
            styles,
            label("asks"),
            side_by_side(
                charts.bar_rows(methods, HALF, accent, label_width=118, total=m.asks),
                charts.bar_rows(outcomes, HALF, SECOND, label_width=118, total=m.asks),
            ),
            intro=asks_intro,
        ),
        section(
            styles,
            w.text("report.service.reviews"),
            charts.tier_bars(d.reviews_by_tier, CONTENT_WIDTH, 130, accent),
            Spacer(1, 6),
            tier_table,
            intro=w.text(
                "report.service.reviews_intro",
                completed=w.number(m.reviews_completed),
                missed=w.number(m.reviews_missed),
                share=percent(m.engaged_review_coverage),
            ),
        ),
        section(
            styles,
            w.text("report.service.nps"),
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
    w = report_words()
    received = m.referrals_received
    top = [
        [f"{rank}", markup(t.name), f"{t.referrals:,}", percent(t.referrals / received)]
        for rank, t in enumerate(m.top_referrers, start=1)
    ]
    top_table = (
        data_table(
            styles,
            [
                "#",
                *(w.text(f"report.people.column.{k}") for k in ("referrer", "referrals", "share")),
            ],
            top,
            [28, CONTENT_WIDTH - 28 - 2 * 100, 100, 100],
            numeric=(2, 3),
        )
        if top
        else paragraph(markup(w.text("report.people.none")), styles.note)
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
            [
                w.text(f"report.coi.column.{k}")
                for k in ("coi", "profession", "in", "out", "in_year", "out_year")
            ],
            coi_rows,
            [CONTENT_WIDTH - 100 - 4 * 58, 100, 58, 58, 58, 58],
            numeric=(2, 3, 4, 5),
        )
        if coi_rows
        else paragraph(markup(w.text("report.coi.none")), styles.note)
    )
    more = len(d.coi_reciprocity) - COI_ROWS
    after: list[Flowable] = []
    if more > 0:
        after = [
            Spacer(1, 4),
            paragraph(markup(w.plural("report.more_rows", more)), styles.note),
        ]
    return [
        *heading(
            styles,
            w.text("report.people.kicker"),
            w.text("report.people.title"),
            w.text(
                "report.people.intro",
                share=share,
                date=long_date(report.current.period.end),
                benchmark=percent(FIELD_BENCHMARK_REFERRING_SHARE),
                people=w.number(m.unique_referrers),
            ),
        ),
        section(styles, w.text("report.people.top"), top_table),
        *long_section(
            styles,
            w.text("report.coi.title"),
            coi_table,
            *after,
            intro=w.text("report.coi.intro"),
        ),
    ]


def date_words(report: QuarterReport) -> str:
    period = report.current.period
    return report_words().text("report.figures_for", dates=date_span(period.start, period.end))
