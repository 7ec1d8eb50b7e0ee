"""Form pieces: a date field typed in the user's locale, and problems shown at the field."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QTime, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.theme import colors, tint_invalid


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The date of a QDate (its own `toPython()` is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date picker that shows its date as the locale writes dates, with a calendar."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_hint())
    edit.setDate(to_qdate(value or date.today()))
    return edit


class DateField(QWidget):
    """A date that may be left empty: typed as the locale writes dates, or picked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("Fields", "e.g. {0}").format(formats.date_example()))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setToolTip(tr("Fields", "Pick a date"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._before_popup)
        self.pick.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        """The date, or None when empty; raises ValueError when the text is not a date."""
        return formats.parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.edit.setText(formats.short_date(value))

    def problem(self) -> str | None:
        try:
            self.value()
        except ValueError:
            return tr("Fields", "not a date; write it like {0}").format(
                formats.short_date(date(2026, 3, 31))
            )
        return None

    def _before_popup(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        self.calendar.setSelectedDate(formats.to_qdate(current or date.today()))

    def _picked(self, picked: QDate) -> None:
        self.set_value(formats.from_qdate(picked))
        menu = self.pick.menu()
        if menu is not None:
            menu.close()


def compact_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A filter's choice box that asks for room for `characters`, not for its longest
    choice (the list it opens still shows every choice whole): a row of filters then fits
    a 1280-pixel laptop at 125% (docs/design.md, "Contracts")."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Fill a text box as a field is filled: the cursor after the text, ready to add to it
    (Qt leaves it before the text)."""
    edit.setPlainText(text)
    edit.moveCursor(QTextCursor.MoveOperation.End)


class ErrorLabel(QLabel):
    """The message under a field, in the theme's error colour; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._recolour()
        self.hide()

    def _recolour(self) -> None:
        palette = QPalette(QApplication.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colors().error))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()  # light/dark switched
        super().changeEvent(event)

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """A field with its error message beneath it, for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint a field that holds a problem."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    tint_invalid(widget, invalid)
