"""Referral programs: write them down, find the one a referral belongs to, and the wording a
client's kit prints (docs/design.md, "Referral program")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship, Segment, allowed
from advisor_referrals.domain.errors import BookError, NotFoundError, Problem
from advisor_referrals.domain.program import (
    Audience,
    Program,
    ProgramFields,
    audience_matches,
    pick_program,
    validate_program,
)
from advisor_referrals.services.program.records import SimpleRecords
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ProgramRow,
    ReferralRow,
    TagRow,
    contact_tags,
)
from advisor_referrals.storage.program_rows import program_columns, program_from_row


def describe_program(program: Any) -> str:
    return f"the program “{program.name}”"


def _check(_session: Session, fields: ProgramFields) -> list[Problem]:
    problems = validate_program(fields)
    if fields.audience is Audience.SEGMENT and fields.audience_value not in {
        s.value for s in Segment
    }:
        problems.append(
            Problem("", "audience_value", fields.audience_value, f"allowed: {allowed(Segment)}")
        )
    return problems


def _keep_used(session: Session, row: ProgramRow) -> None:
    used = session.scalar(
        select(func.count()).select_from(ReferralRow).where(ReferralRow.program_id == row.id)
    )
    if used:
        raise BookError(
            f"The program “{row.name}” has {used} referrals and stays in the book for its "
            "history. To end it, clear “Running” (or give it an end date) instead."
        )


def programs_in(session: Session) -> list[Program]:
    rows = session.scalars(select(ProgramRow).order_by(ProgramRow.id)).all()
    return [program_from_row(row) for row in rows]


def contact_traits(
    session: Session, contact_ids: Sequence[int]
) -> dict[int, tuple[Relationship, str, tuple[str, ...]]]:
    """(relationship, segment, tags) of each contact, what a program's audience looks at."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return {}
    tags: dict[int, list[str]] = {}
    for contact_id, name in session.execute(
        select(contact_tags.c.contact_id, TagRow.name)
        .join(TagRow, TagRow.id == contact_tags.c.tag_id)
        .where(contact_tags.c.contact_id.in_(ids))
    ):
        tags.setdefault(contact_id, []).append(name)
    rows = session.execute(
        select(ContactRow.id, ContactRow.relationship, ContactRow.segment).where(
            ContactRow.id.in_(ids)
        )
    )
    return {
        cid: (Relationship(relationship), segment, tuple(tags.get(cid, ())))
        for cid, relationship, segment in rows
    }


def programs_for(
    programs: Sequence[Program], traits: tuple[Relationship, str, tuple[str, ...]]
) -> list[Program]:
    return [p for p in programs if audience_matches(p, *traits)]


class ProgramService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records: SimpleRecords[ProgramRow, ProgramFields, Program] = SimpleRecords(
            book,
            ProgramRow,
            "program",
            columns=program_columns,
            load=program_from_row,
            check=_check,
            describe=describe_program,
            fields_of=lambda program: program.as_fields(),
            may_delete=_keep_used,
        )

    # Reading

    def all(self) -> list[Program]:
        with self.book.session() as session:
            return programs_in(session)

    def running(self, on: date) -> list[Program]:
        return [p for p in self.all() if p.runs_on(on)]

    def get(self, program_id: int) -> Program:
        return self.records.get(program_id)

    def suggest(self, referrer_id: int, on: date) -> Program | None:
        """The program a referral from this person on that day most likely belongs to."""
        with self.book.session() as session:
            traits = contact_traits(session, [referrer_id]).get(referrer_id)
            if traits is None:
                raise NotFoundError(f"there is no contact with id {referrer_id}")
            return pick_program(programs_for(programs_in(session), traits), on)

    def kit_wording(self, contact_ids: Sequence[int], on: date) -> dict[int, str]:
        """What each contact's kit prints about the programs running for them on `on`."""
        with self.book.session() as session:
            running = [p for p in programs_in(session) if p.runs_on(on) and p.kit_wording.strip()]
            if not running:
                return {}
            traits = contact_traits(session, contact_ids)
        wording: dict[int, str] = {}
        for contact_id, trait in traits.items():
            chosen = programs_for(running, trait)
            if chosen:
                wording[contact_id] = "\n\n".join(p.kit_wording.strip() for p in chosen)
        return wording

    # Writing

    def add(self, fields: ProgramFields) -> Program:
        return self.records.add(fields)

    def update(self, program_id: int, expected_version: int, fields: ProgramFields) -> Program:
        return self.records.update(program_id, expected_version, fields)

    def delete(self, program_id: int, expected_version: int) -> Program:
        """Delete a program no referral names yet (one with referrals is retired instead)."""
        return self.records.delete(program_id, expected_version)

    def reinstate(self, program: Program) -> Program:
        return self.records.reinstate(program, program.id)
