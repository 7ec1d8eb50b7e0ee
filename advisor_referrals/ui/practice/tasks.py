"""Follow-ups given to a member: Today's "My tasks" section and the dialog that gives one.

(docs/design.md, "A practice".) A referral's first contact, thank-you or reward, or a
client's next review booking can be given to an advisor or an assistant with a due
date; whoever it is given to sees it under "My tasks" on their Today page until the
follow-up is done or they mark it done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from advisor_referrals.domain.practice import Member, MemberKind, TaskKind
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.practice.tasks import Task, TaskService
from advisor_referrals.ui.book_events import CONTACT, REFERRAL, REVIEW, TASK
from advisor_referrals.ui.fields import date_edit
from advisor_referrals.ui.formats import from_qdate, short_date
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.today_sections import SHOWN, Action, ListSection
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.serial import SerialRunner


def kind_label(kind: TaskKind) -> str:
    return {
        TaskKind.FIRST_CONTACT: tr("Tasks", "First contact"),
        TaskKind.THANK_YOU: tr("Tasks", "Thank-you"),
        TaskKind.REWARD: tr("Tasks", "Reward and its disclosure"),
        TaskKind.REVIEW_BOOKING: tr("Tasks", "Book a review"),
    }[kind]


class MyTasksSection(ListSection):
    """The open follow-ups given to the person at the desk, the most urgent first."""

    follows = (TASK, REFERRAL, REVIEW, CONTACT)
    wide = True

    def __init__(
        self,
        tasks: TaskService,
        runner: SerialRunner,
        controller: ReferralController,
        review_actions: ReviewActions,
        parent: QWidget | None = None,
    ) -> None:
        self.tasks = tasks
        self.runner = runner
        self.review_actions = review_actions
        super().__init__(controller, parent)

    def title(self) -> str:
        return tr("Tasks", "My tasks")

    def headers(self) -> list[str]:
        return [tr("Tasks", "Follow-up"), tr("Tasks", "About"), tr("Tasks", "Due")]

    def cells(self, row: Task) -> list[str]:
        due = short_date(row.due_on)
        if row.overdue(date.today()):
            late = (date.today() - row.due_on).days
            due = tr("Tasks", "{0} ({1} days late)").format(due, late)
        return [kind_label(row.kind), row.subject, due]

    def row_actions(self, row: Task) -> list[Action]:
        if row.referral_id is not None:
            referral_id = row.referral_id
            open_it = (tr("Tasks", "Open"), lambda: self.controller.open_referral(referral_id))
        else:
            open_it = (
                tr("Tasks", "Book…"),
                lambda: self.review_actions.schedule(row.contact_id),
            )
        return [open_it, (tr("Tasks", "Done"), lambda: self.mark_done(row))]

    def empty_text(self) -> str:
        return tr("Tasks", "Nothing has been given to you.")

    def fetch(self, today: date) -> tuple[list[Any], int]:
        tasks = self.tasks
        return tasks.mine(SHOWN), tasks.count_mine()

    def mark_done(self, task: Task) -> None:
        tasks = self.tasks
        self.runner.submit(lambda _p: tasks.mark_done(task.id, task.version), parent=self)


class AssignDialog(QDialog):
    """Give one follow-up to a member, with a due date and a note."""

    def __init__(
        self,
        kind: TaskKind,
        subject: str,
        members: list[Member],
        due: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tasks", "Give a Follow-up"))
        self.member = QComboBox()
        for member in members:
            self.member.addItem(member.shown_name, member.name)
        self.due = date_edit(due)
        self.notes = QLineEdit()
        self.notes.setMaxLength(2000)
        form = form_layout(self)
        form.addRow(tr("Tasks", "Follow-up:"), QLabel(f"{kind_label(kind)} — {subject}"))
        form.addRow(tr("Tasks", "Give it to:"), self.member)
        form.addRow(tr("Tasks", "Due:"), self.due)
        form.addRow(tr("Tasks", "Note:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, date, str]:
        return (
            str(self.member.currentData()),
            from_qdate(self.due.date()) or date.today(),
            self.notes.text().strip(),
        )


class TaskAssigner(QObject):
    """Opens the dialog and gives the follow-up, through the window's serial worker."""

    def __init__(
        self,
        practice: PracticeService,
        tasks: TaskService,
        runner: SerialRunner,
        parent: QWidget,
        ask: Callable[[AssignDialog], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self.tasks = tasks
        self.runner = runner
        self.widget = parent
        self.ask = ask or (lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)

    def members(self) -> list[Member]:
        doers = (MemberKind.ADVISOR, MemberKind.ASSISTANT)
        return [m for m in self.practice.members() if m.kind in doers]

    def assign(self, kind: TaskKind, subject_id: int, subject: str, start: date) -> None:
        dialog = AssignDialog(kind, subject, self.members(), kind.default_due(start), self.widget)
        if not self.ask(dialog):
            return
        assignee, due, notes = dialog.chosen()
        tasks = self.tasks
        self.runner.submit(
            lambda _p: tasks.assign(kind, subject_id, assignee, due_on=due, notes=notes),
            parent=self.widget,
        )
