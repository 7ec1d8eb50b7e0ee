"""Undo steps for referrals and conversation triggers, on the one command base.

Each is a `BookCommand` (`ui/undo.py`): pushing it does the first call; redo and undo
each call one service method on the serial worker. The versions each call needs come
from the window's `Versions`, so steps on the same record follow each other.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.pipeline import ReferralChange
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields
from advisor_referrals.services.referrals.recording import (
    DeletedReferral,
    RecordedReferral,
    ReferralService,
)
from advisor_referrals.services.triggers.trigger_log import DeletedTrigger, TriggerService
from advisor_referrals.ui.book_events import REFERRAL, TRIGGER
from advisor_referrals.ui.undo import BookCommand, UndoHistory

# Given the version to expect, makes one change to a referral (a ReferralService call).
Change = Callable[[int], ReferralChange]


class ChangeReferral(BookCommand):
    """A move on the board, a first contact, a thank-you, an edit: redo makes the change,
    undo restores the referral (and the referred contact) as they were."""

    def __init__(
        self,
        text: str,
        referrals: ReferralService,
        referral_id: int,
        seen: int,
        change: Change,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.referrals = referrals
        self.referral_id = referral_id
        self.seen = seen
        self.change = change
        self.made: ReferralChange | None = None

    def do(self) -> ReferralChange:
        version = self.versions.latest(REFERRAL, self.referral_id, self.seen)
        self.made = self.change(version)
        self.versions.note(REFERRAL, self.made.referral, version)
        return self.made

    def undo_step(self) -> Referral:
        assert self.made is not None
        return self.versions.note(REFERRAL, self.referrals.restore(self.made.undo))


class RecordReferral(BookCommand):
    """Redo records the referral (adding the referred person when new); undo deletes it
    and the contact recording it added, unless that contact has been used since."""

    def __init__(
        self,
        text: str,
        referrals: ReferralService,
        fields: ReferralFields,
        new_referred: ContactFields | None,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.referrals = referrals
        self.fields = fields
        self.new_referred = new_referred
        self.recorded: RecordedReferral | None = None

    def do(self) -> RecordedReferral:
        self.recorded = self.referrals.record(self.fields, new_referred=self.new_referred)
        self.versions.note(REFERRAL, self.recorded.referral)
        return self.recorded

    def undo_step(self) -> DeletedReferral:
        assert self.recorded is not None
        referral = self.recorded.referral
        version = self.versions.latest(REFERRAL, referral.id, referral.version)
        deleted = self.referrals.delete(
            referral.id,
            version,
            created_contact_id=self.recorded.created_contact_id,
            created_contact_version=self.recorded.created_contact_version,
        )
        self.versions.moved(REFERRAL, referral.id, version, None)
        return deleted


class DeleteReferral(BookCommand):
    """Redo deletes the referral; undo puts it back with its id and history."""

    def __init__(
        self,
        text: str,
        referrals: ReferralService,
        referral_id: int,
        seen: int,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.referrals = referrals
        self.referral_id = referral_id
        self.seen = seen
        self.deleted: DeletedReferral | None = None

    def do(self) -> DeletedReferral:
        version = self.versions.latest(REFERRAL, self.referral_id, self.seen)
        self.deleted = self.referrals.delete(self.referral_id, version)
        self.versions.moved(REFERRAL, self.referral_id, version, None)
        return self.deleted

    def undo_step(self) -> Referral:
        assert self.deleted is not None
        return self.versions.note(REFERRAL, self.referrals.reinstate(self.deleted))


class LogTrigger(BookCommand):
    """Redo logs the trigger (after an undo, puts the same one back); undo deletes it."""

    def __init__(
        self, text: str, triggers: TriggerService, fields: TriggerFields, history: UndoHistory
    ) -> None:
        super().__init__(text, history)
        self.triggers = triggers
        self.fields = fields
        self.trigger: ConversationTrigger | None = None
        self.deleted: DeletedTrigger | None = None

    def do(self) -> ConversationTrigger:
        if self.deleted is None:
            self.trigger = self.triggers.log(self.fields)
        else:
            self.trigger = self.triggers.restore(self.deleted)
        return self.versions.note(TRIGGER, self.trigger)

    def undo_step(self) -> DeletedTrigger:
        assert self.trigger is not None
        trigger = self.trigger
        version = self.versions.latest(TRIGGER, trigger.id, trigger.version)
        self.deleted = self.triggers.delete(trigger.id, version)
        self.versions.moved(TRIGGER, trigger.id, version, None)
        return self.deleted


class EditTrigger(BookCommand):
    """Redo saves the edited fields, undo the fields as they were (each an `update`)."""

    def __init__(
        self,
        text: str,
        triggers: TriggerService,
        shown: ConversationTrigger,
        after: TriggerFields,
        history: UndoHistory,
    ) -> None:
        super().__init__(text, history)
        self.triggers = triggers
        self.trigger_id = shown.id
        self.seen = shown.version
        self.before = fields_of(shown)
        self.after = after

    def do(self) -> ConversationTrigger:
        return self._save(self.after)

    def undo_step(self) -> ConversationTrigger:
        return self._save(self.before)

    def _save(self, fields: TriggerFields) -> ConversationTrigger:
        version = self.versions.latest(TRIGGER, self.trigger_id, self.seen)
        return self.versions.note(
            TRIGGER, self.triggers.update(self.trigger_id, version, fields), version
        )


class DeleteTrigger(BookCommand):
    """Redo deletes the trigger; undo puts it back with its id and its referral links."""

    def __init__(
        self, text: str, triggers: TriggerService, trigger_id: int, seen: int, history: UndoHistory
    ) -> None:
        super().__init__(text, history)
        self.triggers = triggers
        self.trigger_id = trigger_id
        self.seen = seen
        self.deleted: DeletedTrigger | None = None

    def do(self) -> DeletedTrigger:
        version = self.versions.latest(TRIGGER, self.trigger_id, self.seen)
        self.deleted = self.triggers.delete(self.trigger_id, version)
        self.versions.moved(TRIGGER, self.trigger_id, version, None)
        return self.deleted

    def undo_step(self) -> ConversationTrigger:
        assert self.deleted is not None
        return self.versions.note(TRIGGER, self.triggers.restore(self.deleted))


def fields_of(trigger: ConversationTrigger) -> TriggerFields:
    return TriggerFields(
        contact_id=trigger.contact_id,
        kind=trigger.kind,
        occurred_on=trigger.occurred_on,
        referral_conversation=trigger.referral_conversation,
        notes=trigger.notes,
    )
