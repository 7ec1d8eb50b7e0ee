"""Referral programs: who a program is for, what the referrer receives and when, and the
rule that makes a reward compensation under the SEC Marketing Rule (docs/design.md,
"Vocabulary" and "Referral program").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from advisor_referrals.domain.contacts import NOTES_MAX, TEXT_MAX, date_problem
from advisor_referrals.domain.enums import CompensationKind, Relationship, allowed
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.referrals import MONEY_MAX, Compensation
from advisor_referrals.domain.text_rules import text_problem

# A reward falls due this many days after the step that earns it: soon enough that the
# thank-you still follows the introduction it rewards.
REWARD_DUE_DAYS = 14
WORDING_MAX = 500


class ProgramKind(StrEnum):
    EVERGREEN = "evergreen"
    LIMITED_TIME = "limited_time"


class Audience(StrEnum):
    CLIENTS = "clients"
    CENTERS_OF_INFLUENCE = "centers_of_influence"
    SEGMENT = "segment"  # clients of one segment (`audience_value`)
    TAG = "tag"  # contacts with one tag (`audience_value`)


class RewardKind(StrEnum):
    GIFT = "gift"
    GIFT_CARD = "gift_card"
    CREDIT = "credit"  # a credit on the client's fees
    DONATION = "donation"  # to a charity the client chooses
    INVITATION = "invitation"  # to a client event, friends welcome
    CASH = "cash"


class RewardWhen(StrEnum):
    INTRODUCTION = "introduction"
    FIRST_MEETING = "first_meeting"
    BECAME_CLIENT = "became_client"


# Anything of value given for a referral makes the referrer a compensated promoter. An
# invitation to an appreciation event the practice holds for its clients anyway is
# treated as hospitality, not compensation: the reason the field favours events.
COMPENSATION_OF: dict[RewardKind, CompensationKind] = {
    RewardKind.CASH: CompensationKind.CASH,
    RewardKind.GIFT_CARD: CompensationKind.GIFT,
    RewardKind.GIFT: CompensationKind.GIFT,
    RewardKind.CREDIT: CompensationKind.FEE_WAIVER,
    RewardKind.DONATION: CompensationKind.OTHER,
}


def is_compensation(kind: RewardKind) -> bool:
    return kind in COMPENSATION_OF


def compensation_for(kind: RewardKind, value: Decimal | None) -> Compensation | None:
    """The Marketing Rule compensation a reward amounts to, or None when it is not any."""
    comp_kind = COMPENSATION_OF.get(kind)
    if comp_kind is None:
        return None
    return Compensation(kind=comp_kind, value=value or Decimal(0))


@dataclass(frozen=True, kw_only=True)
class ProgramFields:
    name: str
    kind: ProgramKind = ProgramKind.EVERGREEN
    starts_on: date | None = None
    ends_on: date | None = None
    audience: Audience = Audience.CLIENTS
    audience_value: str = ""
    reward_kind: RewardKind = RewardKind.GIFT
    reward_value: Decimal | None = None
    reward_when: RewardWhen = RewardWhen.INTRODUCTION
    reward_text: str = ""  # what the referrer receives, in words ("a $50 gift card")
    friend_offer: str = ""  # what the friend is offered
    kit_wording: str = ""  # printed on the kits of the clients it is for
    notes: str = ""
    active: bool = True

    def runs_on(self, day: date) -> bool:
        """Whether the program takes referrals on `day`."""
        if not self.active:
            return False
        if self.starts_on is not None and day < self.starts_on:
            return False
        return not (self.ends_on is not None and day > self.ends_on)

    @property
    def is_compensation(self) -> bool:
        return is_compensation(self.reward_kind)


PROGRAM_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ProgramFields))


@dataclass(frozen=True, kw_only=True)
class Program(ProgramFields):
    id: int
    version: int = 1
    created_at: datetime | None = None

    def as_fields(self) -> ProgramFields:
        return ProgramFields(**{name: getattr(self, name) for name in PROGRAM_FIELD_NAMES})


def audience_matches(
    program: ProgramFields,
    relationship: Relationship,
    segment: str,
    tags: Iterable[str],
) -> bool:
    """Whether a contact is among the people the program is for."""
    audience = program.audience
    if audience is Audience.CENTERS_OF_INFLUENCE:
        return relationship is Relationship.CENTER_OF_INFLUENCE
    if audience is Audience.TAG:
        wanted = program.audience_value.strip().casefold()
        return bool(wanted) and wanted in {t.casefold() for t in tags}
    if relationship is not Relationship.CLIENT:
        return False
    if audience is Audience.SEGMENT:
        return segment == program.audience_value
    return True


def pick_program(candidates: Iterable[Program], day: date) -> Program | None:
    """The program a referral made on `day` most likely belongs to: a limited-time one
    running then before an evergreen one (its window is why the client acted), then the
    one that started last, then the lowest id."""
    running = [p for p in candidates if p.runs_on(day)]
    if not running:
        return None
    running.sort(
        key=lambda p: (
            p.kind is not ProgramKind.LIMITED_TIME,
            -(p.starts_on or date.min).toordinal(),
            p.id,
        )
    )
    return running[0]


def reward_due_on(earned_on: date) -> date:
    return earned_on + timedelta(days=REWARD_DUE_DAYS)


def validate_program(program: ProgramFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []

    def bad(field: str, value: object, message: str) -> None:
        problems.append(Problem(where, field, None if value is None else str(value), message))

    if not program.name.strip():
        bad("name", program.name, "give the program a name")
    elif len(program.name) > TEXT_MAX:
        bad("name", program.name, f"at most {TEXT_MAX} characters")
    for enum_type, name in (
        (ProgramKind, "kind"),
        (Audience, "audience"),
        (RewardKind, "reward_kind"),
        (RewardWhen, "reward_when"),
    ):
        if not isinstance(getattr(program, name), enum_type):
            bad(name, getattr(program, name), f"allowed: {allowed(enum_type)}")
    for name in ("starts_on", "ends_on"):
        value = getattr(program, name)
        if value is not None and (message := date_problem(value)):
            bad(name, value.isoformat(), message)
    if program.kind is ProgramKind.LIMITED_TIME and (
        program.starts_on is None or program.ends_on is None
    ):
        bad("ends_on", None, "a limited-time program has a start and an end date")
    if program.starts_on and program.ends_on and program.ends_on < program.starts_on:
        bad("ends_on", program.ends_on.isoformat(), "cannot be before the start date")
    if program.audience in (Audience.SEGMENT, Audience.TAG) and not program.audience_value.strip():
        bad("audience_value", "", f"name the {program.audience.value} the program is for")
    if len(program.audience_value) > TEXT_MAX:
        bad("audience_value", program.audience_value, f"at most {TEXT_MAX} characters")
    value = program.reward_value
    if value is not None and (value < 0 or value > MONEY_MAX):
        bad("reward_value", value, f"between 0 and {MONEY_MAX}")
    for name in ("reward_text", "friend_offer", "kit_wording"):
        if len(getattr(program, name)) > WORDING_MAX:
            bad(name, None, f"at most {WORDING_MAX} characters")
    if len(program.notes) > NOTES_MAX:
        bad("notes", None, f"at most {NOTES_MAX} characters")
    for name in ("name", "audience_value", "reward_text", "friend_offer"):
        if message := text_problem(getattr(program, name)):
            bad(name, getattr(program, name), message)
    for name in ("kit_wording", "notes"):
        if message := text_problem(getattr(program, name), multiline=True):
            bad(name, None, message)
    return problems


@dataclass(frozen=True, kw_only=True)
class Reward:
    """What a referrer receives for one referral under a program: owed until given."""

    id: int
    version: int
    referral_id: int
    program_id: int | None
    kind: RewardKind
    value: Decimal | None
    earned_on: date
    due_on: date
    given_on: date | None = None
    notes: str = ""
    referrer_id: int = 0
    referrer_name: str = ""
    referred_name: str = ""
    program_name: str = ""

    @property
    def owed(self) -> bool:
        return self.given_on is None
