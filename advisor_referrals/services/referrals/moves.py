"""Moving a referral through the pipeline inside a write transaction.

Shared by every use case that changes a status (the board, the edit form, recording a
first contact), so each move is dated in `referral_status_changes`, audited, and a
conversion turns the referred prospect into a client the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.pipeline import CONTACTED_OR_LATER, ContactState, converted_contact
from advisor_referrals.domain.referrals import Referral
from advisor_referrals.services.audit import writing as audit
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


def convert_referred(
    session: Session, row: ReferralRow, on: date, user: str
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
    name = contact_name(contact)
    audit.record(
        session,
        user=user,
        action="update",
        entity="contact",
        entity_id=contact.id,
        summary=f"{name} became a client (referral converted on {on.isoformat()})",
        changes=audit.diff(
            {"relationship": before.relationship, "client_since": before.client_since},
            {"relationship": after.relationship, "client_since": after.client_since},
        ),
    )
    return before


def move(session: Session, row: ReferralRow, status: ReferralStatus, on: date, user: str) -> Moved:
    """Set a new status dated `on`, with what the status implies; no-op when unchanged."""
    current = ReferralStatus(row.status)
    if status is current:
        return Moved()
    if on < row.received_on:
        raise ValidationError(
            [
                Problem(
                    "",
                    "date",
                    on.isoformat(),
                    f"a status change cannot be dated before the referral was received "
                    f"({row.received_on.isoformat()})",
                )
            ]
        )
    before = referral_snapshot(referral_from_row(row))
    row.status = status.value
    if status in CONTACTED_OR_LATER and row.first_contacted_on is None:
        row.first_contacted_on = on
    moved = Moved()
    if status is ReferralStatus.CONVERTED:
        row.converted_on = on
        moved.contact_before = convert_referred(session, row, on, user)
    elif current is ReferralStatus.CONVERTED:
        row.converted_on = None
    session.flush()
    moved.change_id = add_change(session, row, current.value, status.value, on, user)
    after = referral_from_row(row)
    audit.record(
        session,
        user=user,
        action="status",
        entity=ENTITY,
        entity_id=row.id,
        summary=f"Moved the {label(after)} from {current.value} to {status.value} "
        f"on {on.isoformat()}",
        changes=audit.diff(before, referral_snapshot(after)),
    )
    return moved
