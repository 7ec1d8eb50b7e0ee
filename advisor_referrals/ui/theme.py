"""Light and dark mode: the Fusion style, following the system's colour scheme.

Qt reports the system scheme through `QStyleHints.colorScheme()`; the theme option can
force light or dark. Our few custom colours (errors, cards, the sidebar) are chosen per
scheme here and everything else comes from the palette, so both modes read well. There
is no application-wide style sheet: text roles set fonts and palette roles instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QWidget

from advisor_referrals.ui.style import AppStyle

THEMES = ("system", "light", "dark")  # the theme option's values (ui/options.py)
ACCENT_LIGHT = "#2764A8"
ACCENT_DARK = "#4C82C9"


@dataclass(frozen=True)
class Colors:
    muted: str
    error: str
    ok: str
    warning: str
    card: str
    card_border: str
    sidebar: str
    accent: str
    invalid_field: str


LIGHT = Colors(
    muted="#5F6368",
    error="#B3261E",
    ok="#1E7B34",
    warning="#8A5A00",
    card="#FFFFFF",
    card_border="#D9DCE1",
    sidebar="#ECEEF1",
    accent=ACCENT_LIGHT,
    invalid_field="#FDECEA",
)
DARK = Colors(
    muted="#A0A5AB",
    error="#F2968F",
    ok="#7BCB8E",
    warning="#E3B45C",
    card="#26282B",
    card_border="#3A3D41",
    sidebar="#1B1C1F",
    accent=ACCENT_DARK,
    invalid_field="#4A2624",
)


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colors() -> Colors:
    return DARK if is_dark() else LIGHT


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#18191B",
        QPalette.ColorRole.AlternateBase: "#222326",
        QPalette.ColorRole.Text: "#E8EAED",
        QPalette.ColorRole.Button: "#2B2C30",
        QPalette.ColorRole.ButtonText: "#E8EAED",
        QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Highlight: ACCENT_DARK,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.LinkVisited: "#C58AF9",
        QPalette.ColorRole.ToolTipBase: "#2B2C30",
        QPalette.ColorRole.ToolTipText: "#E8EAED",
        QPalette.ColorRole.PlaceholderText: "#8A9096",
        QPalette.ColorRole.Light: "#3A3B3F",
        QPalette.ColorRole.Midlight: "#313236",
        QPalette.ColorRole.Mid: "#3C3D41",
        QPalette.ColorRole.Dark: "#141517",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6E7379"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3A3D41"))
    return palette


def light_palette(app: QApplication) -> QPalette:
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_LIGHT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT_LIGHT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6B7076"))
    return palette


def sidebar_style(c: Colors) -> str:
    """The sidebar's own style sheet (set on the sidebar only: an application-wide sheet
    would route every widget through the slower style-sheet style)."""
    return f"""
QListWidget {{ background: {c.sidebar}; border: none; outline: 0; padding: 8px 6px; }}
QListWidget::item {{ padding: 7px 10px; margin: 1px 0; border-radius: 6px; }}
QListWidget::item:selected {{ background: {c.accent}; color: #FFFFFF; }}
"""


# Text roles: a relative size, a weight, whether the text is muted (the palette's
# placeholder colour follows light and dark by itself).
_ROLES: dict[str, tuple[float, QFont.Weight, bool]] = {
    "heading": (1.65, QFont.Weight.DemiBold, False),
    "kpi": (2.1, QFont.Weight.DemiBold, False),
    "card-title": (1.1, QFont.Weight.DemiBold, False),
    "section": (0.9, QFont.Weight.DemiBold, True),
    "muted": (1.0, QFont.Weight.Normal, True),
}


def set_role(label: QWidget, role: str) -> None:
    """Give a label one of the text roles above (heading, kpi, card-title, section, muted)."""
    scale, weight, muted = _ROLES[role]
    font = QFont(label.font())
    if scale != 1.0:
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    font.setWeight(weight)
    if role == "section":
        font.setCapitalization(QFont.Capitalization.AllUppercase)
    label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def tint_invalid(widget: QWidget, invalid: bool) -> None:
    """A field holding a problem gets a faint red background (native look otherwise kept)."""
    palette = QPalette(QApplication.palette())
    if invalid:
        palette.setColor(QPalette.ColorRole.Base, QColor(colors().invalid_field))
    widget.setPalette(palette)


class Card(QFrame):
    """A rounded panel in the base colour with a thin border, painted (no style sheet)."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colors().card_border), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)


_choice = {"scheme": "system", "connected": False}


def apply_theme(app: QApplication, choice: str = "system") -> None:
    """Fusion (with our indicators, `ui/style.py`) and a palette for the chosen scheme:
    "system", "light" or "dark". Called again when the user picks another."""
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle())
    hints = app.styleHints()
    _choice["scheme"] = choice
    if choice == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    elif choice == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    else:
        hints.unsetColorScheme()
    _apply_palette(app)
    if not _choice["connected"]:
        hints.colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))
        _choice["connected"] = True


def wants_dark(app: QApplication) -> bool:
    """An explicit choice wins (some platforms cannot switch); else the system's scheme."""
    if _choice["scheme"] in ("light", "dark"):
        return _choice["scheme"] == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _apply_palette(app: QApplication) -> None:
    app.setPalette(dark_palette() if wants_dark(app) else light_palette(app))
