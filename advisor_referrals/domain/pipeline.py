"""How a referral moves through the pipeline, and what each move does to the people in it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.referrals import Referral, ReferralFields

# Reaching one of these means the referred person has been spoken to.
CONTACTED_OR_LATER = frozenset(
    {ReferralStatus.CONTACTED, ReferralStatus.MEETING, ReferralStatus.CONVERTED}
)
# A referral waits for the advisor's first call while it is `new` and no call is recorded.
# `intended` ones wait for the friend to reach out, so they are not chased.
AWAITING_FIRST_CONTACT = ReferralStatus.NEW
# Old data may hold thank-yous never recorded; the Today view only chases recent ones.
THANKS_WINDOW_DAYS = 60
BOARD_ORDER: tuple[ReferralStatus, ...] = tuple(ReferralStatus)

STATUS_LABELS: dict[ReferralStatus, str] = {
    ReferralStatus.INTENDED: "Intended",
    ReferralStatus.NEW: "New",
    ReferralStatus.CONTACTED: "Contacted",
    ReferralStatus.MEETING: "Meeting",
    ReferralStatus.CONVERTED: "Converted",
    ReferralStatus.NOT_A_FIT: "Not a fit",
    ReferralStatus.LOST: "Lost",
}


@dataclass(frozen=True, kw_only=True)
class ContactState:
    """The part of a contact that a conversion changes."""

    relationship: Relationship
    client_since: date | None


def converted_contact(state: ContactState, converted_on: date) -> ContactState:
    """A prospect (or a former client) who converts becomes a client from that day.

    A returning former client keeps their original client_since; clients and centres
    of influence are left as they are.
    """
    if state.relationship is Relationship.PROSPECT:
        return ContactState(relationship=Relationship.CLIENT, client_since=converted_on)
    if state.relationship is Relationship.FORMER_CLIENT:
        return ContactState(
            relationship=Relationship.CLIENT, client_since=state.client_since or converted_on
        )
    return state


def check_dated_after_received(
    fields: ReferralFields, on: date, field: str, step: str = "cannot be"
) -> None:
    """A step of a referral (a call, a thank-you, a move) cannot come before it was received."""
    if on < fields.received_on:
        raise ValidationError(
            [
                Problem(
                    "",
                    field,
                    on.isoformat(),
                    f"{step} before the referral was received ({fields.received_on.isoformat()})",
                )
            ]
        )


def check_not_after_today(on: date, field: str, today: date | None = None) -> None:
    """A step already taken (a thank-you given) cannot be dated in the future."""
    today = today or date.today()
    if on > today:
        raise ValidationError(
            [Problem("", field, on.isoformat(), f"cannot be after today ({today.isoformat()})")]
        )


def moved(fields: ReferralFields, to: ReferralStatus, on: date) -> ReferralFields:
    """The referral after a move to `to` dated `on`, with the dates the move implies.

    Reaching contacted or later dates the first contact (when none is recorded yet);
    converting dates the conversion, and leaving converted clears that date. The
    prospect who converts becomes a client: see `converted_contact`. A move to the
    status the referral already has changes nothing.
    """
    if to is fields.status:
        return fields
    check_dated_after_received(fields, on, "date", "a status change cannot be dated")
    first_contacted_on = fields.first_contacted_on
    if to in CONTACTED_OR_LATER and first_contacted_on is None:
        first_contacted_on = on
    converted_on = fields.converted_on
    if to is ReferralStatus.CONVERTED:
        converted_on = on
    elif fields.status is ReferralStatus.CONVERTED:
        converted_on = None
    return replace(
        fields, status=to, first_contacted_on=first_contacted_on, converted_on=converted_on
    )


def first_contact(fields: ReferralFields, on: date) -> ReferralFields:
    """The advisor reached the referred person on `on`: a referral still waiting for that
    call (intended or new) moves to contacted; a later one only records the date."""
    if fields.status in (ReferralStatus.INTENDED, ReferralStatus.NEW):
        return moved(fields, ReferralStatus.CONTACTED, on)
    check_dated_after_received(fields, on, "first_contacted_on")
    return replace(fields, first_contacted_on=on)


def as_recorded(fields: ReferralFields, today: date) -> ReferralFields:
    """A referral recorded as converted without a conversion date converted today."""
    if fields.status is ReferralStatus.CONVERTED and fields.converted_on is None:
        return replace(fields, converted_on=today)
    return fields


@dataclass(frozen=True, kw_only=True)
class RestorePoint:
    """Everything needed to put a referral (and its referred contact) back as it was.

    Taken by a service call when it changes a referral; `ReferralService.restore`
    applies it only while the referral (and the contact's relationship) still hold
    exactly what the change left, so an undo never overwrites someone else's edit,
    however many undos and redos bumped the version in between.
    """

    referral_id: int
    before: ReferralFields
    after: ReferralFields
    contact_id: int
    contact_before: ContactState | None = None
    contact_after: ContactState | None = None
    status_change_ids: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ReferralChange:
    """A referral after a change, with the restore point that undoes the change."""

    referral: Referral
    undo: RestorePoint


@dataclass(frozen=True, kw_only=True)
class StatusChange:
    """One dated step of a referral's history."""

    id: int
    referral_id: int
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    changed_on: date
    user: str
