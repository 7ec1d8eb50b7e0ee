"""The application icon, from the PNG sizes scripts/make-icons.py renders from app.svg.

PNGs rather than the SVG: the window icon is set before the first window shows, and
loading a few small PNGs is cheaper than starting the SVG renderer at every launch.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from advisor_referrals.resources import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> list[tuple[int, str]]:
    """(size, path) of every rendered size; raises FileNotFoundError when one is missing."""
    return [(size, str(resource("icons", f"app-{size}.png"))) for size in ICON_SIZES]


def app_icon() -> QIcon:
    icon = QIcon()
    for size, path in icon_files():
        icon.addFile(path, QSize(size, size))
    return icon
