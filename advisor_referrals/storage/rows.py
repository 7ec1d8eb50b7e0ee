"""Turning stored rows into domain objects and back; the only place that knows both shapes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.asks import Ask, AskFields, AskMethod, AskOutcome
from advisor_referrals.domain.contacts import Contact, ContactFields, normalise_tags
from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    Relationship,
    ReviewKind,
    Segment,
    ThankYouMethod,
    Tier,
)
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.referrals import Compensation, Referral, ReferralFields
from advisor_referrals.domain.reviews import Review, ReviewFields
from advisor_referrals.domain.triggers import ConversationTrigger
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    Household,
    ReferralRow,
    ReviewRow,
    TagRow,
    TriggerRow,
)

CENTS = Decimal(100)


def contact_from_row(row: ContactRow) -> Contact:
    return Contact(
        id=row.id,
        version=row.version,
        first_name=row.first_name,
        last_name=row.last_name,
        preferred_name=row.preferred_name,
        relationship=Relationship(row.relationship),
        profession=row.profession,
        email=row.email,
        phone=row.phone,
        city=row.city,
        region=row.region,
        country=row.country,
        household=row.household.name if row.household is not None else None,
        advisor=row.advisor,
        segment=Segment(row.segment),
        tier=Tier(row.tier) if row.tier else None,
        client_since=row.client_since,
        has_written_plan=row.has_written_plan,
        do_not_ask=row.do_not_ask,
        tags=normalise_tags(tag.name for tag in row.tags),
        notes=row.notes,
        reviews_per_year=row.reviews_per_year,
        preferred_language=row.preferred_language,
        archived_on=row.archived_on,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def contact_snapshot(fields: ContactFields) -> dict[str, Any]:
    """The fields of a contact as a plain mapping, for audit diffs."""
    return {name: getattr(fields, name) for name in ContactFields.__dataclass_fields__}


def household_named(session: Session, name: str | None) -> Household | None:
    """The household with this name, created on first use."""
    if not name:
        return None
    found = session.scalar(select(Household).where(Household.name == name))
    if found is None:
        found = Household(name=name)
        session.add(found)
    return found


def tags_named(session: Session, names: tuple[str, ...]) -> list[TagRow]:
    """Tag rows for these names; an existing tag is matched without regard to case."""
    if not names:
        return []
    folded = {name.casefold(): name for name in names}
    existing = {
        tag.name.casefold(): tag
        for tag in session.scalars(select(TagRow).where(func.lower(TagRow.name).in_(list(folded))))
    }
    result = []
    for key, name in folded.items():
        tag = existing.get(key)
        if tag is None:
            tag = TagRow(name=name)
            session.add(tag)
        result.append(tag)
    return result


def apply_contact_fields(session: Session, row: ContactRow, fields: ContactFields) -> None:
    # Looking up households and tags must not flush a half-filled row.
    with session.no_autoflush:
        row.first_name = fields.first_name.strip()
        row.last_name = fields.last_name.strip()
        row.preferred_name = fields.preferred_name
        row.relationship = fields.relationship.value
        row.profession = fields.profession
        row.email = fields.email
        row.phone = fields.phone
        row.city = fields.city
        row.region = fields.region
        row.country = fields.country
        row.household = household_named(session, fields.household)
        row.advisor = fields.advisor
        row.segment = fields.segment.value
        row.tier = fields.tier.value if fields.tier else None
        row.client_since = fields.client_since
        row.has_written_plan = fields.has_written_plan
        row.do_not_ask = fields.do_not_ask
        row.tags = tags_named(session, fields.tags)
        row.notes = fields.notes
        row.reviews_per_year = fields.reviews_per_year
        row.preferred_language = fields.preferred_language


def compensation_from_row(row: ReferralRow) -> Compensation | None:
    if row.comp_kind is None or row.comp_value_cents is None:
        return None
    return Compensation(
        kind=CompensationKind(row.comp_kind),
        value=Decimal(row.comp_value_cents) / CENTS,
        currency=row.comp_currency or "USD",
        agreement_on_file=bool(row.comp_agreement_on_file),
        disclosure_delivered_on=row.comp_disclosure_delivered_on,
    )


def compensation_columns(comp: Compensation | None) -> dict[str, Any]:
    if comp is None:
        return {
            "comp_kind": None,
            "comp_value_cents": None,
            "comp_currency": None,
            "comp_agreement_on_file": None,
            "comp_disclosure_delivered_on": None,
        }
    return {
        "comp_kind": comp.kind.value,
        "comp_value_cents": int((comp.value * CENTS).to_integral_value()),
        "comp_currency": comp.currency,
        "comp_agreement_on_file": comp.agreement_on_file,
        "comp_disclosure_delivered_on": comp.disclosure_delivered_on,
    }


def referral_columns(fields: ReferralFields) -> dict[str, Any]:
    return {
        "referrer_id": fields.referrer_id,
        "referred_id": fields.referred_id,
        "received_on": fields.received_on,
        "status": fields.status.value,
        "channel": fields.channel.value if fields.channel else None,
        "first_contacted_on": fields.first_contacted_on,
        "thanked_on": fields.thanked_on,
        "converted_on": fields.converted_on,
        "trigger_id": fields.trigger_id,
        "notes": fields.notes,
        **compensation_columns(fields.compensation),
        "thanked_by": fields.thanked_by.value if fields.thanked_by else None,
    }


def referral_from_row(row: ReferralRow) -> Referral:
    return Referral(
        id=row.id,
        version=row.version,
        referrer_id=row.referrer_id,
        referred_id=row.referred_id,
        received_on=row.received_on,
        status=ReferralStatus(row.status),
        channel=Channel(row.channel) if row.channel else None,
        first_contacted_on=row.first_contacted_on,
        thanked_on=row.thanked_on,
        converted_on=row.converted_on,
        trigger_id=row.trigger_id,
        notes=row.notes,
        compensation=compensation_from_row(row),
        thanked_by=ThankYouMethod(row.thanked_by) if row.thanked_by else None,
        referrer_name=contact_name(row.referrer),
        referred_name=contact_name(row.referred),
        created_at=row.created_at,
    )


def trigger_from_row(row: TriggerRow) -> ConversationTrigger:
    return ConversationTrigger(
        id=row.id,
        version=row.version,
        contact_id=row.contact_id,
        kind=row.kind.key,
        occurred_on=row.occurred_on,
        referral_conversation=row.referral_conversation,
        notes=row.notes,
        contact_name=contact_name(row.contact),
        kind_label=row.kind.label,
    )


def review_columns(fields: ReviewFields) -> dict[str, Any]:
    return {
        "contact_id": fields.contact_id,
        "scheduled_for": fields.scheduled_for,
        "scheduled_time": fields.scheduled_time,
        "kind": fields.kind.value if fields.kind else None,
        "completed_on": fields.completed_on,
        "nps": fields.nps,
        "feedback_requested": fields.feedback_requested,
        "referral_conversation": fields.referral_conversation,
        "notes": fields.notes,
        "cancelled_on": fields.cancelled_on,
        "missed": fields.missed,
    }


def review_from_row(row: ReviewRow) -> Review:
    return Review(
        id=row.id,
        version=row.version,
        contact_id=row.contact_id,
        scheduled_for=row.scheduled_for,
        scheduled_time=row.scheduled_time,
        kind=ReviewKind(row.kind) if row.kind else None,
        completed_on=row.completed_on,
        nps=row.nps,
        feedback_requested=row.feedback_requested,
        referral_conversation=row.referral_conversation,
        notes=row.notes,
        cancelled_on=row.cancelled_on,
        missed=row.missed,
        contact_name=contact_name(row.contact),
        rescheduled_from_id=row.rescheduled_from_id,
    )


def contact_name(row: ContactRow | None) -> str:
    """The contact's name as lists and summaries print it ("First Last")."""
    return "" if row is None else full_name(row.first_name, row.last_name)


def ask_columns(fields: AskFields) -> dict[str, Any]:
    return {
        "contact_id": fields.contact_id,
        "asked_on": fields.asked_on,
        "method": fields.method.value,
        "outcome": fields.outcome.value,
        "referral_id": fields.referral_id,
        "notes": fields.notes.strip(),
    }


def ask_from_row(row: AskRow) -> Ask:
    return Ask(
        id=row.id,
        version=row.version,
        contact_id=row.contact_id,
        asked_on=row.asked_on,
        method=AskMethod(row.method),
        outcome=AskOutcome(row.outcome),
        referral_id=row.referral_id,
        notes=row.notes,
        contact_name=contact_name(row.contact),
        referred_name=contact_name(row.referral.referred) if row.referral else "",
    )
