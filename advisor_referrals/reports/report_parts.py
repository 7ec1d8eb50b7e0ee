"""Building blocks of the report pages: tiles, tables, headed sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib.colors import Color
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from advisor_referrals.reports.figures import Change, report_words
from advisor_referrals.reports.fonts import SANS, markup
from advisor_referrals.reports.paragraphs import paragraph
from advisor_referrals.reports.report_style import (
    BAD,
    CONTENT_WIDTH,
    GOOD,
    MUTED,
    PANEL,
    RULE,
    Styles,
)

Cell: TypeAlias = str | Flowable


def tile(
    styles: Styles,
    value: str,
    caption: str,
    note: str = "",
    moved: Change | None = None,
    before: str = "",
) -> list[Flowable]:
    """One headline number: the value, what it is, how it moved, and a note."""
    parts: list[Flowable] = [
        paragraph(markup(value), styles.tile_value),
        paragraph(markup(caption), styles.tile_label),
    ]
    if moved is not None and moved.text:
        colour = {1: GOOD, -1: BAD}.get(moved.direction, MUTED)
        parts.append(
            paragraph(
                markup(report_words().text("report.versus", change="\x00", quarter=before)).replace(
                    "\x00", f'<font color="{hex_of(colour)}">{markup(moved.text)}</font>'
                ),
                styles.tile_change,
            )
        )
    if note:
        parts.append(paragraph(markup(note), styles.tile_label))
    return parts


def tile_grid(
    styles: Styles, tiles: Sequence[list[Flowable]], columns: int, gap: float = 8
) -> Table:
    """Tiles in rows of equal height: the grid's cells carry the panel and the accent rule."""
    width = (CONTENT_WIDTH - gap * (columns - 1)) / columns
    rows: list[list[Any]] = []
    for start in range(0, len(tiles), columns):
        row: list[Any] = []
        for index in range(columns):
            if index:
                row.append("")
            chunk = tiles[start : start + columns]
            row.append(chunk[index] if index < len(chunk) else "")
        rows.append(row)
        rows.append([""] * len(row))
    rows.pop()
    widths = [width if i % 2 == 0 else gap for i in range(2 * columns - 1)]
    heights = [None if i % 2 == 0 else gap for i in range(len(rows))]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r in range(0, len(rows), 2):
        for c in range(0, len(widths), 2):
            if rows[r][c] != "":
                commands += [
                    ("BACKGROUND", (c, r), (c, r), PANEL),
                    ("LINEABOVE", (c, r), (c, r), 2.5, styles.accent),
                ]
    grid = Table(rows, colWidths=widths, rowHeights=heights)
    grid.setStyle(TableStyle(commands))
    return grid


def data_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    bold_first: bool = False,
) -> Table:
    """A plain, readable table: a muted header, hairline rules, light zebra rows.

    Strings in `rows` are already safe markup (user text goes through `markup()` first).
    """
    head = [
        paragraph(markup(text), styles.head_right if i in numeric else styles.head)
        for i, text in enumerate(header)
    ]
    body: list[list[Any]] = [head]
    for row in rows:
        cells: list[Any] = []
        for index, cell in enumerate(row):
            if isinstance(cell, str):
                style = styles.cell_right if index in numeric else styles.cell
                if bold_first and index == 0:
                    style = styles.cell_bold
                cells.append(paragraph(cell, style))
            else:
                cells.append(cell)
        body.append(cells)
    table = Table(body, colWidths=list(widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), PANEL) for row in range(2, len(body), 2)]
    table.setStyle(TableStyle(commands))
    return table


def section_parts(
    styles: Styles, title: str, *content: Flowable, intro: str = ""
) -> list[Flowable]:
    parts: list[Flowable] = [paragraph(markup(title), styles.h2)]
    if intro:
        parts += [paragraph(markup(intro), styles.note), Spacer(1, 6)]
    return parts + list(content)


def section(styles: Styles, title: str, *content: Flowable, intro: str = "") -> KeepTogether:
    """A heading kept on the page with what follows it (charts and short tables)."""
    return KeepTogether(section_parts(styles, title, *content, intro=intro))


def long_section(styles: Styles, title: str, *content: Flowable, intro: str = "") -> list[Flowable]:
    """A heading and a table that may run over pages: a new page only when a few rows
    would not fit under the heading, so no heading is left alone at a page's foot."""
    return [CondPageBreak(120), *section_parts(styles, title, *content, intro=intro)]


def side_by_side(
    left: Flowable | list[Flowable],
    right: Flowable | list[Flowable],
    gap: float = 18,
    left_width: float | None = None,
) -> Table:
    """Two columns; give lists of flowables (a table cell cannot split a KeepTogether)."""
    width = left_width or (CONTENT_WIDTH - gap) / 2
    table = Table([[left, "", right]], colWidths=[width, gap, CONTENT_WIDTH - gap - width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def hex_of(color: Color) -> str:
    return "#" + str(color.hexval())[2:]
