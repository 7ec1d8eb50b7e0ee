"""Asks: log, edit, delete (and put back) the record of asking a client for an introduction.

Every write is one transaction with its audit entry (services/writing.py), which is also
how the window hears of it (entity "ask"). The ask list's fatigue guard and the quarterly
figures read these records (docs/design.md, "Metrics").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from advisor_referrals.domain.asks import (
    METHOD_LABELS,
    Ask,
    AskFields,
    validate_ask,
)
from advisor_referrals.domain.errors import ConflictError, Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AskRow, ContactRow, ReferralRow
from advisor_referrals.storage.rows import ask_columns, ask_from_row

ENTITY = "ask"
LOAD = (
    joinedload(AskRow.contact),
    joinedload(AskRow.referral).joinedload(ReferralRow.referred),
)


def snapshot(fields: AskFields) -> dict[str, Any]:
    return {
        "contact_id": fields.contact_id,
        "asked_on": fields.asked_on,
        "method": fields.method,
        "outcome": fields.outcome,
        "referral_id": fields.referral_id,
        "notes": fields.notes,
    }


def described(ask: Ask) -> str:
    return f"the ask of {ask.contact_name} on {ask.asked_on.isoformat()}"


class AskService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = RowWriter(
            book,
            AskRow,
            ENTITY,
            name=lambda row: f"The ask of {ask_from_row(row).contact_name}",
            options=LOAD,
        )

    # Reading

    def get(self, ask_id: int) -> Ask:
        with self.book.session() as session:
            return ask_from_row(self.writer.load(session, ask_id))

    def for_contact(self, contact_id: int) -> list[Ask]:
        """The contact's asks, newest first."""
        with self.book.session() as session:
            rows = session.scalars(
                select(AskRow)
                .where(AskRow.contact_id == contact_id)
                .options(*LOAD)
                .order_by(AskRow.asked_on.desc(), AskRow.id.desc())
            ).all()
            return [ask_from_row(row) for row in rows]

    def introductions_by(self, contact_id: int) -> list[tuple[int, str]]:
        """The referrals this contact made, newest first, as (id, "Name, received on"): what
        an ask may name as the introduction it led to."""
        referred = ContactRow.__table__.alias("referred")
        rows = (
            select(ReferralRow.id, referred.c.first_name, referred.c.last_name)
            .join(referred, referred.c.id == ReferralRow.referred_id)
            .add_columns(ReferralRow.received_on)
            .where(ReferralRow.referrer_id == contact_id)
            .order_by(ReferralRow.received_on.desc(), ReferralRow.id.desc())
        )
        with self.book.session() as session:
            return [
                (rid, f"{full_name(first, last)}, {received.isoformat()}")
                for rid, first, last, received in session.execute(rows)
            ]

    # Writing

    def log(self, fields: AskFields) -> Ask:
        with self.writer.transaction() as session:
            self._check(session, fields)
            row = self.writer.add(
                session,
                AskRow(**ask_columns(fields)),
                "create",
                lambda row: (
                    f"Logged {described(self._read(session, row))} "
                    f"({METHOD_LABELS[fields.method].lower()})"
                ),
                snapshot(fields),
            )
            return self._read(session, row)

    def update(self, ask_id: int, expected_version: int, fields: AskFields) -> Ask:
        with self.writer.edit(ask_id, expected_version) as edit:
            before = ask_from_row(edit.row)
            self._check(edit.session, fields)
            for name, value in ask_columns(fields).items():
                setattr(edit.row, name, value)
            edit.session.flush()
            after = self._read(edit.session, edit.row)
            edit.audit_changes(
                "update",
                snapshot(before),
                snapshot(after),
                lambda names: f"Edited {described(after)}: {names}",
            )
            return after

    def delete(self, ask_id: int, expected_version: int) -> Ask:
        """Delete an ask; the returned record is what `restore` puts back."""
        with self.writer.edit(ask_id, expected_version) as edit:
            ask = ask_from_row(edit.row)
            edit.session.delete(edit.row)
            edit.audit("delete", f"Deleted {described(ask)}", audit.diff(snapshot(ask), {}))
            return ask

    def restore(self, deleted: Ask) -> Ask:
        """Put a deleted ask back with its id (undo of delete, redo of log)."""
        with self.writer.transaction() as session:
            if session.get(AskRow, deleted.id) is not None:
                raise ConflictError(f"The ask of {deleted.contact_name}")
            fields = deleted.as_fields()
            if (
                fields.referral_id is not None
                and session.get(ReferralRow, fields.referral_id) is None
            ):
                fields = AskFields(**{**snapshot(fields), "referral_id": None})
            self._check(session, fields)
            row = self.writer.add(
                session,
                AskRow(id=deleted.id, **ask_columns(fields)),
                "restore",
                f"Restored {described(deleted)}",
                snapshot(fields),
            )
            return self._read(session, row)

    # Helpers

    @staticmethod
    def _read(session: Session, row: AskRow) -> Ask:
        session.flush()
        session.refresh(row)
        return ask_from_row(row)

    @staticmethod
    def _check(session: Session, fields: AskFields) -> None:
        problems = validate_ask(fields)
        if session.get(ContactRow, fields.contact_id) is None:
            problems.append(
                Problem("", "contact", str(fields.contact_id), "choose a contact from the book")
            )
        if fields.referral_id is not None:
            referral = session.get(ReferralRow, fields.referral_id)
            if referral is None or referral.referrer_id != fields.contact_id:
                problems.append(
                    Problem(
                        "",
                        "referral",
                        str(fields.referral_id),
                        "choose one of the referrals this client made, or none",
                    )
                )
        if problems:
            raise ValidationError(problems)
