"""What the closed vocabularies are called on screen, translated."""

from __future__ import annotations

from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.domain.enums import ReferralStatus, Relationship, Segment, Tier
from advisor_referrals.ui.i18n import tr


def relationship(value: Relationship) -> str:
    return {
        Relationship.PROSPECT: tr("Labels", "Prospect"),
        Relationship.CLIENT: tr("Labels", "Client"),
        Relationship.FORMER_CLIENT: tr("Labels", "Former client"),
        Relationship.CENTER_OF_INFLUENCE: tr("Labels", "Center of influence"),
    }[value]


def relationship_plural(value: Relationship) -> str:
    return {
        Relationship.PROSPECT: tr("Labels", "Prospects"),
        Relationship.CLIENT: tr("Labels", "Clients"),
        Relationship.FORMER_CLIENT: tr("Labels", "Former clients"),
        Relationship.CENTER_OF_INFLUENCE: tr("Labels", "Centers of influence"),
    }[value]


def segment(value: Segment) -> str:
    return {
        Segment.ENGAGED: tr("Labels", "Engaged"),
        Segment.CONTENT: tr("Labels", "Content"),
        Segment.COMPLACENT: tr("Labels", "Complacent"),
        Segment.DISGRUNTLED: tr("Labels", "Disgruntled"),
        Segment.UNKNOWN: tr("Labels", "Unknown"),
    }[value]


def tier(value: Tier | None) -> str:
    return "" if value is None else tr("Labels", "Tier {0}").format(value.value)


def referral_status(value: ReferralStatus) -> str:
    return {
        ReferralStatus.INTENDED: tr("Labels", "Intended"),
        ReferralStatus.NEW: tr("Labels", "New"),
        ReferralStatus.CONTACTED: tr("Labels", "Contacted"),
        ReferralStatus.MEETING: tr("Labels", "Meeting"),
        ReferralStatus.CONVERTED: tr("Labels", "Converted"),
        ReferralStatus.NOT_A_FIT: tr("Labels", "Not a fit"),
        ReferralStatus.LOST: tr("Labels", "Lost"),
    }[value]


def ask_method(value: AskMethod) -> str:
    return {
        AskMethod.REVIEW: tr("Labels", "At a review"),
        AskMethod.CALL: tr("Labels", "On a call"),
        AskMethod.EVENT: tr("Labels", "At an event"),
        AskMethod.KIT: tr("Labels", "Handed a referral kit"),
    }[value]


def ask_outcome(value: AskOutcome) -> str:
    return {
        AskOutcome.WILL_THINK: tr("Labels", "Will think of someone"),
        AskOutcome.INTRODUCED: tr("Labels", "Introduced someone"),
        AskOutcome.DECLINED: tr("Labels", "Declined"),
        AskOutcome.NOT_NOW: tr("Labels", "Not now"),
    }[value]


FIELD_NAMES = {
    "first_name": lambda: tr("Labels", "First name"),
    "last_name": lambda: tr("Labels", "Last name"),
    "preferred_name": lambda: tr("Labels", "Preferred name"),
    "relationship": lambda: tr("Labels", "Relationship"),
    "profession": lambda: tr("Labels", "Profession"),
    "email": lambda: tr("Labels", "Email"),
    "phone": lambda: tr("Labels", "Phone"),
    "city": lambda: tr("Labels", "City"),
    "region": lambda: tr("Labels", "Region"),
    "country": lambda: tr("Labels", "Country"),
    "household": lambda: tr("Labels", "Household"),
    "segment": lambda: tr("Labels", "Segment"),
    "tier": lambda: tr("Labels", "Tier"),
    "client_since": lambda: tr("Labels", "Client since"),
    "has_written_plan": lambda: tr("Labels", "Written financial plan"),
    "do_not_ask": lambda: tr("Labels", "Do not ask for referrals"),
    "tags": lambda: tr("Labels", "Tags"),
    "notes": lambda: tr("Labels", "Notes"),
    "reviews_per_year": lambda: tr("Labels", "Reviews a year"),
    "preferred_language": lambda: tr("Labels", "Kit language"),
}


def field_name(name: str) -> str:
    label = FIELD_NAMES.get(name)
    return label() if label else name.replace("_", " ").capitalize()
