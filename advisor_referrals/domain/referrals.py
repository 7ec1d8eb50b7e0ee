"""Referrals, their compensation (SEC Marketing Rule) and the rules they follow."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.domain.enums import (
    Channel,
    CompensationKind,
    ReferralStatus,
    ThankYouMethod,
    allowed,
)
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.text_rules import text_problem

FOLLOW_UP_DAYS = 2
DE_MINIMIS = Decimal("1000")
MONEY_MAX = Decimal("99999999.99")


@dataclass(frozen=True, kw_only=True)
class Compensation:
    kind: CompensationKind
    value: Decimal
    currency: str = "USD"
    agreement_on_file: bool = False
    disclosure_delivered_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class ReferralFields:
    referrer_id: int
    referred_id: int
    received_on: date
    status: ReferralStatus = ReferralStatus.NEW
    channel: Channel | None = None
    first_contacted_on: date | None = None
    thanked_on: date | None = None
    converted_on: date | None = None
    trigger_id: int | None = None
    notes: str = ""
    compensation: Compensation | None = None
    thanked_by: ThankYouMethod | None = None  # how, when thanked_on says when

    @property
    def follow_up_due_on(self) -> date:
        return self.received_on + timedelta(days=FOLLOW_UP_DAYS)


REFERRAL_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ReferralFields))


@dataclass(frozen=True, kw_only=True)
class Referral(ReferralFields):
    id: int
    version: int = 1
    referrer_name: str = ""
    referred_name: str = ""
    created_at: datetime | None = None

    def as_fields(self) -> ReferralFields:
        return ReferralFields(**{name: getattr(self, name) for name in REFERRAL_FIELD_NAMES})


def parse_money(text: str) -> Decimal | None:
    """A decimal amount with at most two places, or None when it is not one."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except (InvalidOperation, AttributeError):
        return None
    if not value.is_finite():
        return None
    if abs(value) > MONEY_MAX:
        return value  # too large to round to cents; the range check names the limit
    if value != value.quantize(Decimal("0.01")):
        return None
    return value


def validate_compensation(comp: Compensation, where: str = "") -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(comp.kind, CompensationKind):
        problems.append(
            Problem(
                where, "compensation.kind", str(comp.kind), f"allowed: {allowed(CompensationKind)}"
            )
        )
    if comp.value < 0 or comp.value > MONEY_MAX:
        problems.append(
            Problem(where, "compensation.value", str(comp.value), f"between 0 and {MONEY_MAX}")
        )
    if len(comp.currency) != 3 or not comp.currency.isalpha() or not comp.currency.isupper():
        problems.append(
            Problem(
                where, "compensation.currency", comp.currency, "a three-letter code such as USD"
            )
        )
    if comp.disclosure_delivered_on and (message := date_problem(comp.disclosure_delivered_on)):
        problems.append(
            Problem(
                where,
                "compensation.disclosure_delivered_on",
                str(comp.disclosure_delivered_on),
                message,
            )
        )
    return problems


def validate_referral(referral: ReferralFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []
    if message := text_problem(referral.notes or "", multiline=True):
        problems.append(Problem(where, "notes", referral.notes, message))

    def bad(field: str, value: object, message: str) -> None:
        problems.append(Problem(where, field, None if value is None else str(value), message))

    if referral.referrer_id == referral.referred_id:
        bad("referred", referral.referred_id, "a contact cannot refer themselves")
    if not isinstance(referral.status, ReferralStatus):
        bad("status", referral.status, f"allowed: {allowed(ReferralStatus)}")
    if referral.channel is not None and not isinstance(referral.channel, Channel):
        bad("channel", referral.channel, f"allowed: {allowed(Channel)} or empty")
    for name in ("received_on", "first_contacted_on", "thanked_on", "converted_on"):
        value = getattr(referral, name)
        if value is not None and (message := date_problem(value)):
            bad(name, value.isoformat(), message)
    if referral.thanked_by is not None:
        if not isinstance(referral.thanked_by, ThankYouMethod):
            bad("thanked_by", referral.thanked_by, f"allowed: {allowed(ThankYouMethod)} or empty")
        elif referral.thanked_on is None:
            bad("thanked_by", referral.thanked_by.value, "a thank-you method needs thanked_on")
    if referral.converted_on is not None and referral.converted_on < referral.received_on:
        bad(
            "converted_on",
            referral.converted_on.isoformat(),
            f"cannot be before received_on ({referral.received_on.isoformat()})",
        )
    if referral.compensation is not None:
        problems += validate_compensation(referral.compensation, where)
    return problems
