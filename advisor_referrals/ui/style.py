"""The app's widget style: Fusion, with check boxes, radio buttons and field frames that
show in dark mode as well as in light.

Fusion outlines its indicators and fields with the window colour made darker, which on
a dark window is nearly black on nearly black: a check box all but disappears. This
proxy draws the two indicators itself, in both modes alike, with a border of at least
3:1 against the window (the contrast WCAG asks of a control's outline) and the accent colour once checked; it also redraws the outline of
text fields, spin boxes and combo boxes in that colour. Everything else
is Fusion's. `tests/ui/test_theme.py` measures the contrast in grabs of both modes.

It also lays out each cell of every item view in the direction of its own text: a name
written in Arabic or Hebrew is a right-to-left paragraph even in an English table, so
its comma, full stop or bracketed number sit where a reader of that script expects
them (Qt would otherwise lay every cell out left to right). The cell keeps the
column's alignment.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionViewItem,
    QWidget,
)

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
CE = QStyle.ControlElement
_INDICATORS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck)
# Outlines of controls: 5.1:1 on the light window, 5.3:1 on the dark one (a line of a
# pixel or so is drawn lighter where it is smoothed, so both stay well above 3:1).
BORDER_LIGHT = QColor("#62676E")
BORDER_DARK = QColor("#8F959C")


def starts_right_to_left(text: str) -> bool:
    """Whether the text's first strongly directional letter is Arabic or Hebrew (the rule
    by which a paragraph takes its direction, Unicode's bidirectional algorithm P2)."""
    if text.isascii():
        return False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def in_text_direction(option: QStyleOptionViewItem) -> QStyleOptionViewItem:
    """The cell's option laid out in its text's direction, aligned as its column is."""
    if option.direction == Qt.LayoutDirection.RightToLeft or not starts_right_to_left(option.text):
        return option
    turned = QStyleOptionViewItem(option)
    turned.direction = Qt.LayoutDirection.RightToLeft
    aligned = QStyle.visualAlignment(option.direction, option.displayAlignment)
    turned.displayAlignment = aligned | Qt.AlignmentFlag.AlignAbsolute
    return turned


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def control_border(palette: QPalette) -> QColor:
    return BORDER_DARK if is_dark(palette) else BORDER_LIGHT


class AppStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("advisor-referrals")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _INDICATORS:
            _check_box(option, painter)
            return
        if element == PE.PE_IndicatorRadioButton:
            _radio_button(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == PE.PE_FrameLineEdit:
            _outline(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == CE.CE_ItemViewItem and isinstance(option, QStyleOptionViewItem):
            option = in_text_direction(option)
        super().drawControl(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_SpinBox, CC.CC_ComboBox):
            _outline(option, painter)


def _state(option: QStyleOption, flag: QStyle.StateFlag) -> bool:
    return bool(option.state & flag)


def _border(option: QStyleOption) -> QColor:
    palette = option.palette
    if not _state(option, QStyle.StateFlag.State_Enabled):
        return _mix(control_border(palette), palette.color(QPalette.ColorRole.Window))
    if _state(option, QStyle.StateFlag.State_HasFocus) or _state(
        option, QStyle.StateFlag.State_MouseOver
    ):
        return palette.color(QPalette.ColorRole.Highlight)
    return control_border(palette)


def _mix(a: QColor, b: QColor) -> QColor:
    return QColor(
        (a.red() + b.red()) // 2, (a.green() + b.green()) // 2, (a.blue() + b.blue()) // 2
    )


def _square(rect: QRect) -> QRectF:
    side = min(rect.width(), rect.height()) - 1
    box = QRectF(0, 0, side, side)
    box.moveCenter(QRectF(rect).center())
    return box


def _check_box(option: QStyleOption, painter: QPainter) -> None:
    palette = option.palette
    enabled = _state(option, QStyle.StateFlag.State_Enabled)
    marked = _state(option, QStyle.StateFlag.State_On) or _state(
        option, QStyle.StateFlag.State_NoChange
    )
    box = _square(option.rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if marked and enabled:
        fill = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(fill, 1))
    else:
        role = QPalette.ColorRole.Base if enabled else QPalette.ColorRole.Window
        fill = palette.color(role)
        painter.setPen(QPen(_border(option), 1.2))
    painter.setBrush(fill)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    if marked:
        mark = (
            palette.color(QPalette.ColorRole.HighlightedText)
            if enabled
            else palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        pen = QPen(mark, max(1.6, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        w, left, top = box.width(), box.left(), box.top()
        if _state(option, QStyle.StateFlag.State_NoChange):
            middle = box.center().y()
            painter.drawLine(QPointF(left + w * 0.27, middle), QPointF(left + w * 0.73, middle))
        else:
            path = QPainterPath(QPointF(left + w * 0.25, top + w * 0.52))
            path.lineTo(left + w * 0.43, top + w * 0.70)
            path.lineTo(left + w * 0.76, top + w * 0.32)
            painter.drawPath(path)
    painter.restore()


def _radio_button(option: QStyleOption, painter: QPainter) -> None:
    palette = option.palette
    enabled = _state(option, QStyle.StateFlag.State_Enabled)
    on = _state(option, QStyle.StateFlag.State_On)
    circle = _square(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    accent = palette.color(QPalette.ColorRole.Highlight)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    border = accent if on and enabled else _border(option)
    painter.setPen(QPen(border, 1.2))
    role = QPalette.ColorRole.Base if enabled else QPalette.ColorRole.Window
    painter.setBrush(palette.color(role))
    painter.drawEllipse(circle)
    if on:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent if enabled else _border(option))
        dot = circle.width() * 0.27
        painter.drawEllipse(circle.center(), dot, dot)
    painter.restore()


def _outline(option: QStyleOption, painter: QPainter) -> None:
    """Fusion's rounded field outline again, in a colour that shows on either window."""
    if _state(option, QStyle.StateFlag.State_HasFocus):
        return  # Fusion's focus outline is in the accent colour, which shows
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(_border(option), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.restore()
