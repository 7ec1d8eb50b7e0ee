"""What "fits the screen" means for a window, a page or a dialog, checked on the live widgets.

- the window's minimum size (what its layouts insist on) fits the screen's free area;
- every button shown is as wide and as tall as its text and icon need (its size hint);
- every label shown shows all its text: one line as wide as the text, or wrapped text
  with the height its width needs.

A scroll area may hold more than the screen, so widgets are measured where they are,
not against the screen.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from advisor_referrals.ui.screen import room

# A label whose text the app elides on purpose (its tooltip holds it whole) says so.
ELIDES = "elides"
# With this set to a folder, each state checked is saved there as a PNG, to look at.
SHOTS_ENV = "ADVISOR_REFERRALS_FIT_SHOTS"


def snapshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9#>.-]+", "_", name).strip("_")
        widget.grab().save(str(Path(folder) / f"{safe}.png"))


def settle(app: QApplication | None = None) -> None:
    """Let background loads finish and their results reach the widgets."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    for _ in range(6):
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    owner = widget.window()
    where = owner.windowTitle() if isinstance(owner, QDialog) else ""
    return f"{type(widget).__name__} {text[:60]!r} in {where or type(owner).__name__}"


def _shown(widget: QWidget, top: QWidget) -> bool:
    if not widget.isVisibleTo(top) or widget.width() <= 0:
        return False
    # Qt's own parts of a calendar, a field (its clear button) or a tab bar (its scroll
    # arrows) are not ours to size.
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QCalendarWidget | QTabBar | QLineEdit | QAbstractSpinBox):
            return False
        parent = parent.parentWidget()
    return True


def cut_widgets(top: QWidget) -> list[str]:
    """Buttons and labels shown in `top` that do not show all their text."""
    problems: list[str] = []  # each problem once, however many rows repeat it
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top) or not (button.text() or not button.icon().isNull()):
            continue
        hint = button.sizeHint()
        if button.hasHeightForWidth():  # a command link's description wraps to its width
            hint.setHeight(button.heightForWidth(button.width()))
        if hint.width() > button.width() or hint.height() > button.height() + 1:
            problems.append(
                f"{_name(button)} is cut: needs {_size(hint)}, has {_size(button.size())}"
            )
    for combo in top.findChildren(QComboBox):
        if _shown(combo, top) and not combo.isEditable() and combo.currentText():
            needed = _combo_width(combo)
            if needed > combo.width() + 1:  # a pixel of rounding between style and hint
                problems.append(
                    f"{_name(combo)} cuts its choice {combo.currentText()!r}: "
                    f"needs {needed} px, has {combo.width()}"
                )
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or label.property(ELIDES):
            continue
        problem = _label_problem(label)
        if problem:
            problems.append(f"{_name(label)} {problem}")
    problems += overlaps(top) + crowded_forms(top)
    return list(dict.fromkeys(problems))


def cursors_not_at_the_end(top: QWidget) -> list[str]:
    """Fields holding text whose cursor is not after it (Qt puts a text box's before)."""
    problems: list[str] = []
    for line in top.findChildren(QLineEdit):
        filled = _shown(line, top) and line.text() and not line.isReadOnly()
        if filled and line.cursorPosition() != len(line.text()):
            problems.append(f"{_name(line)} starts with its cursor inside its text")
    for box in top.findChildren(QPlainTextEdit):
        filled = _shown(box, top) and box.toPlainText() and not box.isReadOnly()
        if filled and not box.textCursor().atEnd():
            problems.append(f"a text box in {_name(top)} starts with its cursor before its text")
    return problems


def crowded_forms(top: QWidget) -> list[str]:
    """Form rows whose label touches its field, or that ignore the style's label alignment
    (Qt's form conventions: docs/design.md, "The screen")."""
    problems: list[str] = []
    wanted = top.style().styleHint(QStyle.StyleHint.SH_FormLayoutLabelAlignment)
    for form in top.findChildren(QFormLayout):
        if int(form.labelAlignment()) & 0xF != wanted & 0xF:
            problems.append(f"a form in {_name(top)} aligns its labels its own way")
        above: QWidget | None = None
        for row in range(form.rowCount()):
            label = _widget_of(form.itemAt(row, QFormLayout.ItemRole.LabelRole))
            field = _widget_of(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
            if field is not None and _shown(field, top):
                if above is not None and field.geometry().top() - above.geometry().bottom() < 3:
                    problems.append(f"{_name(field)} touches the row above it")
                above = field
            if label is None or field is None or not _shown(label, top):
                continue
            gap = field.geometry().left() - label.geometry().right()
            if isinstance(label, QLabel) and gap < 4:
                problems.append(f"{_name(label)} touches its field ({gap - 1} px apart)")
    return problems


def overlaps(top: QWidget) -> list[str]:
    """Widgets laid out by one layout that sit on top of each other (a layout squeezed
    below what its contents need puts them so)."""
    problems: list[str] = []
    for layout in top.findChildren(QLayout):
        shown = [
            w
            for i in range(layout.count())
            if (w := _widget_of(layout.itemAt(i))) is not None and _shown(w, top)
        ]
        for index, first in enumerate(shown):
            for second in shown[index + 1 :]:
                if first.parentWidget() is not second.parentWidget():
                    continue
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def _widget_of(item: QLayoutItem | None) -> QWidget | None:
    return item.widget() if item is not None else None


def _combo_width(combo: QComboBox) -> int:
    """How wide the combo box must be to show the choice it shows, arrow included."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        text.setWidth(text.width() + combo.iconSize().width() + 4)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    return size.width()


def _label_problem(label: QLabel) -> str | None:
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"is cut: its {label.width()} px need {needed} px of height, it has {label.height()}"
        return None
    hint = label.minimumSizeHint()
    if hint.width() > label.width() + 1:
        return f"is cut: needs {hint.width()} px of width, has {label.width()}"
    if hint.height() > label.height() + 1:
        return f"is cut: needs {hint.height()} px of height, has {label.height()}"
    return None


def _size(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


def too_big(window: QWidget) -> list[str]:
    """The window cannot be made small enough for the screen, or opened larger than it."""
    space = room(window)
    problems: list[str] = []
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() > space.width() or smallest.height() > space.height():
        problems.append(
            f"{type(window).__name__} {window.windowTitle()!r} needs at least {_size(smallest)}; "
            f"the screen has room for {_size(space)}"
        )
    if window.width() > space.width() or window.height() > space.height():
        problems.append(
            f"{type(window).__name__} {window.windowTitle()!r} opens at {_size(window.size())}; "
            f"the screen has room for {_size(space)}"
        )
    return problems


def tab_states(top: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget in turn (outer tabs first); yields where it is."""
    seen: set[int] = set()

    def walk(widget: QWidget, path: str) -> Iterator[str]:
        tabs = [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(top)]
        outer = [t for t in tabs if id(t) not in seen and _outermost(t, tabs)]
        if not outer:
            yield path
            return
        tab_widget = outer[0]
        seen.add(id(tab_widget))
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            settle()
            yield from walk(widget, f"{path} > {tab_widget.tabText(index).replace('&', '')}")

    yield from walk(top, "")


def _outermost(tab_widget: QTabWidget, among: list[QTabWidget]) -> bool:
    parent = tab_widget.parentWidget()
    while parent is not None:
        if parent in among:
            return False
        parent = parent.parentWidget()
    return True
