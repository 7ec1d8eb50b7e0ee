"""The app's line icons: SVGs in resources/icons drawn in the current palette's text colour.

The SVGs use `currentColor`; each icon is rendered in the palette's text colour for its
normal state and the highlighted-text colour for its selected state, so icons read well
in light and dark mode. Call `icon()` again after a palette change.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
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


class _SvgIconEngine(QIconEngine):
    """Draws the icon in its mode's colour the first time a size is asked for.

    Rendering every size and mode up front took nine SVG renders per icon, a tenth of
    the app's start-up for pictures mostly never shown (menus, hidden pages).
    """

    def __init__(self, name: str, colors: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self.name = name
        self.colors = colors
        self.drawn: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def _color(self, mode: QIcon.Mode) -> QColor:
        return self.colors.get(mode) or self.colors[QIcon.Mode.Normal]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        ratio = max(1.0, scale)
        key = (side, side, mode, ratio)
        found = self.drawn.get(key)
        if found is None:
            found = self.drawn[key] = _pixmap(self.name, self._color(mode), side, ratio)
        return found

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.name, dict(self.colors))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in the palette's colours (or in one given colour).

    Icons are kept per colour, so a page full of buttons draws each picture once; a
    palette change asks for new colours and so for new pictures.
    """
    palette = QGuiApplication.palette()
    normal = color or palette.color(QPalette.ColorRole.WindowText)
    selected = color or palette.color(QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    key = (name, normal.name(), selected.name(), disabled.name())
    found = _made.get(key)
    if found is None:
        colors = {
            QIcon.Mode.Normal: normal,
            QIcon.Mode.Active: normal,
            QIcon.Mode.Selected: selected,
            QIcon.Mode.Disabled: disabled,
        }
        found = _made[key] = QIcon(_SvgIconEngine(name, colors))
    return found


_made: dict[tuple[str, str, str, str], QIcon] = {}


def app_icon() -> QIcon:
    return icon("app", QColor("#1F5C99"))


ICON_SIZE = QSize(20, 20)
