"""The referral features' actions, shared by every page, menu and Today section of a window.

Dialogs check their forms and ask for a save; the controller pushes the undo command
for it, whose first run saves off the UI thread (docs/design.md, "Changes and undo"),
so Edit > Undo takes it back. What changed reaches the pages through BookEvents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.pipeline import STATUS_LABELS, ReferralChange
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.domain.thank_you import ThankYouMessage
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.asks.controller import AskController
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.quick_trigger import QuickTriggerDialog
from advisor_referrals.ui.referrals.referral_commands import (
    ChangeReferral,
    DeleteReferral,
    DeleteTrigger,
    EditTrigger,
    LogTrigger,
    RecordReferral,
)
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog, ReferralServices
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task


class ReferralController(QObject):
    """One per window, made by the referral feature and handed to its pages."""

    thank_you_opened = Signal(int)

    def __init__(
        self, services: BookServices, history: UndoHistory, window: QWidget | None = None
    ) -> None:
        super().__init__(window or history)
        self.services = services
        self.history = history
        self.window = window
        self.dialog: QWidget | None = None
        # Asking for an introduction is its own record, made from the ask list and contacts.
        self.asks = AskController(services, history, window)

    @property
    def busy(self) -> bool:
        """Work of this window is still queued or running."""
        return self.history.busy

    @property
    def runner(self) -> SerialRunner:
        return self.history.runner

    def _track(self, dialog: QDialog) -> None:
        """Keep the open dialog at hand (tests and screenshots reach it) until it closes."""
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)

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
            self.services.contact_table, self.services.trigger_kinds, self.window, existing=existing
        )
        dialog.save_requested.connect(lambda fields: self._save_trigger(dialog, fields))
        self._track(dialog)
        return dialog

    def _save_trigger(self, dialog: QuickTriggerDialog, fields: TriggerFields) -> None:
        triggers = self.services.triggers
        existing = dialog.existing
        if existing is None:
            kind = dialog.kind.currentText()
            text = tr("Referrals", "Log {0} for {1}").format(kind, dialog.contact.text())
            command: LogTrigger | EditTrigger = LogTrigger(text, triggers, fields, self.history)
        else:
            text = tr("Referrals", "Edit trigger for {0}").format(existing.contact_name)
            command = EditTrigger(text, triggers, existing, fields, self.history)

        def done(saved: object) -> None:
            assert isinstance(saved, ConversationTrigger)
            dialog.finish(saved)

        self.history.push(command, done=done, refused=dialog.refused)

    def delete_trigger(self, trigger_id: int, version: int, name: str = "") -> None:
        text = tr("Referrals", "Delete trigger for {0}").format(name)
        self.history.push(
            DeleteTrigger(text, self.services.triggers, trigger_id, version, self.history)
        )

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
            dialog.save_requested.connect(
                lambda fields, new_person: self._record(dialog, fields, new_person)
            )
            self._track(dialog)
            dialog.open()

        if contact_id is None:
            show(None)
            return
        contacts = self.services.contacts
        run_task(self, lambda _p: contacts.get(contact_id), show)

    def _record(
        self, dialog: ReferralDialog, fields: ReferralFields, new_person: ContactFields | None
    ) -> None:
        text = tr("Referrals", "Record referral of {0}").format(dialog.referred_name(new_person))
        command = RecordReferral(text, self.services.referrals, fields, new_person, self.history)
        self.history.push(command, done=dialog.finish, refused=dialog.refused)

    def open_referral(self, referral_id: int) -> None:
        referrals = self.services.referrals

        def show(referral: Referral) -> None:
            dialog = ReferralDialog(self._services(), self.window, existing=referral)
            dialog.save_requested.connect(lambda fields, _new: self._edit(dialog, referral, fields))
            self._track(dialog)
            dialog.open()

        run_task(self, lambda _p: referrals.get(referral_id), show)

    def _edit(self, dialog: ReferralDialog, shown: Referral, fields: ReferralFields) -> None:
        referrals = self.services.referrals
        command = ChangeReferral(
            tr("Referrals", "Edit referral of {0}").format(shown.referred_name),
            referrals,
            shown.id,
            shown.version,
            lambda version: referrals.update(shown.id, version, fields),
            self.history,
        )
        self.history.push(command, done=dialog.finish, refused=dialog.refused)

    # Referrals: changes, each one undoable

    def _change(
        self, referral_id: int, version: int, text: str, change: Callable[[int], ReferralChange]
    ) -> None:
        self.history.push(
            ChangeReferral(
                text, self.services.referrals, referral_id, version, change, self.history
            )
        )

    def move(self, referral_id: int, version: int, status: ReferralStatus, name: str = "") -> None:
        """Move a referral to another column of the pipeline, dated today."""
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Move {0} to {1}").format(
            name, tr("Referrals", STATUS_LABELS[status])
        )
        self._change(
            referral_id, version, text, lambda v: referrals.set_status(referral_id, v, status, on)
        )

    def record_first_contact(self, referral_id: int, version: int, name: str = "") -> None:
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Record first contact with {0}").format(name)
        self._change(
            referral_id, version, text, lambda v: referrals.record_first_contact(referral_id, v, on)
        )

    def mark_thanked(self, referral_id: int, version: int, name: str = "") -> None:
        referrals = self.services.referrals
        on = date.today()
        text = tr("Referrals", "Record thank-you to {0}").format(name)
        self._change(
            referral_id, version, text, lambda v: referrals.record_thanks(referral_id, v, on)
        )

    def delete_referral(self, referral_id: int, version: int, name: str = "") -> None:
        text = tr("Referrals", "Delete referral of {0}").format(name)
        self.history.push(
            DeleteReferral(text, self.services.referrals, referral_id, version, self.history)
        )

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
