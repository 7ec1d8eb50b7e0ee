"""What every list on the Today page shares: its total beside its title, a hint that says
how to open a row, and the way to the whole list.

A list shows its first rows; "Show all 97…" opens the whole list on the page it
belongs to, filtered the same way (docs/design.md, "Changes and undo" says how that page
then follows changes). A click selects a row; Return or a double-click opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.theme import set_role


def count_heading(title: str, shown: int, total: int) -> str:
    """ "Overdue follow-ups — 8 of 97" when the list shows only its first rows."""
    if total <= 0:
        return title
    if shown < total:
        return tr("Today", "{0} — {1} of {2}").format(
            title, formats.count(shown), formats.count(total)
        )
    return tr("Today", "{0} ({1})").format(title, formats.count(total))


def open_hint() -> str:
    return tr("Today", "Click a row to select it; press Return or double-click to open it.")


class ListFooter(QWidget):
    """The hint line and the links to whole lists under a Today list ("Show all 97…").

    Most lists have one link (`show_all`); one that shows two lists at once has one link
    each (`link_clicked(index)`).
    """

    show_all = Signal()
    link_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, links: int = 1) -> None:
        super().__init__(parent)
        self.hint = QLabel(open_hint(), self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        self.links: list[QPushButton] = []
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for index in range(links):
            link = QPushButton(self)
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setStyleSheet("QPushButton { color: palette(link); text-align: right; }")
            link.clicked.connect(lambda _checked=False, i=index: self._clicked(i))
            column.addWidget(link, 0, Qt.AlignmentFlag.AlignRight)
            self.links.append(link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint, 1)
        layout.addLayout(column)
        self.link = self.links[0]
        for index in range(links):
            self.set_total(0, index=index)

    def set_total(self, total: int, text: str | None = None, *, index: int = 0) -> None:
        """Offer the whole list when it has rows; `text` words the link otherwise."""
        link = self.links[index]
        link.setVisible(total > 0)
        link.setText(text or tr("Today", "Show all {0}…").format(formats.count(total)))
        self.hint.setVisible(any(not b.isHidden() for b in self.links))

    def _clicked(self, index: int) -> None:
        self.link_clicked.emit(index)
        if index == 0:
            self.show_all.emit()


class _ReturnOpens(QObject):
    def __init__(self, view: QAbstractItemView, open_row: Callable[[int], None]) -> None:
        super().__init__(view)
        self.view = view
        self.open_row = open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = event.key() if isinstance(event, QKeyEvent) else None
        if event.type() == QEvent.Type.KeyPress and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.view.currentIndex()
            if index.isValid():
                self.open_row(index.row())
                return True
        return False


def opens_rows(view: QAbstractItemView, open_row: Callable[[int], None]) -> None:
    """A click selects a row; Return or a double-click opens it (`open_row(row)`).

    Not `activated`: whether a single click activates depends on the platform's style,
    and the hint promises the same everywhere.
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.doubleClicked.connect(lambda index: open_row(index.row()))
    view.installEventFilter(_ReturnOpens(view, open_row))
