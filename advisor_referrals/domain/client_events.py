"""Client appreciation events: invitations with guest places, RSVPs, attendance, and the
friends clients bring, who join the book as prospects referred by their host."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from advisor_referrals.domain.contacts import NOTES_MAX, TEXT_MAX, date_problem
from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.referrals import MONEY_MAX
from advisor_referrals.domain.text_rules import text_problem

CAPACITY_MAX = 100_000
GUEST_PLACES_MAX = 20
MINUTES_MAX = 100_000


class Rsvp(StrEnum):
    PENDING = "pending"
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


RSVP_LABELS: dict[Rsvp, str] = {
    Rsvp.PENDING: "No answer yet",
    Rsvp.YES: "Coming",
    Rsvp.NO: "Not coming",
    Rsvp.MAYBE: "Maybe",
}


@dataclass(frozen=True, kw_only=True)
class EventFields:
    name: str
    held_on: date
    place: str = ""
    capacity: int | None = None
    cost: Decimal = Decimal(0)
    minutes: int = 0  # the advisor's time preparing and hosting it
    notes: str = ""


EVENT_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(EventFields))


@dataclass(frozen=True, kw_only=True)
class ClientEvent(EventFields):
    id: int
    version: int = 1
    created_at: datetime | None = None

    def as_fields(self) -> EventFields:
        return EventFields(**{name: getattr(self, name) for name in EVENT_FIELD_NAMES})


@dataclass(frozen=True, kw_only=True)
class Invitation:
    id: int
    version: int
    event_id: int
    contact_id: int
    contact_name: str
    guest_places: int
    rsvp: Rsvp
    attended: bool
    invited_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class Guest:
    """A friend a client brought: a contact in the book, and the referral that records it."""

    id: int
    version: int
    event_id: int
    host_id: int
    host_name: str
    contact_id: int
    contact_name: str
    referral_id: int | None
    attended: bool
    status: ReferralStatus | None = None
    first_contacted_on: date | None = None
    converted_on: date | None = None
    referral_version: int | None = None
    held_on: date | None = None


@dataclass(frozen=True)
class EventResults:
    """What an event produced, counted from its invitations and guests."""

    invited: int
    coming: int
    hosts_attended: int
    guests: int
    guests_attended: int
    followed_up: int
    converted: int
    cost: Decimal

    @property
    def cost_per_new_client(self) -> Decimal | None:
        return None if not self.converted else self.cost / self.converted


def validate_event(event: EventFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []

    def bad(field: str, value: object, message: str) -> None:
        problems.append(Problem(where, field, None if value is None else str(value), message))

    if not event.name.strip():
        bad("name", event.name, "give the event a name")
    elif len(event.name) > TEXT_MAX:
        bad("name", event.name, f"at most {TEXT_MAX} characters")
    if message := date_problem(event.held_on):
        bad("held_on", event.held_on.isoformat(), message)
    if len(event.place) > TEXT_MAX:
        bad("place", event.place, f"at most {TEXT_MAX} characters")
    if event.capacity is not None and not 1 <= event.capacity <= CAPACITY_MAX:
        bad("capacity", event.capacity, f"a whole number from 1 to {CAPACITY_MAX:,}, or empty")
    if event.cost < 0 or event.cost > MONEY_MAX:
        bad("cost", event.cost, f"between 0 and {MONEY_MAX}")
    if not 0 <= event.minutes <= MINUTES_MAX:
        bad("minutes", event.minutes, f"a whole number of minutes from 0 to {MINUTES_MAX:,}")
    if len(event.notes) > NOTES_MAX:
        bad("notes", None, f"at most {NOTES_MAX} characters")
    for name in ("name", "place"):
        if message := text_problem(getattr(event, name)):
            bad(name, getattr(event, name), message)
    if message := text_problem(event.notes, multiline=True):
        bad("notes", None, message)
    return problems


def places_taken(invitations: list[Invitation]) -> int:
    """Seats the answers so far take: each client coming, and the guests they may bring."""
    return sum(1 + i.guest_places for i in invitations if i.rsvp is Rsvp.YES)
