"""Choose a contact by typing part of a name, email, phone or city (search runs in SQL)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.services.contacts.client_table import (
    ContactFilter,
    ContactListRow,
    ContactTable,
)
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.worker import run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN = 15
DEBOUNCE_MS = 150


def describe(row: ContactListRow) -> str:
    extra = " · ".join(p for p in (row.email, row.city) if p)
    return f"{row.full_name} — {extra}" if extra else row.full_name


class ContactPicker(QLineEdit):
    """A line edit whose completer lists matching contacts; `contact_id` is the one chosen."""

    contact_chosen = Signal(int)
    results_ready = Signal()

    def __init__(
        self,
        contacts: ContactTable,
        parent: QWidget | None = None,
        *,
        relationships: frozenset[Relationship] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.relationships = relationships
        self.contact_id: int | None = None
        self.contact_name = ""
        self._asked = 0
        self.setPlaceholderText(tr("Referrals", "Type a name, email or phone…"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.setCompleter(self.completer_)
        # The stubs do not know QCompleter.activated's QModelIndex overload.
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._take_only_match)

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self.contact_id = contact_id
        self.contact_name = name if contact_id is not None else ""
        self.setText(self.contact_name)
        if contact_id is not None:
            self.contact_chosen.emit(contact_id)

    def choose_row(self, row: int) -> None:
        """Take one of the listed matches (what clicking it in the popup does)."""
        item = self.matches.item(row)
        if item is not None:
            self.set_contact(int(item.data(ID_ROLE)), str(item.data(NAME_ROLE)))
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()

    def _edited(self, _text: str) -> None:
        self.contact_id = None
        self.contact_name = ""
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self.matches.clear()
            return
        flt = ContactFilter(text=text, relationships=self.relationships)
        run_task(
            self,
            lambda _p: self.contacts.first_page(flt, limit=SHOWN),
            lambda rows: self._show(asked, rows),
        )

    def _show(self, asked: int, rows: list[ContactListRow]) -> None:
        if asked != self._asked:
            return  # an older search finished after a newer one started
        self.matches.clear()
        for row in rows:
            item = QStandardItem(describe(row))
            item.setData(row.id, ID_ROLE)
            item.setData(row.full_name, NAME_ROLE)
            self.matches.appendRow(item)
        if rows and self.hasFocus():
            self.completer_.complete()
        self.results_ready.emit()

    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ID_ROLE)
        if contact_id is not None:
            self.set_contact(int(contact_id), str(index.data(NAME_ROLE)))

    def _take_only_match(self) -> None:
        if self.contact_id is None and self.matches.rowCount() == 1:
            self.choose_row(0)
