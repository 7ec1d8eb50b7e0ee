"""A practice's people and settings, follow-ups taken on by a member, and compliance notes.

(docs/design.md, "A practice".) The tables exist in every book; a SQLite book leaves
them empty. On PostgreSQL `practice init` fills `practice` and creates the server
roles; the migration that made these tables also gave them their row-level security.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from advisor_referrals.domain.practice import BookMode, MemberKind, TaskKind
from advisor_referrals.storage.models.base import Base, now, one_of


class PracticeRow(Base):
    """One row (id 1) once `practice init` has run: the book is then a practice's."""

    __tablename__ = "practice"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint(one_of("books", BookMode), name="books"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    books: Mapped[str] = mapped_column(String(16), nullable=False, default=BookMode.SHARED.value)
    # The server's group roles are named from this: "<prefix>_advisor" and so on.
    role_prefix: Mapped[str] = mapped_column(String(40), nullable=False)
    initialized_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MemberRow(Base):
    """A person of the practice; `name` is their server role. Removed members stay listed."""

    __tablename__ = "members"
    __table_args__ = (CheckConstraint(one_of("kind", MemberKind), name="kind"),)
    name: Mapped[str] = mapped_column(String(63), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MemberAdvisorRow(Base):
    """An assistant works on behalf of an advisor."""

    __tablename__ = "member_advisors"
    assistant: Mapped[str] = mapped_column(
        ForeignKey("members.name", ondelete="CASCADE"), primary_key=True
    )
    advisor: Mapped[str] = mapped_column(
        ForeignKey("members.name", ondelete="CASCADE"), primary_key=True
    )


class TaskRow(Base):
    """A follow-up the app creates, taken on by a member with a due date.

    The follow-up itself is the referral's first contact, thank-you or reward, or a
    client's next review to book; the task is open until that is done or the task is
    marked done. `contact_id` is the client it concerns (for a referral, the person
    referred), so it is seen by whoever sees that client.
    """

    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(one_of("kind", TaskKind), name="kind"),
        Index("ix_tasks_assignee", "assignee", "done_on", "due_on"),
        Index("ix_tasks_contact_id", "contact_id"),
        Index("ix_tasks_referral_id", "referral_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    assignee: Mapped[str] = mapped_column(String(100), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ComplianceNoteRow(Base):
    """A compliance officer's review note on a record: the one thing they may write.

    On PostgreSQL the author is the server session's user, set by the database.
    """

    __tablename__ = "compliance_notes"
    __table_args__ = (Index("ix_compliance_notes_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(30), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=now, onupdate=now
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
