"""The sheet of introduction cards: business-card size, with crop marks, ready to cut.

Everything on a card except the client's name is the same on every card of every kit,
so it is drawn once per document as a form and placed on each card.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from advisor_referrals.domain.kit_content import KitContent, shown_address
from advisor_referrals.reports.fonts import SANS, SERIF
from advisor_referrals.reports.kit.branding import Logo, draw_mark, draw_qr
from advisor_referrals.reports.kit.content import words_of
from advisor_referrals.reports.kit.text import draw_fitted, wrap
from advisor_referrals.reports.kit.theme import HAIRLINE, INK, MUTED, SERIF_ITALIC
from advisor_referrals.reports.shaping import draw_string, string_width

PADDING = 13.0
GUTTER = 12.0
MARK_OFFSET = 4.0
MARK_LENGTH = 9.0
MAX_ROWS = 4


@dataclass(frozen=True)
class CardFace:
    """The advisor's side of every card."""

    content: KitContent
    logo: Logo | None
    accent: Color
    accent_text: Color
    width: float
    height: float

    @property
    def form_name(self) -> str:
        return "introductioncard"

    def draw(self, canvas: Canvas, x: float, y: float, introduced_by: str) -> None:
        if not canvas.hasForm(self.form_name):
            canvas.beginForm(self.form_name, 0, 0, self.width, self.height)
            self._draw_face(canvas)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(self.form_name)
        self._draw_introduction(canvas, introduced_by)
        canvas.restoreState()

    def _draw_face(self, canvas: Canvas) -> None:
        width, height = self.width, self.height
        content = self.content
        profile = content.profile
        inner = width - 2 * PADDING
        link = content.link
        qr_size = 50.0 if link else 0.0
        text_width = inner - (qr_size + 10 if link else 0)

        mark_height = 20.0
        mark_bottom = height - PADDING - mark_height
        draw_mark(
            canvas,
            logo=self.logo,
            brand=content.brand,
            x=PADDING,
            y=mark_bottom,
            max_width=inner,
            height=mark_height,
            accent=self.accent,
        )

        rule_y = PADDING + 17
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(PADDING, rule_y, width - PADDING, rule_y)

        has_mark = self.logo is not None or bool(content.brand)
        name_y = mark_bottom - 22 if has_mark else height - PADDING - 12
        canvas.setFillColor(INK)
        draw_fitted(canvas, PADDING, name_y, content.advisor, SERIF, 12.5, text_width, min_size=8)
        if profile.title.strip():
            canvas.setFillColor(MUTED)
            title = profile.title.strip()
            draw_fitted(canvas, PADDING, name_y - 11, title, SANS, 7.2, text_width, min_size=5.5)

        lines = [
            value for kind, _, value in content.contact_lines() if kind in ("phone", "email", "web")
        ]
        if not profile.website.strip() and link:
            lines.append(shown_address(link))
        canvas.setFillColor(INK)
        y = rule_y + 9
        for value in reversed(lines):
            draw_fitted(canvas, PADDING, y, value, SANS, 7.4, text_width, min_size=5.5)
            y += 9.6

        if link:
            draw_qr(canvas, link, width - PADDING - qr_size, rule_y + 8, qr_size)

    def _draw_introduction(self, canvas: Canvas, name: str) -> None:
        # "Introduced by Ana" or, where the language puts the name first, "Ana 님 소개".
        prefix, _, suffix = (
            words_of(self.content).text("kit.cards.introduced_by").partition("{name}")
        )
        inner = self.width - 2 * PADDING
        prefix_size, name_size = 6.6, 8.2
        words_width = string_width(prefix + suffix, SANS, prefix_size)
        base = PADDING + 3
        one_line = string_width(name, SERIF_ITALIC, name_size) <= inner - words_width
        canvas.setFillColor(MUTED)
        if one_line:
            end = draw_string(canvas, PADDING, base, prefix, SANS, prefix_size)
            canvas.setFillColor(INK)
            end = draw_string(canvas, end, base, name, SERIF_ITALIC, name_size)
            canvas.setFillColor(MUTED)
            draw_string(canvas, end, base, suffix, SANS, prefix_size)
            return
        # A long name: smaller, on two lines under the rule, clipped only in the extreme.
        size = 6.4
        prefix_width = string_width(prefix, SANS, size)
        suffix_width = string_width(suffix, SANS, size)
        lines = wrap(
            name, SERIF_ITALIC, size, inner - suffix_width, 2, first_width=inner - prefix_width
        )
        top = base + 7.2 if len(lines) > 1 else base
        end = draw_string(canvas, PADDING, top, prefix, SANS, size)
        canvas.setFillColor(INK)
        for index, line in enumerate(lines):
            end = draw_string(
                canvas, end if index == 0 else PADDING, top - 7.2 * index, line, SERIF_ITALIC, size
            )
        canvas.setFillColor(MUTED)
        draw_string(canvas, end, top - 7.2 * (len(lines) - 1), suffix, SANS, size)


class CardSheet(Flowable):  # type: ignore[misc]
    """Two columns of cards, as many rows as the page holds (at most four), with crop marks."""

    def __init__(self, face: CardFace, introduced_by: str) -> None:
        super().__init__()
        self.face = face
        self.introduced_by = introduced_by
        self.rows = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        margin = MARK_OFFSET + MARK_LENGTH
        fit = int((available_height - 2 * margin + GUTTER) // (self.face.height + GUTTER))
        self.rows = max(1, min(MAX_ROWS, fit))
        self.width = available_width
        self.height = self.rows * self.face.height + (self.rows - 1) * GUTTER + 2 * margin
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        face = self.face
        grid_width = 2 * face.width + GUTTER
        left = (self.width - grid_width) / 2
        top = self.height - MARK_OFFSET - MARK_LENGTH
        corners = []
        for row in range(self.rows):
            y = top - (row + 1) * face.height - row * GUTTER
            for column in range(2):
                x = left + column * (face.width + GUTTER)
                face.draw(canvas, x, y, self.introduced_by)
                corners.append((x, y))
        self._crop_marks(canvas, corners)

    def _crop_marks(self, canvas: Canvas, corners: list[tuple[float, float]]) -> None:
        """Marks outside the grid that extend every cut line, as a print shop expects."""
        xs = sorted({x for x, _ in corners} | {x + self.face.width for x, _ in corners})
        ys = sorted({y for _, y in corners} | {y + self.face.height for _, y in corners})
        left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
        near, far = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.3)
        path = canvas.beginPath()
        for x in xs:
            path.moveTo(x, top + near)
            path.lineTo(x, top + far)
            path.moveTo(x, bottom - near)
            path.lineTo(x, bottom - far)
        for y in ys:
            path.moveTo(left - near, y)
            path.lineTo(left - far, y)
            path.moveTo(right + near, y)
            path.lineTo(right + far, y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()
