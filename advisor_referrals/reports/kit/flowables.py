"""Layout pieces the kit is built from: stacks, balanced columns, rows and section heads."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from advisor_referrals.reports.fonts import runs
from advisor_referrals.reports.kit.theme import HAIRLINE, MUTED, SANS_BOLD
from advisor_referrals.reports.shaping import string_width

_TALL = 1e6


class Stack(Flowable):  # type: ignore[misc]
    """Flowables one above the other with fixed gaps, kept together; an optional hairline on top."""

    def __init__(
        self,
        parts: Sequence[Flowable],
        gaps: float | Sequence[float] = 0.0,
        *,
        rule: Color | None = None,
        rule_gap: float = 0.0,
    ) -> None:
        super().__init__()
        self.parts = list(parts)
        count = max(0, len(self.parts) - 1)
        self.gaps = [float(gaps)] * count if isinstance(gaps, int | float) else list(gaps)
        self.rule = rule
        self.rule_gap = rule_gap
        self._heights: list[float] = []
        self._wrapped_width = -1.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # The same stack is laid out at the same width in every kit of a batch; the parts
        # keep the lines they were broken into, so measuring once per width is enough.
        if available_width != self._wrapped_width:
            self._heights = [part.wrap(available_width, _TALL)[1] for part in self.parts]
            self._wrapped_width = available_width
        self.width = available_width
        self.height = sum(self._heights) + sum(self.gaps) + (self.rule_gap if self.rule else 0)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        if self.rule is not None:
            self.canv.setStrokeColor(self.rule)
            self.canv.setLineWidth(0.5)
            self.canv.line(0, y, self.width, y)
            y -= self.rule_gap
        for index, (part, height) in enumerate(zip(self.parts, self._heights, strict=True)):
            y -= height
            part.drawOn(self.canv, 0, y)
            if index < len(self.gaps):
                y -= self.gaps[index]


class Row(Flowable):  # type: ignore[misc]
    """A few short items side by side in equal columns, top-aligned."""

    def __init__(self, items: Sequence[Flowable], gutter: float) -> None:
        super().__init__()
        self.items = list(items)
        self.gutter = gutter
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        count = max(1, len(self.items))
        self.column_width = (available_width - self.gutter * (count - 1)) / count
        self._heights = [item.wrap(self.column_width, _TALL)[1] for item in self.items]
        self.width = available_width
        self.height = max(self._heights, default=0.0)
        return self.width, self.height

    def draw(self) -> None:
        for index, (item, height) in enumerate(zip(self.items, self._heights, strict=True)):
            item.drawOn(self.canv, index * (self.column_width + self.gutter), self.height - height)


class Eyebrow(Flowable):  # type: ignore[misc]
    """A section's number in the accent colour, a short rule, and a tracked capital label."""

    def __init__(self, number: str, label: str, accent: Color, space_after: float = 10) -> None:
        super().__init__()
        self.number = number
        self.label = label.upper()
        self.accent = accent
        self.spaceAfter = space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 10.0
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = 0.0
        canvas.setFillColor(self.accent)
        if self.number:
            x = draw_tracked(canvas, 0, 1.5, self.number, SANS_BOLD, 7.6, 1.0)
            canvas.setStrokeColor(self.accent)
            canvas.setLineWidth(0.8)
            canvas.line(x + 5, 4.2, x + 23, 4.2)
            x += 29
        canvas.setFillColor(MUTED)
        draw_tracked(canvas, x, 1.5, self.label, SANS_BOLD, 7.2, 1.3)


def draw_tracked(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, tracking: float
) -> float:
    """Our own fixed labels, letter-spaced; returns where the text ends."""
    line = canvas.beginText(x, y)
    line.setCharSpace(tracking)
    for fallback, run in runs(text):
        line.setFont(fallback or font, size)
        line.textOut(run)
    line.setCharSpace(0)  # the spacing is part of the page's text state: it would leak
    canvas.drawText(line)
    return x + string_width(text, font, size) + tracking * len(text)


class Pinned(Flowable):  # type: ignore[misc]
    """Decoration placed at the bottom of the space left in the frame; left out if it lacks room."""

    def __init__(self, content: Flowable, padding: float = 16.0) -> None:
        super().__init__()
        self.content = content
        self.padding = padding
        self._shown = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        needed = self.content.wrap(available_width, available_height)[1] + self.padding
        self._shown = needed <= available_height
        self.width = available_width
        self.height = max(0.0, available_height - 0.5) if self._shown else 0.0
        return self.width, self.height

    def draw(self) -> None:
        if self._shown:
            self.content.drawOn(self.canv, 0, self.padding)


class Drawn(Flowable):  # type: ignore[misc]
    """A fixed-height box drawn by a function given the canvas, width and height."""

    def __init__(self, height: float, paint: Callable[[Canvas, float, float], None]) -> None:
        super().__init__()
        self.height = height
        self.paint = paint

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        self.paint(self.canv, self.width, self.height)


class Rule(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        color: Color = HAIRLINE,
        space: float = 0.0,
        width: float = 0.5,
        length: float | None = None,
    ) -> None:
        super().__init__()
        self.color = color
        self.length = length
        self.line_width = width
        self.spaceBefore = space
        self.spaceAfter = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.line_width
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, 0, self.length or self.width, 0)
