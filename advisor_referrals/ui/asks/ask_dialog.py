"""The ask dialog: record that a client was asked for an introduction, and how it went."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.asks import Ask, AskFields, AskMethod, AskOutcome
from advisor_referrals.services.asks.ask_log import AskService
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.ui import labels
from advisor_referrals.ui.fields import date_edit, from_qdate, set_plain_text, to_qdate
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.contact_picker import ContactPicker
from advisor_referrals.ui.worker import run_task, show_error


class AskDialog(QDialog):
    """Logs a new ask, or edits (or deletes) one (`existing`).

    Save checks the form and emits `save_requested(fields)`; the controller saves off the
    UI thread and answers with `finish(ask)` (closes) or `refused(error)` (stays open).
    """

    save_requested = Signal(object)  # AskFields
    delete_requested = Signal()

    def __init__(
        self,
        contacts: ContactTable,
        asks: AskService,
        parent: QWidget | None = None,
        *,
        existing: Ask | None = None,
    ) -> None:
        super().__init__(parent)
        self.asks = asks
        self.existing = existing
        self.setWindowTitle(
            tr("Asks", "Edit the ask") if existing else tr("Asks", "Log the conversation")
        )
        self.intro = QLabel(
            tr(
                "Asks",
                "You asked this client for an introduction. How did you ask, and what did "
                "they say?",
            )
        )
        self.intro.setWordWrap(True)
        self.contact = ContactPicker(contacts, self)
        self.asked_on = date_edit(parent=self)
        self.method = QComboBox(self)
        for method in AskMethod:
            self.method.addItem(labels.ask_method(method), method.value)
        self.outcome = QComboBox(self)
        self.outcome.setPlaceholderText(tr("Asks", "Choose what they said…"))
        for outcome in AskOutcome:
            self.outcome.addItem(labels.ask_outcome(outcome), outcome.value)
        self.outcome.setCurrentIndex(-1)
        self.referral = QComboBox(self)
        self.referral.setToolTip(
            tr("Asks", "The referral this ask led to, once the client has introduced someone")
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(tr("Asks", "What they said, who they thought of"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = form_layout()
        form.addRow(tr("Asks", "&Client:"), self.contact)
        form.addRow(tr("Asks", "&Date:"), self.asked_on)
        form.addRow(tr("Asks", "&How:"), self.method)
        form.addRow(tr("Asks", "&Outcome:"), self.outcome)
        form.addRow(tr("Asks", "&Led to:"), self.referral)
        form.addRow(tr("Asks", "&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if existing is not None:
            self.delete_button = self.buttons.addButton(
                tr("Asks", "Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.contact.contact_chosen.connect(self._load_referrals)
        self._fill_referrals([])
        if existing is not None:
            self.contact.set_contact(existing.contact_id, existing.contact_name)
            self.asked_on.setDate(to_qdate(existing.asked_on))
            self.method.setCurrentIndex(self.method.findData(existing.method.value))
            self.outcome.setCurrentIndex(self.outcome.findData(existing.outcome.value))
            set_plain_text(self.notes, existing.notes)
        self.setMinimumWidth(480)

    def preset(
        self, contact_id: int | None, name: str = "", method: AskMethod = AskMethod.CALL
    ) -> None:
        self.method.setCurrentIndex(self.method.findData(method.value))
        if contact_id is not None:
            self.contact.set_contact(contact_id, name)
            self.outcome.setFocus()

    # The referrals the chosen client made, to link the one an ask led to

    def _load_referrals(self, contact_id: int) -> None:
        asks = self.asks
        run_task(self, lambda _p: asks.introductions_by(contact_id), self._fill_referrals)

    def _fill_referrals(self, found: list[tuple[int, str]]) -> None:
        wanted = self.existing.referral_id if self.existing else None
        self.referral.clear()
        self.referral.addItem(tr("Asks", "No introduction recorded yet"), None)
        for referral_id, text in found:
            self.referral.addItem(text, referral_id)
        if wanted is not None:
            self.referral.setCurrentIndex(max(0, self.referral.findData(wanted)))

    # Saving

    def fields(self) -> AskFields | None:
        if self.contact.contact_id is None:
            self._say(tr("Asks", "Choose the client from the list that appears as you type."))
            self.contact.setFocus()
            return None
        if self.outcome.currentIndex() < 0:
            self._say(tr("Asks", "Choose what they said."))
            self.outcome.setFocus()
            return None
        referral = self.referral.currentData()
        return AskFields(
            contact_id=self.contact.contact_id,
            asked_on=from_qdate(self.asked_on.date()),
            method=AskMethod(str(self.method.currentData())),
            outcome=AskOutcome(str(self.outcome.currentData())),
            referral_id=int(referral) if referral is not None else None,
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        fields = self.fields()
        if fields is None:
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(fields)

    def _delete(self) -> None:
        self.buttons.setEnabled(False)
        self.delete_requested.emit()

    def finish(self, _saved: object = None) -> None:
        self.accept()

    def refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
