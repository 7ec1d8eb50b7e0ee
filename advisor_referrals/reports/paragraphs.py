"""Paragraphs: ReportLab's for most text, our own for text that must be shaped or reordered.

`paragraph(markup, style)` is how kits and reports make every paragraph. Text in
Latin, Greek, Cyrillic, Chinese, Japanese or Korean goes to ReportLab's Paragraph as
before. Text with Arabic, Hebrew, Devanagari or Thai in it (a client's name in a
greeting, an advisor's own wording) becomes a `ScriptParagraph`: lines are broken
at spaces, then each line is laid out by `reports.shaping` (docs/design.md,
Languages and scripts). It reads the small markup our code writes: `<font name=
color= size=>`, `<br/>` and the XML entities `markup()` escapes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import Color, toColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from advisor_referrals.reports import shaping
from advisor_referrals.reports.shaping import Segment

_TAG = re.compile(r"<(/?)(font|br)\b([^>]*?)/?>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def paragraph(text: str, style: ParagraphStyle, **kw: Any) -> Flowable:
    """A paragraph of markup; shaped and bidirectional text gets our own layout."""
    if shaping.needs_layout(text):
        return ScriptParagraph(text, style)
    return Paragraph(text, style, **kw)


@dataclass(frozen=True)
class _Style:
    font: str
    size: float
    color: Color | None


def parse(text: str, style: ParagraphStyle) -> list[Segment]:
    """Markup as styled segments in reading order; a line break is a segment "\\n"."""
    stack = [_Style(style.fontName, float(style.fontSize), toColor(style.textColor))]
    segments: list[Segment] = []

    def add(chunk: str) -> None:
        if chunk:
            top = stack[-1]
            segments.append(Segment(html.unescape(chunk), top.font, top.size, top.color))

    position = 0
    for match in _TAG.finditer(text):
        add(text[position : match.start()])
        position = match.end()
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "br":
            segments.append(Segment("\n", stack[-1].font, stack[-1].size, stack[-1].color))
        elif closing:
            if len(stack) > 1:
                stack.pop()
        else:
            attributes = dict(_ATTRIBUTE.findall(match.group(3)))
            top = stack[-1]
            stack.append(
                _Style(
                    attributes.get("name", top.font),
                    float(attributes.get("size", top.size)),
                    toColor(attributes["color"]) if "color" in attributes else top.color,
                )
            )
    add(text[position:])
    return segments


Line = list[Segment]


def _words(segments: list[Segment]) -> list[Line | None]:
    """Words (lists of segments), spaces as one-segment words, None for a line break."""
    words: list[Line | None] = []
    current: Line = []
    for segment in segments:
        if segment.text == "\n":
            if current:
                words.append(current)
                current = []
            words.append(None)
            continue
        for piece in re.split(r"(\s+)", segment.text):
            if not piece:
                continue
            if piece.isspace():
                if current:
                    words.append(current)
                    current = []
                words.append([replace(segment, text=" ")])
            else:
                current.append(replace(segment, text=piece))
    if current:
        words.append(current)
    return words


def _width(line: Line) -> float:
    return sum(run.width for run in shaping.layout(line))


def _split_word(word: Line, width: float) -> list[Line]:
    """A word longer than a line, cut between characters (names in scripts without spaces)."""
    text = "".join(s.text for s in word)
    first = word[0]
    pieces: list[Line] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and _width([replace(first, text=text[start : end + 1])]) <= width:
            end += 1
        # Never cut before a combining mark or vowel sign: it belongs to the letter before.
        while end < len(text) and _is_mark(text[end]) and end - start > 1:
            end -= 1
        pieces.append([replace(first, text=text[start:end])])
        start = end
    return pieces


def _is_mark(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch).startswith("M")


def break_lines(segments: list[Segment], width: float) -> list[Line]:
    lines: list[Line] = []
    current: Line = []
    used = 0.0
    for found in _words(segments):
        word = found
        if word is None:
            lines.append(_trimmed(current))
            current, used = [], 0.0
            continue
        if word[0].text == " ":
            if current:
                current += word
                used += _width(word)
            continue
        measured = _width(word)
        if current and used + measured > width:
            lines.append(_trimmed(current))
            current, used = [], 0.0
        if measured > width:
            parts = _split_word(word, width)
            lines += parts[:-1]
            word, measured = parts[-1], _width(parts[-1])
        current += word
        used += measured
    if current or not lines:
        lines.append(_trimmed(current))
    return lines


def _trimmed(line: Line) -> Line:
    while line and line[-1].text == " ":
        line = line[:-1]
    return line


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph whose lines are shaped and put in visual order; splits between lines."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.segments = parse(text, style)
        self.lines = lines
        self._fixed = lines is not None

    def _available(self, available_width: float) -> float:
        style = self.style
        return max(1.0, available_width - float(style.leftIndent) - float(style.rightIndent))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self._fixed:
            self.lines = break_lines(self.segments, self._available(available_width))
        self.width = available_width
        self.height = len(self.lines or []) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        lines = self.lines or []
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = ScriptParagraph(self.text, self.style, lines[:fit])
        rest = ScriptParagraph(self.text, self.style, lines[fit:])
        first.style = self.style.clone(f"{self.style.name}-first", spaceAfter=0)
        rest.style = self.style.clone(f"{self.style.name}-rest", spaceBefore=0)
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        room = self._available(self.width)
        canvas.saveState()
        y = self.height - style.fontSize
        for line in self.lines or []:
            runs = shaping.layout(line)
            used = sum(run.width for run in runs)
            x = style.leftIndent
            if style.alignment == TA_RIGHT:
                x += room - used
            elif style.alignment == TA_CENTER:
                x += (room - used) / 2
            shaping.draw_runs(canvas, x, y, runs)
            y -= style.leading
        canvas.restoreState()
