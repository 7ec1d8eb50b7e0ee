"""What the closed vocabularies are called on screen, translated; one word per term.

English spells "centre of influence" the British way in the United Kingdom, Canada,
Australia, New Zealand, Ireland, South Africa and India, and "center" in the United
States (docs/design.md, "Vocabulary"): every screen asks here, never spells it itself.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.domain.enums import (
    ReferralStatus,
    Relationship,
    Segment,
    ThankYouMethod,
    Tier,
)
from advisor_referrals.ui.i18n import tr

_CENTRE_COUNTRIES = {
    QLocale.Country.UnitedKingdom,
    QLocale.Country.Canada,
    QLocale.Country.Australia,
    QLocale.Country.NewZealand,
    QLocale.Country.Ireland,
    QLocale.Country.SouthAfrica,
    QLocale.Country.India,
}


def writes_centre() -> bool:
    """Whether the user's English spells it "centre" (any other language: its translation)."""
    here = QLocale()
    return here.language() == QLocale.Language.English and here.territory() in _CENTRE_COUNTRIES


def center_of_influence(*, plural: bool = False, capital: bool = True) -> str:
    """ "Center of influence" or "Centre of influence" as the user's English spells it."""
    if writes_centre():
        words = {
            (False, True): tr("Labels", "Centre of influence"),
            (False, False): tr("Labels", "centre of influence"),
            (True, True): tr("Labels", "Centres of influence"),
            (True, False): tr("Labels", "centres of influence"),
        }
    else:
        words = {
            (False, True): tr("Labels", "Center of influence"),
            (False, False): tr("Labels", "center of influence"),
            (True, True): tr("Labels", "Centers of influence"),
            (True, False): tr("Labels", "centers of influence"),
        }
    return words[plural, capital]


def relationship(value: Relationship) -> str:
    return {
        Relationship.PROSPECT: tr("Labels", "Prospect"),
        Relationship.CLIENT: tr("Labels", "Client"),
        Relationship.FORMER_CLIENT: tr("Labels", "Former client"),
        Relationship.CENTER_OF_INFLUENCE: center_of_influence(),
    }[value]


def relationship_plural(value: Relationship) -> str:
    return {
        Relationship.PROSPECT: tr("Labels", "Prospects"),
        Relationship.CLIENT: tr("Labels", "Clients"),
        Relationship.FORMER_CLIENT: tr("Labels", "Former clients"),
        Relationship.CENTER_OF_INFLUENCE: center_of_influence(plural=True),
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


def thank_you_method(value: ThankYouMethod) -> str:
    """How a referrer was thanked, as it reads after "Thanked": "by phone"."""
    return {
        ThankYouMethod.EMAIL: tr("Labels", "by e-mail"),
        ThankYouMethod.COPIED: tr("Labels", "with the note copied (webmail or a message)"),
        ThankYouMethod.LETTER: tr("Labels", "by printed letter"),
        ThankYouMethod.CARD: tr("Labels", "by printed card"),
        ThankYouMethod.PHONE: tr("Labels", "by phone"),
        ThankYouMethod.IN_PERSON: tr("Labels", "in person"),
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
    "advisor": lambda: tr("Labels", "Advisor of record"),
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
