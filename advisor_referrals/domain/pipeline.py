"""How a referral moves through the pipeline, and what each move does to the people in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.enums import ReferralStatus, Relationship
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
