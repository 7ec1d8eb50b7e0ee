"""Undo steps for contacts: adding, editing, archiving, merging, renaming a household.

Each is a `BookCommand` (`ui/undo.py`): pushing it does the first call, and redo and
undo each call one `ContactService` method on the serial worker.
"""

from __future__ import annotations

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.merging import ContactMerger, Merged
from advisor_referrals.ui.book_events import CONTACT
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.undo import BookCommand, UndoHistory


class AddContact(BookCommand):
    """Redo adds the contact (after an undo, restores it); undo archives it, since a
    contact's history is never deleted."""

    def __init__(self, fields: ContactFields, contacts: ContactService, history: UndoHistory):
        super().__init__(tr("Undo", "Add {0}").format(fields.full_name), history)
        self.fields = fields
        self.contacts = contacts
        self.contact: Contact | None = None

    def do(self) -> Contact:
        if self.contact is None:
            self.contact = self.versions.note(CONTACT, self.contacts.create(self.fields))
        else:
            self.contact = self._archive(self.contact, False)
        return self.contact

    def undo_step(self) -> Contact:
        assert self.contact is not None
        self.contact = self._archive(self.contact, True)
        return self.contact

    def _archive(self, contact: Contact, archived: bool) -> Contact:
        version = self.versions.latest(CONTACT, contact.id, contact.version)
        return self.versions.note(
            CONTACT, self.contacts.set_archived(contact.id, version, archived), version
        )


class EditContact(BookCommand):
    """Redo saves the edited fields, undo the fields as they were (each an `update`)."""

    def __init__(
        self,
        shown: Contact,
        after: ContactFields,
        contacts: ContactService,
        history: UndoHistory,
    ) -> None:
        super().__init__(tr("Undo", "Edit {0}").format(after.full_name), history)
        self.contact_id = shown.id
        self.seen = shown.version
        self.before = shown.as_fields()
        self.after = after
        self.contacts = contacts

    def do(self) -> Contact:
        return self._save(self.after)

    def undo_step(self) -> Contact:
        return self._save(self.before)

    def _save(self, fields: ContactFields) -> Contact:
        version = self.versions.latest(CONTACT, self.contact_id, self.seen)
        return self.versions.note(
            CONTACT, self.contacts.update(self.contact_id, version, fields), version
        )


def archive_text(names: list[str], archived: bool) -> str:
    if len(names) == 1:
        verb = tr("Undo", "Archive {0}") if archived else tr("Undo", "Restore {0}")
        return verb.format(names[0])
    if archived:
        return ntr("Undo", "Archive %Ln contact", "Archive %Ln contacts", len(names))
    return ntr("Undo", "Restore %Ln contact", "Restore %Ln contacts", len(names))


class ArchiveContacts(BookCommand):
    """Archive (or restore) several contacts as one step, all or none (`set_archived_many`)."""

    def __init__(
        self,
        chosen: list[Contact],
        archived: bool,
        contacts: ContactService,
        history: UndoHistory,
    ) -> None:
        super().__init__(archive_text([c.full_name for c in chosen], archived), history)
        self.chosen = [(c.id, c.version) for c in chosen]
        self.archived = archived
        self.contacts = contacts

    def do(self) -> list[Contact]:
        return self._set(self.archived)

    def undo_step(self) -> list[Contact]:
        return self._set(not self.archived)

    def _set(self, archived: bool) -> list[Contact]:
        used = [(i, self.versions.latest(CONTACT, i, version)) for i, version in self.chosen]
        done = self.contacts.set_archived_many(used, archived)
        return [
            self.versions.note(CONTACT, contact, version)
            for contact, (_i, version) in zip(done, used, strict=True)
        ]


class RenameHousehold(BookCommand):
    def __init__(self, old: str, new: str, contacts: ContactService, history: UndoHistory):
        super().__init__(tr("Undo", "Rename household {0} to {1}").format(old, new), history)
        self.old, self.new = old, new
        self.contacts = contacts

    def do(self) -> None:
        self.contacts.rename_household(self.old, self.new)

    def undo_step(self) -> None:
        self.contacts.rename_household(self.new, self.old)


class MergeContacts(BookCommand):
    """Redo merges the other contact into the one kept (`ContactMerger.merge`); undo moves
    the records back and restores both (`unmerge`). Each uses the versions the step before
    left, so a contact changed elsewhere in between is refused, not overwritten."""

    def __init__(self, kept: Contact, other: Contact, merger: ContactMerger, history: UndoHistory):
        super().__init__(
            tr("Undo", "Merge {0} into {1}").format(other.full_name, kept.full_name), history
        )
        self.kept, self.other = kept, other
        self.merger = merger
        self.merged: Merged | None = None

    def do(self) -> Merged:
        versions = self.versions
        kept_version = versions.latest(CONTACT, self.kept.id, self.kept.version)
        other_version = versions.latest(CONTACT, self.other.id, self.other.version)
        merged = self.merger.merge(self.kept.id, kept_version, self.other.id, other_version)
        versions.note(CONTACT, merged.kept, kept_version)
        versions.note(CONTACT, merged.other, other_version)
        self.merged = merged
        return merged

    def undo_step(self) -> tuple[Contact, Contact]:
        assert self.merged is not None
        kept, other = self.merger.unmerge(self.merged)
        self.versions.note(CONTACT, kept, self.merged.kept.version)
        self.versions.note(CONTACT, other, self.merged.other.version)
        self.kept, self.other = kept, other
        return kept, other
