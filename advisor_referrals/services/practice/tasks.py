"""Follow-ups taken on by a member with a due date: a referral's first contact, thank-you or
reward, or booking a client's next review.

(docs/design.md, "A practice".) The app already knows which follow-ups are waiting
(Today lists them); a task says who does one and by when. It stays open until the
follow-up itself is done (the referral is contacted, the referrer thanked, the
reward's disclosure delivered, a review booked) or until its member marks it done,
so nobody has to close it twice. A follow-up has at most one open task.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import aliased

from advisor_referrals.domain.errors import NotFoundError, Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import MemberKind, TaskKind
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.writing import BookWriter, RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow, TaskRow

ENTITY = "task"
NOTES_MAX = 2_000
Referrer = aliased(ContactRow, name="task_referrer")


@dataclass(frozen=True, kw_only=True)
class Task:
    id: int
    version: int
    kind: TaskKind
    contact_id: int
    contact_name: str
    referral_id: int | None
    referrer_name: str | None
    assignee: str
    due_on: date
    done_on: date | None
    notes: str

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today

    @property
    def subject(self) -> str:
        """What the task is about, in words: "Ana Souza (referred by Ben Ito)"."""
        if self.referrer_name:
            return f"{self.contact_name} (referred by {self.referrer_name})"
        return self.contact_name


def follow_up_done(today: date) -> ColumnElement[bool]:
    """True where the follow-up a task stands for has happened (the task then closes)."""
    # The client's next review is booked: one is coming up, not cancelled nor held yet.
    booked = exists().where(
        ReviewRow.contact_id == TaskRow.contact_id,
        ReviewRow.scheduled_for >= today,
        ReviewRow.cancelled_on.is_(None),
        ReviewRow.completed_on.is_(None),
    )
    return or_(
        and_(
            TaskRow.kind == TaskKind.FIRST_CONTACT.value,
            ReferralRow.first_contacted_on.is_not(None),
        ),
        and_(TaskRow.kind == TaskKind.THANK_YOU.value, ReferralRow.thanked_on.is_not(None)),
        and_(
            TaskRow.kind == TaskKind.REWARD.value,
            ReferralRow.comp_disclosure_delivered_on.is_not(None),
        ),
        and_(TaskRow.kind == TaskKind.REVIEW_BOOKING.value, booked),
    )


def _open() -> ColumnElement[bool]:
    return and_(TaskRow.done_on.is_(None), not_(follow_up_done(date.today())))


class TaskService:
    def __init__(self, book: Book, practice: PracticeService | None = None) -> None:
        self.book = book
        self.practice = practice or PracticeService(book)
        self.rows = RowWriter(book, TaskRow, ENTITY, name=lambda row: f"Task {row.id}")
        self.writer = BookWriter(book, ENTITY)

    # Reading

    def mine(self, limit: int | None = 50) -> list[Task]:
        """The open tasks of the member at the desk, the most urgent first."""
        return self.open_for(self.book.user, limit=limit)

    def open_for(self, assignee: str, *, limit: int | None = 50) -> list[Task]:
        query = self._query().where(TaskRow.assignee == assignee, _open())
        query = query.order_by(TaskRow.due_on, TaskRow.id)
        if limit is not None:
            query = query.limit(limit)
        return self._tasks(query)

    def count_mine(self) -> int:
        return self.count_open_for(self.book.user)

    def count_open_for(self, assignee: str) -> int:
        query = (
            select(func.count(TaskRow.id))
            .outerjoin(ReferralRow, ReferralRow.id == TaskRow.referral_id)
            .where(TaskRow.assignee == assignee, _open())
        )
        with self.book.session() as session:
            return int(session.scalar(query) or 0)

    def open_task(self, kind: TaskKind, subject_id: int) -> Task | None:
        """The open task of one follow-up (a referral's, or a client's review booking)."""
        query = self._query().where(
            TaskRow.kind == kind.value, _open(), self._subject(kind, subject_id)
        )
        found = self._tasks(query.limit(1))
        return found[0] if found else None

    def get(self, task_id: int) -> Task:
        found = self._tasks(self._query().where(TaskRow.id == task_id))
        if not found:
            raise NotFoundError(f"there is no task with id {task_id}")
        return found[0]

    # Writing

    def assign(
        self,
        kind: TaskKind,
        subject_id: int,
        assignee: str,
        *,
        due_on: date | None = None,
        notes: str = "",
        today: date | None = None,
    ) -> Task:
        """Give a follow-up to a member; the one open task of it changes hands if there is one."""
        today = today or date.today()
        assignee = assignee.strip()
        self._check(assignee, notes, due_on)
        existing = self.open_task(kind, subject_id)
        if existing is not None:
            with self.rows.edit(existing.id, existing.version) as edit:
                before = {
                    "assignee": edit.row.assignee,
                    "due_on": edit.row.due_on,
                    "notes": edit.row.notes,
                }
                edit.row.assignee = assignee
                edit.row.due_on = due_on or edit.row.due_on
                edit.row.notes = notes or edit.row.notes
                edit.session.flush()
                after = {
                    "assignee": edit.row.assignee,
                    "due_on": edit.row.due_on,
                    "notes": edit.row.notes,
                }
                edit.audit_changes(
                    "update",
                    before,
                    after,
                    lambda names: f"{kind.label} for {existing.subject}: {names}",
                )
            return self.get(existing.id)
        with self.writer.transaction() as session:
            contact_id, referral_id, start = self._subject_row(session, kind, subject_id)
            row = TaskRow(
                kind=kind.value,
                contact_id=contact_id,
                referral_id=referral_id,
                assignee=assignee,
                due_on=due_on or kind.default_due(start if kind.about_referral else today),
                notes=notes,
                created_by=self.book.user,
            )
            snapshot = {
                "kind": kind.value,
                "assignee": assignee,
                "due_on": row.due_on,
                "contact_id": contact_id,
                "referral_id": referral_id,
            }
            self.writer.add(
                session,
                row,
                "create",
                f"{kind.label} given to {assignee}, due {row.due_on}",
                snapshot,
            )
            task_id = row.id
        return self.get(task_id)

    def mark_done(self, task_id: int, expected_version: int, today: date | None = None) -> Task:
        with self.rows.edit(task_id, expected_version) as edit:
            before = edit.row.done_on
            edit.row.done_on = today or date.today()
            edit.session.flush()
            edit.audit(
                "update",
                f"{TaskKind(edit.row.kind).label} marked done by {self.book.user}",
                {
                    "done_on": [
                        None if before is None else before.isoformat(),
                        edit.row.done_on.isoformat(),
                    ]
                },
            )
        return self.get(task_id)

    # Helpers

    def _check(self, assignee: str, notes: str, due_on: date | None) -> None:
        problems: list[Problem] = []
        if not assignee:
            problems.append(Problem("", "assignee", "", "name the member who takes it on"))
        elif self.practice.is_practice:
            doers = {
                m.name
                for m in self.practice.members()
                if m.kind in (MemberKind.ADVISOR, MemberKind.ASSISTANT)
            }
            if assignee not in doers:
                problems.append(
                    Problem(
                        "",
                        "assignee",
                        assignee,
                        f"not an advisor or assistant of this practice; they are: "
                        f"{', '.join(sorted(doers)) or 'none yet'}",
                    )
                )
        elif len(assignee) > 100:
            problems.append(Problem("", "assignee", assignee, "at most 100 characters"))
        if len(notes) > NOTES_MAX:
            problems.append(
                Problem("", "notes", f"{len(notes)} characters", f"at most {NOTES_MAX}")
            )
        if due_on is not None and not date(1900, 1, 1) <= due_on <= date(2100, 12, 31):
            problems.append(Problem("", "due_on", due_on.isoformat(), "a day from 1900 to 2100"))
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _subject(kind: TaskKind, subject_id: int) -> ColumnElement[bool]:
        if kind.about_referral:
            return TaskRow.referral_id == subject_id
        return and_(TaskRow.contact_id == subject_id, TaskRow.referral_id.is_(None))

    @staticmethod
    def _subject_row(session: Any, kind: TaskKind, subject_id: int) -> tuple[int, int | None, date]:
        if kind.about_referral:
            referral = session.get(ReferralRow, subject_id)
            if referral is None:
                raise NotFoundError(f"there is no referral with id {subject_id}")
            return referral.referred_id, referral.id, referral.received_on
        contact = session.get(ContactRow, subject_id)
        if contact is None:
            raise NotFoundError(f"there is no contact with id {subject_id}")
        return contact.id, None, date.today()

    @staticmethod
    def _query() -> Any:
        return (
            select(
                TaskRow,
                ContactRow.first_name,
                ContactRow.last_name,
                Referrer.first_name,
                Referrer.last_name,
            )
            .join(ContactRow, ContactRow.id == TaskRow.contact_id)
            .outerjoin(ReferralRow, ReferralRow.id == TaskRow.referral_id)
            .outerjoin(Referrer, Referrer.id == ReferralRow.referrer_id)
        )

    def _tasks(self, query: Any) -> list[Task]:
        with self.book.session() as session:
            return [
                Task(
                    id=row.id,
                    version=row.version,
                    kind=TaskKind(row.kind),
                    contact_id=row.contact_id,
                    contact_name=full_name(first, last),
                    referral_id=row.referral_id,
                    referrer_name=full_name(rfirst, rlast) if row.referral_id else None,
                    assignee=row.assignee,
                    due_on=row.due_on,
                    done_on=row.done_on,
                    notes=row.notes,
                )
                for row, first, last, rfirst, rlast in session.execute(query)
            ]
