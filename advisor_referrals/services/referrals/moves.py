"""Moving a referral through the pipeline inside a write transaction.

Shared by every use case that changes a status (the board, the edit form, recording a
first contact), so each move is dated in `referral_status_changes`, audited, and a
conversion turns the referred prospect into a client the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.pipeline import ContactState, converted_contact, moved
from advisor_referrals.domain.referral_history import (
    DatedMove,
    completed_history,
    in_order,
)
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import BookWriter, RowWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReferralStatusChangeRow
from advisor_referrals.storage.rows import contact_name, referral_from_row

ENTITY = "referral"


@dataclass
class Moved:
    change_id: int | None = None
    contact_before: ContactState | None = None


def referral_snapshot(referral: Referral | Any) -> dict[str, Any]:
    """A referral's stored fields as a plain mapping, for audit diffs."""
    comp = referral.compensation
    return {
        "referrer_id": referral.referrer_id,
        "referred_id": referral.referred_id,
        "received_on": referral.received_on,
        "status": referral.status,
        "channel": referral.channel,
        "first_contacted_on": referral.first_contacted_on,
        "thanked_on": referral.thanked_on,
        "thanked_by": referral.thanked_by,
        "converted_on": referral.converted_on,
        "trigger_id": referral.trigger_id,
        "notes": referral.notes,
        "compensation.kind": comp.kind if comp else None,
        "compensation.value": comp.value if comp else None,
        "compensation.currency": comp.currency if comp else None,
        "compensation.agreement_on_file": comp.agreement_on_file if comp else None,
        "compensation.disclosure_delivered_on": comp.disclosure_delivered_on if comp else None,
    }


def label(referral: Referral) -> str:
    return f"referral of {referral.referred_name} by {referral.referrer_name}"


def contact_state(row: ContactRow) -> ContactState:
    return ContactState(relationship=Relationship(row.relationship), client_since=row.client_since)


def referral_rows(book: Book) -> RowWriter[ReferralRow]:
    """Referrals as edits load them: with the referrer and the referred person (their names)."""
    return RowWriter(
        book,
        ReferralRow,
        ENTITY,
        name=lambda row: f"The {label(referral_from_row(row))}",
        options=[joinedload(ReferralRow.referrer), joinedload(ReferralRow.referred)],
    )


def add_change(
    session: Session,
    row: ReferralRow,
    from_status: str | None,
    to_status: str,
    on: date,
    user: str,
) -> int:
    change = ReferralStatusChangeRow(
        referral_id=row.id, from_status=from_status, to_status=to_status, changed_on=on, user=user
    )
    session.add(change)
    session.flush()
    return change.id


def write_history(session: Session, row: ReferralRow, fields: ReferralFields, user: str) -> None:
    """The whole history of a referral just recorded: the moves its dates imply, so a
    referral recorded at a later status counts as of each quarter's end as it stood then
    (docs/design.md, "Metrics")."""
    for step in completed_history(fields):
        add_change(
            session,
            row,
            step.from_status.value if step.from_status else None,
            step.to_status.value,
            step.on,
            user,
        )


def redate_history(session: Session, row: ReferralRow) -> None:
    """After an edit of the received or converted date (or an undo), the history's dates
    follow: created the day it was received, converted on its conversion date, and never
    going back (`domain.referral_history.in_order`)."""
    changes = list(
        session.scalars(
            select(ReferralStatusChangeRow)
            .where(ReferralStatusChangeRow.referral_id == row.id)
            .order_by(ReferralStatusChangeRow.id)
        )
    )
    moves = [
        DatedMove(
            ReferralStatus(c.from_status) if c.from_status else None,
            ReferralStatus(c.to_status),
            c.changed_on,
        )
        for c in changes
    ]
    for change, step in zip(
        changes, in_order(referral_from_row(row).as_fields(), moves), strict=True
    ):
        if change.changed_on != step.on:
            change.changed_on = step.on


def convert_referred(
    writer: BookWriter, session: Session, row: ReferralRow, on: date
) -> ContactState | None:
    """Make the referred person a client from `on`; the state before when it changed."""
    contact = session.get(ContactRow, row.referred_id)
    if contact is None:
        return None
    before = contact_state(contact)
    after = converted_contact(before, on)
    if after == before:
        return None
    contact.relationship = after.relationship.value
    contact.client_since = after.client_since
    session.flush()
    writer.audit(
        session,
        "update",
        contact.id,
        f"{contact_name(contact)} became a client (referral converted on {on.isoformat()})",
        audit.diff(
            {"relationship": before.relationship, "client_since": before.client_since},
            {"relationship": after.relationship, "client_since": after.client_since},
        ),
        entity="contact",
    )
    return before


def move(
    writer: BookWriter, session: Session, row: ReferralRow, status: ReferralStatus, on: date
) -> Moved:
    """Set a new status dated `on`, with the dates it implies (`domain.pipeline.moved`), the
    dated step of the history and the audit entry; nothing when the status is unchanged."""
    before = referral_from_row(row)
    after = moved(before.as_fields(), status, on)
    if after.status is before.status:
        return Moved()
    row.status = after.status.value
    row.first_contacted_on = after.first_contacted_on
    row.converted_on = after.converted_on
    result = Moved()
    if after.status is ReferralStatus.CONVERTED:
        result.contact_before = convert_referred(writer, session, row, on)
    session.flush()
    result.change_id = add_change(
        session, row, before.status.value, status.value, on, writer.book.user
    )
    changed = referral_from_row(row)
    writer.audit(
        session,
        "status",
        row.id,
        f"Moved the {label(changed)} from {before.status.value} to {status.value} "
        f"on {on.isoformat()}",
        audit.diff(referral_snapshot(before), referral_snapshot(changed)),
    )
    return result
