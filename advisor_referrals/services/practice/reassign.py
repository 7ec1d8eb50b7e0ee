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

from advisor_referrals.domain.errors import BookError, ConflictError, Problem, ValidationError
from advisor_referrals.domain.practice import advisor_problem
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, now

ENTITY = "contact"
CHUNK = 500  # ids per IN list: within SQLite's limit on bound values


@dataclass(frozen=True)
class Reassigned:
    to_advisor: str
    from_advisor: str | None
    contact_ids: tuple[int, ...]
    # Each moved contact's advisor before, and its version after (for undo).
    previous: tuple[tuple[int, str | None, int], ...] = ()

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
            before = self._moving(session, to_advisor, from_advisor, contact_ids)
            ids = list(before)
            if contact_ids is not None and from_advisor is None:
                missing = set(contact_ids) - self._existing(session, contact_ids)
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
            versions = self._versions(session, ids)
            previous = tuple((cid, before[cid], versions[cid]) for cid in ids)
            done = Reassigned(to_advisor, from_advisor, tuple(ids), previous)
            if ids:
                self.writer.audit(
                    session,
                    "reassign",
                    None,
                    done.describe(),
                    {"advisor": [from_advisor, to_advisor], "contacts": [None, ids]},
                )
            return done

    def put_back(self, done: Reassigned) -> None:
        """Undo a reassignment: each contact back to its advisor before, as one audited
        change. A contact changed since (its version moved on) is someone else's later
        work: nothing is put back and the conflict error says so."""
        if not done.previous:
            return
        with self.writer.transaction("The contacts handed over") as session:
            ids = [cid for cid, _, _ in done.previous]
            versions = self._versions(session, ids)
            for cid, _, version in done.previous:
                if versions.get(cid) != version:
                    raise ConflictError(f"Contact {cid}")
            stamp = now()
            for cid, advisor, _ in done.previous:
                session.execute(
                    update(ContactRow)
                    .where(ContactRow.id == cid)
                    .values(advisor=advisor, version=ContactRow.version + 1, updated_at=stamp)
                    .execution_options(synchronize_session=False)
                )
            self.writer.audit(
                session,
                "reassign",
                None,
                f"Put {len(ids):,} contacts back with their advisors",
                {"advisor": [done.to_advisor, done.from_advisor], "contacts": [None, ids]},
            )

    @staticmethod
    def _versions(session: Session, ids: Sequence[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            found.update(
                session.execute(
                    select(ContactRow.id, ContactRow.version).where(ContactRow.id.in_(chunk))
                ).all()
            )
        return found

    @staticmethod
    def _moving(
        session: Session,
        to_advisor: str,
        from_advisor: str | None,
        contact_ids: Sequence[int] | None,
    ) -> dict[int, str | None]:
        """Contact id -> its advisor now, for the contacts that change hands, by id."""
        query = select(ContactRow.id, ContactRow.advisor).where(
            ContactRow.advisor.is_distinct_from(to_advisor)
        )
        if from_advisor is not None:
            query = query.where(ContactRow.advisor == from_advisor)
        if contact_ids is None:
            return dict(session.execute(query.order_by(ContactRow.id)).all())
        found: dict[int, str | None] = {}
        wanted = sorted(set(contact_ids))
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            found.update(session.execute(query.where(ContactRow.id.in_(chunk))).all())
        return dict(sorted(found.items()))

    @staticmethod
    def _existing(session: Session, contact_ids: Sequence[int]) -> set[int]:
        wanted = sorted(set(contact_ids))
        found: set[int] = set()
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            found.update(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(chunk))))
        return found
