"""Fonts for every script a client's name may be written in, embedded as subsets.

Noto Sans and Noto Serif cover Latin (with accents), Greek and Cyrillic; Droid Sans
Fallback covers Chinese and Japanese; NanumGothic covers Korean. ReportLab uses one
font per run of text, so text is split into runs by the first font that has the
glyphs, and user text is escaped before it becomes Paragraph markup.

Documents and canvases must be made with `initialFontName=SANS`; otherwise ReportLab
starts every page in Helvetica, a font it never embeds.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.resources import resource

SANS = "ARSans"
SERIF = "ARSerif"
CJK = "ARCJK"
HANGUL = "ARHangul"
FALLBACKS = (CJK, HANGUL)

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    f"{SANS}-Bold": "NotoSans-Bold.ttf",
    f"{SANS}-Italic": "NotoSans-Italic.ttf",
    f"{SANS}-BoldItalic": "NotoSans-BoldItalic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    f"{SERIF}-Bold": "NotoSerif-Bold.ttf",
    f"{SERIF}-Italic": "NotoSerif-Italic.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}
FONT_FILES: tuple[str, ...] = tuple(sorted(set(_FILES.values())))


@cache
def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        SANS,
        normal=SANS,
        bold=f"{SANS}-Bold",
        italic=f"{SANS}-Italic",
        boldItalic=f"{SANS}-BoldItalic",
    )
    pdfmetrics.registerFontFamily(
        SERIF,
        normal=SERIF,
        bold=f"{SERIF}-Bold",
        italic=f"{SERIF}-Italic",
        boldItalic=f"{SERIF}-Bold",
    )
    for name in FALLBACKS:
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


@cache
def _codepoints(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _font_for(ch: str) -> str | None:
    """None when the main font has the glyph, else the first fallback that does."""
    code = ord(ch)
    if code in _codepoints(SANS):
        return None
    return next((name for name in FALLBACKS if code in _codepoints(name)), None)


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """Split text into (fallback font or None, run) pieces; spaces stay with their run."""
    current: list[str] = []
    font: str | None = None
    for ch in text:
        wants = font if ch.isspace() else _font_for(ch)
        if current and wants != font:
            yield font, "".join(current)
            current = []
        font = wants
        current.append(ch)
    if current:
        yield font, "".join(current)


def markup(text: str | None) -> str:
    """User text as safe Paragraph markup, with runs the main font lacks switched to a fallback."""
    if not text:
        return ""
    pieces = []
    for fallback, run in runs(text):
        safe = escape(run)
        pieces.append(f'<font name="{fallback}">{safe}</font>' if fallback else safe)
    return "".join(pieces).replace("\n", "<br/>")


def string_width(text: str, font: str, size: float) -> float:
    return float(
        sum(pdfmetrics.stringWidth(run, fallback or font, size) for fallback, run in runs(text))
    )


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw text at (x, y) switching fonts per run; returns the x where the text ends."""
    for fallback, run in runs(text):
        name = fallback or font
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    return x


def draw_right_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float
) -> None:
    draw_string(canvas, x - string_width(text, font, size), y, text, font, size)


def draw_centred_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float
) -> None:
    draw_string(canvas, x - string_width(text, font, size) / 2, y, text, font, size)
