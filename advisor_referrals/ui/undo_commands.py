"""Undo and redo for contact edits: each step calls exactly one ContactService method.

The first step of every command has already happened when it is pushed (the editor
made the change, and could show a refused save in its dialog); the stack only replays
undo and redo. Each step uses the version the previous step left, so a change made
elsewhere in between is detected: that step is refused with a message and the command
leaves the stack, rather than overwrite someone else's work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.merging import ContactMerger, Merged
from advisor_referrals.ui.i18n import ntr, tr

Changed = Callable[[], None]
Report = Callable[[BookError], None]


class _ContactStep(QUndoCommand):
    def __init__(
        self,
        text: str,
        contacts: ContactService,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.contacts = contacts
        self.changed = changed
        self.report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._attempt(self.do_redo)

    def undo(self) -> None:
        self._attempt(self.do_undo)

    def _attempt(self, step: Callable[[], None]) -> None:
        try:
            step()
        except BookError as error:
            # Not replayable any more (edited or archived elsewhere): drop it.
            self.setObsolete(True)
            self.report(error)
        finally:
            self.changed()

    def do_redo(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError


class CreateContact(_ContactStep):
    """Undoing an addition archives the new contact (history is never deleted)."""

    def __init__(
        self, created: Contact, contacts: ContactService, changed: Changed, report: Report
    ) -> None:
        super().__init__(tr("Undo", "Add {0}").format(created.full_name), contacts, changed, report)
        self.contact = created

    def do_undo(self) -> None:
        self.contact = self.contacts.set_archived(self.contact.id, self.contact.version, True)

    def do_redo(self) -> None:
        self.contact = self.contacts.set_archived(self.contact.id, self.contact.version, False)


class EditContact(_ContactStep):
    def __init__(
        self,
        before: Contact,
        after: Contact,
        contacts: ContactService,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(tr("Undo", "Edit {0}").format(after.full_name), contacts, changed, report)
        self.before: ContactFields = before.as_fields()
        self.after: ContactFields = after.as_fields()
        self.current = after

    def do_undo(self) -> None:
        self.current = self.contacts.update(self.current.id, self.current.version, self.before)

    def do_redo(self) -> None:
        self.current = self.contacts.update(self.current.id, self.current.version, self.after)


class ArchiveContacts(_ContactStep):
    """Archive (or restore) one or several contacts: one step, set_archived for each."""

    def __init__(
        self,
        changed_contacts: list[Contact],
        archived: bool,
        contacts: ContactService,
        changed: Changed,
        report: Report,
    ) -> None:
        count = len(changed_contacts)
        if count == 1:
            name = changed_contacts[0].full_name
            text = (tr("Undo", "Archive {0}") if archived else tr("Undo", "Restore {0}")).format(
                name
            )
        elif archived:
            text = ntr("Undo", "Archive %Ln contact", "Archive %Ln contacts", count)
        else:
            text = ntr("Undo", "Restore %Ln contact", "Restore %Ln contacts", count)
        super().__init__(text, contacts, changed, report)
        self.contacts_now = list(changed_contacts)
        self.archived = archived

    def _set(self, archived: bool) -> None:
        for i, contact in enumerate(self.contacts_now):
            self.contacts_now[i] = self.contacts.set_archived(contact.id, contact.version, archived)

    def do_undo(self) -> None:
        self._set(not self.archived)

    def do_redo(self) -> None:
        self._set(self.archived)


class RenameHousehold(_ContactStep):
    def __init__(
        self, old: str, new: str, contacts: ContactService, changed: Changed, report: Report
    ) -> None:
        super().__init__(
            tr("Undo", "Rename household {0} to {1}").format(old, new), contacts, changed, report
        )
        self.old, self.new = old, new

    def do_undo(self) -> None:
        self.contacts.rename_household(self.new, self.old)

    def do_redo(self) -> None:
        self.contacts.rename_household(self.old, self.new)


class MergeContactsStep(QUndoCommand):
    """A merge of two contacts: undo moves the records back and restores both contacts
    (ContactMerger.unmerge); redo merges them again. Refused, and dropped from the
    stack, when either contact was changed in between."""

    def __init__(
        self, merged: Merged, merger: ContactMerger, changed: Changed, report: Report
    ) -> None:
        super().__init__(
            tr("Undo", "Merge {0} into {1}").format(merged.other.full_name, merged.kept.full_name)
        )
        self.merged = merged
        self.merger = merger
        self.changed = changed
        self.report = report
        self._first = True
        self.kept, self.other = merged.kept, merged.other

    def _attempt(self, step: Callable[[], None]) -> None:
        try:
            step()
        except BookError as error:
            self.setObsolete(True)
            self.report(error)
        finally:
            self.changed()

    def undo(self) -> None:
        def step() -> None:
            self.kept, self.other = self.merger.unmerge(self.merged)

        self._attempt(step)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def step() -> None:
            self.merged = self.merger.merge(
                self.kept.id, self.kept.version, self.other.id, self.other.version
            )

        self._attempt(step)
