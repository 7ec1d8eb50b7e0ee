"""The referral program's sections of a book file: programs, goals, events (with their
invitations and guests) and rewards (docs/design.md, "Contracts": book file).

They are optional: a file from before the program simply lacks them. Programs are read
before the referrals (a referral names its program by key); goals need nothing; events
and rewards after the referrals, whose keys their guests and rewards name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from advisor_referrals.domain.client_events import (
    GUEST_PLACES_MAX,
    EventFields,
    Rsvp,
    validate_event,
)
from advisor_referrals.domain.goals import GoalFields, PeriodKind, validate_goal
from advisor_referrals.domain.program import (
    Audience,
    ProgramFields,
    ProgramKind,
    RewardKind,
    RewardWhen,
    validate_program,
)
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.records import Record
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.values import cents_of, format_money
from advisor_referrals.storage.program_rows import event_columns, goal_columns, program_columns

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from advisor_referrals.services.book_file.loader import BookLoader

_PLACEHOLDER_DAY = date(2000, 1, 1)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _money(cents: int | None) -> str | None:
    return None if cents is None else format_money(cents)


class ProgramSections:
    """Reading the program's sections into the loader's bulk writer."""

    def __init__(self, loader: BookLoader) -> None:
        self.loader = loader
        self.problems = loader.problems

    def _write(self, name: str, row: dict[str, Any]) -> None:
        writer = self.loader.writer
        if self.loader.writing and writer is not None:
            updated = name not in ("event_invitations", "event_guests")  # no updated_at
            writer.add(name, {**row, **writer.stamps(updated=updated)})

    def programs(self) -> None:
        for index, item in self.loader.records("programs", "program"):
            record, key = self.loader.keyed("programs", index, item, self.loader.program_ids)
            record.check_fields(fmt.PROGRAM_FIELDS)
            program_id = self.loader.new_id("programs")
            if key is not None:
                self.loader.program_ids[key] = program_id
            fields = ProgramFields(
                name=record.required_text("name", limit=200),
                kind=record.choice("kind", ProgramKind) or ProgramKind.EVERGREEN,
                starts_on=record.date("starts_on"),
                ends_on=record.date("ends_on"),
                audience=record.choice("audience", Audience) or Audience.CLIENTS,
                audience_value=record.text("audience_value"),
                reward_kind=record.choice("reward_kind", RewardKind) or RewardKind.GIFT,
                reward_value=record.money("reward_value") if record.has("reward_value") else None,
                reward_when=record.choice("reward_when", RewardWhen) or RewardWhen.INTRODUCTION,
                reward_text=record.text("reward_text"),
                friend_offer=record.text("friend_offer"),
                kit_wording=record.text("kit_wording"),
                notes=record.text("notes"),
                active=record.flag("active", True),
            )
            self.problems += validate_program(fields, record.where)
            self.loader.counts["programs"] += 1
            self._write("programs", {"id": program_id, **program_columns(fields)})

    def goals(self) -> None:
        for index, item in self.loader.records("goals", "goal"):
            record = Record(f"goals #{index}", item, self.problems)
            record.check_fields(fmt.GOAL_FIELDS)
            period = record.choice("period", PeriodKind) or PeriodKind.QUARTER
            fields = GoalFields(
                figure=record.required_text("figure", limit=40),
                target=record.whole("target", 1, 1_000_000) or 0,
                period_kind=period,
                year=record.whole("year", 1900, 2100) or 0,
                quarter=record.whole("quarter", 1, 4),
                notes=record.text("notes"),
            )
            self.problems += validate_goal(fields, record.where)
            self.loader.counts["goals"] += 1
            self._write("goals", {"id": self.loader.new_id("goals"), **goal_columns(fields)})

    def events(self) -> None:
        contacts, referrals = self.loader.contact_ids, self.loader.referral_ids
        for index, item in self.loader.records("events", "event"):
            record, _ = self.loader.keyed("events", index, item, None)
            record.check_fields(fmt.EVENT_FIELDS)
            event_id = self.loader.new_id("client_events")
            fields = EventFields(
                name=record.required_text("name", limit=200),
                held_on=record.date("held_on", required=True) or _PLACEHOLDER_DAY,
                place=record.text("place", limit=200),
                capacity=record.whole("capacity", 1, 100_000),
                cost=(record.money("cost") if record.has("cost") else None) or Decimal(0),
                minutes=record.whole("minutes", 0, 100_000) or 0,
                notes=record.text("notes"),
            )
            self.problems += validate_event(fields, record.where)
            self.loader.counts["events"] += 1
            self._write("client_events", {"id": event_id, **event_columns(fields)})
            for number, invitation in enumerate(_list(record, "invitations"), start=1):
                part = Record(record.where, invitation, self.problems, f"invitations[{number}].")
                part.check_fields(fmt.INVITATION_FIELDS)
                row = {
                    "id": self.loader.new_id("event_invitations"),
                    "event_id": event_id,
                    "contact_id": self.loader.required_reference(
                        part, "contact", contacts, "contact"
                    ),
                    "guest_places": part.whole("guest_places", 0, GUEST_PLACES_MAX) or 0,
                    "rsvp": (part.choice("rsvp", Rsvp) or Rsvp.PENDING).value,
                    "attended": part.flag("attended"),
                    "invited_on": part.date("invited_on"),
                }
                self._write("event_invitations", row)
            for number, guest in enumerate(_list(record, "guests"), start=1):
                part = Record(record.where, guest, self.problems, f"guests[{number}].")
                part.check_fields(fmt.GUEST_FIELDS)
                row = {
                    "id": self.loader.new_id("event_guests"),
                    "event_id": event_id,
                    "host_id": self.loader.required_reference(part, "host", contacts, "contact"),
                    "contact_id": self.loader.required_reference(
                        part, "contact", contacts, "contact"
                    ),
                    "referral_id": part.reference("referral", referrals, "referral"),
                    "attended": part.flag("attended", True),
                }
                if row["host_id"] is not None and row["host_id"] == row["contact_id"]:
                    part.bad("contact", guest.get("contact"), "a host cannot be their own guest")
                self._write("event_guests", row)

    def rewards(self) -> None:
        referrals, programs = self.loader.referral_ids, self.loader.program_ids
        seen: set[int] = set()
        for index, item in self.loader.records("rewards", "reward"):
            record = Record(f"rewards #{index}", item, self.problems)
            record.check_fields(fmt.REWARD_FIELDS)
            referral_id = self.loader.required_reference(record, "referral", referrals, "referral")
            if referral_id is not None and referral_id in seen:
                record.bad("referral", item.get("referral"), "this referral already has a reward")
            seen.add(referral_id or 0)
            earned = record.date("earned_on", required=True)
            due = record.date("due_on", required=True)
            if earned and due and due < earned:
                record.bad("due_on", item.get("due_on"), "cannot be before earned_on")
            value = record.money("value") if record.has("value") else None
            self.loader.counts["rewards"] += 1
            self._write(
                "rewards",
                {
                    "id": self.loader.new_id("rewards"),
                    "referral_id": referral_id,
                    "program_id": record.reference("program", programs, "program"),
                    "kind": (record.choice("kind", RewardKind) or RewardKind.GIFT).value,
                    "value_cents": None if value is None else cents_of(value),
                    "earned_on": earned,
                    "due_on": due,
                    "given_on": record.date("given_on"),
                    "notes": record.text("notes"),
                },
            )


def _list(record: Record, name: str) -> list[Mapping[str, Any]]:
    value = record.data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        record.bad(name, value, "must be a list of objects, or absent")
        return []
    return value


class ProgramExport:
    """Writing the program's sections, in id order, with the file's own keys."""

    def __init__(
        self, session: Session, contact_keys: Mapping[int, str], program_keys: Mapping[int, str]
    ) -> None:
        self.session = session
        self.contact_keys = contact_keys
        self.program_keys = program_keys

    def programs(self) -> Iterator[dict[str, Any]]:
        programs = table("programs")
        rows = self.session.execute(select(programs).order_by(programs.c.id)).all()
        for row in rows:
            yield {
                "key": self.program_keys[row.id],
                "name": row.name,
                "kind": row.kind,
                "starts_on": _iso(row.starts_on),
                "ends_on": _iso(row.ends_on),
                "audience": row.audience,
                "audience_value": row.audience_value,
                "reward_kind": row.reward_kind,
                "reward_value": _money(row.reward_value_cents),
                "reward_when": row.reward_when,
                "reward_text": row.reward_text,
                "friend_offer": row.friend_offer,
                "kit_wording": row.kit_wording,
                "notes": row.notes,
                "active": row.active,
            }

    def goals(self) -> Iterator[dict[str, Any]]:
        goals = table("goals")
        for row in self.session.execute(select(goals).order_by(goals.c.id)).all():
            yield {
                "figure": row.figure,
                "target": row.target,
                "period": row.period_kind,
                "year": row.year,
                "quarter": row.quarter,
                "notes": row.notes,
            }

    def events(self, referral_keys: Mapping[int, str]) -> Iterator[dict[str, Any]]:
        events, invitations, guests = (
            table("client_events"),
            table("event_invitations"),
            table("event_guests"),
        )
        invited: dict[int, list[dict[str, Any]]] = {}
        for row in self.session.execute(select(invitations).order_by(invitations.c.id)).all():
            invited.setdefault(row.event_id, []).append(
                {
                    "contact": self.contact_keys[row.contact_id],
                    "guest_places": row.guest_places,
                    "rsvp": row.rsvp,
                    "attended": row.attended,
                    "invited_on": _iso(row.invited_on),
                }
            )
        came: dict[int, list[dict[str, Any]]] = {}
        for row in self.session.execute(select(guests).order_by(guests.c.id)).all():
            came.setdefault(row.event_id, []).append(
                {
                    "host": self.contact_keys[row.host_id],
                    "contact": self.contact_keys[row.contact_id],
                    "referral": referral_keys.get(row.referral_id) if row.referral_id else None,
                    "attended": row.attended,
                }
            )
        rows = self.session.execute(select(events).order_by(events.c.id)).all()
        for position, row in enumerate(rows, start=1):
            yield {
                "key": f"e{position}",
                "name": row.name,
                "held_on": row.held_on.isoformat(),
                "place": row.place,
                "capacity": row.capacity,
                "cost": format_money(row.cost_cents),
                "minutes": row.minutes,
                "notes": row.notes,
                "invitations": invited.get(row.id, []),
                "guests": came.get(row.id, []),
            }

    def rewards(self, referral_keys: Mapping[int, str]) -> Iterator[dict[str, Any]]:
        rewards = table("rewards")
        for row in self.session.execute(select(rewards).order_by(rewards.c.id)).all():
            yield {
                "referral": referral_keys[row.referral_id],
                "program": self.program_keys.get(row.program_id) if row.program_id else None,
                "kind": row.kind,
                "value": _money(row.value_cents),
                "earned_on": row.earned_on.isoformat(),
                "due_on": row.due_on.isoformat(),
                "given_on": _iso(row.given_on),
                "notes": row.notes,
            }
