"""Line icons: drawn at each size they come in, in the palette's colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from advisor_referrals.ui import icons


def _ink(pixmap_icon: QIcon, side: int, mode: QIcon.Mode) -> set[str]:
    picture = pixmap_icon.pixmap(side, side, mode).toImage()
    assert picture.width() == side
    colors = set()
    for x in range(side):
        for y in range(side):
            pixel = picture.pixelColor(x, y)
            if pixel.alpha() == 255:
                colors.add(pixel.name())
    return colors


def test_an_icon_is_drawn_in_each_modes_colour_at_any_size(qapp: object) -> None:
    palette = QGuiApplication.palette()
    line = icons.icon("add")
    for side in icons.SIZES:
        assert _ink(line, side, QIcon.Mode.Normal) == {
            palette.color(QPalette.ColorRole.WindowText).name()
        }
    selected = _ink(line, 20, QIcon.Mode.Selected)
    assert selected == {palette.color(QPalette.ColorRole.HighlightedText).name()}
    tinted = icons.icon("add", QColor("#1f5c99"))
    assert _ink(tinted, 20, QIcon.Mode.Normal) == {"#1f5c99"}
    assert icons.icon("add") is line  # drawn pictures are kept
