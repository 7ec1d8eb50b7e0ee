"""Handing a book of clients from one advisor to another: one transaction, one audit entry.

(docs/design.md, "A practice".) Every contact moved gets a new version, so an edit
someone had open on one of them is refused as stale rather than putting the old
advisor back. The audit entry lists the contacts it moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import BookError, Problem, ValidationError
from advisor_referrals.domain.practice import advisor_problem
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, now

ENTITY = "contact"
CHUNK = 5000


@dataclass(frozen=True)
class Reassigned:
    to_advisor: str
    from_advisor: str | None
    contact_ids: tuple[int, ...]

    def describe(self) -> str:
        count = len(self.contact_ids)
        noun = "contact" if count == 1 else "contacts"
        source = f" from {self.from_advisor}" if self.from_advisor else ""
        return f"Reassigned {count:,} {noun}{source} to {self.to_advisor}."


class ReassignService:
    def __init__(self, book: Book, practice: PracticeService | None = None) -> None:
        self.book = book
        self.practice = practice or PracticeService(book)
        self.writer = BookWriter(book, ENTITY)

    def reassign(
        self,
        to_advisor: str,
        *,
        from_advisor: str | None = None,
        contact_ids: Sequence[int] | None = None,
    ) -> Reassigned:
        """Make `to_advisor` the advisor of record of every contact of `from_advisor`, or of
        the contacts given (whoever had them), or of those of `from_advisor` among them."""
        to_advisor = to_advisor.strip()
        if from_advisor is None and contact_ids is None:
            raise BookError("say whose contacts to hand over, or which contacts")
        problems = []
        if not to_advisor:
            problems.append(Problem("", "advisor", "", "name the advisor who takes them over"))
        elif problem := advisor_problem(to_advisor, self.practice.advisor_names()):
            problems.append(problem)
        if from_advisor is not None and from_advisor == to_advisor:
            problems.append(Problem("", "advisor", to_advisor, "they are already this advisor's"))
        if problems:
            raise ValidationError(problems)
        with self.writer.transaction("The contacts handed over") as session:
            query = select(ContactRow.id).order_by(ContactRow.id)
            if from_advisor is not None:
                query = query.where(ContactRow.advisor == from_advisor)
            if contact_ids is not None:
                query = query.where(ContactRow.id.in_(list(contact_ids)))
            query = query.where(ContactRow.advisor.is_distinct_from(to_advisor))
            ids = list(session.scalars(query))
            if contact_ids is not None and from_advisor is None:
                missing = (
                    set(contact_ids) - set(ids) - self._already(session, contact_ids, to_advisor)
                )
                if missing:
                    shown = ", ".join(str(i) for i in sorted(missing)[:10])
                    raise BookError(f"there is no contact with id {shown}; nothing was changed")
            stamp = now()
            for start in range(0, len(ids), CHUNK):
                session.execute(
                    update(ContactRow)
                    .where(ContactRow.id.in_(ids[start : start + CHUNK]))
                    .values(advisor=to_advisor, version=ContactRow.version + 1, updated_at=stamp)
                    .execution_options(synchronize_session=False)
                )
            done = Reassigned(to_advisor, from_advisor, tuple(ids))
            if ids:
                self.writer.audit(
                    session,
                    "reassign",
                    None,
                    done.describe(),
                    {"advisor": [from_advisor, to_advisor], "contacts": [None, ids]},
                )
            return done

    @staticmethod
    def _already(session: Session, contact_ids: Sequence[int], advisor: str) -> set[int]:
        return set(
            session.scalars(
                select(ContactRow.id).where(
                    ContactRow.id.in_(list(contact_ids)), ContactRow.advisor == advisor
                )
            )
        )
