"""The default library of conversation triggers.

A trigger is a moment in a friend's life when a money conversation is likely. The
talking points are printed in the referral kit, so they are written to the client:
what a friend might say, and why an introduction helps at that moment.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class TriggerKind:
    key: str
    label: str
    talking_point: str
    active: bool = True
    id: int | None = None
    version: int = 1
    in_use: bool = False


DEFAULT_TRIGGER_KINDS: tuple[TriggerKind, ...] = (
    TriggerKind(
        key="home_purchase",
        label="Buying a home",
        talking_point=(
            "\u201cWe finally found a place, but I have no idea how big a down payment "
            "should be.\u201d A second opinion on the mortgage, the cash reserve and the "
            "insurance can save years of payments."
        ),
    ),
    TriggerKind(
        key="home_sale",
        label="Selling a home",
        talking_point=(
            "\u201cThe house sold and the money is sitting in checking.\u201d Proceeds from "
            "a sale raise tax and investment questions that are easier before the money moves."
        ),
    ),
    TriggerKind(
        key="retirement",
        label="Retiring",
        talking_point=(
            "\u201cI stop working next year and I\u2019m not sure the numbers add up.\u201d "
            "Turning savings into a paycheck for thirty years is the moment a plan matters most."
        ),
    ),
    TriggerKind(
        key="job_change",
        label="Changing jobs",
        talking_point=(
            "\u201cNew job, new benefits, and an old 401(k) I never look at.\u201d Rollovers, "
            "stock options and benefit choices have deadlines; a short review avoids costly mistakes."
        ),
    ),
    TriggerKind(
        key="business_sale",
        label="Selling a business",
        talking_point=(
            "\u201cWe have an offer for the company.\u201d The structure of a sale decides how "
            "much of it a family keeps; planning before signing makes the biggest difference."
        ),
    ),
    TriggerKind(
        key="inheritance",
        label="Receiving an inheritance",
        talking_point=(
            "\u201cMy mother left me her savings and I don\u2019t want to get it wrong.\u201d "
            "An inheritance arrives with grief and paperwork; a calm plan protects it."
        ),
    ),
    TriggerKind(
        key="marriage",
        label="Getting married",
        talking_point=(
            "\u201cWe\u2019re combining our finances and we don\u2019t agree on much yet.\u201d "
            "Couples who set shared goals early avoid most money arguments later."
        ),
    ),
    TriggerKind(
        key="divorce",
        label="Going through a divorce",
        talking_point=(
            "\u201cI have to decide what to keep and I\u2019ve never handled the investments.\u201d "
            "A settlement is a financial decision too; independent advice helps it last."
        ),
    ),
    TriggerKind(
        key="new_child",
        label="Welcoming a child",
        talking_point=(
            "\u201cThe baby is here and suddenly we think about life insurance.\u201d "
            "Protection, a will and a first education fund are simple to set up in the early months."
        ),
    ),
    TriggerKind(
        key="college",
        label="Paying for college",
        talking_point=(
            "\u201cTuition starts in two years and we haven\u2019t saved enough.\u201d "
            "How college is paid for affects aid, taxes and retirement; there are good options."
        ),
    ),
    TriggerKind(
        key="death_in_family",
        label="A death in the family",
        talking_point=(
            "\u201cMy husband always handled the money.\u201d After a loss there is no rush, "
            "but a trusted guide for the accounts and the paperwork lifts a heavy load."
        ),
    ),
    TriggerKind(
        key="relocation",
        label="Moving to a new city or country",
        talking_point=(
            "\u201cWe\u2019re moving and I don\u2019t know what happens to our accounts.\u201d "
            "A move changes taxes, residency and sometimes which accounts still make sense."
        ),
    ),
    TriggerKind(
        key="windfall",
        label="A windfall or bonus",
        talking_point=(
            "\u201cI got a big bonus and I don\u2019t want to waste it.\u201d A sudden sum goes "
            "further with a plan: debts, reserves, and investments in the right order."
        ),
    ),
    TriggerKind(
        key="health_event",
        label="A health scare",
        talking_point=(
            "\u201cAfter the diagnosis I realised nothing is written down.\u201d Care costs, "
            "insurance and who decides if you can\u2019t: a review brings peace of mind."
        ),
    ),
    TriggerKind(
        key="other",
        label="Another money question",
        talking_point=(
            "\u201cI keep meaning to get my finances sorted out.\u201d Whatever the question, "
            "a first conversation is free of obligation and usually clarifies the next step."
        ),
    ),
)
