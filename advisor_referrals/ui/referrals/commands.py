"""Undo commands for the referral features. Each runs one service call in the background.

A command made after its work already succeeded (a dialog saved it) skips its first
redo. Versions move on with every undo and redo, so the latest one known for each
record is kept in `Versions` and used by the next call on that record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand

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
from advisor_referrals.ui.referrals.serial import SerialRunner

Changed = Callable[[], None]


R = TypeVar("R", Referral, ConversationTrigger)


class Versions(dict[tuple[str, int], int]):
    """The latest version of each record this window has seen."""

    def note(self, kind: str, record: R) -> R:
        self[(kind, record.id)] = record.version
        return record


class BackgroundCommand(QUndoCommand):
    def __init__(
        self, text: str, runner: SerialRunner, versions: Versions, changed: Changed, *, done: bool
    ) -> None:
        super().__init__(text)
        self.runner = runner
        self.versions = versions
        self.changed = changed
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self.isObsolete():  # the stack drops an obsolete step right after this call
            self.runner.submit(self.do, lambda _r: self.changed(), self._failed)

    def undo(self) -> None:
        if not self.isObsolete():
            self.runner.submit(self.undo_work, lambda _r: self.changed(), self._failed)

    def _failed(self, error: BaseException) -> None:
        # The book no longer matches this step (someone else changed it): drop it.
        self.setObsolete(True)
        from advisor_referrals.ui.worker import show_error

        show_error(self.runner.parent() or self.runner, error)
        self.changed()

    def do(self) -> Any:
        raise NotImplementedError

    def undo_work(self) -> Any:
        raise NotImplementedError


class ReferralChangeCommand(BackgroundCommand):
    """A change to one referral (status, first contact, thanks, compensation, edit)."""

    def __init__(
        self,
        text: str,
        service: ReferralService,
        referral_id: int,
        apply: Callable[[int], ReferralChange],
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        done: ReferralChange | None = None,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=done is not None)
        self.service = service
        self.referral_id = referral_id
        self.apply = apply
        self.change = done
        if done is not None:
            versions.note("referral", done.referral)

    def do(self) -> Referral:
        self.change = self.apply(self.versions[("referral", self.referral_id)])
        return self.versions.note("referral", self.change.referral)

    def undo_work(self) -> Referral:
        assert self.change is not None
        return self.versions.note("referral", self.service.restore(self.change.undo))


class RecordReferralCommand(BackgroundCommand):
    def __init__(
        self,
        service: ReferralService,
        fields: ReferralFields,
        new_referred: ContactFields | None,
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        done: RecordedReferral,
        text: str,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=True)
        self.service = service
        self.fields = fields
        self.new_referred = new_referred
        self.recorded = done
        versions.note("referral", done.referral)

    def do(self) -> Referral:
        self.recorded = self.service.record(self.fields, new_referred=self.new_referred)
        return self.versions.note("referral", self.recorded.referral)

    def undo_work(self) -> DeletedReferral:
        rid = self.recorded.referral.id
        return self.service.delete(
            rid,
            self.versions[("referral", rid)],
            created_contact_id=self.recorded.created_contact_id,
            created_contact_version=self.recorded.created_contact_version,
        )


class DeleteReferralCommand(BackgroundCommand):
    def __init__(
        self,
        service: ReferralService,
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        done: DeletedReferral,
        text: str,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=True)
        self.service = service
        self.deleted = done

    def do(self) -> DeletedReferral:
        rid = self.deleted.referral.id
        self.deleted = self.service.delete(rid, self.versions[("referral", rid)])
        return self.deleted

    def undo_work(self) -> Referral:
        return self.versions.note("referral", self.service.reinstate(self.deleted))


class _TriggerCommand(BackgroundCommand):
    """Deleting a trigger and putting it back (with its id and referral links)."""

    service: TriggerService
    trigger_id: int
    deleted: DeletedTrigger | None

    def _delete(self) -> DeletedTrigger:
        version = self.versions[("trigger", self.trigger_id)]
        self.deleted = self.service.delete(self.trigger_id, version)
        return self.deleted

    def _restore(self) -> ConversationTrigger:
        assert self.deleted is not None
        return self.versions.note("trigger", self.service.restore(self.deleted))


class LogTriggerCommand(_TriggerCommand):
    def __init__(
        self,
        service: TriggerService,
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        done: ConversationTrigger,
        text: str,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=True)
        self.service = service
        self.trigger_id = done.id
        self.deleted = None
        versions.note("trigger", done)

    def do(self) -> ConversationTrigger:
        return self._restore()

    def undo_work(self) -> DeletedTrigger:
        return self._delete()


class DeleteTriggerCommand(_TriggerCommand):
    def __init__(
        self,
        service: TriggerService,
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        done: DeletedTrigger,
        text: str,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=True)
        self.service = service
        self.trigger_id = done.trigger.id
        self.deleted = done

    def do(self) -> DeletedTrigger:
        return self._delete()

    def undo_work(self) -> ConversationTrigger:
        return self._restore()


class EditTriggerCommand(BackgroundCommand):
    def __init__(
        self,
        service: TriggerService,
        before: TriggerFields,
        after: ConversationTrigger,
        runner: SerialRunner,
        versions: Versions,
        changed: Changed,
        *,
        text: str,
    ) -> None:
        super().__init__(text, runner, versions, changed, done=True)
        self.service = service
        self.before = before
        self.after = TriggerFields(
            contact_id=after.contact_id,
            kind=after.kind,
            occurred_on=after.occurred_on,
            referral_conversation=after.referral_conversation,
            notes=after.notes,
        )
        self.trigger_id = after.id
        versions.note("trigger", after)

    def _save(self, fields: TriggerFields) -> ConversationTrigger:
        version = self.versions[("trigger", self.trigger_id)]
        return self.versions.note("trigger", self.service.update(self.trigger_id, version, fields))

    def do(self) -> ConversationTrigger:
        return self._save(self.after)

    def undo_work(self) -> ConversationTrigger:
        return self._save(self.before)
