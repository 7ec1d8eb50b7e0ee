"""What works: the referrals of a period compared by program, reward kind, event, channel,
kit, trigger, how they heard and why they refer, with the cost of each new client
(docs/design.md, "Metrics": cost per new client).

The referrals counted are those the quarterly metrics count as received in the period;
one read of them (a quarter holds a few thousand even in the largest book) feeds every
comparison. Time is the advisor's minutes logged on those referrals (meetings with the
referred person), on the events held in the period and on the asks made in it, priced
at the hourly value set in Settings; further kinds of logged time join through
`register_minutes`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from sqlalchemy import Connection, func, select

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.program import RewardKind
from advisor_referrals.domain.referral_sources import HOW_HEARD_LABELS, HowHeard, kit_of
from advisor_referrals.domain.what_works import (
    Dimension,
    Outcome,
    WhatWorks,
    time_cost,
)
from advisor_referrals.services.metrics.as_of import converted_on_at, received_in
from advisor_referrals.services.program.program_settings import ProgramSettings
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    EventRow,
    GuestRow,
    KitHistoryRow,
    ProgramRow,
    ReferralRow,
    RewardRow,
    TriggerKindRow,
    TriggerRow,
)
from advisor_referrals.storage.program_rows import from_cents

NONE = ""  # the key of "none recorded" in every comparison
MinutesSource = Callable[[Connection, Period], int]
# Logged minutes that belong to the whole book rather than to one referral (asks, say).
EXTRA_MINUTES: list[MinutesSource] = []


def register_minutes(source: MinutesSource) -> None:
    EXTRA_MINUTES.append(source)


def ask_minutes(conn: Connection, period: Period) -> int:
    """The advisor's minutes on the asks made in the period."""
    total = conn.execute(
        select(func.coalesce(func.sum(AskRow.minutes), 0)).where(
            AskRow.asked_on >= period.start, AskRow.asked_on <= period.end
        )
    ).scalar_one()
    return int(total)


register_minutes(ask_minutes)


@dataclass(frozen=True, slots=True)
class Counted:
    """One referral of the period, with what every comparison groups it by."""

    referred_id: int
    converted: bool
    days: int | None
    minutes: int
    reward: Decimal
    keys: dict[Dimension, str]


def outcome(
    key: str, label: str, items: Iterable[Counted], hourly: Decimal, **extra: int
) -> Outcome:
    items = list(items)
    converted = [c for c in items if c.converted]
    days = [c.days for c in converted if c.days is not None]
    spent = sum((c.reward for c in items), Decimal(0)) + Decimal(extra.get("cents", 0)) / 100
    minutes = sum(c.minutes for c in items) + extra.get("minutes", 0)
    return Outcome(
        key=key,
        label=label,
        referrals=len(items),
        converted=len(converted),
        median_days=float(median(days)) if days else None,
        new_clients=len({c.referred_id for c in converted}),
        spent=spent,
        minutes=minutes,
        time_value=time_cost(minutes, hourly),
    )


class WhatWorksService:
    def __init__(self, book: Book, settings: ProgramSettings) -> None:
        self.book = book
        self.settings = settings

    def compute(self, period: Period) -> WhatWorks:
        hourly = self.settings.hourly_value()
        with self.book.engine.connect() as conn:
            counted, labels = self._referrals(conn, period)
            events = conn.execute(
                select(EventRow.id, EventRow.name, EventRow.cost_cents, EventRow.minutes).where(
                    EventRow.held_on >= period.start, EventRow.held_on <= period.end
                )
            ).all()
            extra_minutes = sum(source(conn, period) for source in EXTRA_MINUTES)
        event_cost = {str(eid): (int(cents), int(minutes)) for eid, _, cents, minutes in events}
        for eid, name, _, _ in events:
            labels[Dimension.EVENT].setdefault(str(eid), name)
        book = outcome(
            "book",
            "All referrals",
            counted,
            hourly,
            cents=sum(c for c, _ in event_cost.values()),
            minutes=sum(m for _, m in event_cost.values()) + extra_minutes,
        )
        rows: dict[Dimension, list[Outcome]] = {}
        for dimension in Dimension:
            groups: dict[str, list[Counted]] = {}
            for item in counted:
                groups.setdefault(item.keys[dimension], []).append(item)
            if dimension is Dimension.EVENT:
                for key in event_cost:
                    groups.setdefault(key, [])
            found = []
            for key, items in groups.items():
                cents, minutes = (
                    event_cost.get(key, (0, 0)) if dimension is Dimension.EVENT else (0, 0)
                )
                label = labels[dimension].get(key, key) if key else "None recorded"
                found.append(outcome(key, label, items, hourly, cents=cents, minutes=minutes))
            found.sort(key=lambda o: (o.key == NONE, -o.referrals, -o.converted, o.label))
            rows[dimension] = found
        return WhatWorks(period=period, hourly_value=hourly, book=book, rows=rows)

    def _referrals(
        self, conn: Connection, period: Period
    ) -> tuple[list[Counted], dict[Dimension, dict[str, str]]]:
        r = ReferralRow.__table__.c
        # Where each referral stood at the period's end, as the quarterly metrics read it.
        sub = received_in(
            period.start,
            period.end,
            r.id,
            r.referred_id,
            r.received_on,
            r.channel,
            r.program_id,
            r.how_heard,
            r.kit_code,
            r.why_refer,
            r.minutes,
            r.trigger_id,
            converted_on_at(period.end).label("converted_at_end"),
        )
        q = sub.c
        query = (
            select(
                q.id,
                q.referred_id,
                q.received_on,
                q.at_end,
                q.converted_at_end,
                q.channel,
                q.program_id,
                ProgramRow.name,
                q.how_heard,
                q.kit_code,
                q.why_refer,
                q.minutes,
                RewardRow.kind,
                RewardRow.value_cents,
                TriggerKindRow.key,
                TriggerKindRow.label,
                GuestRow.event_id,
            )
            .select_from(sub)
            .outerjoin(ProgramRow, ProgramRow.id == q.program_id)
            .outerjoin(RewardRow, RewardRow.referral_id == q.id)
            .outerjoin(TriggerRow, TriggerRow.id == q.trigger_id)
            .outerjoin(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            .outerjoin(GuestRow, GuestRow.referral_id == q.id)
            .where(q.at_end != ReferralStatus.INTENDED.value)
            .order_by(q.id)
        )
        labels: dict[Dimension, dict[str, str]] = {d: {} for d in Dimension}
        counted: list[Counted] = []
        seen: set[int] = set()
        kits: set[str] = set()
        for row in conn.execute(query):
            (rid, referred, received, status, converted_on, channel, program_id, program) = row[:8]
            (how, code, why, minutes, reward_kind, reward_cents) = row[8:14]
            trigger_key, trigger_label, event_id = row[14:]
            if rid in seen:  # a guest at two events counts once
                continue
            seen.add(rid)
            converted = status == ReferralStatus.CONVERTED.value and converted_on is not None
            kit = kit_of(code) if code else NONE
            if kit:
                kits.add(kit)
            keys = {
                Dimension.PROGRAM: str(program_id) if program_id else NONE,
                Dimension.REWARD_KIND: reward_kind or NONE,
                Dimension.EVENT: str(event_id) if event_id else NONE,
                Dimension.CHANNEL: channel or NONE,
                Dimension.KIT: kit,
                Dimension.TRIGGER: trigger_key or NONE,
                Dimension.HOW_HEARD: how or NONE,
                Dimension.WHY_REFER: why or NONE,
            }
            if program_id:
                labels[Dimension.PROGRAM][str(program_id)] = program
            if trigger_key:
                labels[Dimension.TRIGGER][trigger_key] = trigger_label
            if reward_kind:
                labels[Dimension.REWARD_KIND][reward_kind] = reward_label(RewardKind(reward_kind))
            if how:
                labels[Dimension.HOW_HEARD][how] = HOW_HEARD_LABELS[HowHeard(how)]
            if channel:
                labels[Dimension.CHANNEL][channel] = channel.replace("_", " ").capitalize()
            if why:
                labels[Dimension.WHY_REFER][why] = why
            days = (converted_on - received).days if converted and converted_on else None
            counted.append(
                Counted(
                    referred_id=referred,
                    converted=converted,
                    days=days,
                    minutes=int(minutes or 0),
                    reward=from_cents(reward_cents) or Decimal(0),
                    keys=keys,
                )
            )
        labels[Dimension.KIT] = kit_labels(conn, kits)
        event_names = conn.execute(
            select(EventRow.id, EventRow.name).where(
                EventRow.id.in_(
                    [int(c.keys[Dimension.EVENT]) for c in counted if c.keys[Dimension.EVENT]]
                )
            )
        ).all()
        labels[Dimension.EVENT] = {str(eid): name for eid, name in event_names}
        return counted, labels


def reward_label(kind: RewardKind) -> str:
    return kind.value.replace("_", " ").capitalize()


def kit_labels(conn: Connection, kits: set[str]) -> dict[str, str]:
    """ "K7QHM · Ana Souza, 3/4/2026": the kit's code, whose kit it was, when it was made."""
    if not kits:
        return {}
    first_made = func.min(KitHistoryRow.generated_at)
    rows = conn.execute(
        select(KitHistoryRow.code, ContactRow.first_name, ContactRow.last_name, first_made)
        .join(ContactRow, ContactRow.id == KitHistoryRow.contact_id)
        .where(KitHistoryRow.code.in_(sorted(kits)))
        .group_by(KitHistoryRow.code, ContactRow.first_name, ContactRow.last_name)
    ).all()
    found = {
        code: f"{code} · {full_name(first, last)}, {made.date().isoformat()}"
        for code, first, last, made in rows
    }
    return {kit: found.get(kit, f"{kit} · no kit with this code") for kit in kits}
