"""Referrals: record, move through the pipeline, follow up, thank, compensate, and undo.

Every change returns a `ReferralChange`: the referral after it and a `RestorePoint`
that `restore()` applies to put the referral and its referred contact back exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import ReferralStatus, ThankYouMethod
from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.domain.pipeline import (
    ReferralChange,
    RestorePoint,
    StatusChange,
    as_recorded,
    check_dated_after_received,
    check_not_after_today,
    first_contact,
)
from advisor_referrals.domain.referrals import Compensation, Referral, ReferralFields
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.referrals.moves import (
    Moved,
    contact_state,
    convert_referred,
    label,
    move,
    redate_history,
    referral_rows,
    referral_snapshot,
    write_history,
)
from advisor_referrals.services.referrals.rules import (
    check_referral,
    create_referred_contact,
    history_of,
    remove_created_contact,
    with_referrers_advisor,
)
from advisor_referrals.services.writing import BookWriter
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
        self.writer = referral_rows(book)
        self.contacts = BookWriter(book, "contact")  # the referred person it may add

    # Reading

    def get(self, referral_id: int) -> Referral:
        with self.book.session() as session:
            return referral_from_row(self.writer.load(session, referral_id))

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
        with self.writer.transaction() as session:
            created: ContactRow | None = None
            if new_referred is not None:
                new_referred = with_referrers_advisor(session, fields, new_referred)
                created = create_referred_contact(self.contacts, session, new_referred)
                fields = replace(fields, referred_id=created.id)
            check_referral(session, fields)
            fields = as_recorded(fields, date.today())
            row = ReferralRow(**referral_columns(fields))
            session.add(row)
            session.flush()
            write_history(session, row, fields, self.book.user)
            if fields.status is ReferralStatus.CONVERTED and fields.converted_on is not None:
                convert_referred(self.writer, session, row, fields.converted_on)
            session.refresh(row)
            referral = referral_from_row(row)
            self.writer.audit(
                session,
                "create",
                row.id,
                f"Recorded the {label(referral)}",
                audit.diff({}, referral_snapshot(referral)),
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
        with self.writer.edit(referral_id, expected_version) as edit:
            referral = referral_from_row(edit.row)
            deleted = DeletedReferral(
                referral=referral, history=tuple(history_of(edit.session, referral_id))
            )
            edit.session.delete(edit.row)
            edit.session.flush()
            edit.audit(
                "delete",
                f"Deleted the {label(referral)}",
                audit.diff(referral_snapshot(referral), {}),
            )
            if created_contact_id is not None:
                remove_created_contact(
                    self.contacts, edit.session, created_contact_id, created_contact_version
                )
            return deleted

    def reinstate(self, deleted: DeletedReferral) -> Referral:
        """Put a deleted referral back with its id and status history (undo of delete)."""
        old = deleted.referral
        with self.writer.transaction() as session:
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
            self.writer.audit(
                session,
                "restore",
                old.id,
                f"Restored the {label(referral)}",
                audit.diff({}, referral_snapshot(referral)),
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
            lambda session, row: move(self.writer, session, row, status, on or date.today()),
        )

    def record_first_contact(
        self, referral_id: int, expected_version: int, on: date | None = None
    ) -> ReferralChange:
        """The advisor reached the referred person: dated, and a waiting referral becomes contacted."""
        when = on or date.today()

        def apply(session: Session, row: ReferralRow) -> Moved | None:
            current = referral_from_row(row)
            after = first_contact(current.as_fields(), when)
            if after.status is not current.status:
                return move(self.writer, session, row, after.status, when)
            row.first_contacted_on = after.first_contacted_on
            return None

        return self._change(referral_id, expected_version, apply, "Recorded first contact for")

    def record_thanks(
        self,
        referral_id: int,
        expected_version: int,
        on: date | None = None,
        method: ThankYouMethod | None = None,
    ) -> ReferralChange:
        """The referrer was thanked on `on` (today by default), and how."""
        when = on or date.today()

        def apply(_session: Session, row: ReferralRow) -> Moved | None:
            check_dated_after_received(referral_from_row(row), when, "thanked_on")
            check_not_after_today(when, "thanked_on")
            row.thanked_on = when
            row.thanked_by = method.value if method is not None else None
            return None

        return self._change(referral_id, expected_version, apply, "Recorded the thank-you for")

    def set_compensation(
        self, referral_id: int, expected_version: int, compensation: Compensation | None
    ) -> ReferralChange:
        def apply(session: Session, row: ReferralRow) -> Moved | None:
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

        def apply(session: Session, row: ReferralRow) -> Moved | None:
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
            made = move(self.writer, session, row, target, on)
            session.flush()
            redate_history(session, row)
            return made

        return self._change(referral_id, expected_version, apply, "Edited the")

    def restore(self, point: RestorePoint) -> Referral:
        """Undo one change: the referral's fields, the referred contact and the history as before.

        Allowed only while the referral (and the contact) still hold exactly what the change
        left, however many undos and redos bumped the version in between.
        """
        with self.writer.edit(point.referral_id, None) as edit:
            session, row = edit.session, edit.row
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
                self.writer.audit(
                    session,
                    "undo",
                    contact.id,
                    f"Undid the conversion of {before_undo.referred_name}",
                    audit.diff(
                        {"relationship": now.relationship, "client_since": now.client_since},
                        {
                            "relationship": point.contact_before.relationship,
                            "client_since": point.contact_before.client_since,
                        },
                    ),
                    entity="contact",
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
            redate_history(session, row)
            session.flush()
            session.refresh(row)
            after = referral_from_row(row)
            edit.audit(
                "undo",
                f"Undid a change to the {label(after)}",
                audit.diff(referral_snapshot(before_undo), referral_snapshot(after)),
            )
            return after

    # Helpers

    def _change(
        self,
        referral_id: int,
        expected_version: int,
        apply: Callable[[Session, ReferralRow], Moved | None],
        verb: str | None = None,
    ) -> ReferralChange:
        """One change of a referral with its restore point; `verb` words its audit entry
        (a move writes its own)."""
        with self.writer.edit(referral_id, expected_version) as edit:
            session, row = edit.session, edit.row
            before = referral_from_row(row)
            moved = apply(session, row)
            session.flush()
            session.refresh(row)
            after = referral_from_row(row)
            if verb is not None:
                edit.audit_changes(
                    "update",
                    referral_snapshot(before),
                    referral_snapshot(after),
                    lambda names: f"{verb} {label(after)}: {names}",
                )
            contact_before = moved.contact_before if moved is not None else None
            contact_after = None
            if contact_before is not None:
                contact = session.get(ContactRow, row.referred_id)
                contact_after = contact_state(contact) if contact else None
            change_id = moved.change_id if moved is not None else None
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
