"""Windows and dialogs open inside the screen's free area (QScreen.availableGeometry).

A laptop at 1280x800, or at 125% scaling (1024x640 of room), must never get a window
larger than its screen or one whose title bar is out of reach. Sizes the code asks for
are wishes: `resize_within_screen` keeps them inside the area the desktop leaves free
(its panels and docks excluded) with room for the window's frame, and
`keep_on_screen` brings a restored window back from a screen that is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders a window manager adds around a window (a typical frame;
# the real one is known only once the window is shown).
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def room(widget: QWidget | None = None) -> QSize:
    """The largest window (without its frame) that fits the free area."""
    area = available_area(widget)
    return QSize(max(200, area.width() - FRAME.width()), max(200, area.height() - FRAME.height()))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the wished size, or to the room the screen has if that is less."""
    space = room(widget)
    widget.resize(min(width, space.width()), min(height, space.height()))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move a window (say, one restored from a bigger screen) into the free area."""
    area = available_area(widget)
    space = room(widget)
    size = widget.size().boundedTo(space)
    if size != widget.size():
        widget.resize(size)
    corner = widget.pos()  # a window's position is its frame's
    right = area.left() + area.width() - size.width() - FRAME.width()
    bottom = area.top() + area.height() - size.height() - FRAME.height()
    left = max(area.left(), min(corner.x(), right))
    top = max(area.top(), min(corner.y(), bottom))
    if (left, top) != (corner.x(), corner.y()):
        widget.move(left, top)


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for what it now shows (a warning that appeared, wrapped
    text), never taller than the screen. Qt sizes a window's minimum from its widgets'
    minimum sizes, which know nothing of how tall wrapped text is at the window's width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalSizeHint().height())
    height = min(needed, room(window).height())
    if height > window.height():
        window.resize(window.width(), height)
