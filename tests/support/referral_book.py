"""A small, realistic book for the referral UI tests and screenshots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    Relationship,
    Segment,
    Tier,
)
from advisor_referrals.domain.outbound import OutboundFields
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.referrals import Compensation, Referral
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from tests.support.referrals import client, person, prospect, referral, review, trigger


@dataclass
class SmallBook:
    ana: Contact
    bob: Contact
    carla: Contact
    new_referral: Referral
    overdue: Referral
    meeting: Referral
    compensated: Referral


def fill_small_book(book: Book, today: date | None = None) -> SmallBook:
    today = today or date.today()

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    SettingsService(book).save_profile(
        AdvisorProfile(
            name="Maria Lopes", firm="Lopes Wealth Partners", email="maria@lopes.example"
        )
    )
    ana = client(book, "Ana", "Souza", email="ana@example.com", city="Boston", preferred_name="Ana")
    bob = client(
        book, "Robert", "Kim", preferred_name="Bob", email="bob.kim@example.com", tier=Tier.B
    )
    grace = client(book, "Grace", "Okafor", email="grace@example.com", segment=Segment.CONTENT)
    hiro = client(book, "Hiroshi", "Tanaka", email="hiro@example.com", tier=None)
    zoe = client(book, "Zoë", "Goldsmith", email="zoe@example.com", do_not_ask=True)
    carla = person(
        book,
        "Carla",
        "Price",
        relationship=Relationship.CENTER_OF_INFLUENCE,
        profession="CPA",
        email="carla@pricecpa.example",
    )
    dan = person(
        book,
        "Daniel",
        "Weiss",
        relationship=Relationship.CENTER_OF_INFLUENCE,
        profession="Estate attorney",
    )
    review(book, ana, ago(6), nps=10)
    review(book, grace, ago(12), nps=9)
    review(book, zoe, ago(3), nps=10)
    review(book, bob, ago(200), referral_conversation=True)
    home = trigger(book, bob, ago(9), "home_purchase", notes="Closing on a house in Newton")
    trigger(book, hiro, ago(4), "retirement", notes="Retiring in March")
    trigger(book, ana, ago(120), "inheritance", referral_conversation=True)
    trigger(book, grace, ago(70), "new_child")

    new_referral = referral(
        book,
        ana,
        prospect(book, "Lucas", "Martin", email="lucas@example.com"),
        today,
        channel=Channel.INTRODUCTION,
    )
    overdue = referral(book, bob, prospect(book, "Priya", "Shah"), ago(5), trigger_id=home.id)
    meeting = referral(
        book,
        ana,
        prospect(book, "Tom", "Becker"),
        ago(20),
        status=ReferralStatus.MEETING,
        first_contacted_on=ago(19),
        thanked_on=ago(19),
    )
    referral(
        book,
        grace,
        prospect(book, "Elena", "Rossi"),
        ago(50),
        status=ReferralStatus.CONVERTED,
        first_contacted_on=ago(49),
        thanked_on=ago(48),
        converted_on=ago(10),
    )
    referral(book, hiro, prospect(book, "Sam", "Ortiz"), ago(1), status=ReferralStatus.INTENDED)
    referral(
        book,
        bob,
        prospect(book, "Nina", "Holm"),
        ago(30),
        status=ReferralStatus.NOT_A_FIT,
        first_contacted_on=ago(29),
        thanked_on=ago(28),
    )
    compensated = referral(
        book,
        carla,
        prospect(book, "Omar", "Haddad"),
        ago(3),
        status=ReferralStatus.CONTACTED,
        first_contacted_on=ago(2),
        compensation=Compensation(kind=CompensationKind.GIFT, value=Decimal("150.00")),
    )
    referral(
        book,
        carla,
        prospect(book, "Lena", "Fischer"),
        ago(90),
        status=ReferralStatus.CONVERTED,
        first_contacted_on=ago(89),
        thanked_on=ago(89),
        converted_on=ago(60),
        compensation=Compensation(
            kind=CompensationKind.CASH, value=Decimal("900.00"), disclosure_delivered_on=ago(89)
        ),
    )
    CoiService(book).record_outbound(
        OutboundFields(coi_id=dan.id, contact_id=ana.id, sent_on=ago(15), notes="Estate plan")
    )
    CoiService(book).record_outbound(
        OutboundFields(coi_id=carla.id, contact_id=grace.id, sent_on=ago(45), notes="Tax return")
    )
    return SmallBook(ana, bob, carla, new_referral, overdue, meeting, compensated)
