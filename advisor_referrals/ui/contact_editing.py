"""Adding, editing, archiving contacts and renaming households, each an undoable step.

The controller behind New Contact (Ctrl+N), the client detail's Edit and Archive
buttons and the table's context menu. It opens the dialog, makes the change through
ContactService, pushes the matching undo command and announces `contacts_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QMessageBox, QWidget

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.merging import ContactMerger, Merged
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.status import notify
from advisor_referrals.ui.undo_commands import (
    ArchiveContacts,
    CreateContact,
    EditContact,
    MergeContactsStep,
    RenameHousehold,
)
from advisor_referrals.ui.worker import show_error


def ask_reload(parent: QWidget | None, error: ConflictError) -> bool:
    """Tell the user their save was refused and offer the latest version. True: reload."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Editing", "Changed Elsewhere"))
    box.setText(tr("Editing", "Someone else saved this contact while you were editing it."))
    box.setInformativeText(
        tr(
            "Editing",
            "Your changes were not saved. Reload to see the latest version, then make your "
            "changes again.",
        )
    )
    box.setDetailedText(str(error))
    reload = box.addButton(tr("Editing", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


class ContactEditor(QObject):
    def __init__(
        self,
        contacts: ContactService,
        undo_stack: QUndoStack,
        actions: ContactActions,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.undo_stack = undo_stack
        self.contact_actions = actions
        self.widget = parent
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(0)
        self._announce.timeout.connect(actions.contacts_changed)
        actions.new_contact.connect(self.new_contact)
        actions.edit_contact.connect(self.edit_contact)

    def changed(self) -> None:
        """Announce a change once, however many steps an undo made."""
        self._announce.start()

    def report(self, error: BookError) -> None:
        show_error(self.widget, error)

    # Adding and editing

    def new_dialog(self) -> ContactDialog:
        return ContactDialog(self._create, self.contacts.household_names(), None, self.widget)

    def new_contact(self) -> Contact | None:
        dialog = self.new_dialog()
        if dialog.exec() and dialog.saved is not None:
            self.contact_actions.open_contact.emit(dialog.saved.id)
            return dialog.saved
        return None

    def _create(self, fields: ContactFields) -> Contact:
        created = self.contacts.create(fields)
        self.undo_stack.push(CreateContact(created, self.contacts, self.changed, self.report))
        self.changed()
        notify(self.widget, tr("Editing", "Added {0}").format(created.full_name))
        return created

    def edit_dialog(self, contact_id: int) -> ContactDialog | None:
        """The edit dialog for a contact, not yet shown; None if the contact cannot be read."""
        try:
            shown = self.contacts.get(contact_id)
        except BookError as error:
            self.report(error)
            return None

        def save(fields: ContactFields) -> Contact | None:
            nonlocal shown
            try:
                after = self.contacts.update(shown.id, shown.version, fields)
            except ConflictError as error:
                if ask_reload(dialog, error):
                    shown = self.contacts.get(shown.id)
                    dialog.load(shown)
                    dialog.show_general_error(
                        tr("Editing", "This is the latest version; make your changes again.")
                    )
                return None
            self.undo_stack.push(
                EditContact(shown, after, self.contacts, self.changed, self.report)
            )
            self.changed()
            notify(self.widget, tr("Editing", "Saved {0}").format(after.full_name))
            return after

        dialog = ContactDialog(save, self.contacts.household_names(), shown, self.widget)
        return dialog

    def edit_contact(self, contact_id: int) -> Contact | None:
        dialog = self.edit_dialog(contact_id)
        if dialog is not None and dialog.exec():
            return dialog.saved
        return None

    # Archiving

    def set_archived(self, contact_ids: list[int], archived: bool) -> None:
        """Archive (or restore) these contacts as one undo step."""
        done: list[Contact] = []
        for contact in self.contacts.get_many(contact_ids):
            if contact.is_archived == archived:
                continue
            try:
                done.append(self.contacts.set_archived(contact.id, contact.version, archived))
            except BookError as error:
                self.report(error)
                break
        if not done:
            return
        step = ArchiveContacts(done, archived, self.contacts, self.changed, self.report)
        self.undo_stack.push(step)
        self.changed()
        notify(self.widget, step.text())

    # Merging

    def choose_kept(self, contacts: list[Contact]) -> Contact | None:
        """Ask which of two contacts to keep (the other is merged into it)."""
        box = QMessageBox(self.widget)
        box.setWindowTitle(tr("Editing", "Merge Contacts"))
        box.setText(
            tr(
                "Editing",
                "Merge these two contacts into one? The one you keep receives the other's "
                "triggers, referrals, reviews and kits, fills its empty fields from it and "
                "keeps both sets of tags; the other is archived. Edit > Undo takes it back.",
            )
        )
        buttons: list[tuple[QAbstractButton, Contact]] = []
        for contact in contacts:
            detail = (
                contact.email or contact.phone or tr("Editing", "contact {0}").format(contact.id)
            )
            text = tr("Editing", "Keep {0} ({1})").format(contact.full_name, detail)
            buttons.append((box.addButton(text, QMessageBox.ButtonRole.AcceptRole), contact))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((contact for button, contact in buttons if button is clicked), None)

    def merge_contacts(self, contact_ids: list[int]) -> Merged | None:
        """Merge two contacts as one undo step; the user chooses which one is kept."""
        contacts = self.contacts.get_many(contact_ids)
        if len(contacts) != 2:
            return None
        kept = self.choose_kept(contacts)
        if kept is None:
            return None
        other = contacts[1] if kept.id == contacts[0].id else contacts[0]
        merger = ContactMerger(self.contacts.book)
        try:
            merged = merger.merge(kept.id, kept.version, other.id, other.version)
        except BookError as error:
            self.report(error)
            return None
        self.undo_stack.push(MergeContactsStep(merged, merger, self.changed, self.report))
        self.changed()
        notify(
            self.widget,
            tr("Editing", "Merged {0} into {1}").format(other.full_name, merged.kept.full_name),
        )
        return merged

    # Households

    def rename_household(self, old: str) -> None:
        new, ok = QInputDialog.getText(
            self.widget,
            tr("Editing", "Rename Household"),
            tr("Editing", "New name for the {0} household:").format(old),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if not ok or not new.strip() or new.strip() == old:
            return
        self.rename_household_to(old, new.strip())

    def rename_household_to(self, old: str, new: str) -> bool:
        try:
            self.contacts.rename_household(old, new)
        except BookError as error:
            self.report(error)
            return False
        self.undo_stack.push(RenameHousehold(old, new, self.contacts, self.changed, self.report))
        self.changed()
        return True
