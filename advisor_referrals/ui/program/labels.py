"""The program's vocabularies as the user reads them, through tr()."""

from __future__ import annotations

from decimal import Decimal

from advisor_referrals.domain.client_events import Rsvp
from advisor_referrals.domain.goals import GOAL_FIGURES, Pace, PeriodKind
from advisor_referrals.domain.program import Audience, ProgramKind, RewardKind, RewardWhen
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.what_works import Dimension
from advisor_referrals.ui.i18n import tr

C = "Program"
CENTS = Decimal("0.01")  # an amount typed in a spin box, as the book stores it


def program_kind(kind: ProgramKind) -> str:
    return {
        ProgramKind.EVERGREEN: tr(C, "Evergreen"),
        ProgramKind.LIMITED_TIME: tr(C, "Limited time"),
    }[kind]


def audience(value: Audience) -> str:
    return {
        Audience.CLIENTS: tr(C, "All clients"),
        Audience.CENTERS_OF_INFLUENCE: tr(C, "Centers of influence"),
        Audience.SEGMENT: tr(C, "Clients of one segment"),
        Audience.TAG: tr(C, "Contacts with a tag"),
    }[value]


def reward_kind(kind: RewardKind) -> str:
    return {
        RewardKind.GIFT: tr(C, "Gift"),
        RewardKind.GIFT_CARD: tr(C, "Gift card"),
        RewardKind.CREDIT: tr(C, "Credit on fees"),
        RewardKind.DONATION: tr(C, "Donation to a charity they choose"),
        RewardKind.INVITATION: tr(C, "Invitation to an event"),
        RewardKind.CASH: tr(C, "Cash"),
    }[kind]


def reward_when(when: RewardWhen) -> str:
    return {
        RewardWhen.INTRODUCTION: tr(C, "On the introduction"),
        RewardWhen.FIRST_MEETING: tr(C, "After the first meeting"),
        RewardWhen.BECAME_CLIENT: tr(C, "When the friend becomes a client"),
    }[when]


def rsvp(value: Rsvp) -> str:
    return {
        Rsvp.PENDING: tr(C, "No answer yet"),
        Rsvp.YES: tr(C, "Coming"),
        Rsvp.NO: tr(C, "Not coming"),
        Rsvp.MAYBE: tr(C, "Maybe"),
    }[value]


def how_heard(value: HowHeard) -> str:
    return {
        HowHeard.KIT_CARD: tr(C, "Kit card"),
        HowHeard.EVENT: tr(C, "Event"),
        HowHeard.CONVERSATION: tr(C, "Conversation"),
        HowHeard.CENTER_OF_INFLUENCE: tr(C, "Center of influence"),
        HowHeard.ONLINE: tr(C, "Online"),
    }[value]


def pace(value: Pace) -> str:
    return {
        Pace.NOT_STARTED: tr(C, "Not started"),
        Pace.AHEAD: tr(C, "Ahead"),
        Pace.ON_TRACK: tr(C, "On track"),
        Pace.BEHIND: tr(C, "Behind"),
        Pace.MET: tr(C, "Met"),
        Pace.MISSED: tr(C, "Missed"),
    }[value]


def period_kind(value: PeriodKind) -> str:
    return {PeriodKind.QUARTER: tr(C, "Quarter"), PeriodKind.YEAR: tr(C, "Year")}[value]


def figure(key: str) -> str:
    found = GOAL_FIGURES.get(key)
    return tr(C, found.label) if found else key


def dimension(value: Dimension) -> str:
    return {
        Dimension.PROGRAM: tr(C, "Programs"),
        Dimension.REWARD_KIND: tr(C, "Reward kinds"),
        Dimension.EVENT: tr(C, "Events"),
        Dimension.CHANNEL: tr(C, "Channels"),
        Dimension.KIT: tr(C, "Kits"),
        Dimension.TRIGGER: tr(C, "Triggers"),
        Dimension.HOW_HEARD: tr(C, "How they heard"),
        Dimension.WHY_REFER: tr(C, "Why they refer"),
    }[value]


PACE_COLOURS: dict[Pace, str] = {
    Pace.AHEAD: "#1E7F4F",
    Pace.MET: "#1E7F4F",
    Pace.ON_TRACK: "#1F5C99",
    Pace.BEHIND: "#B23B3B",
    Pace.MISSED: "#B23B3B",
    Pace.NOT_STARTED: "#616E7C",
}
