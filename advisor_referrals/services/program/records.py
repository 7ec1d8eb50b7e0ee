"""Add, edit, delete and put back one kind of simple record (a goal, a program, an event).

Each of these records is a row of plain fields: an edit saves the whole form, and undo
saves the form as it was before, so one helper serves them all. Every write goes
through the write helper (services/writing.py) with its audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields as dataclass_fields
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import ConflictError, Problem, ValidationError
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Base

RowT = TypeVar("RowT", bound=Base)
FieldsT = TypeVar("FieldsT")
RecordT = TypeVar("RecordT")


def snapshot(fields: Any) -> dict[str, Any]:
    """A dataclass's fields as a plain mapping, for audit diffs."""
    return {f.name: getattr(fields, f.name) for f in dataclass_fields(fields)}


class SimpleRecords(Generic[RowT, FieldsT, RecordT]):
    """The writes of one table whose rows are edited whole.

    `columns` turns fields into column values, `load` a row into the domain record,
    `check` lists what is wrong with fields (in the session, for references), and
    `describe` words a record for the audit trail and conflict messages.
    """

    def __init__(
        self,
        book: Book,
        model: type[RowT],
        entity: str,
        *,
        columns: Callable[[FieldsT], dict[str, Any]],
        load: Callable[[RowT], RecordT],
        check: Callable[[Session, FieldsT], list[Problem]],
        describe: Callable[[Any], str],
        fields_of: Callable[[RecordT], FieldsT],
        may_delete: Callable[[Session, RowT], None] = lambda _session, _row: None,
    ) -> None:
        self.book = book
        self.model = model
        self.columns = columns
        self.load = load
        self.check = check
        self.describe = describe
        self.fields_of = fields_of
        self.may_delete = may_delete  # raises a BookError saying why a row must stay
        self.writer: RowWriter[RowT] = RowWriter(
            book, model, entity, name=lambda row: describe(row).capitalize()
        )

    def get(self, record_id: int) -> RecordT:
        with self.book.session() as session:
            return self.load(self.writer.load(session, record_id))

    def _checked(self, session: Session, fields: FieldsT) -> None:
        problems = self.check(session, fields)
        if problems:
            raise ValidationError(problems, source=self.describe(fields).capitalize())

    def add(self, fields: FieldsT, *, extra: Mapping[str, Any] | None = None) -> RecordT:
        with self.writer.transaction() as session:
            self._checked(session, fields)
            row = self.model(**self.columns(fields), **(extra or {}))
            self.writer.add(
                session, row, "create", f"Added {self.describe(fields)}", snapshot(fields)
            )
            return self.load(row)

    def update(self, record_id: int, expected_version: int, fields: FieldsT) -> RecordT:
        with self.writer.edit(record_id, expected_version) as edit:
            before = self.fields_of(self.load(edit.row))
            self._checked(edit.session, fields)
            for name, value in self.columns(fields).items():
                setattr(edit.row, name, value)
            edit.session.flush()
            edit.audit_changes(
                "update",
                snapshot(before),
                snapshot(fields),
                lambda names: f"Edited {self.describe(fields)}: {names}",
            )
            return self.load(edit.row)

    def delete(self, record_id: int, expected_version: int) -> RecordT:
        """Delete the record; what it returns puts it back (`reinstate`)."""
        with self.writer.edit(record_id, expected_version) as edit:
            self.may_delete(edit.session, edit.row)
            record = self.load(edit.row)
            edit.session.delete(edit.row)
            edit.session.flush()
            edit.audit(
                "delete",
                f"Deleted {self.describe(edit.row)}",
                audit.diff(snapshot(self.fields_of(record)), {}),
            )
            return record

    def reinstate(self, record: RecordT, record_id: int) -> RecordT:
        """Put a deleted record back with its id (undo of delete)."""
        fields = self.fields_of(record)
        with self.writer.transaction() as session:
            if session.get(self.model, record_id) is not None:
                raise ConflictError(self.describe(fields).capitalize())
            self._checked(session, fields)
            row = self.model(id=record_id, **self.columns(fields))
            self.writer.add(
                session, row, "restore", f"Restored {self.describe(fields)}", snapshot(fields)
            )
            return self.load(row)
