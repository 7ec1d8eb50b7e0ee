"""A friend a client brought to an event: who brought them, and who they are (a new person,
added as a prospect, or someone already in the book)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from advisor_referrals.domain.client_events import Invitation
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program.record_dialog import RecordDialog
from advisor_referrals.ui.referrals.contact_picker import ContactPicker

GuestChoice = tuple[int, ContactFields | None, int | None, bool]


class GuestDialog(RecordDialog):
    def __init__(
        self,
        contacts: ContactTable,
        invitations: list[Invitation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Program", "Add a guest"), parent)
        self.host = QComboBox(self)
        coming = sorted(invitations, key=lambda i: (not i.attended, i.contact_name))
        for invitation in coming:
            self.host.addItem(invitation.contact_name, invitation.contact_id)
        self.new_person = QRadioButton(tr("Program", "A new person (added as a prospect)"), self)
        self.in_book = QRadioButton(tr("Program", "Someone in the book"), self)
        self.new_person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_person)
        group.addButton(self.in_book)
        self.first_name = QLineEdit(self)
        self.first_name.setPlaceholderText(tr("Program", "First name"))
        self.last_name = QLineEdit(self)
        self.last_name.setPlaceholderText(tr("Program", "Last name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(tr("Program", "Email"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(tr("Program", "Phone"))
        self.picker = ContactPicker(contacts, self)
        self.picker.setEnabled(False)
        self.came = QCheckBox(tr("Program", "Came to the event"), self)
        self.came.setChecked(True)
        names = QHBoxLayout()
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        reach = QHBoxLayout()
        reach.addWidget(self.email)
        reach.addWidget(self.phone)
        self.form.addRow(tr("Program", "&Brought by:"), self.host)
        self.form.addRow(self.new_person)
        self.form.addRow(names)
        self.form.addRow(reach)
        self.form.addRow(self.in_book)
        self.form.addRow(self.picker)
        self.form.addRow(self.came)
        self.form.addRow(
            self.note(
                tr(
                    "Program",
                    "The guest is recorded as a referral from the host, through the event, "
                    "and waits on Today for your follow-up.",
                )
            )
        )
        self.finish_layout()
        self.in_book.toggled.connect(self._switch)

    def _switch(self, in_book: bool) -> None:
        self.picker.setEnabled(in_book)
        for edit in (self.first_name, self.last_name, self.email, self.phone):
            edit.setEnabled(not in_book)

    def fields(self) -> GuestChoice | None:
        host = self.host.currentData()
        if host is None:
            self.say(tr("Program", "Invite the client who brought the guest first."))
            return None
        if self.in_book.isChecked():
            if self.picker.contact_id is None:
                self.say(tr("Program", "Choose the guest from the list."))
                return None
            return int(host), None, self.picker.contact_id, self.came.isChecked()
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            self.say(tr("Program", "Give the guest's name."))
            return None
        person = ContactFields(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
        )
        return int(host), person, None, self.came.isChecked()
