"""Light and dark: every kind of control stands out from the window in both, measured in
grabs (WCAG's 3:1 for a control's outline or fill against what surrounds it); the theme
is chosen in Settings > Appearance and applied at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QRect, QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advisor_referrals.ui.appearance import AppearanceTab
from advisor_referrals.ui.options import THEME, Settings
from advisor_referrals.ui.theme import apply_theme, is_dark

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
OUTLINE_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: the visual parts that identify a control


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_contrast(image: QImage, area: QRect, against: QColor) -> float:
    """The strongest contrast any pixel of the area has with the colour around it."""
    area = area.intersected(image.rect())
    return max(
        contrast(QColor(image.pixel(x, y)), against)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


@pytest.fixture(params=["light", "dark"])
def mode(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")  # the other UI tests run in light mode


def shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def indicator(button: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, option, button)


def window_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Window)


def test_check_boxes_and_radio_buttons_stand_out_in_both_modes(qtbot: QtBot, mode: str) -> None:
    assert is_dark() == (mode == "dark")
    buttons: list[QCheckBox | QRadioButton] = []
    for checked in (False, True):
        box = QCheckBox("Written financial plan")
        box.setChecked(checked)
        radio = QRadioButton("A new person")
        radio.setChecked(checked)
        buttons += [box, radio]
    holders = [shown(qtbot, button) for button in buttons]
    for button, holder in zip(buttons, holders, strict=True):
        del holder
        image = button.grab().toImage()
        found = best_contrast(image, indicator(button), window_colour(button))
        state = "checked" if button.isChecked() else "unchecked"
        assert found >= OUTLINE_CONTRAST, (
            f"{mode}: a {state} {type(button).__name__} is {found:.2f}:1 against the window"
        )


def _frame(widget: QWidget) -> QRect:
    """The left edge of a field, where its outline is (its text is further in)."""
    return QRect(0, widget.height() // 4, 3, widget.height() // 2)


def _line() -> QLineEdit:
    return QLineEdit("Ana Souza")


def _date() -> QDateEdit:
    edit = QDateEdit()
    edit.setDate(QDate(2026, 12, 5))
    return edit


def _combo(*, editable: bool) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.addItems(["Client", "Prospect"])
    return combo


FIELDS: list[Callable[[], QWidget]] = [
    _line,
    QSpinBox,
    _date,
    lambda: _combo(editable=False),
    lambda: _combo(editable=True),
]


@pytest.mark.parametrize("make", FIELDS, ids=["line", "spin", "date", "combo", "editable"])
def test_fields_show_their_outline_in_both_modes(
    qtbot: QtBot, mode: str, make: Callable[[], QWidget]
) -> None:
    field = make()
    holder = shown(qtbot, field)
    image = field.grab().toImage()
    found = best_contrast(image, _frame(field), window_colour(field))
    assert found >= OUTLINE_CONTRAST, f"{mode}: {type(field).__name__} {found:.2f}:1"
    holder.close()


def test_a_checkable_group_shows_its_box_in_both_modes(qtbot: QtBot, mode: str) -> None:
    group = QGroupBox("Compensated referral (cash or non-cash)")
    group.setCheckable(True)
    group.setChecked(False)
    QVBoxLayout(group).addWidget(QLineEdit())
    holder = shown(qtbot, group)
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    box = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, group
    )
    image = group.grab().toImage()
    assert best_contrast(image, box, window_colour(group)) >= OUTLINE_CONTRAST
    holder.close()


def test_the_theme_is_chosen_in_settings_and_applied_at_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: object
) -> None:
    settings = Settings(QSettings(f"{tmp_path}/settings.ini", QSettings.Format.IniFormat))
    tab = AppearanceTab(settings)
    qtbot.addWidget(tab)
    assert tab.buttons["system"].isChecked()
    try:
        tab.buttons["dark"].setChecked(True)
        assert tab.save()
        assert settings.get(THEME) == "dark"
        assert is_dark()
        again = AppearanceTab(settings)
        qtbot.addWidget(again)
        assert again.buttons["dark"].isChecked()
        again.buttons["light"].setChecked(True)
        again.save()
        assert not is_dark()
        assert settings.get(THEME) == "light"
    finally:
        apply_theme(qapp, "light")
