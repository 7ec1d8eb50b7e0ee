"""The referral features' actions, shared by every page, menu and Today section of a window.

Dialogs save through their services off the UI thread; once the book has a change the
controller pushes the undo command for it, so Edit > Undo takes it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.pipeline import STATUS_LABELS, ReferralChange
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.domain.thank_you import ThankYouMessage
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields
from advisor_referrals.services.referrals.recording import DeletedReferral, RecordedReferral
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.triggers.trigger_log import DeletedTrigger
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.commands import (
    DeleteReferralCommand,
    DeleteTriggerCommand,
    EditTriggerCommand,
    LogTriggerCommand,
    RecordReferralCommand,
    ReferralChangeCommand,
    Versions,
)
from advisor_referrals.ui.referrals.quick_trigger import QuickTriggerDialog
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog, ReferralServices
from advisor_referrals.ui.referrals.serial import SerialRunner
from advisor_referrals.ui.worker import run_task


class ReferralController(QObject):
    """One per window: `for_stack()` finds or makes it."""

    changed = Signal()
    thank_you_opened = Signal(int)

    def __init__(
        self, services: BookServices, undo_stack: QUndoStack, actions: ContactActions
    ) -> None:
        super().__init__(undo_stack)
        self.services = services
        self.undo_stack = undo_stack
        self.actions = actions
        self.runner = SerialRunner(self)
        self.versions = Versions()
        self.dialog: QWidget | None = None

    @classmethod
    def for_stack(
        cls, services: BookServices, undo_stack: QUndoStack, actions: ContactActions
    ) -> ReferralController:
        found = undo_stack.findChild(ReferralController)
        return (
            found if isinstance(found, ReferralController) else cls(services, undo_stack, actions)
        )

    @property
    def window(self) -> QWidget | None:
        parent = self.undo_stack.parent()
        return parent if isinstance(parent, QWidget) else None

    def notify(self) -> None:
        self.changed.emit()
        self.actions.contacts_changed.emit()

    def _track(self, dialog: QDialog) -> None:
        """Keep the open dialog at hand (tests and screenshots reach it) until it closes."""
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)

    def _version(self, kind: str, record_id: int, seen: int) -> int:
        return max(seen, self.versions.get((kind, record_id), seen))

    def _with_name(
        self, contact_id: int | None, then: Callable[[tuple[int, str] | None], None]
    ) -> None:
        if contact_id is None:
            then(None)
            return
        contacts = self.services.contacts
        run_task(self, lambda _p: contacts.get(contact_id), lambda c: then((c.id, c.full_name)))

    # Triggers

    def log_trigger(self, contact_id: int | None = None, *, talked: bool = False) -> None:
        def show(contact: tuple[int, str] | None) -> None:
            dialog = self._trigger_dialog(None)
            if contact is not None:
                dialog.preset(*contact, talked=talked)
            else:
                dialog.preset(None, talked=talked)
            dialog.open()

        self._with_name(contact_id, show)

    def edit_trigger(self, trigger_id: int) -> None:
        triggers = self.services.triggers
        run_task(
            self, lambda _p: triggers.get(trigger_id), lambda t: self._trigger_dialog(t).open()
        )

    def _trigger_dialog(self, existing: ConversationTrigger | None) -> QuickTriggerDialog:
        dialog = QuickTriggerDialog(
            self.services.contact_table,
            self.services.trigger_kinds,
            self.services.triggers,
            self.window,
            existing=existing,
        )
        dialog.saved.connect(self._trigger_saved)
        self._track(dialog)
        return dialog

    def _trigger_saved(self, trigger: ConversationTrigger, before: TriggerFields | None) -> None:
        if before is None:
            text = tr("Referrals", "Log {0} for {1}").format(
                trigger.kind_label, trigger.contact_name
            )
            self.undo_stack.push(
                LogTriggerCommand(
                    self.services.triggers,
                    self.runner,
                    self.versions,
                    self.notify,
                    done=trigger,
                    text=text,
                )
            )
        else:
            text = tr("Referrals", "Edit trigger for {0}").format(trigger.contact_name)
            self.undo_stack.push(
                EditTriggerCommand(
                    self.services.triggers,
                    before,
                    trigger,
                    self.runner,
                    self.versions,
                    self.notify,
                    text=text,
                )
            )
        self.notify()

    def delete_trigger(self, trigger_id: int, version: int) -> None:
        triggers = self.services.triggers
        version = self._version("trigger", trigger_id, version)

        def done(deleted: DeletedTrigger) -> None:
            text = tr("Referrals", "Delete trigger for {0}").format(deleted.trigger.contact_name)
            self.undo_stack.push(
                DeleteTriggerCommand(
                    triggers, self.runner, self.versions, self.notify, done=deleted, text=text
                )
            )
            self.notify()

        self.runner.submit(lambda: triggers.delete(trigger_id, version), done)

    # Referrals: recording and opening

    def _services(self) -> ReferralServices:
        return ReferralServices(
            self.services.referrals, self.services.triggers, self.services.contact_table
        )

    def record_referral(
        self,
        contact_id: int | None = None,
        *,
        trigger_id: int | None = None,
        as_referred: bool | None = None,
    ) -> None:
        """Open the record dialog from a contact: a prospect is taken as the referred person
        (unless `as_referred` says otherwise), anyone else as the referrer."""

        def show(contact: Contact | None) -> None:
            dialog = ReferralDialog(self._services(), self.window)
            preset = (contact.id, contact.full_name) if contact is not None else None
            referred = as_referred
            if referred is None:
                referred = contact is not None and contact.relationship is Relationship.PROSPECT
            if referred:
                dialog.preset(referred=preset, trigger_id=trigger_id)
            else:
                dialog.preset(referrer=preset, trigger_id=trigger_id)
            dialog.recorded.connect(self._recorded)
            self._track(dialog)
            dialog.open()

        if contact_id is None:
            show(None)
            return
        contacts = self.services.contacts
        run_task(self, lambda _p: contacts.get(contact_id), show)

    def _recorded(
        self, result: RecordedReferral, fields: ReferralFields, new_person: ContactFields | None
    ) -> None:
        text = tr("Referrals", "Record referral of {0}").format(result.referral.referred_name)
        self.undo_stack.push(
            RecordReferralCommand(
                self.services.referrals,
                fields,
                new_person,
                self.runner,
                self.versions,
                self.notify,
                done=result,
                text=text,
            )
        )
        self.notify()

    def open_referral(self, referral_id: int) -> None:
        referrals = self.services.referrals

        def show(referral: Any) -> None:
            self.versions.note("referral", referral)
            dialog = ReferralDialog(self._services(), self.window, existing=referral)
            dialog.edited.connect(
                lambda change, fields: self._changed(
                    change,
                    tr("Referrals", "Edit referral of {0}").format(change.referral.referred_name),
                    lambda v: referrals.update(referral_id, v, fields),
                )
            )
            self._track(dialog)
            dialog.open()

        run_task(self, lambda _p: referrals.get(referral_id), show)

    # Referrals: changes, each one undoable

    def _changed(
        self, change: ReferralChange, text: str, apply: Callable[[int], ReferralChange]
    ) -> None:
        self.undo_stack.push(
            ReferralChangeCommand(
                text,
                self.services.referrals,
                change.referral.id,
                apply,
                self.runner,
                self.versions,
                self.notify,
                done=change,
            )
        )
        self.notify()

    def _submit_change(
        self, referral_id: int, version: int, text: str, apply: Callable[[int], ReferralChange]
    ) -> None:
        version = self._version("referral", referral_id, version)
        self.runner.submit(
            lambda: apply(version), lambda change: self._changed(change, text, apply)
        )

    def move(self, referral_id: int, version: int, status: ReferralStatus, name: str = "") -> None:
        """Move a referral to another column of the pipeline, dated today."""
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Move {0} to {1}").format(
            name, tr("Referrals", STATUS_LABELS[status])
        )
        self._submit_change(
            referral_id, version, text, lambda v: referrals.set_status(referral_id, v, status, on)
        )

    def record_first_contact(self, referral_id: int, version: int, name: str = "") -> None:
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Record first contact with {0}").format(name)
        self._submit_change(
            referral_id, version, text, lambda v: referrals.record_first_contact(referral_id, v, on)
        )

    def mark_thanked(self, referral_id: int, version: int, name: str = "") -> None:
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Record thank-you to {0}").format(name)
        self._submit_change(
            referral_id, version, text, lambda v: referrals.record_thanks(referral_id, v, on)
        )

    def delete_referral(self, referral_id: int, version: int) -> None:
        referrals = self.services.referrals
        version = self._version("referral", referral_id, version)

        def done(deleted: DeletedReferral) -> None:
            text = tr("Referrals", "Delete referral of {0}").format(deleted.referral.referred_name)
            self.undo_stack.push(
                DeleteReferralCommand(
                    referrals, self.runner, self.versions, self.notify, done=deleted, text=text
                )
            )
            self.notify()

        self.runner.submit(lambda: referrals.delete(referral_id, version), done)

    def say_thank_you(self, referral_id: int) -> None:
        """Open the mail program with the personal thank-you, then ask whether it was sent.

        The question is not modal: the user can write the mail first and answer after.
        """
        thank_you, referrals = self.services.thank_you, self.services.referrals

        def fetch(_p: object) -> tuple[Referral, ThankYouMessage]:
            return referrals.get(referral_id), thank_you.message_for(referral_id)

        def open_mail(found: tuple[Referral, ThankYouMessage]) -> None:
            referral, message = found
            QDesktopServices.openUrl(QUrl(message.mailto, QUrl.ParsingMode.StrictMode))
            self.thank_you_opened.emit(referral_id)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                tr("Referrals", "Say thank you"),
                tr("Referrals", "Did you send the thank-you to {0}?").format(
                    referral.referrer_name
                ),
                QMessageBox.StandardButton.NoButton,
                self.window,
            )
            sent = box.addButton(tr("Referrals", "Yes, record it"), QMessageBox.ButtonRole.YesRole)
            box.addButton(tr("Referrals", "Not yet"), QMessageBox.ButtonRole.NoRole)
            box.setWindowModality(Qt.WindowModality.NonModal)

            def answered(_result: int) -> None:
                if box.clickedButton() is sent:
                    self.mark_thanked(referral.id, referral.version, referral.referrer_name)

            box.finished.connect(answered)
            self._track(box)
            box.show()

        run_task(self, fetch, open_mail)
