"""The rules a referral must follow before it is stored, and the people recording one touches."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import (
    NOTES_MAX,
    ContactFields,
    normalise_contact,
    validate_contact,
)
from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.pipeline import StatusChange
from advisor_referrals.domain.referrals import ReferralFields, validate_referral
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.models import (
    ContactRow,
    OutboundReferralRow,
    ReferralRow,
    ReferralStatusChangeRow,
    ReviewRow,
    TriggerRow,
)
from advisor_referrals.storage.rows import apply_contact_fields, contact_from_row, contact_snapshot


def check_referral(session: Session, fields: ReferralFields) -> None:
    problems = validate_referral(fields)
    for side in ("referrer_id", "referred_id"):
        if session.get(ContactRow, getattr(fields, side)) is None:
            problems.append(
                Problem(
                    "",
                    side.removesuffix("_id"),
                    str(getattr(fields, side)),
                    "choose a contact from the book",
                )
            )
    if fields.trigger_id is not None:
        owner = session.scalar(
            select(TriggerRow.contact_id).where(TriggerRow.id == fields.trigger_id)
        )
        if owner is None:
            problems.append(Problem("", "trigger", str(fields.trigger_id), "no such trigger"))
        elif owner not in (fields.referrer_id, fields.referred_id):
            problems.append(
                Problem(
                    "",
                    "trigger",
                    str(fields.trigger_id),
                    "the trigger must be logged for the referrer or the referred person",
                )
            )
    if fields.converted_on is not None and fields.status is not ReferralStatus.CONVERTED:
        problems.append(
            Problem(
                "",
                "converted_on",
                fields.converted_on.isoformat(),
                "only a converted referral has a conversion date",
            )
        )
    for name in ("first_contacted_on", "thanked_on"):
        value = getattr(fields, name)
        if value is not None and value < fields.received_on:
            problems.append(
                Problem(
                    "",
                    name,
                    value.isoformat(),
                    f"cannot be before received_on ({fields.received_on.isoformat()})",
                )
            )
    if len(fields.notes) > NOTES_MAX:
        problems.append(Problem("", "notes", None, f"at most {NOTES_MAX} characters"))
    if problems:
        raise ValidationError(problems)


def with_referrers_advisor(
    session: Session, fields: ReferralFields, referred: ContactFields
) -> ContactFields:
    """Someone referred joins the referrer's advisor's book unless the form names another
    (docs/design.md, "A practice")."""
    if referred.advisor is not None:
        return referred
    referrer = session.get(ContactRow, fields.referrer_id)
    if referrer is None or referrer.advisor is None:
        return referred
    return replace(referred, advisor=referrer.advisor)


def create_referred_contact(
    contacts: BookWriter, session: Session, fields: ContactFields
) -> ContactRow:
    """The referred person, added as a new contact (`contacts` writes the contacts' audit)."""
    fields = normalise_contact(fields)
    problems = validate_contact(fields, "referred person")
    if problems:
        raise ValidationError(problems)
    row = ContactRow()
    session.add(row)
    apply_contact_fields(session, row, fields)
    return contacts.add(
        session, row, "create", f"Added {fields.full_name} (referred)", contact_snapshot(fields)
    )


def remove_created_contact(
    contacts: BookWriter, session: Session, contact_id: int, version: int | None
) -> None:
    contact = session.get(ContactRow, contact_id)
    if contact is None or contact.version != version:
        return
    for column in (
        ReferralRow.referrer_id,
        ReferralRow.referred_id,
        TriggerRow.contact_id,
        ReviewRow.contact_id,
        OutboundReferralRow.contact_id,
        OutboundReferralRow.coi_id,
    ):
        if session.scalar(select(exists().where(column == contact_id))):
            return
    name = contact_from_row(contact).full_name
    snapshot = contact_snapshot(contact_from_row(contact))
    session.delete(contact)
    contacts.audit(
        session,
        "delete",
        contact_id,
        f"Removed {name}, added with a referral that was undone",
        audit.diff(snapshot, {}),
    )


def history_of(session: Session, referral_id: int) -> list[StatusChange]:
    rows = session.scalars(
        select(ReferralStatusChangeRow)
        .where(ReferralStatusChangeRow.referral_id == referral_id)
        .order_by(ReferralStatusChangeRow.changed_on, ReferralStatusChangeRow.id)
    )
    return [
        StatusChange(
            id=r.id,
            referral_id=r.referral_id,
            from_status=ReferralStatus(r.from_status) if r.from_status else None,
            to_status=ReferralStatus(r.to_status),
            changed_on=r.changed_on,
            user=r.user,
        )
        for r in rows
    ]
