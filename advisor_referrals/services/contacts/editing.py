"""Contacts and households: create, edit, archive, with validation and audit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from advisor_referrals.domain.contacts import (
    Contact,
    ContactFields,
    normalise_contact,
    validate_contact,
)
from advisor_referrals.domain.errors import NotFoundError, Problem, ValidationError
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, Household
from advisor_referrals.storage.rows import (
    apply_contact_fields,
    contact_from_row,
    contact_name,
    contact_snapshot,
)

ENTITY = "contact"


def contact_rows(book: Book) -> RowWriter[ContactRow]:
    """Contacts as edits load them: with their tags and household."""
    return RowWriter(
        book,
        ContactRow,
        ENTITY,
        name=lambda row: f"Contact {contact_name(row)}",
        options=[selectinload(ContactRow.tags), selectinload(ContactRow.household)],
    )


class ContactService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = contact_rows(book)
        self.practice = PracticeService(book)

    # Reading

    def get(self, contact_id: int) -> Contact:
        with self.book.session() as session:
            return contact_from_row(self.writer.load(session, contact_id))

    def get_many(self, contact_ids: Sequence[int]) -> list[Contact]:
        with self.book.session() as session:
            rows = session.scalars(
                select(ContactRow)
                .where(ContactRow.id.in_(list(contact_ids)))
                .options(selectinload(ContactRow.tags), selectinload(ContactRow.household))
            ).all()
            by_id = {row.id: contact_from_row(row) for row in rows}
        return [by_id[i] for i in contact_ids if i in by_id]

    def find_by_email(self, email: str) -> list[Contact]:
        with self.book.session() as session:
            rows = session.scalars(
                select(ContactRow).where(func.lower(ContactRow.email) == email.strip().lower())
            ).all()
            return [contact_from_row(row) for row in rows]

    def household_members(self, household: str) -> list[Contact]:
        with self.book.session() as session:
            rows = session.scalars(
                select(ContactRow)
                .join(Household)
                .where(Household.name == household)
                .order_by(ContactRow.last_name, ContactRow.first_name)
            ).all()
            return [contact_from_row(row) for row in rows]

    def household_names(self) -> list[str]:
        with self.book.session() as session:
            return list(session.scalars(select(Household.name).order_by(Household.name)))

    def count(self) -> int:
        with self.book.session() as session:
            return session.scalar(select(func.count(ContactRow.id))) or 0

    # Writing

    def create(self, fields: ContactFields) -> Contact:
        fields = self._check(fields, new=True)
        with self.writer.transaction() as session:
            row = ContactRow()
            session.add(row)
            apply_contact_fields(session, row, fields)
            self.writer.add(
                session, row, "create", f"Added {fields.full_name}", contact_snapshot(fields)
            )
            return contact_from_row(row)

    def update(self, contact_id: int, expected_version: int, fields: ContactFields) -> Contact:
        """Save an edit made to the version the user saw; a newer stored version wins and is kept."""
        fields = self._check(fields)
        with self.writer.edit(contact_id, expected_version) as edit:
            before = contact_snapshot(contact_from_row(edit.row))
            apply_contact_fields(edit.session, edit.row, fields)
            edit.session.flush()
            edit.audit_changes(
                "update",
                before,
                contact_snapshot(fields),
                lambda names: f"Edited {fields.full_name}: {names}",
            )
            return contact_from_row(edit.row)

    def set_archived(self, contact_id: int, expected_version: int, archived: bool) -> Contact:
        """Archive hides a contact from the book without losing its history; unarchive undoes it."""
        return self.set_archived_many([(contact_id, expected_version)], archived)[0]

    def set_archived_many(
        self, contacts: Sequence[tuple[int, int]], archived: bool
    ) -> list[Contact]:
        """Archive (or restore) several contacts, given as (id, version seen), all or none."""
        with self.writer.edit_each(contacts) as edits:
            for edit in edits:
                row = edit.row
                before = row.archived_on
                row.archived_on = date.today() if archived else None
                edit.session.flush()
                edit.audit(
                    "archive" if archived else "unarchive",
                    f"{'Archived' if archived else 'Restored'} {contact_name(row)}",
                    audit.diff({"archived_on": before}, {"archived_on": row.archived_on}),
                )
            return [contact_from_row(edit.row) for edit in edits]

    def rename_household(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise ValidationError([Problem("", "household", new, "a household needs a name")])
        with self.writer.transaction() as session:
            household = session.scalar(select(Household).where(Household.name == old))
            if household is None:
                raise NotFoundError(f"there is no household named {old!r}")
            if session.scalar(select(Household.id).where(Household.name == new)) is not None:
                raise ValidationError(
                    [Problem("", "household", new, "another household already has this name")]
                )
            household.name = new
            session.flush()
            self.writer.audit(
                session,
                "update",
                household.id,
                f"Renamed household {old} to {new}",
                {"name": [old, new]},
                entity="household",
            )

    # Helpers

    def _check(self, fields: ContactFields, *, new: bool = False) -> ContactFields:
        fields = normalise_contact(fields)
        problems = validate_contact(fields)
        advisors = self.practice.advisor_lookup()
        if advisors is not None:
            # On a practice book the advisor of record is one of its advisors (docs/design.md,
            # "A practice"); a new contact is the desk's own when no one is named.
            if fields.advisor is None and new:
                fields = replace(fields, advisor=advisors.default)
            elif fields.advisor is not None:
                found = advisors.resolve(fields.advisor)
                if found is None:
                    message = f"not an advisor of this practice; advisors: {advisors.allowed()}"
                    problems.append(Problem("", "advisor", fields.advisor, message))
                else:
                    fields = replace(fields, advisor=found)
        if problems:
            raise ValidationError(problems)
        return fields
