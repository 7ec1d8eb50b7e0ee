"""A thank-you note printed with the kit's branding: a letter on the kit's paper, or a card.

The look is the kit's (docs/design.md, "Layers": the renderer lives in reports/ and is
passed in): the advisor's logo or monogram and brand, the accent colour on a hairline,
the serif for the words, the disclosures in small print. The note's text is the one the
user last saw in the thank-you dialog, escaped before it becomes Paragraph markup.
"""

from __future__ import annotations

from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Spacer

from advisor_referrals import APP_NAME
from advisor_referrals.domain.enums import ThankYouMethod
from advisor_referrals.domain.kit_content import KitContent
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.thank_you import ThankYouNote
from advisor_referrals.reports.fonts import SANS, markup, register_fonts
from advisor_referrals.reports.kit.branding import draw_mark, load_logo
from advisor_referrals.reports.kit.theme import HAIRLINE, MUTED, geometry, palette, styles
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.shaping import draw_right_string

BAND = 40.0  # the brand band at the top of a letter
# A card is a postcard of the region's usual size, landscape.
CARD_SIZE = {PageSize.LETTER: (6 * inch, 4 * inch), PageSize.A4: (148 * mm, 105 * mm)}
CARD_MARGIN = 0.32 * inch


def render_note(note: ThankYouNote, out: IO[bytes]) -> int:
    """Write the note as a one-page PDF to `out`; returns the number of pages (1)."""
    register_fonts()
    if note.style is ThankYouMethod.CARD:
        _card(note, out)
    else:
        _letter(note, out)
    return 1


def _canvas(note: ThankYouNote, out: IO[bytes], size: tuple[float, float]) -> Canvas:
    content = KitContent(profile=note.profile)
    canvas = Canvas(out, pagesize=size, initialFontName=SANS, pageCompression=1)
    canvas.setTitle(f"{note.subject} ({note.recipient})")
    canvas.setAuthor(content.advisor)
    canvas.setSubject(f"A thank-you to {note.recipient}")
    canvas.setCreator(APP_NAME)
    return canvas


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Blank lines part paragraphs; single line breaks stay within one."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [paragraph(markup(block), style) for block in blocks if block.strip()]


def _letter(note: ThankYouNote, out: IO[bytes]) -> None:
    g = geometry(note.page_size)
    content = KitContent(profile=note.profile)
    colours = palette(note.profile.accent_color)
    look = styles(note.profile.accent_color)
    canvas = _canvas(note, out, (g.width, g.height))
    band_bottom = g.top - BAND
    draw_mark(
        canvas,
        logo=load_logo(note.profile.logo_path),
        brand=content.brand or content.advisor,
        x=g.left,
        y=band_bottom,
        max_width=g.frame_width * 0.55,
        height=BAND,
        accent=colours.accent,
    )
    canvas.setFillColor(MUTED)
    lines = [value for _kind, _label, value in content.contact_lines()][:3]
    for row, value in enumerate(lines):
        draw_right_string(canvas, g.right, g.top - 10 - row * 11, value, SANS, 8)
    canvas.setStrokeColor(colours.accent)
    canvas.setLineWidth(1.2)
    canvas.line(g.left, band_bottom - 10, g.left + 60, band_bottom - 10)
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.5)
    canvas.line(g.left + 64, band_bottom - 10, g.right, band_bottom - 10)

    footer_top = g.margin_bottom
    disclosures = note.profile.disclosures.strip()
    if disclosures:
        small = paragraph(markup(disclosures), look.footer)
        _width, height = small.wrap(g.frame_width, g.height / 4)
        small.drawOn(canvas, g.left, g.margin_bottom)
        footer_top += height + 12
    top = band_bottom - 34
    story = [
        paragraph(markup(note.dated), look.small),
        Spacer(0, 14),
        paragraph(markup(note.recipient), look.signer),
        Spacer(0, 22),
        *_paragraphs(note.body, look.letter),
    ]
    frame = Frame(g.left, footer_top, g.frame_width * 0.8, top - footer_top, 0, 0, 0, 0)
    frame.addFromList([KeepInFrame(frame.width, frame.height, story, mode="shrink")], canvas)
    canvas.showPage()
    canvas.save()


def _card(note: ThankYouNote, out: IO[bytes]) -> None:
    width, height = CARD_SIZE[note.page_size]
    content = KitContent(profile=note.profile)
    colours = palette(note.profile.accent_color)
    look = styles(note.profile.accent_color)
    canvas = _canvas(note, out, (width, height))
    canvas.setFillColor(colours.tint)
    canvas.rect(0, height - 0.1 * inch, width, 0.1 * inch, stroke=0, fill=1)
    mark_height = 26.0
    draw_mark(
        canvas,
        logo=load_logo(note.profile.logo_path),
        brand=content.brand or content.advisor,
        x=CARD_MARGIN,
        y=height - CARD_MARGIN - mark_height,
        max_width=width * 0.6,
        height=mark_height,
        accent=colours.accent,
    )
    canvas.setFillColor(MUTED)
    draw_right_string(
        canvas, width - CARD_MARGIN, height - CARD_MARGIN - mark_height / 2, note.dated, SANS, 7.5
    )
    top = height - CARD_MARGIN - mark_height - 14
    inner = width - 2 * CARD_MARGIN
    words = ParagraphStyle("card", parent=look.lead, spaceAfter=7)
    story = [*_paragraphs(note.body, words)]
    frame = Frame(CARD_MARGIN, CARD_MARGIN, inner, top - CARD_MARGIN, 0, 0, 0, 0)
    frame.addFromList([KeepInFrame(inner, frame.height, story, mode="shrink")], canvas)
    canvas.setStrokeColor(colours.accent)
    canvas.setLineWidth(1.2)
    canvas.line(CARD_MARGIN, CARD_MARGIN * 0.6, CARD_MARGIN + 40, CARD_MARGIN * 0.6)
    canvas.showPage()
    canvas.save()
