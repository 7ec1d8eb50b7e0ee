"""Conversation triggers: log, edit, delete (and put back), and the filtered list of them.

The Triggers page holds only ids (`ids()`, sorted and filtered in SQL) and asks for
the rows of the page it shows (`rows()`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select, update
from sqlalchemy.orm import Session, joinedload

from advisor_referrals.domain.contacts import NOTES_MAX
from advisor_referrals.domain.errors import ConflictError, Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.triggers import ConversationTrigger, TriggerFields, validate_trigger
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import RowWriter
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ReferralRow,
    TriggerKindRow,
    TriggerRow,
    name_order,
)
from advisor_referrals.storage.rows import trigger_from_row

ENTITY = "trigger"


class TriggerSort(StrEnum):
    OCCURRED_ON = "occurred_on"
    CONTACT = "contact"
    KIND = "kind"


@dataclass(frozen=True)
class TriggerFilter:
    kinds: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    referral_followed: bool | None = None
    contact_id: int | None = None
    text: str = ""  # words found in the contact's searchable text (the contact search)
    referral_conversation: bool | None = None  # referrals were talked about, or not yet


@dataclass(frozen=True, kw_only=True)
class TriggerListRow:
    id: int
    version: int
    contact_id: int
    contact_name: str
    kind: str
    kind_label: str
    occurred_on: date
    referral_conversation: bool
    notes: str
    referrals: int


@dataclass(frozen=True, kw_only=True)
class DeletedTrigger:
    """A deleted trigger and the referrals that pointed at it, so undo can relink them."""

    trigger: ConversationTrigger
    referral_ids: tuple[int, ...]


def _followed() -> ColumnElement[bool]:
    return exists().where(ReferralRow.trigger_id == TriggerRow.id)


class TriggerService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = RowWriter(
            book,
            TriggerRow,
            ENTITY,
            name=lambda row: f"The trigger for {trigger_from_row(row).contact_name}",
            options=[joinedload(TriggerRow.kind), joinedload(TriggerRow.contact)],
        )

    # Reading

    def get(self, trigger_id: int) -> ConversationTrigger:
        with self.book.session() as session:
            return trigger_from_row(self.writer.load(session, trigger_id))

    def ids(
        self,
        flt: TriggerFilter,
        sort: TriggerSort = TriggerSort.OCCURRED_ON,
        descending: bool = True,
    ) -> list[int]:
        query = self._filtered(select(TriggerRow.id), flt)
        primary: list[Any] = []
        if sort is TriggerSort.CONTACT:
            query = query.join(ContactRow, ContactRow.id == TriggerRow.contact_id)
            primary = list(name_order())
        elif sort is TriggerSort.KIND:
            query = query.join(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            primary = [func.lower(TriggerKindRow.label)]
        # Within equal keys the latest trigger comes first, whichever way the key sorts.
        order = [c.desc() if descending else c.asc() for c in primary]
        if sort is TriggerSort.OCCURRED_ON and not descending:
            order += [TriggerRow.occurred_on.asc(), TriggerRow.id.asc()]
        else:
            order += [TriggerRow.occurred_on.desc(), TriggerRow.id.desc()]
        query = query.order_by(*order)
        with self.book.session() as session:
            return list(session.scalars(query))

    def rows(self, ids: Sequence[int]) -> list[TriggerListRow]:
        if not ids:
            return []
        referral_count = (
            select(func.count())
            .where(ReferralRow.trigger_id == TriggerRow.id)
            .correlate(TriggerRow)
            .scalar_subquery()
        )
        query = (
            select(
                TriggerRow.id,
                TriggerRow.version,
                TriggerRow.contact_id,
                ContactRow.first_name,
                ContactRow.last_name,
                TriggerKindRow.key,
                TriggerKindRow.label,
                TriggerRow.occurred_on,
                TriggerRow.referral_conversation,
                TriggerRow.notes,
                referral_count,
            )
            .join(ContactRow, ContactRow.id == TriggerRow.contact_id)
            .join(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            .where(TriggerRow.id.in_(list(ids)))
        )
        with self.book.session() as session:
            by_id = {
                r[0]: TriggerListRow(
                    id=r[0],
                    version=r[1],
                    contact_id=r[2],
                    contact_name=full_name(r[3], r[4]),
                    kind=r[5],
                    kind_label=r[6],
                    occurred_on=r[7],
                    referral_conversation=r[8],
                    notes=r[9],
                    referrals=r[10] or 0,
                )
                for r in session.execute(query)
            }
        return [by_id[i] for i in ids if i in by_id]

    def for_contact(self, contact_id: int) -> list[ConversationTrigger]:
        with self.book.session() as session:
            rows = session.scalars(
                select(TriggerRow)
                .where(TriggerRow.contact_id == contact_id)
                .options(joinedload(TriggerRow.kind), joinedload(TriggerRow.contact))
                .order_by(TriggerRow.occurred_on.desc(), TriggerRow.id.desc())
            ).all()
            return [trigger_from_row(row) for row in rows]

    # Writing

    def log(self, fields: TriggerFields) -> ConversationTrigger:
        with self.writer.transaction() as session:
            kind = self._check(session, fields, new=True)
            row = self.writer.add(
                session,
                TriggerRow(kind=kind, **self._columns(fields)),
                "create",
                lambda row: f"Logged {kind.label} for {trigger_from_row(row).contact_name}",
                _snapshot(fields),
            )
            return trigger_from_row(row)

    def update(
        self, trigger_id: int, expected_version: int, fields: TriggerFields
    ) -> ConversationTrigger:
        with self.writer.edit(trigger_id, expected_version) as edit:
            row = edit.row
            before = trigger_from_row(row)
            # A retired kind may stay on the trigger that already had it.
            kind = self._check(edit.session, fields, new=fields.kind != before.kind)
            row.kind = kind
            for name, value in self._columns(fields).items():
                setattr(row, name, value)
            edit.session.flush()
            after = trigger_from_row(row)
            edit.audit_changes(
                "update",
                _snapshot(before),
                _snapshot(fields),
                lambda names: f"Edited {after.kind_label} for {after.contact_name}: {names}",
            )
            return after

    def delete(self, trigger_id: int, expected_version: int) -> DeletedTrigger:
        with self.writer.edit(trigger_id, expected_version) as edit:
            session = edit.session
            trigger = trigger_from_row(edit.row)
            linked = tuple(
                session.scalars(select(ReferralRow.id).where(ReferralRow.trigger_id == trigger_id))
            )
            session.execute(
                update(ReferralRow)
                .where(ReferralRow.trigger_id == trigger_id)
                .values(trigger_id=None)
            )
            session.delete(edit.row)
            edit.audit(
                "delete",
                f"Deleted {trigger.kind_label} for {trigger.contact_name}",
                audit.diff(_snapshot(trigger), {}),
            )
            return DeletedTrigger(trigger=trigger, referral_ids=linked)

    def restore(self, deleted: DeletedTrigger) -> ConversationTrigger:
        """Put a deleted trigger back with its id and its links to referrals (undo of delete)."""
        old = deleted.trigger
        with self.writer.transaction() as session:
            if session.get(TriggerRow, old.id) is not None:
                raise ConflictError(f"The trigger for {old.contact_name}")
            kind = self._check(session, old, new=False)
            row = self.writer.add(
                session,
                TriggerRow(id=old.id, kind=kind, **self._columns(old)),
                "restore",
                f"Restored {kind.label} for {old.contact_name}",
                _snapshot(old),
            )
            if deleted.referral_ids:
                session.execute(
                    update(ReferralRow)
                    .where(ReferralRow.id.in_(list(deleted.referral_ids)))
                    .where(ReferralRow.trigger_id.is_(None))
                    .values(trigger_id=old.id)
                )
            return trigger_from_row(row)

    # Helpers

    def _filtered(self, query: Select[Any], flt: TriggerFilter) -> Select[Any]:
        if flt.kinds:
            kind_ids = select(TriggerKindRow.id).where(TriggerKindRow.key.in_(sorted(flt.kinds)))
            query = query.where(TriggerRow.kind_id.in_(kind_ids))
        if flt.date_from is not None:
            query = query.where(TriggerRow.occurred_on >= flt.date_from)
        if flt.date_to is not None:
            query = query.where(TriggerRow.occurred_on <= flt.date_to)
        if flt.referral_followed is True:
            query = query.where(_followed())
        elif flt.referral_followed is False:
            query = query.where(~_followed())
        if flt.contact_id is not None:
            query = query.where(TriggerRow.contact_id == flt.contact_id)
        if flt.referral_conversation is not None:
            query = query.where(TriggerRow.referral_conversation.is_(flt.referral_conversation))
        if search.tokens(flt.text):
            people = select(ContactRow.id).where(
                search.matches(self.book.engine.dialect.name, flt.text)
            )
            query = query.where(TriggerRow.contact_id.in_(people))
        return query

    @staticmethod
    def _columns(fields: TriggerFields) -> dict[str, Any]:
        return {
            "contact_id": fields.contact_id,
            "occurred_on": fields.occurred_on,
            "referral_conversation": fields.referral_conversation,
            "notes": fields.notes.strip(),
        }

    @staticmethod
    def _check(session: Session, fields: TriggerFields, *, new: bool) -> TriggerKindRow:
        kinds = {row.key: row for row in session.scalars(select(TriggerKindRow))}
        usable = {key for key, row in kinds.items() if row.active or not new}
        problems = validate_trigger(fields, usable)
        if new and fields.kind in kinds and not kinds[fields.kind].active:
            problems = [
                Problem(
                    "",
                    "kind",
                    kinds[fields.kind].label,
                    "this kind is retired; choose an active kind or reactivate it in Settings",
                )
                if p.field == "kind"
                else p
                for p in problems
            ]
        if len(fields.notes) > NOTES_MAX:
            problems.append(Problem("", "notes", None, f"at most {NOTES_MAX} characters"))
        if session.get(ContactRow, fields.contact_id) is None:
            problems.append(
                Problem("", "contact", str(fields.contact_id), "choose a contact from the book")
            )
        if problems:
            raise ValidationError(problems)
        return kinds[fields.kind]


def _snapshot(fields: TriggerFields) -> dict[str, Any]:
    return {
        "contact_id": fields.contact_id,
        "kind": fields.kind,
        "occurred_on": fields.occurred_on,
        "referral_conversation": fields.referral_conversation,
        "notes": fields.notes,
    }
