"""The look of the quarterly report: colours, type, and the page furniture ("Page X of Y")."""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.domain.profile import DEFAULT_ACCENT
from advisor_referrals.reports.figures import report_words
from advisor_referrals.reports.fonts import SANS
from advisor_referrals.reports.shaping import draw_right_string, draw_string

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 0.75 * inch
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BOLD = f"{SANS}-Bold"

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#D5DBE3")
PANEL = colors.HexColor("#F3F5F8")
GOOD = colors.HexColor("#1E7F4F")
BAD = colors.HexColor("#B23B3B")
PROMOTER = colors.HexColor("#2E8B57")
PASSIVE = colors.HexColor("#C9A227")
DETRACTOR = colors.HexColor("#C0392B")
CLOSED = colors.HexColor("#A7B1BC")
SECOND = colors.HexColor("#E39B3B")

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def accent_hex(text: str) -> str:
    """The advisor's brand colour as #RRGGBB, or the default when the setting is not one."""
    return text if _HEX.match(text or "") else DEFAULT_ACCENT


def accent_of(text: str) -> Color:
    return colors.HexColor(accent_hex(text))


def tint(color: Color, amount: float) -> Color:
    """The colour mixed with white; amount 0 is the colour, 1 is white."""
    return Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))


class Styles:
    def __init__(self, accent: Color) -> None:
        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {"fontName": SANS, "bulletFontName": SANS}
            base.update(fontSize=10, leading=14)
            base["textColor"] = INK
            return ParagraphStyle(name, **(base | kw))

        self.accent = accent
        self.body = style("body")
        self.small = style("small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.note = style("note", fontSize=8.5, leading=12, textColor=MUTED)
        self.all_clear = style("all_clear", fontName=BOLD, fontSize=8.5, leading=12, textColor=GOOD)
        self.bullet = style(
            "bullet", fontSize=8.5, leading=11.5, textColor=MUTED, leftIndent=10, spaceAfter=3
        )
        self.h1 = style("h1", fontName=BOLD, fontSize=20, leading=25, spaceAfter=4)
        self.kicker = style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=accent)
        self.h2 = style(
            "h2", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=6
        )
        self.cell = style("cell", fontSize=9, leading=11.5)
        self.cell_bold = style("cell_bold", fontName=BOLD, fontSize=9, leading=11.5)
        self.cell_right = style("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT)
        self.head = style("head", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED)
        self.head_right = style(
            "head_right", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT
        )
        self.tile_value = style("tile_value", fontName=BOLD, fontSize=19, leading=23)
        self.big_score = style("big_score", fontName=BOLD, fontSize=36, leading=42)
        self.tile_label = style("tile_label", fontSize=8.5, leading=11, textColor=MUTED)
        self.tile_change = style("tile_change", fontSize=8.5, leading=11)
        self.centre = style("centre", alignment=TA_CENTER)
        self.left = style("left", alignment=TA_LEFT)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end so every footer can say "Page X of Y"."""

    def __init__(self, *args: Any, footer_left: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self.footer_left = footer_left

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN * 0.55
        self.line(MARGIN, y + 11, PAGE_WIDTH - MARGIN, y + 11)
        self.setFillColor(MUTED)
        draw_string(self, MARGIN, y, self.footer_left, SANS, 7.5)
        draw_right_string(
            self,
            PAGE_WIDTH - MARGIN,
            y,
            report_words().text("report.page", page=number, total=total),
            SANS,
            7.5,
        )
        self.restoreState()


def canvas_maker(footer_left: str) -> Any:
    def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer_left=footer_left, **kwargs)

    return make
