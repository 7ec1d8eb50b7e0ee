"""The kit's visual system: page geometry per paper size, colours, and paragraph styles.

Two typefaces only (Noto Serif for voice and headings, Noto Sans for information),
a near-black ink, one grey for secondary text, hairlines, and the advisor's accent
colour used sparingly: rules, numbers, the monogram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm

from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.profile import DEFAULT_ACCENT
from advisor_referrals.reports.fonts import SANS, SERIF, register_fonts

INK = HexColor("#1E252D")
MUTED = HexColor("#5C6670")
FAINT = HexColor("#8E98A3")
HAIRLINE = HexColor("#D5DAE0")
WHITE = HexColor("#FFFFFF")

SANS_BOLD = f"{SANS}-Bold"
SANS_ITALIC = f"{SANS}-Italic"
SERIF_BOLD = f"{SERIF}-Bold"
SERIF_ITALIC = f"{SERIF}-Italic"

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def parse_accent(text: str | None) -> Color:
    """The advisor's accent colour; anything that is not #RGB or #RRGGBB gets the default."""
    match = _HEX.match((text or "").strip())
    if not match:
        return HexColor(DEFAULT_ACCENT)
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return HexColor(f"#{digits}")


def _luminance(color: Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    )


def contrast_on_white(color: Color) -> float:
    return 1.05 / (_luminance(color) + 0.05)


def mix(color: Color, other: Color, amount: float) -> Color:
    """`amount` of `other` blended into `color` (0 keeps color, 1 gives other)."""
    return Color(
        color.red + (other.red - color.red) * amount,
        color.green + (other.green - color.green) * amount,
        color.blue + (other.blue - color.blue) * amount,
    )


def readable(color: Color, minimum: float = 4.5) -> Color:
    """The accent darkened just enough to be read as text on paper (a pale yellow stays legible)."""
    step = 0.0
    result = color
    while contrast_on_white(result) < minimum and step < 1.0:
        step += 0.05
        result = mix(color, Color(0, 0, 0), step)
    return result


@dataclass(frozen=True)
class Geometry:
    """Where things go on one paper size; everything else is derived from these."""

    size: PageSize
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    card_width: float
    card_height: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def left(self) -> float:
        return self.margin_x

    @property
    def right(self) -> float:
        return self.width - self.margin_x

    @property
    def top(self) -> float:
        return self.height - self.margin_top


def geometry(size: PageSize) -> Geometry:
    if size is PageSize.A4:
        width, height = A4
        return Geometry(size, width, height, 20 * mm, 18 * mm, 13 * mm, 85 * mm, 55 * mm)
    width, height = LETTER
    return Geometry(size, width, height, 0.8 * inch, 0.7 * inch, 0.5 * inch, 3.5 * inch, 2 * inch)


@dataclass(frozen=True)
class Palette:
    accent: Color
    accent_text: Color
    tint: Color


def palette(accent_hex: str | None) -> Palette:
    accent = parse_accent(accent_hex)
    return Palette(accent=accent, accent_text=readable(accent), tint=mix(accent, WHITE, 0.93))


@dataclass(frozen=True)
class Styles:
    display: ParagraphStyle
    title: ParagraphStyle
    lede: ParagraphStyle
    lead: ParagraphStyle
    letter: ParagraphStyle
    signature: ParagraphStyle
    signer: ParagraphStyle
    signer_role: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    quote: ParagraphStyle
    note: ParagraphStyle
    label_small: ParagraphStyle
    quote_small: ParagraphStyle
    note_small: ParagraphStyle
    small: ParagraphStyle
    step_number: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles(accent_hex: str) -> Styles:
    register_fonts()
    accent_text = palette(accent_hex).accent_text

    def style(name: str, **values: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": SANS, "bulletFontName": SANS, "textColor": INK}
        base["splitLongWords"] = 1
        base.update(values)
        return ParagraphStyle(name, **base)

    return Styles(
        display=style("display", fontName=SERIF, fontSize=32, leading=38, spaceAfter=6),
        title=style("title", fontName=SERIF, fontSize=22, leading=28, spaceAfter=8),
        lede=style("lede", fontName=SERIF, fontSize=11.5, leading=17, textColor=MUTED),
        lead=style("lead", fontName=SERIF, fontSize=12.5, leading=19.5),
        letter=style("letter", fontName=SERIF, fontSize=10.8, leading=17, spaceAfter=9),
        signature=style(
            "signature", fontName=SERIF_ITALIC, fontSize=21, leading=26, textColor=accent_text
        ),
        signer=style("signer", fontName=SANS_BOLD, fontSize=9, leading=12.5),
        signer_role=style("signer_role", fontSize=8.5, leading=12, textColor=MUTED),
        body=style("body", fontSize=9.6, leading=15, spaceAfter=7),
        bullet=style("bullet", fontSize=9, leading=13.2, textColor=MUTED),
        label=style("label", fontName=SANS_BOLD, fontSize=9.6, leading=13),
        quote=style("quote", fontName=SERIF_ITALIC, fontSize=9.4, leading=13.2),
        note=style("note", fontSize=8.3, leading=11.8, textColor=MUTED),
        label_small=style("label_small", fontName=SANS_BOLD, fontSize=8.8, leading=11.5),
        quote_small=style("quote_small", fontName=SERIF_ITALIC, fontSize=8.4, leading=11.2),
        note_small=style("note_small", fontSize=7.6, leading=10.4, textColor=MUTED),
        small=style("small", fontSize=8, leading=11.5, textColor=MUTED),
        step_number=style(
            "step_number", fontName=SERIF, fontSize=26, leading=30, textColor=accent_text
        ),
        footer=style("footer", fontSize=6.4, leading=8.2, textColor=FAINT),
    )
