"""The ask actions of a window: log an ask (from the ask list, a contact, the menu), edit or
delete one (from the contact's timeline). Each save is an undo step on the window's
serial worker (docs/design.md, "Changes and undo"); BookEvents announces it as "ask"."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from advisor_referrals.domain.asks import Ask, AskFields, AskMethod
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.asks.ask_commands import DeleteAsk, EditAsk, LogAsk
from advisor_referrals.ui.asks.ask_dialog import AskDialog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task


class AskController(QObject):
    def __init__(
        self, services: BookServices, history: UndoHistory, window: QWidget | None = None
    ) -> None:
        super().__init__(window or history)
        self.services = services
        self.history = history
        self.window = window
        self.dialog: AskDialog | None = None  # the open dialog (tests and screenshots reach it)

    def log(self, contact_id: int | None = None, method: AskMethod = AskMethod.CALL) -> None:
        """Open the ask dialog, for this contact when one is given."""
        if contact_id is None:
            self._open(None, None, "", method)
            return
        contacts = self.services.contacts
        run_task(
            self,
            lambda _p: contacts.get(contact_id),
            lambda c: self._open(None, c.id, c.full_name, method),
        )

    def edit(self, ask_id: int) -> None:
        asks = self.services.asks
        run_task(self, lambda _p: asks.get(ask_id), lambda a: self._open(a, None, "", a.method))

    def delete(self, ask: Ask, dialog: AskDialog | None = None) -> None:
        text = tr("Asks", "Delete the ask of {0}").format(ask.contact_name)
        command = DeleteAsk(text, self.services.asks, ask, self.history)
        if dialog is None:
            self.history.push(command)
        else:
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

    def _open(
        self, existing: Ask | None, contact_id: int | None, name: str, method: AskMethod
    ) -> None:
        dialog = AskDialog(
            self.services.contact_table, self.services.asks, self.window, existing=existing
        )
        if existing is None:
            dialog.preset(contact_id, name, method)
        dialog.save_requested.connect(lambda fields: self._save(dialog, fields))
        if existing is not None:
            dialog.delete_requested.connect(lambda: self.delete(existing, dialog))
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _save(self, dialog: AskDialog, fields: AskFields) -> None:
        asks = self.services.asks
        existing = dialog.existing
        name = dialog.contact.contact_name or dialog.contact.text()
        if existing is None:
            text = tr("Asks", "Log an ask of {0}").format(name)
            command: LogAsk | EditAsk = LogAsk(text, asks, fields, self.history)
        else:
            text = tr("Asks", "Edit the ask of {0}").format(existing.contact_name)
            command = EditAsk(text, asks, existing, fields, self.history)
        self.history.push(command, done=dialog.finish, refused=dialog.refused)
