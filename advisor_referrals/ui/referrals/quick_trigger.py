"""The quick trigger dialog: log a life event for a contact in a few keystrokes (Ctrl+T)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.trigger_kinds import TriggerKind
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.ui.fields import date_edit, from_qdate, set_plain_text, to_qdate
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.contact_picker import ContactPicker
from advisor_referrals.ui.worker import run_task, show_error


class QuickTriggerDialog(QDialog):
    """Logs a new trigger, or edits one (`existing`).

    Save checks the form and emits `save_requested(fields)`; the controller saves off the
    UI thread and answers with `finish(trigger)` (which emits `saved` and closes) or
    `refused(error)`.
    """

    save_requested = Signal(object)  # TriggerFields
    saved = Signal(object)  # the trigger as the book has it

    def __init__(
        self,
        contacts: ContactTable,
        kinds: TriggerKindService,
        parent: QWidget | None = None,
        *,
        existing: ConversationTrigger | None = None,
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self.setWindowTitle(
            tr("Triggers", "Edit trigger") if existing else tr("Triggers", "Log a trigger")
        )
        self.contact = ContactPicker(contacts, self)
        self.kind = QComboBox(self)
        self.occurred_on = date_edit(parent=self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(tr("Triggers", "What happened, in their words"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.talked = QCheckBox(tr("Triggers", "We talked about referrals"), self)
        self.talking_point = QLabel(self)
        self.talking_point.setWordWrap(True)
        self.talking_point.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = form_layout()
        form.addRow(tr("Triggers", "&Contact:"), self.contact)
        form.addRow(tr("Triggers", "&What happened:"), self.kind)
        form.addRow("", self.talking_point)
        form.addRow(tr("Triggers", "&When:"), self.occurred_on)
        form.addRow(tr("Triggers", "&Notes:"), self.notes)
        form.addRow("", self.talked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_talking_point)
        self._kinds: list[TriggerKind] = []
        self.loaded = False
        run_task(self, lambda _p: kinds.kinds(), self._fill_kinds)
        if existing is not None:
            self.contact.set_contact(existing.contact_id, existing.contact_name)
            self.occurred_on.setDate(to_qdate(existing.occurred_on))
            set_plain_text(self.notes, existing.notes)
            self.talked.setChecked(existing.referral_conversation)
        self.setMinimumWidth(480)
        self.resize(480, self.sizeHint().height())

    def preset(self, contact_id: int | None, name: str = "", *, talked: bool = False) -> None:
        if contact_id is not None:
            self.contact.set_contact(contact_id, name)
            self.kind.setFocus()
        self.talked.setChecked(talked)

    def _fill_kinds(self, kinds: list[TriggerKind]) -> None:
        current = self.existing.kind if self.existing else None
        # Retired kinds are offered only to the trigger that already has one.
        self._kinds = [k for k in kinds if k.active or k.key == current]
        self.kind.clear()
        for kind in self._kinds:
            label = (
                kind.label if kind.active else tr("Triggers", "{0} (retired)").format(kind.label)
            )
            self.kind.addItem(label, kind.key)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.loaded = True
        self._show_talking_point()

    def _show_talking_point(self) -> None:
        index = self.kind.currentIndex()
        if 0 <= index < len(self._kinds):
            self.talking_point.setText(self._kinds[index].talking_point)
        # The talking point wraps over several lines: make room for it.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def fields(self) -> TriggerFields | None:
        if self.contact.contact_id is None:
            self._say(tr("Triggers", "Choose the contact from the list that appears as you type."))
            self.contact.setFocus()
            return None
        if self.kind.currentData() is None:
            self._say(tr("Triggers", "Choose what happened."))
            return None
        return TriggerFields(
            contact_id=self.contact.contact_id,
            kind=str(self.kind.currentData()),
            occurred_on=from_qdate(self.occurred_on.date()),
            referral_conversation=self.talked.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        fields = self.fields()
        if fields is None:
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(fields)

    def finish(self, trigger: ConversationTrigger) -> None:
        self.saved.emit(trigger)
        self.accept()

    def refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
