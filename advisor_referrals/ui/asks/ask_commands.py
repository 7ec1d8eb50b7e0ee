"""Undo steps for asks, on the one command base (`ui/undo.py`).

Each step's redo and undo call one AskService method on the serial worker; the versions
come from the window's `Versions`, so steps on the same ask follow each other.
"""

from __future__ import annotations

from advisor_referrals.domain.asks import Ask, AskFields
from advisor_referrals.services.asks.ask_log import AskService
from advisor_referrals.ui.book_events import ASK
from advisor_referrals.ui.undo import BookCommand, UndoHistory


class LogAsk(BookCommand):
    """Redo logs the ask (after an undo, puts the same one back); undo deletes it."""

    def __init__(
        self, text: str, asks: AskService, fields: AskFields, history: UndoHistory
    ) -> None:
        super().__init__(text, history)
        self.asks = asks
        self.fields = fields
        self.ask: Ask | None = None
        self.deleted: Ask | None = None

    def do(self) -> Ask:
        if self.deleted is None:
            self.ask = self.asks.log(self.fields)
        else:
            self.ask = self.asks.restore(self.deleted)
        return self.versions.note(ASK, self.ask)

    def undo_step(self) -> Ask:
        assert self.ask is not None
        version = self.versions.latest(ASK, self.ask.id, self.ask.version)
        self.deleted = self.asks.delete(self.ask.id, version)
        self.versions.moved(ASK, self.ask.id, version, None)
        return self.deleted


class EditAsk(BookCommand):
    """Redo saves the edited fields, undo the fields as they were."""

    def __init__(
        self, text: str, asks: AskService, shown: Ask, after: AskFields, history: UndoHistory
    ) -> None:
        super().__init__(text, history)
        self.asks = asks
        self.ask_id = shown.id
        self.seen = shown.version
        self.before = shown.as_fields()
        self.after = after

    def do(self) -> Ask:
        return self._save(self.after)

    def undo_step(self) -> Ask:
        return self._save(self.before)

    def _save(self, fields: AskFields) -> Ask:
        version = self.versions.latest(ASK, self.ask_id, self.seen)
        return self.versions.note(ASK, self.asks.update(self.ask_id, version, fields), version)


class DeleteAsk(BookCommand):
    """Redo deletes the ask; undo puts it back with its id."""

    def __init__(self, text: str, asks: AskService, shown: Ask, history: UndoHistory) -> None:
        super().__init__(text, history)
        self.asks = asks
        self.shown = shown
        self.deleted: Ask | None = None

    def do(self) -> Ask:
        version = self.versions.latest(ASK, self.shown.id, self.shown.version)
        self.deleted = self.asks.delete(self.shown.id, version)
        self.versions.moved(ASK, self.shown.id, version, None)
        return self.deleted

    def undo_step(self) -> Ask:
        assert self.deleted is not None
        return self.versions.note(ASK, self.asks.restore(self.deleted))
