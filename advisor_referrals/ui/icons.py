"""The app's line icons: SVGs in resources/icons drawn in the current palette's text colour.

The SVGs use `currentColor`; each icon is rendered in the palette's text colour for its
normal state and the highlighted-text colour for its selected state, so icons read well
in light and dark mode. Call `icon()` again after a palette change.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from advisor_referrals.resources import resource

SIZES = (16, 20, 32)  # buttons, the sidebar, and a sharp source for anything larger


@cache
def _source(name: str) -> str:
    try:
        return resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    except FileNotFoundError:
        return resource("icons", "page.svg").read_text(encoding="utf-8")


def _pixmap(name: str, color: QColor, size: int, ratio: float) -> QPixmap:
    svg = _source(name).replace("currentColor", color.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in the palette's colours (or in one given colour).

    Icons are kept per colour, so a page full of buttons renders each picture once; a
    palette change asks for new colours and so for new pictures.
    """
    palette = QGuiApplication.palette()
    normal = color or palette.color(QPalette.ColorRole.WindowText)
    selected = color or palette.color(QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    screen = QGuiApplication.primaryScreen()
    ratio = max(1.0, screen.devicePixelRatio() if screen is not None else 1.0)
    key = (name, normal.name(), selected.name(), disabled.name(), ratio)
    found = _made.get(key)
    if found is None:
        found = QIcon()
        for size in SIZES:
            found.addPixmap(_pixmap(name, normal, size, ratio), QIcon.Mode.Normal)
            if selected != normal:
                found.addPixmap(_pixmap(name, selected, size, ratio), QIcon.Mode.Selected)
            found.addPixmap(_pixmap(name, disabled, size, ratio), QIcon.Mode.Disabled)
        _made[key] = found
    return found


_made: dict[tuple[str, str, str, str, float], QIcon] = {}


def app_icon() -> QIcon:
    return icon("app", QColor("#1F5C99"))


ICON_SIZE = QSize(20, 20)
