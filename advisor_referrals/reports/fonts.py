"""Fonts for every script a client's name may be written in, embedded as subsets.

Noto Sans and Noto Serif cover Latin (with accents), Greek, Cyrillic and Vietnamese;
Droid Sans Fallback covers Chinese and Japanese; NanumGothic covers Korean; Noto Sans
Arabic, Hebrew, Devanagari and Thai cover those scripts. ReportLab uses one font per
run of text, so text is split into runs by the first font that has the glyphs, and
user text is escaped before it becomes Paragraph markup. Lines are measured and drawn
by `reports.shaping` (string_width, draw_string), which also shapes the scripts that
need it and puts right-to-left text in order (docs/design.md, Languages and scripts).

Documents and canvases must be made with `initialFontName=SANS`; otherwise ReportLab
starts every page in Helvetica, a font it never embeds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from advisor_referrals.resources import resource

SANS = "ARSans"
SERIF = "ARSerif"
CJK = "ARCJK"
HANGUL = "ARHangul"
ARABIC = "ARArabic"
HEBREW = "ARHebrew"
DEVANAGARI = "ARDevanagari"
THAI = "ARThai"
# Tried in this order for a character the main font lacks.
FALLBACKS = (ARABIC, HEBREW, DEVANAGARI, THAI, CJK, HANGUL)
# The scripts that have a bold face of their own; the others print their regular face.
BOLD_FALLBACKS = {name: f"{name}-Bold" for name in (ARABIC, HEBREW, DEVANAGARI, THAI)}

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
    ARABIC: "NotoSansArabic-Regular.ttf",
    f"{ARABIC}-Bold": "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    f"{HEBREW}-Bold": "NotoSansHebrew-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    f"{DEVANAGARI}-Bold": "NotoSansDevanagari-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    f"{THAI}-Bold": "NotoSansThai-Bold.ttf",
}
FONT_FILES: tuple[str, ...] = tuple(sorted(set(_FILES.values())))
# Characters that never need a glyph: they only steer layout (joiners, direction marks).
_INVISIBLE = frozenset({"Cf", "Zl", "Zp", "Cc"})


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
        bold = BOLD_FALLBACKS.get(name, name)
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)


@cache
def codepoints(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@lru_cache(maxsize=4096)
def _font_for(ch: str) -> str | None:
    """None when the main font has the glyph, else the first fallback that does."""
    code = ord(ch)
    if code in codepoints(SANS):
        return None
    return next((name for name in FALLBACKS if code in codepoints(name)), None)


def _neutral(ch: str) -> bool:
    """Spaces, punctuation and digits: printed in the font of the text around them."""
    return ch.isspace() or unicodedata.category(ch)[0] in "PNZS"


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """Split text into (fallback font or None, run) pieces.

    Spaces, punctuation and digits stay with the run they follow when its font has
    them, so an Arabic name with its comma is one run in one font.
    """
    current: list[str] = []
    font: str | None = None
    for ch in text:
        if current and (
            ch.isspace() or (font is not None and _neutral(ch) and ord(ch) in codepoints(font))
        ):
            current.append(ch)
            continue
        wants = _font_for(ch)
        if current and wants != font:
            yield font, "".join(current)
            current = []
        font = wants
        current.append(ch)
    if current:
        yield font, "".join(current)


def fallback_for(fallback: str | None, main: str) -> str:
    """The font a run prints in: the main font, or the fallback in the main font's weight."""
    if fallback is None:
        return main
    if "Bold" in main:
        return BOLD_FALLBACKS.get(fallback, fallback)
    return fallback


def missing_glyphs(text: str) -> str:
    """The characters of text that no bundled font can print, each once, in order."""
    missing: dict[str, None] = {}
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in _INVISIBLE:
            continue
        if _font_for(ch) is None and ord(ch) not in codepoints(SANS):
            missing[ch] = None
    return "".join(missing)


def markup(text: str | None) -> str:
    """User text as safe Paragraph markup, with runs the main font lacks switched to a fallback."""
    if not text:
        return ""
    pieces = []
    for fallback, run in runs(text):
        safe = escape(run)
        pieces.append(f'<font name="{fallback}">{safe}</font>' if fallback else safe)
    return "".join(pieces).replace("\n", "<br/>")
