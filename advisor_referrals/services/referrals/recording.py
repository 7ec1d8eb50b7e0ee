"""Referrals: record, move through the pipeline, follow up, thank, compensate, and undo.

Every change returns a `ReferralChange`: the referral after it and a `RestorePoint`
that `restore()` applies to put the referral and its referred contact back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.errors import ConflictError, NotFoundError
from advisor_referrals.domain.pipeline import ReferralChange, RestorePoint, StatusChange
from advisor_referrals.domain.referrals import Compensation, Referral, ReferralFields
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.referrals.moves import (
    ENTITY,
    add_change,
    contact_state,
    convert_referred,
    label,
    move,
    referral_snapshot,
)
from advisor_referrals.services.referrals.rules import (
    check_date,
    check_referral,
    create_referred_contact,
    history_of,
    remove_created_contact,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReferralStatusChangeRow
from advisor_referrals.storage.rows import contact_from_row, referral_columns, referral_from_row

DUPLICATES_SHOWN = 10


@dataclass(frozen=True, kw_only=True)
class RecordedReferral:
    referral: Referral
    created_contact_id: int | None = None
    created_contact_version: int | None = None


@dataclass(frozen=True, kw_only=True)
class DeletedReferral:
    """A deleted referral with its history, so undo can put it back as it was."""

    referral: Referral
    history: tuple[StatusChange, ...]


class ReferralService:
    def __init__(self, book: Book) -> None:
        self.book = book

    # Reading

    def get(self, referral_id: int) -> Referral:
        with self.book.session() as session:
            return referral_from_row(self._load(session, referral_id))

    def history(self, referral_id: int) -> list[StatusChange]:
        with self.book.session() as session:
            return history_of(session, referral_id)

    def for_contact(self, contact_id: int) -> list[Referral]:
        """Referrals the contact made or was the subject of, newest first."""
        with self.book.session() as session:
            rows = session.scalars(
                select(ReferralRow)
                .where(
                    or_(
                        ReferralRow.referrer_id == contact_id, ReferralRow.referred_id == contact_id
                    )
                )
                .options(joinedload(ReferralRow.referrer), joinedload(ReferralRow.referred))
                .order_by(ReferralRow.received_on.desc(), ReferralRow.id.desc())
            ).all()
            return [referral_from_row(row) for row in rows]

    def likely_duplicates(
        self, first: str, last: str, email: str | None, *, exclude_id: int | None = None
    ) -> list[Contact]:
        """Contacts that may be this person: same email, or same first (or preferred) and last name."""
        first, last, email = (
            first.strip().lower(),
            last.strip().lower(),
            (email or "").strip().lower(),
        )
        clauses = []
        if email:
            clauses.append(func.lower(ContactRow.email) == email)
        if last and first:
            clauses.append(
                (func.lower(ContactRow.last_name) == last)
                & or_(
                    func.lower(ContactRow.first_name) == first,
                    func.lower(ContactRow.preferred_name) == first,
                )
            )
        if not clauses:
            return []
        query = select(ContactRow).where(or_(*clauses))
        if exclude_id is not None:
            query = query.where(ContactRow.id != exclude_id)
        query = query.options(selectinload(ContactRow.tags), selectinload(ContactRow.household))
        with self.book.session() as session:
            rows = session.scalars(query.order_by(ContactRow.id).limit(DUPLICATES_SHOWN)).all()
            return [contact_from_row(row) for row in rows]

    # Recording and removing

    def record(
        self, fields: ReferralFields, *, new_referred: ContactFields | None = None
    ) -> RecordedReferral:
        """Record a referral; `new_referred` adds the referred person as a new contact first."""
        with self.book.write() as session:
            created: ContactRow | None = None
            if new_referred is not None:
                created = create_referred_contact(session, new_referred, self.book.user)
                fields = replace(fields, referred_id=created.id)
            check_referral(session, fields)
            status = fields.status
            if status is ReferralStatus.CONVERTED and fields.converted_on is None:
                fields = replace(fields, converted_on=date.today())
            row = ReferralRow(**referral_columns(fields))
            session.add(row)
            session.flush()
            add_change(session, row, None, status.value, fields.received_on, self.book.user)
            if status is ReferralStatus.CONVERTED and fields.converted_on is not None:
                convert_referred(session, row, fields.converted_on, self.book.user)
            session.refresh(row)
            referral = referral_from_row(row)
            audit.record(
                session,
                user=self.book.user,
                action="create",
                entity=ENTITY,
                entity_id=row.id,
                summary=f"Recorded the {label(referral)}",
                changes=audit.diff({}, referral_snapshot(referral)),
            )
            return RecordedReferral(
                referral=referral,
                created_contact_id=created.id if created else None,
                created_contact_version=created.version if created else None,
            )

    def delete(
        self,
        referral_id: int,
        expected_version: int,
        *,
        created_contact_id: int | None = None,
        created_contact_version: int | None = None,
    ) -> DeletedReferral:
        """Delete a referral (its history goes with it).

        Given the contact that recording it created (undo of record), that contact is
        removed too, unless it was edited since or other records now point at it.
        """
        with self.book.write() as session:
            row = self._load(session, referral_id)
            self._expect(row, expected_version)
            referral = referral_from_row(row)
            deleted = DeletedReferral(
                referral=referral, history=tuple(history_of(session, referral_id))
            )
            session.delete(row)
            session.flush()
            audit.record(
                session,
                user=self.book.user,
                action="delete",
                entity=ENTITY,
                entity_id=referral_id,
                summary=f"Deleted the {label(referral)}",
                changes=audit.diff(referral_snapshot(referral), {}),
            )
            if created_contact_id is not None:
                remove_created_contact(
                    session, created_contact_id, created_contact_version, self.book.user
                )
            return deleted

    def reinstate(self, deleted: DeletedReferral) -> Referral:
        """Put a deleted referral back with its id and status history (undo of delete)."""
        old = deleted.referral
        with self.book.write() as session:
            if session.get(ReferralRow, old.id) is not None:
                raise ConflictError(f"The {label(old)}")
            check_referral(session, old.as_fields())
            row = ReferralRow(id=old.id, **referral_columns(old.as_fields()))
            session.add(row)
            session.flush()
            for change in deleted.history:
                session.add(
                    ReferralStatusChangeRow(
                        id=change.id,
                        referral_id=old.id,
                        from_status=change.from_status.value if change.from_status else None,
                        to_status=change.to_status.value,
                        changed_on=change.changed_on,
                        user=change.user,
                    )
                )
            session.refresh(row)
            referral = referral_from_row(row)
            audit.record(
                session,
                user=self.book.user,
                action="restore",
                entity=ENTITY,
                entity_id=old.id,
                summary=f"Restored the {label(referral)}",
                changes=audit.diff({}, referral_snapshot(referral)),
            )
            return referral

    # Changing

    def set_status(
        self,
        referral_id: int,
        expected_version: int,
        status: ReferralStatus,
        on: date | None = None,
    ) -> ReferralChange:
        """Move to `status` dated `on` (today by default); `converted` makes the prospect a client."""
        return self._change(
            referral_id,
            expected_version,
            lambda session, row: move(session, row, status, on or date.today(), self.book.user),
        )

    def record_first_contact(
        self, referral_id: int, expected_version: int, on: date | None = None
    ) -> ReferralChange:
        """The advisor reached the referred person: dated, and a new referral becomes contacted."""
        when = on or date.today()

        def apply(session: Session, row: ReferralRow) -> Any:
            if ReferralStatus(row.status) in (ReferralStatus.INTENDED, ReferralStatus.NEW):
                return move(session, row, ReferralStatus.CONTACTED, when, self.book.user)
            check_date(row, when, "first_contacted_on")
            row.first_contacted_on = when
            return None

        return self._change(referral_id, expected_version, apply, "Recorded first contact for")

    def record_thanks(
        self, referral_id: int, expected_version: int, on: date | None = None
    ) -> ReferralChange:
        when = on or date.today()

        def apply(_session: Session, row: ReferralRow) -> Any:
            check_date(row, when, "thanked_on")
            row.thanked_on = when
            return None

        return self._change(referral_id, expected_version, apply, "Recorded the thank-you for")

    def set_compensation(
        self, referral_id: int, expected_version: int, compensation: Compensation | None
    ) -> ReferralChange:
        def apply(session: Session, row: ReferralRow) -> Any:
            fields = replace(referral_from_row(row).as_fields(), compensation=compensation)
            check_referral(session, fields)
            for name, value in referral_columns(fields).items():
                setattr(row, name, value)
            return None

        return self._change(referral_id, expected_version, apply, "Changed the compensation of")

    def update(
        self, referral_id: int, expected_version: int, fields: ReferralFields
    ) -> ReferralChange:
        """Save the edit form; a changed status moves the referral as the board would."""

        def apply(session: Session, row: ReferralRow) -> Any:
            check_referral(session, fields)
            target = fields.status
            columns = referral_columns(replace(fields, status=ReferralStatus(row.status)))
            if target is not ReferralStatus(row.status):
                columns.pop("converted_on")
            for name, value in columns.items():
                setattr(row, name, value)
            session.flush()
            on = (
                fields.converted_on
                if target is ReferralStatus.CONVERTED and fields.converted_on
                else date.today()
            )
            return move(session, row, target, on, self.book.user)

        return self._change(referral_id, expected_version, apply, "Edited the")

    def restore(self, point: RestorePoint) -> Referral:
        """Undo one change: the referral's fields, the referred contact and the history as before."""
        try:
            with self.book.write() as session:
                row = self._load(session, point.referral_id)
                before_undo = referral_from_row(row)
                if before_undo.as_fields() != point.after:
                    raise ConflictError(f"The {label(before_undo)}")
                if point.contact_before is not None:
                    contact = session.get(ContactRow, point.contact_id)
                    if contact is None or contact_state(contact) != point.contact_after:
                        raise ConflictError(f"The contact {before_undo.referred_name}")
                    now = contact_state(contact)
                    contact.relationship = point.contact_before.relationship.value
                    contact.client_since = point.contact_before.client_since
                    audit.record(
                        session,
                        user=self.book.user,
                        action="undo",
                        entity="contact",
                        entity_id=contact.id,
                        summary=f"Undid the conversion of {before_undo.referred_name}",
                        changes=audit.diff(
                            {"relationship": now.relationship, "client_since": now.client_since},
                            {
                                "relationship": point.contact_before.relationship,
                                "client_since": point.contact_before.client_since,
                            },
                        ),
                    )
                for name, value in referral_columns(point.before).items():
                    setattr(row, name, value)
                if point.status_change_ids:
                    session.execute(
                        delete(ReferralStatusChangeRow).where(
                            ReferralStatusChangeRow.id.in_(list(point.status_change_ids))
                        )
                    )
                session.flush()
                session.refresh(row)
                after = referral_from_row(row)
                audit.record(
                    session,
                    user=self.book.user,
                    action="undo",
                    entity=ENTITY,
                    entity_id=row.id,
                    summary=f"Undid a change to the {label(after)}",
                    changes=audit.diff(referral_snapshot(before_undo), referral_snapshot(after)),
                )
                return after
        except StaleDataError:
            raise ConflictError(f"Referral {point.referral_id}") from None

    # Helpers

    def _change(
        self, referral_id: int, expected_version: int, apply: Any, verb: str | None = None
    ) -> ReferralChange:
        try:
            with self.book.write() as session:
                row = self._load(session, referral_id)
                self._expect(row, expected_version)
                before = referral_from_row(row)
                moved = apply(session, row)
                session.flush()
                session.refresh(row)
                after = referral_from_row(row)
                changes = audit.diff(referral_snapshot(before), referral_snapshot(after))
                if verb is not None and changes:
                    audit.record(
                        session,
                        user=self.book.user,
                        action="update",
                        entity=ENTITY,
                        entity_id=row.id,
                        summary=f"{verb} {label(after)}: {', '.join(changes)}",
                        changes=changes,
                    )
                contact_before = getattr(moved, "contact_before", None)
                contact_after = None
                if contact_before is not None:
                    contact = session.get(ContactRow, row.referred_id)
                    contact_after = contact_state(contact) if contact else None
                change_id = getattr(moved, "change_id", None)
                point = RestorePoint(
                    referral_id=row.id,
                    before=before.as_fields(),
                    after=after.as_fields(),
                    contact_id=row.referred_id,
                    contact_before=contact_before,
                    contact_after=contact_after,
                    status_change_ids=(change_id,) if change_id is not None else (),
                )
                return ReferralChange(referral=after, undo=point)
        except StaleDataError:
            raise ConflictError(f"Referral {referral_id}") from None

    @staticmethod
    def _expect(row: ReferralRow, version: int) -> None:
        if row.version != version:
            raise ConflictError(f"The {label(referral_from_row(row))}")

    @staticmethod
    def _load(session: Session, referral_id: int) -> ReferralRow:
        row = session.get(
            ReferralRow,
            referral_id,
            options=[joinedload(ReferralRow.referrer), joinedload(ReferralRow.referred)],
        )
        if row is None:
            raise NotFoundError(f"there is no referral with id {referral_id}")
        return row
