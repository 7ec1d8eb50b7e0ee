"""The referral features' actions, shared by every page, menu and Today section of a window.

Dialogs check their forms and ask for a save; the controller pushes the undo command
for it, whose first run saves off the UI thread (docs/design.md, "Changes and undo"),
so Edit > Undo takes it back. What changed reaches the pages through BookEvents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog, QWidget

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship, ThankYouMethod
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.pipeline import STATUS_LABELS, ReferralChange
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields
from advisor_referrals.services.referrals.thank_you import ThankYouDraft
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import formats
from advisor_referrals.ui.asks.controller import AskController
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import KIT_PAGE_SIZE, Settings
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
from advisor_referrals.ui.referrals.thank_you_dialog import ThankYouDialog, open_in_mail_program
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task


class ReferralController(QObject):
    """One per window, made by the referral feature and handed to its pages."""

    # Requests for the window: a contact to open, a whole list to show (a ListLink).
    open_contact = Signal(int)
    show_list = Signal(object)

    def __init__(
        self,
        services: BookServices,
        history: UndoHistory,
        window: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(window or history)
        self.services = services
        self.history = history
        self.window = window
        self.settings = settings
        self.dialog: QWidget | None = None
        # How a mailto: link reaches the desktop (tests stand in for the mail program).
        self.open_url: Callable[[QUrl], bool] = open_in_mail_program
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
        self,
        referral_id: int,
        version: int,
        text: str,
        change: Callable[[int], ReferralChange],
        *,
        done: Callable[[object], None] | None = None,
        refused: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.history.push(
            ChangeReferral(
                text, self.services.referrals, referral_id, version, change, self.history
            ),
            done=done,
            refused=refused,
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

    def mark_thanked(
        self,
        referral_id: int,
        version: int,
        name: str = "",
        method: ThankYouMethod | None = None,
        on: date | None = None,
        *,
        done: Callable[[object], None] | None = None,
        refused: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Record the thank-you (dated, and how it was given) as one undoable step."""
        referrals = self.services.referrals
        day = on or date.today()
        text = tr("Referrals", "Record thank-you to {0}").format(name)
        self._change(
            referral_id,
            version,
            text,
            lambda v: referrals.record_thanks(referral_id, v, day, method),
            done=done,
            refused=refused,
        )

    def delete_referral(self, referral_id: int, version: int, name: str = "") -> None:
        text = tr("Referrals", "Delete referral of {0}").format(name)
        self.history.push(
            DeleteReferral(text, self.services.referrals, referral_id, version, self.history)
        )

    def say_thank_you(self, referral_id: int) -> None:
        """Open the thank-you dialog: mail, copy, print or say it, then record how."""
        thank_you = self.services.thank_you

        def show(draft: ThankYouDraft) -> None:
            dialog = ThankYouDialog(draft, self.open_url, self.window)
            dialog.record_requested.connect(lambda method, day: self._thanked(dialog, method, day))
            dialog.print_requested.connect(lambda style, path: self._print(dialog, style, path))
            self._track(dialog)
            dialog.open()

        run_task(self, lambda _p: thank_you.draft(referral_id), show)

    def _thanked(self, dialog: ThankYouDialog, method: ThankYouMethod, day: date) -> None:
        draft = dialog.draft
        self.mark_thanked(
            draft.referral_id,
            draft.version,
            draft.referrer_name,
            method,
            day,
            done=lambda _change: dialog.recorded(method, day),
            refused=dialog.refused,
        )

    def _print(self, dialog: ThankYouDialog, style: ThankYouMethod, path: str) -> None:
        """Save the branded note, then record the thank-you as given that way."""
        thank_you, draft = self.services.thank_you, dialog.draft
        message, dated = dialog.message(), formats.long_date(dialog.thanked_on())
        page_size = self.page_size()

        def saved(_pages: int) -> None:
            dialog.printed(path)
            self._thanked(dialog, style, dialog.thanked_on())

        self.runner.submit(
            lambda _p: thank_you.print_note(
                draft.referral_id,
                Path(path),
                style=style,
                message=message,
                dated=dated,
                page_size=page_size,
            ),
            saved,
            dialog.refused,
            parent=dialog,
        )

    def page_size(self) -> PageSize:
        """The paper the kits print on (Settings), which the printed thank-you shares."""
        if self.settings is not None:
            try:
                return PageSize(str(self.settings.get(KIT_PAGE_SIZE)))
            except ValueError:
                pass
        return PageSize.LETTER
