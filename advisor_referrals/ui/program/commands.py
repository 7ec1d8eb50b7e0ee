"""Undo steps of the referral program, on the one command base (`ui/undo.py`).

Goals, programs and events are edited whole, so three steps serve them all: add (undo
deletes, redo puts the same record back), edit (undo saves the form as it was), delete
(undo puts it back). The rest are the program's own: invitations, their answers, guests
and rewards given. Each redo and undo is one service call on the window's serial worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from advisor_referrals.domain.client_events import Invitation, Rsvp
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.program import Reward
from advisor_referrals.services.program.client_events import AddedGuest, EventService
from advisor_referrals.services.program.rewards import RewardService
from advisor_referrals.ui.book_events import EVENT_INVITATION, REWARD
from advisor_referrals.ui.undo import BookCommand, UndoHistory, Versioned

R = TypeVar("R", bound=Versioned)
F = TypeVar("F")
D = TypeVar("D")


class AddRecord(BookCommand, Generic[R, D]):
    """Redo adds the record (the second time, the very one undo deleted); undo deletes it."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        kind: str,
        add: Callable[[], R],
        delete: Callable[[int, int], D],
        reinstate: Callable[[D], R],
    ) -> None:
        super().__init__(text, history)
        self.kind = kind
        self.add = add
        self.delete = delete
        self.reinstate = reinstate
        self.record: R | None = None
        self.deleted: D | None = None

    def do(self) -> R:
        made = self.add() if self.deleted is None else self.reinstate(self.deleted)
        self.record = self.versions.note(self.kind, made)
        return made

    def undo_step(self) -> None:
        assert self.record is not None
        record = self.record
        version = self.versions.latest(self.kind, record.id, record.version)
        self.deleted = self.delete(record.id, version)
        self.versions.moved(self.kind, record.id, version, None)


class EditRecord(BookCommand, Generic[R, F]):
    """Redo saves the form; undo saves it as it was before."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        kind: str,
        record_id: int,
        seen: int,
        before: F,
        after: F,
        update: Callable[[int, int, F], R],
    ) -> None:
        super().__init__(text, history)
        self.kind = kind
        self.record_id = record_id
        self.seen = seen
        self.before = before
        self.after = after
        self.update = update

    def _save(self, fields: F) -> R:
        version = self.versions.latest(self.kind, self.record_id, self.seen)
        return self.versions.note(self.kind, self.update(self.record_id, version, fields), version)

    def do(self) -> R:
        return self._save(self.after)

    def undo_step(self) -> R:
        return self._save(self.before)


class DeleteRecord(BookCommand, Generic[R, D]):
    """Redo deletes the record; undo puts it back as it was."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        kind: str,
        record: R,
        delete: Callable[[int, int], D],
        reinstate: Callable[[D], R],
    ) -> None:
        super().__init__(text, history)
        self.kind = kind
        self.record = record
        self.delete = delete
        self.reinstate = reinstate
        self.deleted: D | None = None

    def do(self) -> D:
        record = self.record
        version = self.versions.latest(self.kind, record.id, record.version)
        self.deleted = self.delete(record.id, version)
        self.versions.moved(self.kind, record.id, version, None)
        return self.deleted

    def undo_step(self) -> R:
        assert self.deleted is not None
        self.record = self.versions.note(self.kind, self.reinstate(self.deleted))
        return self.record


class InviteClients(BookCommand):
    """Redo invites the clients; undo withdraws the invitations it made."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        events: EventService,
        event_id: int,
        contact_ids: Sequence[int],
        guest_places: int,
    ) -> None:
        super().__init__(text, history)
        self.events = events
        self.event_id = event_id
        self.contact_ids = list(contact_ids)
        self.guest_places = guest_places
        self.made: list[Invitation] = []

    def do(self) -> list[Invitation]:
        self.made = self.events.invite(self.event_id, self.contact_ids, self.guest_places)
        return self.made

    def undo_step(self) -> None:
        self.events.uninvite(self.made)


class AnswerInvitation(BookCommand):
    """Redo records the answer (coming, guest places, came); undo the one before."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        events: EventService,
        invitation: Invitation,
        answer: tuple[Rsvp, int, bool],
    ) -> None:
        super().__init__(text, history)
        self.events = events
        self.invitation = invitation
        self.before = (invitation.rsvp, invitation.guest_places, invitation.attended)
        self.after = answer

    def _save(self, answer: tuple[Rsvp, int, bool]) -> Invitation:
        i = self.invitation
        version = self.versions.latest(EVENT_INVITATION, i.id, i.version)
        rsvp, places, attended = answer
        saved = self.events.answer(i.id, version, rsvp=rsvp, guest_places=places, attended=attended)
        return self.versions.note(EVENT_INVITATION, saved, version)

    def do(self) -> Invitation:
        return self._save(self.after)

    def undo_step(self) -> Invitation:
        return self._save(self.before)


class AddGuest(BookCommand):
    """Redo adds the guest (a prospect, the host's referral, the guest at the event); undo
    takes all of it back, unless someone has worked on it since."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        events: EventService,
        event_id: int,
        host_id: int,
        new_person: ContactFields | None,
        contact_id: int | None,
        attended: bool = True,
    ) -> None:
        super().__init__(text, history)
        self.events = events
        self.args: dict[str, Any] = {
            "new_person": new_person,
            "contact_id": contact_id,
            "attended": attended,
        }
        self.event_id = event_id
        self.host_id = host_id
        self.added: AddedGuest | None = None

    def do(self) -> AddedGuest:
        self.added = self.events.add_guest(self.event_id, self.host_id, **self.args)
        return self.added

    def undo_step(self) -> None:
        assert self.added is not None
        self.events.remove_guest(self.added)


class GiveReward(BookCommand):
    """Redo records the reward as given on a day; undo as it was (owed, or given before)."""

    def __init__(
        self,
        text: str,
        history: UndoHistory,
        rewards: RewardService,
        reward: Reward,
        given_on: date | None,
        notes: str,
    ) -> None:
        super().__init__(text, history)
        self.rewards = rewards
        self.reward = reward
        self.before = (reward.given_on, reward.notes)
        self.after = (given_on, notes)

    def _save(self, values: tuple[date | None, str]) -> Reward:
        version = self.versions.latest(REWARD, self.reward.id, self.reward.version)
        given_on, notes = values
        saved = self.rewards.set_given(self.reward.id, version, given_on, notes)
        return self.versions.note(REWARD, saved, version)

    def do(self) -> Reward:
        return self._save(self.after)

    def undo_step(self) -> Reward:
        return self._save(self.before)
