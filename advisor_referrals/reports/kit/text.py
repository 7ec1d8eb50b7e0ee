"""Single lines of user text on the canvas that must stay inside their box, whatever their length."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from advisor_referrals.reports.shaping import draw_string, string_width

ELLIPSIS = "…"


def fit_size(text: str, font: str, size: float, width: float, min_size: float) -> float:
    """The largest size up to `size` at which text fits `width`, but never below `min_size`."""
    measured = string_width(text, font, size)
    if measured <= width or measured <= 0:
        return size
    return max(min_size, size * width / measured)


def clip(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis so that it fits `width`."""
    if string_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int,
    *,
    first_width: float | None = None,
) -> list[str]:
    """Words on lines no wider than `width` (the first line `first_width`); a word too long
    for a line is broken; the last line is clipped with an ellipsis beyond `max_lines`."""
    lines: list[str] = []
    current = ""

    def room() -> float:
        return first_width if first_width is not None and not lines else width

    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if string_width(candidate, font, size) <= room():
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        current = word
        while string_width(current, font, size) > room() and len(current) > 1:
            cut = _longest_prefix(current, font, size, room())
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last_width = first_width if max_lines == 1 and first_width is not None else width
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], clip(rest, font, size, last_width)]
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    min_size: float | None = None,
    align: str = "left",
) -> float:
    """Draw one line of text shrunk (down to `min_size`) and then clipped to fit `width`.

    Returns the size used, so a caller can place what follows.
    """
    measured = string_width(text, font, size)
    if measured <= width:
        used, shown = size, text
    else:
        used = fit_size(text, font, size, width, min_size if min_size is not None else size * 0.75)
        shown = clip(text, font, used, width)
        measured = string_width(shown, font, used)
    if align == "right":
        x -= measured
    elif align == "centre":
        x -= measured / 2
    draw_string(canvas, x, y, shown, font, used)
    return used
