"""The quarterly report as a PDF a firm can send: cover, summary, charts, people, compliance.

User text (names, firm, trigger labels) goes through `markup()` before it becomes
Paragraph markup; the cover draws it with `draw_string`, which switches fonts per script.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from advisor_referrals import APP_NAME, __version__
from advisor_referrals.reports import quarterly_compliance as compliance
from advisor_referrals.reports import quarterly_sections as sections
from advisor_referrals.reports.figures import (
    date_span,
    long_date,
    percent,
    quarter_words,
    report_words,
    show,
)
from advisor_referrals.reports.fonts import SANS, register_fonts
from advisor_referrals.reports.report_style import (
    BOLD,
    CONTENT_WIDTH,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Styles,
    accent_of,
    canvas_maker,
    tint,
)
from advisor_referrals.reports.shaping import draw_right_string, draw_string, string_width
from advisor_referrals.services.quarterly_report import QuarterReport


def title() -> str:
    return report_words().text("report.title")


def practice_name(report: QuarterReport) -> str:
    return report.profile.firm or report.profile.name or report_words().text("report.practice")


def write_quarterly_pdf(report: QuarterReport, stream: BinaryIO) -> None:
    register_fonts()
    words = report_words()
    styles = Styles(accent_of(report.profile.accent_color))
    doc = BaseDocTemplate(
        stream,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 10,
        bottomMargin=MARGIN + 6,
        title=words.text("report.pdf.title", title=title(), quarter=quarter_words(report.quarter)),
        author=report.profile.name or practice_name(report),
        subject=words.text(
            "report.pdf.subject", practice=practice_name(report), quarter=str(report.quarter)
        ),
        creator=f"{APP_NAME} {__version__}",
        lang=report_words().tag,
        initialFontName=SANS,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("cover", [frame], onPage=lambda c, _d: draw_cover(c, report, styles)),
            PageTemplate("body", [frame], onPage=lambda c, _d: draw_header(c, report, styles)),
        ]
    )
    story: list[Flowable] = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    story += sections.summary(report, styles)
    story += [PageBreak(), *sections.referrals(report, styles)]
    story += [PageBreak(), *sections.service(report, styles)]
    story += [PageBreak(), *sections.relationships(report, styles)]
    story += [PageBreak(), *compliance.compliance(report, styles)]
    story += compliance.definitions(styles)
    footer = words.text(
        "report.footer",
        practice=practice_name(report),
        title=title(),
        quarter=quarter_words(report.quarter),
    )
    doc.build(story, canvasmaker=canvas_maker(footer))


def quarterly_pdf_bytes(report: QuarterReport) -> bytes:
    out = io.BytesIO()
    write_quarterly_pdf(report, out)
    return out.getvalue()


def fitted(text: str, font: str, size: float, width: float, smallest: float = 12) -> float:
    """The largest size up to `size` at which the text fits the width."""
    while size > smallest and string_width(text, font, size) > width:
        size -= 1
    return size


def clip(text: str, font: str, size: float, width: float) -> str:
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def draw_cover(canvas: Canvas, report: QuarterReport, styles: Styles) -> None:
    accent = styles.accent
    canvas.saveState()
    band_bottom = PAGE_HEIGHT * 0.52
    canvas.setFillColor(accent)
    canvas.rect(0, band_bottom, PAGE_WIDTH, PAGE_HEIGHT - band_bottom, stroke=0, fill=1)
    canvas.setFillColor(tint(accent, 0.12))
    canvas.rect(0, band_bottom, PAGE_WIDTH, 5, stroke=0, fill=1)

    top = PAGE_HEIGHT - MARGIN - 8
    canvas.setFillColor(tint(accent, 0.65))
    draw_string(canvas, MARGIN, top, title().upper(), BOLD, 10)
    firm = practice_name(report)
    size = fitted(firm, BOLD, 26, CONTENT_WIDTH)
    canvas.setFillColorRGB(1, 1, 1)
    draw_string(canvas, MARGIN, top - 40, clip(firm, BOLD, size, CONTENT_WIDTH), BOLD, size)

    canvas.setFillColorRGB(1, 1, 1)
    draw_string(canvas, MARGIN, band_bottom + 92, quarter_words(report.quarter), BOLD, 56)
    canvas.setFillColor(tint(accent, 0.75))
    span = date_span(report.quarter.start, report.quarter.end)
    draw_string(canvas, MARGIN, band_bottom + 62, span, SANS, 14)
    words = report_words()
    notes = (
        []
        if report.is_complete
        else [words.text("report.cover.to_date", date=long_date(report.generated_on))]
    )
    if report.covers:
        notes.append(words.text("report.cover.covers", covers=report.covers))
    for row, note in enumerate(notes):
        draw_string(canvas, MARGIN, band_bottom + 40 - 16 * row, note, SANS, 10)

    y = band_bottom - 52
    canvas.setFillColor(MUTED)
    draw_string(canvas, MARGIN, y, report_words().text("report.cover.prepared_by").upper(), BOLD, 8)
    profile = report.profile
    lines = [
        (profile.name, BOLD, 16, INK),
        (profile.title, SANS, 10.5, MUTED),
        (profile.firm if profile.name else "", SANS, 11, INK),
        (
            " · ".join(p for p in (profile.email, profile.phone, profile.website) if p),
            SANS,
            9.5,
            MUTED,
        ),
    ]
    y -= 22
    for text, font, font_size, colour in lines:
        if not text:
            continue
        canvas.setFillColor(colour)
        draw_string(canvas, MARGIN, y, clip(text, font, font_size, CONTENT_WIDTH), font, font_size)
        y -= font_size + 7

    draw_cover_headlines(canvas, report, styles, MARGIN * 2 + 70)

    canvas.setFillColor(MUTED)
    note = report_words().text("report.cover.note", date=long_date(report.generated_on))
    draw_string(canvas, MARGIN, MARGIN + 22, clip(note, SANS, 7.5, CONTENT_WIDTH), SANS, 7.5)
    canvas.restoreState()


def draw_cover_headlines(canvas: Canvas, report: QuarterReport, styles: Styles, y: float) -> None:
    m = report.current
    words = report_words()
    items = [
        (show("referrals_received", m.referrals_received), words.text("report.headline.received")),
        (percent(m.conversion_rate), words.text("report.headline.converted")),
        (show("nps", m.nps), words.text("report.headline.nps")),
    ]
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y + 52, PAGE_WIDTH - MARGIN, y + 52)
    column = CONTENT_WIDTH / len(items)
    for index, (value, caption) in enumerate(items):
        x = MARGIN + index * column
        canvas.setFillColor(styles.accent)
        draw_string(canvas, x, y + 18, value, BOLD, 24)
        canvas.setFillColor(MUTED)
        draw_string(canvas, x, y + 2, caption, SANS, 9)
    canvas.line(MARGIN, y - 12, PAGE_WIDTH - MARGIN, y - 12)


def draw_header(canvas: Canvas, report: QuarterReport, styles: Styles) -> None:
    canvas.saveState()
    y = PAGE_HEIGHT - MARGIN * 0.62
    canvas.setFillColor(styles.accent)
    canvas.rect(MARGIN, y + 10, 28, 2.5, stroke=0, fill=1)
    canvas.setFillColor(MUTED)
    left = clip(practice_name(report), SANS, 7.5, CONTENT_WIDTH * 0.6)
    draw_string(canvas, MARGIN, y, left, SANS, 7.5)
    draw_right_string(
        canvas,
        PAGE_WIDTH - MARGIN,
        y,
        report_words().text("report.header", title=title(), quarter=quarter_words(report.quarter)),
        SANS,
        7.5,
    )
    canvas.restoreState()
