"""The referral program's actions in a window: the dialogs, and the undo steps they push.

Each change goes through the window's undo history and serial worker; what it changed
is announced through BookEvents, so the Program page, Today and the Referrals page
reload what they show (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from advisor_referrals.domain.client_events import (
    ClientEvent,
    EventFields,
    EventResults,
    Guest,
    Invitation,
    Rsvp,
)
from advisor_referrals.domain.enums import Relationship, Segment
from advisor_referrals.domain.goals import Goal, GoalFields
from advisor_referrals.domain.program import Program, ProgramFields, Reward
from advisor_referrals.services.contacts.client_table import ContactFilter
from advisor_referrals.services.program.goals import describe_goal
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.book_events import EVENT, GOAL, PROGRAM
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program.commands import (
    AddGuest,
    AddRecord,
    AnswerInvitation,
    DeleteRecord,
    EditRecord,
    GiveReward,
    InviteClients,
)
from advisor_referrals.ui.program.event_dialog import EventDialog
from advisor_referrals.ui.program.goal_dialog import GoalDialog
from advisor_referrals.ui.program.guest_dialog import GuestChoice, GuestDialog
from advisor_referrals.ui.program.program_dialog import ProgramDialog
from advisor_referrals.ui.program.reward_dialog import RewardDialog
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task, show_error


class ProgramController(QObject):
    def __init__(self, services: BookServices, history: UndoHistory, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.history = history
        self.window = parent
        self.dialog: QDialog | None = None  # the one open, for tests and screenshots
        self.guest_dialog: GuestDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # Goals

    def new_goal(self) -> None:
        dialog = GoalDialog(self.window)
        goals = self.services.goals

        def save(fields: object) -> None:
            assert isinstance(fields, GoalFields)
            text = tr("Program", "Set {0}").format(describe_goal(fields))
            command = AddRecord(
                text, self.history, GOAL, lambda: goals.add(fields), goals.delete, goals.reinstate
            )
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    def edit_goal(self, goal: Goal) -> None:
        dialog = GoalDialog(self.window, existing=goal)
        goals = self.services.goals

        def save(fields: object) -> None:
            assert isinstance(fields, GoalFields)
            command = EditRecord(
                tr("Program", "Change {0}").format(describe_goal(fields)),
                self.history,
                GOAL,
                goal.id,
                goal.version,
                goal.as_fields(),
                fields,
                goals.update,
            )
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    def delete_goal(self, goal: Goal) -> None:
        goals = self.services.goals
        text = tr("Program", "Remove {0}").format(describe_goal(goal))
        self.history.push(
            DeleteRecord(text, self.history, GOAL, goal, goals.delete, goals.reinstate)
        )

    # Programs

    def new_program(self) -> None:
        dialog = ProgramDialog(self.window)
        programs = self.services.programs

        def save(fields: object) -> None:
            assert isinstance(fields, ProgramFields)
            text = tr("Program", "Add the program {0}").format(fields.name)
            command = AddRecord(
                text,
                self.history,
                PROGRAM,
                lambda: programs.add(fields),
                programs.delete,
                programs.reinstate,
            )
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    def edit_program(self, program: Program) -> None:
        dialog = ProgramDialog(self.window, existing=program)
        programs = self.services.programs

        def save(fields: object) -> None:
            assert isinstance(fields, ProgramFields)
            command = EditRecord(
                tr("Program", "Change the program {0}").format(fields.name),
                self.history,
                PROGRAM,
                program.id,
                program.version,
                program.as_fields(),
                fields,
                programs.update,
            )
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    def delete_program(self, program: Program) -> None:
        programs = self.services.programs
        text = tr("Program", "Delete the program {0}").format(program.name)
        self.history.push(
            DeleteRecord(text, self.history, PROGRAM, program, programs.delete, programs.reinstate)
        )

    # Events

    def new_event(self) -> None:
        dialog = EventDialog(self.services.contact_table, self.window)
        events = self.services.events

        def save(fields: object) -> None:
            assert isinstance(fields, EventFields)
            text = tr("Program", "Add the event {0}").format(fields.name)
            command = AddRecord(
                text,
                self.history,
                EVENT,
                lambda: events.add(fields),
                events.delete,
                events.reinstate,
            )

            def done(made: object) -> None:
                dialog.finish()
                if isinstance(made, ClientEvent):
                    self.open_event(made)  # now invite clients to it

            self.history.push(command, done=done, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    def open_event(self, event: ClientEvent) -> None:
        dialog = EventDialog(self.services.contact_table, self.window, existing=event)
        events = self.services.events
        history = self.history

        def reload(_result: object = None) -> None:
            def fetch(_p: object) -> tuple[list[Invitation], list[Guest], EventResults]:
                return (
                    events.invitations(event.id),
                    events.guests(event.id),
                    events.results(event.id),
                )

            run_task(dialog, fetch, lambda found: dialog.show_lists(*found))

        def save(fields: object) -> None:
            assert isinstance(fields, EventFields)
            command = EditRecord(
                tr("Program", "Change the event {0}").format(fields.name),
                history,
                EVENT,
                event.id,
                event.version,
                event.as_fields(),
                fields,
                events.update,
            )
            history.push(command, done=dialog.finish, refused=dialog.refused)

        def invite(ids: object, places: int) -> None:
            assert isinstance(ids, list)
            text = tr("Program", "Invite to {0}").format(event.name)
            history.push(InviteClients(text, history, events, event.id, ids, places), done=reload)

        def invite_engaged(places: int) -> None:
            table = self.services.contact_table
            engaged = ContactFilter(
                relationships=frozenset({Relationship.CLIENT}),
                segments=frozenset({Segment.ENGAGED}),
            )
            run_task(dialog, lambda _p: table.ids(engaged), lambda ids: invite(ids, places))

        def answer(invitation: object, values: object) -> None:
            assert isinstance(invitation, Invitation) and isinstance(values, tuple)
            rsvp, places, came = values
            text = tr("Program", "Answer of {0}").format(invitation.contact_name)
            command = AnswerInvitation(
                text, history, events, invitation, (Rsvp(rsvp), places, came)
            )

            def refused(error: BaseException) -> None:
                show_error(dialog, error)
                reload()

            history.push(command, done=reload, refused=refused)

        def add_guest() -> None:
            guest = GuestDialog(self.services.contact_table, dialog.invitations, dialog)

            def save_guest(choice: object) -> None:
                host, person, contact_id, came = cast(GuestChoice, choice)
                name = person.full_name if person else guest.picker.text()
                text = tr("Program", "Add {0} as a guest at {1}").format(name, event.name)
                command = AddGuest(text, history, events, event.id, host, person, contact_id, came)

                def done(result: object) -> None:
                    guest.finish()
                    reload()

                history.push(command, done=done, refused=guest.refused)

            guest.save_requested.connect(save_guest)
            self.guest_dialog = guest
            guest.open()

        dialog.save_requested.connect(save)
        dialog.invite_requested.connect(invite)
        dialog.engaged_requested.connect(invite_engaged)
        dialog.answer_requested.connect(answer)
        dialog.add_guest_requested.connect(add_guest)
        self._open(dialog)
        reload()

    def delete_event(self, event: ClientEvent) -> None:
        events = self.services.events
        text = tr("Program", "Delete the event {0}").format(event.name)
        self.history.push(
            DeleteRecord(text, self.history, EVENT, event, events.delete, events.reinstate)
        )

    # Rewards

    def give_reward(self, reward: Reward) -> None:
        dialog = RewardDialog(reward, self.window)
        rewards = self.services.rewards

        def save(values: object) -> None:
            given_on, notes = cast(tuple[date, str], values)
            text = tr("Program", "Reward given to {0}").format(reward.referrer_name)
            command = GiveReward(text, self.history, rewards, reward, given_on, notes)
            self.history.push(command, done=dialog.finish, refused=dialog.refused)

        dialog.save_requested.connect(save)
        self._open(dialog)

    # The written program

    def print_plan(self) -> None:
        suggested = str(Path.home() / f"referral-program-{date.today()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Program", "Print our referral program"),
            suggested,
            tr("Program", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        plan = self.services.program_plan

        def done(written: object) -> None:
            QMessageBox.information(
                self.window,
                tr("Program", "Referral program"),
                tr("Program", "The referral program was written to {0}.").format(written),
            )

        self.history.runner.submit(lambda _p: plan.write(Path(path)), done, parent=self.window)
