"""The advisor's contact card on the "How to introduce us" page, with the QR code."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from advisor_referrals.domain.kit_content import KitContent
from advisor_referrals.reports.fonts import SANS, SERIF
from advisor_referrals.reports.kit.branding import Logo, draw_mark, draw_qr
from advisor_referrals.reports.kit.content import words_of
from advisor_referrals.reports.kit.flowables import draw_tracked
from advisor_referrals.reports.kit.text import draw_fitted, wrap
from advisor_referrals.reports.kit.theme import HAIRLINE, INK, MUTED, SANS_BOLD, WHITE
from advisor_referrals.reports.shaping import draw_string, string_width

PAD = 22.0
MARK = 30.0
QR = 86.0
ROW = 14.5
LABEL_WIDTH = 46.0
VALUE_SIZE = 9.2


@dataclass(frozen=True)
class PanelLine:
    label: str
    lines: tuple[str, ...]


class ContactPanel(Flowable):  # type: ignore[misc]
    def __init__(self, content: KitContent, logo: Logo | None, accent: Color) -> None:
        super().__init__()
        self.content = content
        self.logo = logo
        self.accent = accent
        self._rows: list[PanelLine] = []
        self.label_width = LABEL_WIDTH

    @property
    def has_qr(self) -> bool:
        return bool(self.content.link)

    def _text_width(self, width: float) -> float:
        return width - 2 * PAD - (QR + 28 if self.has_qr else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        # Labels are longer in some languages ("TÉLÉPHONE"): the values start after the longest.
        self.label_width = max(
            [LABEL_WIDTH]
            + [
                string_width(label.upper(), SANS_BOLD, 6.4) + 1.1 * len(label) + 8
                for _, label, _ in self.content.contact_lines()
            ]
        )
        value_width = self._text_width(available_width) - self.label_width
        self._rows = [
            PanelLine(label, tuple(wrap(value, SANS, VALUE_SIZE, value_width, 2)))
            for _, label, value in self.content.contact_lines()
        ]
        rows = sum(len(row.lines) for row in self._rows)
        text = (
            self._mark_height
            + 30
            + (15 if self._role else 0)
            + (12 + rows * ROW if rows else 0)
            + 4
        )
        qr = QR + 22 if self.has_qr else 0
        self.height = 2 * PAD + max(text, qr)
        return self.width, self.height

    @property
    def _mark_height(self) -> float:
        has_mark = self.logo is not None or bool(self.content.brand)
        return MARK if has_mark else -8.0

    @property
    def _role(self) -> str:
        # The firm is in the mark above (or in the logo), so the name's line is the title.
        return self.content.profile.title.strip()

    def draw(self) -> None:
        canvas = self.canv
        width, height = self.width, self.height
        canvas.saveState()
        canvas.setFillColor(WHITE)
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, width, height, stroke=1, fill=1)
        canvas.setFillColor(self.accent)
        canvas.rect(0, 0, 2.4, height, stroke=0, fill=1)

        text_width = self._text_width(width)
        top = height - PAD
        draw_mark(
            canvas,
            logo=self.logo,
            brand=self.content.brand,
            x=PAD,
            y=top - MARK,
            max_width=text_width,
            height=MARK,
            accent=self.accent,
        )
        y = top - self._mark_height - 30
        canvas.setFillColor(INK)
        draw_fitted(canvas, PAD, y, self.content.advisor, SERIF, 16, text_width, min_size=10)
        if self._role:
            y -= 15
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, PAD, y, self._role, SANS, 8.8, text_width, min_size=6.5)
        y -= 12
        for row in self._rows:
            y -= ROW
            canvas.setFillColor(MUTED)
            draw_tracked(canvas, PAD, y + 0.6, row.label.upper(), SANS_BOLD, 6.4, 1.1)
            canvas.setFillColor(INK)
            for index, line in enumerate(row.lines):
                if index:
                    y -= ROW
                draw_string(canvas, PAD + self.label_width, y, line, SANS, VALUE_SIZE)

        if self.has_qr:
            qr_x = width - PAD - QR
            qr_y = height - PAD - QR - 4
            draw_qr(canvas, self.content.link, qr_x, qr_y, QR)
            scheduling = self.content.link_is_scheduling
            caption = words_of(self.content).text(
                "kit.panel.scan_booking" if scheduling else "kit.panel.scan_website"
            )
            canvas.setFillColor(MUTED)
            draw_fitted(
                canvas, qr_x + QR / 2, qr_y - 14, caption, SANS, 7.2, QR + 20, align="centre"
            )
        canvas.restoreState()
