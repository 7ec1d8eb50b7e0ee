"""The status bar: where the book is, how many contacts it holds, and passing messages."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar, QWidget

from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import CONTACT, BookEvents
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import run_task

MESSAGE_MS = 5000


def notify(widget: QWidget, message: str) -> None:
    """A passing message in the window's status bar (nothing when there is no window)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, MESSAGE_MS)


class BookStatus(QObject):
    """The permanent part of the status bar: the book's location and its contact count."""

    def __init__(
        self, bar: QStatusBar, location: str, table: ContactTable, events: BookEvents
    ) -> None:
        super().__init__(bar)
        self.table = table
        events.changed.connect(self._book_changed)
        self.count_label = QLabel()
        self.book_label = QLabel(location)
        set_role(self.book_label, "muted")
        self.book_label.setToolTip(tr("Status", "The book open in this window"))
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.book_label)
        self.count: int | None = None

    def _book_changed(self, changes: BookChanges) -> None:
        if changes.touches(CONTACT):
            self.refresh()

    def refresh(self) -> None:
        table = self.table

        def work(_progress: Progress) -> int:
            return table.count()

        run_task(self, work, self._show)

    def _show(self, count: int) -> None:
        self.count = count
        self.count_label.setText(ntr("Status", "%Ln contact", "%Ln contacts", count))
        self.count_label.setToolTip(formats.count(count))
