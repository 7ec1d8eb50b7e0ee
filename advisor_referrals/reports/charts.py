"""The report's charts as ReportLab drawings (vector, so they print sharp at any size)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.domain.metrics import MonthCount, TierReviews
from advisor_referrals.reports.figures import month_label, report_words
from advisor_referrals.reports.fonts import SANS, runs
from advisor_referrals.reports.report_style import (
    BOLD,
    DETRACTOR,
    INK,
    MUTED,
    PANEL,
    PASSIVE,
    PROMOTER,
    RULE,
    tint,
)
from advisor_referrals.reports.shaping import draw_string, needs_layout, string_width

LABEL_SIZE = 8
ROW = 17.0

# A drawing starts its graphics state in ReportLab's default font, Helvetica, which is
# never embedded: a print shop's preflight rejects the report. Every chart here starts
# in the bundled sans instead (docs/design.md, Languages and scripts).
STATE_DEFAULTS["fontName"] = SANS


def font_for(text: str, font: str = SANS) -> str:
    """Chart strings are one font each: the fallback when the text needs one (CJK, Hangul)."""
    fallbacks = {fallback for fallback, _ in runs(text) if fallback}
    return fallbacks.pop() if fallbacks else font


def label(x: float, y: float, text: str, **kw: object) -> String:
    defaults: dict[str, object] = {"fontSize": LABEL_SIZE, "fillColor": INK}
    font = str(kw.pop("fontName", SANS))
    if needs_layout(text):
        return ScriptLabel(x, y, text, fontName=font, **(defaults | kw))
    return String(x, y, text, fontName=font_for(text, font), **(defaults | kw))


class ScriptLabel(String):  # type: ignore[misc]
    """A label in a script that must be shaped or read right to left (a trigger named
    in Arabic): drawn by `reports.shaping` when the chart is drawn, in place of the
    empty string ReportLab itself draws."""

    def __init__(self, x: float, y: float, text: str, **kw: object) -> None:
        super().__init__(x, y, "", **kw)
        self.script_text = text
        self._drawTimeCallback = ScriptLabel._paint

    def _paint(self, canvas: Canvas, renderer: object = None) -> None:
        width = string_width(self.script_text, self.fontName, self.fontSize)
        x = self.x
        if self.textAnchor == "end":
            x -= width
        elif self.textAnchor == "middle":
            x -= width / 2
        canvas.saveState()
        canvas.setFillColor(self.fillColor)
        draw_string(canvas, x, self.y, self.script_text, self.fontName, self.fontSize)
        canvas.restoreState()


def fit(text: str, width: float, size: float = LABEL_SIZE) -> str:
    """Shorten a label with an ellipsis so it fits the width."""
    if string_width(text, SANS, size) <= width:
        return text
    while text and string_width(text + "…", SANS, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def nice_max(value: float) -> float:
    """A round axis maximum at or above the value (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1
    magnitude = 1.0
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, Color]]) -> None:
    for text, color in items:
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=color, strokeColor=None))
        drawing.add(label(x + 12, y, text, fillColor=MUTED))
        x += 12 + string_width(text, SANS, LABEL_SIZE) + 16


def empty_note(drawing: Drawing, text: str = "") -> Drawing:
    text = text or report_words().text("report.chart.empty")
    drawing.add(
        label(
            drawing.width / 2,
            drawing.height / 2 - 4,
            text,
            fillColor=MUTED,
            textAnchor="middle",
            fontSize=9,
        )
    )
    return drawing


def bar_rows(
    items: Sequence[tuple[str, int]],
    width: float,
    color: Color,
    *,
    colors: Sequence[Color] | None = None,
    label_width: float | None = None,
    total: int | None = None,
    top: int | None = None,
) -> Drawing:
    """Horizontal bars, one row per item: label, bar, count (and share of the total)."""
    height = max(len(items), 1) * ROW + 4
    drawing = Drawing(width, height)
    if not items:
        return empty_note(drawing)
    # A label is shortened only when the longest of them would leave the bars too little
    # room: the width asked for grows to the longest label, up to 55% of the chart.
    longest = max(string_width(text, SANS, LABEL_SIZE) for text, _ in items) + 8
    label_width = max(label_width or min(150.0, width * 0.38), min(longest, width * 0.55))
    value_width = 62.0
    bar_width = width - label_width - value_width
    top = top or max((count for _, count in items), default=0) or 1
    for index, (text, count) in enumerate(items):
        y = height - (index + 1) * ROW
        drawing.add(label(0, y + 5, fit(text, label_width - 8)))
        drawing.add(Rect(label_width, y + 3, bar_width, ROW - 7, fillColor=PANEL, strokeColor=None))
        fill = colors[index] if colors else color
        length = bar_width * count / top
        if count:
            drawing.add(
                Rect(
                    label_width, y + 3, max(length, 1.5), ROW - 7, fillColor=fill, strokeColor=None
                )
            )
        value = f"{count:,}"
        if total:
            value += f"  {100 * count / total:.0f}%"
        drawing.add(label(label_width + bar_width + 6, y + 5, value, fontName=BOLD))
    return drawing


def month_bars(months: Sequence[MonthCount], width: float, height: float, accent: Color) -> Drawing:
    """Referrals received, and referrals converted (whenever received), month by month."""
    drawing = Drawing(width, height)
    w = report_words()
    legend(
        drawing,
        0,
        height - 10,
        [
            (w.text("report.chart.received"), accent),
            (w.text("report.chart.converted"), tint(accent, 0.55)),
        ],
    )
    if not any(m.received or m.converted for m in months):
        return empty_note(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 18
    chart.width, chart.height = width - 36, height - 44
    chart.data = [[m.received for m in months], [m.converted for m in months]]
    chart.categoryAxis.categoryNames = [month_label(m.month) for m in months]
    style_axes(chart, max(max(row) for row in chart.data))
    chart.bars[0].fillColor = accent
    chart.bars[1].fillColor = tint(accent, 0.55)
    chart.barSpacing = 2
    chart.groupSpacing = 14
    bar_labels(chart)
    drawing.add(chart)
    return drawing


def tier_bars(tiers: Sequence[TierReviews], width: float, height: float, accent: Color) -> Drawing:
    """Reviews completed beside the reviews the cadence asks for, per service tier."""
    drawing = Drawing(width, height)
    w = report_words()
    legend(
        drawing,
        0,
        height - 10,
        [
            (w.text("report.chart.due"), tint(accent, 0.6)),
            (w.text("report.chart.completed"), accent),
            (w.text("report.chart.missed"), DETRACTOR),
        ],
    )
    if not any(t.due or t.completed or t.missed for t in tiers):
        return empty_note(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 18
    chart.width, chart.height = width - 40, height - 44
    chart.data = [
        [round(t.due) for t in tiers],
        [t.completed for t in tiers],
        [t.missed for t in tiers],
    ]
    chart.categoryAxis.categoryNames = [
        w.text("report.tier", tier=t.tier) if t.tier else w.text("report.no_tier") for t in tiers
    ]
    style_axes(chart, max(max(row) for row in chart.data))
    for index, fill in enumerate((tint(accent, 0.6), accent, DETRACTOR)):
        chart.bars[index].fillColor = fill
    chart.barSpacing = 2
    chart.groupSpacing = 16
    bar_labels(chart)
    drawing.add(chart)
    return drawing


def style_axes(chart: VerticalBarChart, top: float) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(top * 1.12)
    chart.valueAxis.valueSteps = None
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    chart.bars.strokeColor = None


def bar_labels(chart: VerticalBarChart) -> None:
    chart.barLabelFormat = "{:,.0f}".format
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.nudge = 6


def nps_bar(promoters: int, passives: int, detractors: int, width: float) -> Drawing:
    """The answers as one 100% bar: detractors, passives, promoters, with counts and shares."""
    height = 58.0
    drawing = Drawing(width, height)
    total = promoters + passives + detractors
    if not total:
        return empty_note(drawing, report_words().text("report.chart.no_nps"))
    w = report_words()
    parts = [
        (w.text("report.nps.detractors"), detractors, DETRACTOR),
        (w.text("report.nps.passives"), passives, PASSIVE),
        (w.text("report.nps.promoters"), promoters, PROMOTER),
    ]
    x = 0.0
    bar_y = height - 26
    for _, count, color in parts:
        length = width * count / total
        if count:
            drawing.add(Rect(x, bar_y, length, 20, fillColor=color, strokeColor=None))
            share = f"{100 * count / total:.0f}%"
            if length > stringWidth(share, BOLD, 8) + 6:
                drawing.add(
                    label(
                        x + length / 2,
                        bar_y + 7,
                        share,
                        fontName=BOLD,
                        fillColor=Color(1, 1, 1),
                        textAnchor="middle",
                    )
                )
        x += length
    column = width / 3
    for index, (text, count, color) in enumerate(parts):
        left = index * column
        drawing.add(Rect(left, 15, 8, 8, fillColor=color, strokeColor=None))
        drawing.add(label(left + 12, 16, text, fillColor=MUTED))
        drawing.add(label(left + 12, 3, f"{count:,}", fontName=BOLD))
    return drawing


def source_donut(items: Sequence[tuple[str, int, Color]], width: float, height: float) -> Drawing:
    """Where the quarter's referrals came from, as a ring with a legend beside it."""
    drawing = Drawing(width, height)
    total = sum(count for _, count, _ in items)
    if not total:
        return empty_note(drawing)
    size = min(height - 8, width * 0.42)
    pie = Pie()
    pie.x, pie.y = 4, (height - size) / 2
    pie.width = pie.height = size
    shown = [(text, count, color) for text, count, color in items if count]
    pie.data = [count for _, count, _ in shown]
    pie.innerRadiusFraction = 0.58
    pie.slices.strokeColor = Color(1, 1, 1)
    pie.slices.strokeWidth = 1.5
    pie.startAngle = 90
    pie.direction = "clockwise"
    for index, (_, _, color) in enumerate(shown):
        pie.slices[index].fillColor = color
    drawing.add(pie)
    centre_x, centre_y = pie.x + size / 2, pie.y + size / 2
    drawing.add(
        label(centre_x, centre_y, f"{total:,}", fontName=BOLD, fontSize=15, textAnchor="middle")
    )
    drawing.add(
        label(
            centre_x,
            centre_y - 12,
            report_words().text("report.chart.received_centre"),
            fillColor=MUTED,
            fontSize=7,
            textAnchor="middle",
        )
    )
    x = size + 22
    y = height / 2 + (len(items) * 26) / 2 - 14
    for text, count, color in items:
        drawing.add(Rect(x, y, 9, 9, fillColor=color, strokeColor=None))
        drawing.add(label(x + 14, y + 1, fit(text, width - x - 20)))
        drawing.add(
            label(
                x + 14,
                y - 10,
                f"{count:,}  ·  {100 * count / total:.0f}%",
                fontName=BOLD,
                fillColor=MUTED,
            )
        )
        y -= 26
    return drawing


def divider(width: float) -> Drawing:
    drawing = Drawing(width, 6)
    drawing.add(Line(0, 3, width, 3, strokeColor=RULE, strokeWidth=0.5))
    return drawing
