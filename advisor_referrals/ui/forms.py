"""Forms laid out by Qt's conventions for the platform's style (docs/design.md, "The screen").

Every form in the app is a QFormLayout made here: labels aligned as the style aligns
them (left in Fusion and on Windows, right on macOS), label text ending in a colon, and
the style's spacing between a label and its field. A QFormLayout nested in another
layout asks its parent for spacing and gets none from a grid: its labels then touch
their fields, which is why the spacing is set here, from the style, always.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QStyle, QWidget

from advisor_referrals.ui.i18n import tr

DEFAULT_SPACING = 6


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    style = parent.style() if parent is not None else QApplication.style()
    alignment = style.styleHint(QStyle.StyleHint.SH_FormLayoutLabelAlignment)
    form.setLabelAlignment(Qt.AlignmentFlag(alignment))
    across = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
    down = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
    form.setHorizontalSpacing(across if across > 0 else DEFAULT_SPACING)
    form.setVerticalSpacing(down if down > 0 else DEFAULT_SPACING)
    return form


def field_label(text: str) -> str:
    """A field's name as a form labels it: "First name:" (the colon as the language puts it)."""
    text = text.strip()
    if not text or text.endswith((":", "：")):
        return text
    return tr("Forms", "{0}:").format(text)
