"""Adding, editing, archiving contacts and renaming households, each an undoable step.

The controller behind New Contact (Ctrl+N), the client detail's Edit and Archive
buttons and the table's context menu. It opens the dialog and pushes the matching undo
command (`ui/contact_commands.py`), whose first run makes the change off the UI
thread; the window's BookEvents then tells every page what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QMessageBox, QWidget

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.errors import BookError, ConflictError, ValidationError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.merging import ContactMerger
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.contact_commands import (
    AddContact,
    ArchiveContacts,
    EditContact,
    MergeContacts,
    RenameHousehold,
)
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.status import notify
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task, show_error


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
        history: UndoHistory,
        actions: ContactActions,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.history = history
        self.contact_actions = actions
        self.widget = parent
        actions.new_contact.connect(self.new_contact)
        actions.edit_contact.connect(self.edit_contact)

    @property
    def undo_stack(self) -> QUndoStack:
        return self.history.stack

    @property
    def busy(self) -> bool:
        return self.history.busy

    # Adding and editing

    def advisors(self) -> list[tuple[str, str]]:
        """The advisors a contact may belong to (none on a single advisor's book)."""
        return [(m.shown_name, m.name) for m in self.contacts.practice.advisors()]

    def new_dialog(self) -> ContactDialog:
        return ContactDialog(
            self._create, self.contacts.household_names(), None, self.widget, self.advisors()
        )

    def new_contact(self) -> Contact | None:
        dialog = self.new_dialog()
        if dialog.exec() and dialog.saved is not None:
            self.contact_actions.open_contact.emit(dialog.saved.id)
            return dialog.saved
        return None

    def _create(self, fields: ContactFields, dialog: ContactDialog) -> None:
        command = AddContact(fields, self.contacts, self.history)

        def done(_result: object) -> None:
            assert command.contact is not None
            notify(self.widget, tr("Editing", "Added {0}").format(command.contact.full_name))
            dialog.finish(command.contact)

        self.history.push(command, done=done, refused=lambda error: refused(dialog, error))

    def edit_dialog(self, contact_id: int) -> ContactDialog | None:
        """The edit dialog for a contact, not yet shown; None if the contact cannot be read."""
        try:
            shown = self.contacts.get(contact_id)
        except BookError as error:
            show_error(self.widget, error)
            return None

        def save(fields: ContactFields, dialog: ContactDialog) -> None:
            command = EditContact(shown, fields, self.contacts, self.history)

            def done(result: object) -> None:
                assert isinstance(result, Contact)
                notify(self.widget, tr("Editing", "Saved {0}").format(result.full_name))
                dialog.finish(result)

            self.history.push(command, done=done, refused=lambda error: conflict(dialog, error))

        def conflict(dialog: ContactDialog, error: BaseException) -> None:
            nonlocal shown
            if not isinstance(error, ConflictError):
                refused(dialog, error)
                return
            dialog.stop_saving()
            if ask_reload(dialog, error):
                shown = self.contacts.get(shown.id)
                dialog.load(shown)
                dialog.show_general_error(
                    tr("Editing", "This is the latest version; make your changes again.")
                )

        return ContactDialog(
            save, self.contacts.household_names(), shown, self.widget, self.advisors()
        )

    def edit_contact(self, contact_id: int) -> Contact | None:
        dialog = self.edit_dialog(contact_id)
        if dialog is not None and dialog.exec():
            return dialog.saved
        return None

    # Archiving

    def set_archived(self, contact_ids: list[int], archived: bool) -> None:
        """Archive (or restore) these contacts as one undo step (those already so are left)."""
        contacts = self.contacts

        def chosen(found: list[Contact]) -> None:
            changing = [c for c in found if c.is_archived != archived]
            if changing:
                step = ArchiveContacts(changing, archived, contacts, self.history)
                self.history.push(step, done=lambda _r: notify(self.widget, step.text()))

        run_task(self, lambda _progress: contacts.get_many(contact_ids), chosen)

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

    def merge_contacts(self, contact_ids: list[int]) -> MergeContacts | None:
        """Merge two contacts as one undo step; the user chooses which one is kept."""
        contacts = self.contacts.get_many(contact_ids)
        if len(contacts) != 2:
            return None
        kept = self.choose_kept(contacts)
        if kept is None:
            return None
        other = contacts[1] if kept.id == contacts[0].id else contacts[0]
        step = MergeContacts(kept, other, ContactMerger(self.contacts.book), self.history)
        self.history.push(
            step,
            done=lambda _r: notify(
                self.widget,
                tr("Editing", "Merged {0} into {1}").format(other.full_name, kept.full_name),
            ),
        )
        return step

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

    def rename_household_to(self, old: str, new: str) -> None:
        self.history.push(RenameHousehold(old, new, self.contacts, self.history))


def refused(dialog: ContactDialog, error: BaseException) -> None:
    """A save the book refused: its problems at their fields, or why, in the dialog."""
    dialog.stop_saving()
    if isinstance(error, ValidationError):
        dialog.show_problems(list(error.problems))
    elif isinstance(error, BookError):
        dialog.show_general_error(str(error))
    else:
        show_error(dialog, error)
