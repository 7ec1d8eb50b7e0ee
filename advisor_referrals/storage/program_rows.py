"""The referral program's rows as domain objects and back (programs, goals, rewards, events)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from advisor_referrals.domain.client_events import ClientEvent, EventFields, Invitation, Rsvp
from advisor_referrals.domain.goals import Goal, GoalFields, PeriodKind
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.program import (
    Audience,
    Program,
    ProgramFields,
    ProgramKind,
    Reward,
    RewardKind,
    RewardWhen,
)
from advisor_referrals.storage.models import (
    EventRow,
    GoalRow,
    InvitationRow,
    ProgramRow,
    RewardRow,
)
from advisor_referrals.storage.rows import CENTS


def to_cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * CENTS).to_integral_value())


def from_cents(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents) / CENTS


def program_columns(fields: ProgramFields) -> dict[str, Any]:
    return {
        "name": fields.name.strip(),
        "kind": fields.kind.value,
        "starts_on": fields.starts_on,
        "ends_on": fields.ends_on,
        "audience": fields.audience.value,
        "audience_value": fields.audience_value.strip(),
        "reward_kind": fields.reward_kind.value,
        "reward_value_cents": to_cents(fields.reward_value),
        "reward_when": fields.reward_when.value,
        "reward_text": fields.reward_text,
        "friend_offer": fields.friend_offer,
        "kit_wording": fields.kit_wording,
        "notes": fields.notes,
        "active": fields.active,
    }


def program_from_row(row: ProgramRow) -> Program:
    return Program(
        id=row.id,
        version=row.version,
        name=row.name,
        kind=ProgramKind(row.kind),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        audience=Audience(row.audience),
        audience_value=row.audience_value,
        reward_kind=RewardKind(row.reward_kind),
        reward_value=from_cents(row.reward_value_cents),
        reward_when=RewardWhen(row.reward_when),
        reward_text=row.reward_text,
        friend_offer=row.friend_offer,
        kit_wording=row.kit_wording,
        notes=row.notes,
        active=row.active,
        created_at=row.created_at,
    )


def goal_columns(fields: GoalFields) -> dict[str, Any]:
    return {
        "figure": fields.figure,
        "target": fields.target,
        "period_kind": fields.period_kind.value,
        "year": fields.year,
        "quarter": fields.quarter if fields.period_kind is PeriodKind.QUARTER else None,
        "notes": fields.notes,
    }


def goal_from_row(row: GoalRow) -> Goal:
    return Goal(
        id=row.id,
        version=row.version,
        figure=row.figure,
        target=row.target,
        period_kind=PeriodKind(row.period_kind),
        year=row.year,
        quarter=row.quarter,
        notes=row.notes,
        created_at=row.created_at,
    )


def event_columns(fields: EventFields) -> dict[str, Any]:
    return {
        "name": fields.name.strip(),
        "held_on": fields.held_on,
        "place": fields.place.strip(),
        "capacity": fields.capacity,
        "cost_cents": to_cents(fields.cost) or 0,
        "minutes": fields.minutes,
        "notes": fields.notes,
    }


def event_from_row(row: EventRow) -> ClientEvent:
    return ClientEvent(
        id=row.id,
        version=row.version,
        name=row.name,
        held_on=row.held_on,
        place=row.place,
        capacity=row.capacity,
        cost=Decimal(row.cost_cents) / CENTS,
        minutes=row.minutes,
        notes=row.notes,
        created_at=row.created_at,
    )


def invitation_from(row: InvitationRow, first: str, last: str) -> Invitation:
    return Invitation(
        id=row.id,
        version=row.version,
        event_id=row.event_id,
        contact_id=row.contact_id,
        contact_name=full_name(first, last),
        guest_places=row.guest_places,
        rsvp=Rsvp(row.rsvp),
        attended=row.attended,
        invited_on=row.invited_on,
    )


def reward_from(row: RewardRow, **names: Any) -> Reward:
    return Reward(
        id=row.id,
        version=row.version,
        referral_id=row.referral_id,
        program_id=row.program_id,
        kind=RewardKind(row.kind),
        value=from_cents(row.value_cents),
        earned_on=row.earned_on,
        due_on=row.due_on,
        given_on=row.given_on,
        notes=row.notes,
        **names,
    )
