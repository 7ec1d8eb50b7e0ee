"""Lines of text in scripts that need shaping, and in right-to-left order.

Arabic letters join and change form, Devanagari builds conjuncts and places vowel
signs before or above a consonant, Thai stacks its marks: HarfBuzz (uharfbuzz) turns
each run of such text into positioned glyphs. Arabic and Hebrew read right to left,
and a line that mixes them with Latin text and digits is put in visual order by the
Unicode bidirectional algorithm (python-bidi's resolved levels, then rule L2 here).

ReportLab's own shaping works a word at a time in the word's first font, and its
bidirectional support needs a library that is not on PyPI, so lines that need either
are laid out here: split by font and direction level, reordered, shaped per run, and
drawn run by run. Each shaped run is wrapped in an /ActualText span so that copying
or searching the PDF gives back the characters as typed (a conjunct glyph has no
character of its own). docs/design.md, Languages and scripts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.reports.fonts import fallback_for, runs

# Scripts whose text needs more than one glyph per character, or right-to-left order:
# Hebrew, Arabic (and its supplements), Devanagari, Thai, and their presentation forms.
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u097f\u0e00-\u0e7f\ua8e0-\ua8ff\ufb1d-\ufdff\ufe70-\ufefe"
    "\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067]")


def needs_layout(text: str) -> bool:
    """True when text holds a script that must be shaped or read right to left."""
    return _COMPLEX.search(text) is not None


@dataclass(frozen=True)
class Segment:
    """A stretch of a line in one style, in reading (logical) order."""

    text: str
    font: str
    size: float
    color: Color | None = None


@dataclass(frozen=True)
class Run:
    """A piece of a line as drawn, left to right: one font, one direction."""

    text: str  # as typed, for /ActualText and for searching
    drawn: str  # glyphs as ReportLab draws them (a ShapedStr when shaped)
    font: str
    size: float
    color: Color | None
    width: float
    shaped: bool


def line_width(text: str, font: str, size: float) -> float:
    return sum(run.width for run in layout([Segment(text, font, size)]))


def draw_line(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line; returns the x where it ends."""
    return draw_runs(canvas, x, y, layout([Segment(text, font, size)]))


def draw_runs(canvas: Canvas, x: float, y: float, runs_: Sequence[Run]) -> float:
    for run in runs_:
        if run.color is not None:
            canvas.setFillColor(run.color)
        canvas.setFont(run.font, run.size)
        if run.shaped:
            # Marked content around the text object: readers extract the typed text.
            canvas._code.append(f"/Span <</ActualText {_pdf_text(run.text)}>> BDC")
            canvas.drawString(x, y, run.drawn)
            canvas._code.append("EMC")
        else:
            canvas.drawString(x, y, run.drawn)
        x += run.width
    return x


def _pdf_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def layout(segments: Sequence[Segment]) -> list[Run]:
    """One line of styled text as runs in visual order (left to right)."""
    pieces: list[tuple[str, str, float, Color | None]] = []
    for segment in segments:
        for fallback, text in runs(segment.text):
            pieces.append((text, fallback_for(fallback, segment.font), segment.size, segment.color))
    text = "".join(piece[0] for piece in pieces)
    if not text:
        return []
    levels = _levels(text)
    # Split the pieces further wherever the direction level changes.
    spans: list[tuple[str, str, float, Color | None, int]] = []
    position = 0
    for piece_text, font, size, color in pieces:
        start = position
        for index in range(position + 1, position + len(piece_text) + 1):
            if index == position + len(piece_text) or levels[index] != levels[start]:
                spans.append((text[start:index], font, size, color, levels[start]))
                start = index
        position += len(piece_text)
    order = _visual_order([span[4] for span in spans])
    result = []
    for index in order:
        chunk, font, size, color, level = spans[index]
        drawn, advance, shaped = _shaped(chunk, font, level % 2 == 1)
        # Right-to-left text is given as typed but drawn reversed: readers that put
        # extracted right-to-left text back in reading order expect it that way.
        typed = chunk[::-1] if level % 2 else chunk
        result.append(Run(typed, drawn, font, size, color, advance * size / 1000, shaped))
    return result


def _levels(text: str) -> list[int]:
    """The resolved embedding level of each character (0 for left-to-right lines)."""
    if _RTL.search(text) is None:
        return [0] * len(text)
    return list(_bidi_levels(text))


@lru_cache(maxsize=2048)
def _bidi_levels(text: str) -> tuple[int, ...]:
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    # Rule L1: white space at the end of the line takes the paragraph's level.
    index = len(levels) - 1
    while index >= 0 and text[index].isspace():
        levels[index] = base
        index -= 1
    return tuple(levels)


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every
    stretch of runs at that level or above."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


@lru_cache(maxsize=8192)
def _shaped(text: str, font_name: str, rtl: bool) -> tuple[str, float, bool]:
    """(what to draw, advance in thousandths of the size, whether it was shaped)."""
    if not rtl and not needs_layout(text):
        return text, pdfmetrics.stringWidth(text, font_name, 1000), False
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(1000)
    buffer = hb.Buffer()
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buffer, {"kern": True, "liga": True})
    face = font.face
    characters = []
    data = []
    advance = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            code = face.glyphToChar[glyph][0]
        except (KeyError, IndexError):
            # A glyph no character maps to (a conjunct, a contextual form): ReportLab
            # gives it a private code for this document's subset.
            code = font.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
        x_advance = font.pdfScale(position.x_advance)
        characters.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                font.pdfScale(position.y_advance),
                font.pdfScale(position.x_offset),
                font.pdfScale(position.y_offset),
                face.charWidths[code],
            )
        )
        advance += x_advance
    return ShapedStr("".join(characters), shapeData=data), advance, True


# Any line of text, measured and drawn: the plain path for text that needs no shaping.


def string_width(text: str, font: str, size: float) -> float:
    if needs_layout(text):
        return line_width(text, font, size)
    return float(
        sum(
            pdfmetrics.stringWidth(run, fallback_for(fallback, font), size)
            for fallback, run in runs(text)
        )
    )


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw text at (x, y) switching fonts per run; returns the x where the text ends."""
    if needs_layout(text):
        return draw_line(canvas, x, y, text, font, size)
    for fallback, run in runs(text):
        name = fallback_for(fallback, font)
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
