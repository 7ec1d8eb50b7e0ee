"""A compliance officer's review notes on records: the one thing they may write.

(docs/design.md, "A practice".) On a practice book the server allows compliance
officers to add notes and change their own, and nobody else to touch them; the
author is the session's user, set by the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.services.writing import BookWriter, RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ComplianceNoteRow

ENTITY = "compliance_note"
NOTE_MAX = 20_000


@dataclass(frozen=True)
class ComplianceNote:
    id: int
    version: int
    entity: str
    entity_id: int | None
    author: str
    note: str
    created_at: datetime
    updated_at: datetime


def _note(row: ComplianceNoteRow) -> ComplianceNote:
    return ComplianceNote(
        row.id,
        row.version,
        row.entity,
        row.entity_id,
        row.author,
        row.note,
        row.created_at,
        row.updated_at,
    )


class ComplianceNotes:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = BookWriter(book, ENTITY)
        self.rows = RowWriter(book, ComplianceNoteRow, ENTITY, name=lambda r: f"Note {r.id}")

    def notes(
        self, entity: str | None = None, entity_id: int | None = None
    ) -> list[ComplianceNote]:
        query = select(ComplianceNoteRow).order_by(ComplianceNoteRow.id)
        if entity is not None:
            query = query.where(ComplianceNoteRow.entity == entity)
        if entity_id is not None:
            query = query.where(ComplianceNoteRow.entity_id == entity_id)
        with self.book.session() as session:
            return [_note(row) for row in session.scalars(query)]

    def add(self, entity: str, entity_id: int | None, note: str) -> ComplianceNote:
        note = self._check(note)
        with self.writer.transaction() as session:
            row = ComplianceNoteRow(
                entity=entity, entity_id=entity_id, note=note, author=self.book.user
            )
            self.writer.add(
                session,
                row,
                "create",
                f"Compliance note on {entity.replace('_', ' ')} {entity_id or ''}".strip(),
                {"entity": entity, "entity_id": entity_id, "note": note},
            )
            session.refresh(row)
            return _note(row)

    def edit(self, note_id: int, expected_version: int, note: str) -> ComplianceNote:
        note = self._check(note)
        with self.rows.edit(note_id, expected_version) as edit:
            before = edit.row.note
            edit.row.note = note
            edit.session.flush()
            edit.audit_changes(
                "update",
                {"note": before},
                {"note": note},
                lambda _: f"Edited compliance note {note_id}",
            )
            return _note(edit.row)

    @staticmethod
    def _check(note: str) -> str:
        note = note.strip()
        if not note:
            raise ValidationError([Problem("", "note", "", "a note needs some text")])
        if len(note) > NOTE_MAX:
            raise ValidationError(
                [Problem("", "note", f"{len(note)} characters", f"at most {NOTE_MAX} characters")]
            )
        return note
