"""A small book built by hand for the quarterly metrics of 2026Q3 (2026-07-01..2026-09-30).

Every row is here on purpose; tests/services/test_metrics.py works out each metric from
these rows by hand. The 365-day window for 2026Q3 is (2025-09-30, 2026-09-30].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.referral_history import completed_history
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    OutboundReferralRow,
    ReferralRow,
    ReferralStatusChangeRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)

D = date.fromisoformat

# key: first, last, relationship, segment, tier, client_since, profession
PEOPLE: dict[str, tuple[str, str, str, str, str | None, str | None, str | None]] = {
    "ana": ("Ana", "Souza", "client", "engaged", "A", "2019-04-01", None),
    "ben": ("Ben", "Adams", "client", "engaged", "A", "2020-01-01", None),
    "cara": ("Cara", "Baker", "client", "content", "B", None, None),  # empty client_since
    "dan": ("Dan", "Cole", "former_client", "complacent", "C", "2015-01-01", None),
    "eve": ("Eve", "de Vries", "center_of_influence", "unknown", None, None, "CPA"),
    "finn": ("Finn", "Evans", "client", "engaged", "B", "2026-10-01", None),  # after the end
    "gus": ("Gus", "Ford", "prospect", "unknown", None, None, None),
    "hal": ("Hal", "Grant", "center_of_influence", "unknown", None, None, "Attorney"),
    "jo": ("Jo", "Hill", "client", "engaged", "C", "2018-05-01", None),
    "kim": ("Kim", "Lee", "client", "content", "C", "2026-07-01", None),  # first day
    "lou": ("Lou", "Moss", "former_client", "unknown", None, "2026-09-01", None),
    # People who were referred. Those whose referral converted are clients now.
    "p1": ("Pia", "One", "client", "unknown", None, "2026-08-10", None),
    "p2": ("Pat", "Two", "prospect", "unknown", None, None, None),
    "p3": ("Pam", "Three", "client", "unknown", None, "2026-10-05", None),  # after the end
    "p4": ("Per", "Four", "client", "unknown", None, "2026-09-30", None),  # last day
    "p5": ("Pol", "Five", "prospect", "unknown", None, None, None),
    "p6": ("Pip", "Six", "client", "unknown", None, "2026-09-10", None),  # referral not converted
    "p7": ("Pey", "Seven", "prospect", "unknown", None, None, None),
    "p8": ("Pax", "Eight", "prospect", "unknown", None, None, None),
    "p9": ("Poe", "Nine", "client", "unknown", None, "2026-07-31", None),
    "p10": ("Pru", "Ten", "prospect", "unknown", None, None, None),
    "p11": ("Pez", "Eleven", "prospect", "unknown", None, None, None),
    "p12": ("Pim", "Twelve", "prospect", "unknown", None, None, None),
    "p13": ("Pio", "Thirteen", "client", "unknown", None, "2026-07-20", None),
    "p14": ("Pug", "Fourteen", "prospect", "unknown", None, None, None),
    "p15": ("Pia", "Fifteen", "prospect", "unknown", None, None, None),
    "p16": ("Pan", "Sixteen", "prospect", "unknown", None, None, None),
    "p17": ("Pow", "Seventeen", "prospect", "unknown", None, None, None),
}

# key: contact, kind, occurred_on
TRIGGERS = {
    "t1": ("ana", "home_purchase", "2026-07-03"),
    "t2": ("ben", "retirement", "2026-09-30"),  # its only referral is received after the end
    "t3": ("finn", "inheritance", "2026-07-01"),
    "t4": ("cara", "marriage", "2026-06-30"),  # the day before
    "t5": ("kim", "home_purchase", "2026-10-01"),  # the day after
    "t6": ("jo", "retirement", "2026-08-20"),  # linked only from an intended referral
    "t7": ("ana", "home_purchase", "2026-09-10"),  # no referral
}

# key: referrer, referred, received_on, status, first_contacted_on, thanked_on, converted_on,
#      trigger, compensation (kind, cents, agreement_on_file, disclosure_delivered_on)
Comp = tuple[str, int, bool, str | None]
REFERRALS: dict[str, tuple[Any, ...]] = {
    "r1": ("ana", "p1", "2026-07-01", "converted", "2026-07-02", "2026-07-01", "2026-08-10", "t1", None),
    "r2": ("ana", "p2", "2026-09-30", "contacted", "2026-10-01", "2026-10-03", None, None, None),
    "r3": ("ana", "p3", "2026-08-15", "converted", "2026-08-20", None, "2026-10-05", None, None),
    "r4": ("ben", "p4", "2026-07-10", "converted", "2026-07-12", "2026-07-12", "2026-09-30", None, None),
    "r5": ("ben", "p5", "2026-07-20", "lost", "2026-07-23", "2026-07-21", None, None,
           ("gift", 5_000, False, "2026-07-21")),
    "r6": ("eve", "p6", "2026-08-01", "meeting", "2026-08-01", None, None, None,
           ("cash", 60_000, False, None)),
    "r7": ("eve", "p7", "2026-09-01", "new", None, "2026-09-02", None, None,
           ("cash", 40_000, False, "2026-10-02")),
    "r8": ("finn", "p8", "2026-07-15", "not_a_fit", "2026-07-15", None, None, None, None),
    "r9": ("finn", "p9", "2026-07-16", "converted", "2026-07-16", "2026-07-16", "2026-07-31", "t3", None),
    "r10": ("dan", "p10", "2026-09-15", "new", None, None, None, None, None),
    "r11": ("gus", "p11", "2026-08-05", "new", None, None, None, None,
            ("fee_waiver", 100_001, False, "2026-08-05")),
    "r12": ("hal", "p12", "2026-02-10", "contacted", "2026-02-11", None, None, None,
            ("cash", 200_000, True, "2026-02-10")),
    "r13": ("ana", "p13", "2026-06-30", "converted", "2026-07-01", None, "2026-07-20", None, None),
    "r14": ("ben", "p14", "2026-10-01", "new", None, None, None, "t2", None),
    "r15": ("jo", "p15", "2026-08-20", "intended", None, None, None, "t6", None),
    "r16": ("jo", "p16", "2025-09-30", "lost", None, None, None, None,
            ("cash", 500_000, False, None)),
    "r17": ("cara", "p17", "2025-10-01", "lost", None, None, None, None, None),
}  # fmt: skip

# contact, scheduled_for, completed_on, nps
REVIEWS = [
    ("ana", "2025-10-01", "2025-10-01", None),
    ("ana", "2026-01-15", "2026-01-15", 10),
    ("ana", "2026-07-15", "2026-07-15", 6),
    ("ana", "2026-09-01", "2026-09-01", 9),
    ("ana", "2026-09-25", "2026-09-25", None),
    ("ben", "2025-09-30", "2025-09-30", None),
    ("ben", "2026-02-01", "2026-02-01", None),
    ("ben", "2026-08-01", "2026-08-01", 7),
    ("ben", "2026-09-28", "2026-10-02", 10),
    ("jo", "2026-03-01", "2026-03-01", None),
    ("jo", "2026-06-01", "2026-06-01", None),
    ("jo", "2026-09-30", "2026-09-30", 3),
    ("cara", "2026-07-01", None, None),
    ("cara", "2026-06-30", "2026-07-02", 10),
    ("kim", "2026-10-01", None, None),
    ("kim", None, "2026-09-15", 8),
    ("finn", None, "2026-08-20", 0),
    ("finn", None, "2026-06-30", 10),
    ("dan", "2026-08-10", "2026-08-10", 9),
]

# coi, client sent, sent_on
OUTBOUND = [
    ("eve", "ana", "2026-07-05"),
    ("hal", "ben", "2026-03-01"),
    ("hal", "cara", "2026-08-01"),
    ("eve", "jo", "2025-09-30"),
]


# key: contact, asked_on, method, outcome, linked referral
ASKS: dict[str, tuple[str, str, str, str, str | None]] = {
    "a1": ("ana", "2026-06-25", "review", "will_think", None),  # Q2; r13 came 06-30
    "a2": ("ana", "2026-07-01", "review", "introduced", "r1"),  # first day; r1 the same day
    "a3": ("ben", "2026-07-05", "call", "will_think", None),  # r4 five days later
    "a4": ("jo", "2026-08-01", "event", "will_think", None),  # r15 is only intended
    "a5": ("cara", "2026-09-30", "kit", "not_now", None),  # last day; nothing followed
    "a6": ("dan", "2026-06-01", "call", "not_now", None),  # Q2; r10 106 days later
    "a7": ("eve", "2026-05-10", "call", "will_think", None),  # Q2; r6 on 08-01, after Q2
    "a9": ("ana", "2026-09-29", "call", "declined", None),  # r2 came the next day
    "a10": ("gus", "2026-05-20", "event", "will_think", None),  # Q2; r11 after Q2's end
    "a11": ("ben", "2026-10-01", "call", "will_think", None),  # the day after Q3
    "a13": ("dan", "2026-09-20", "call", "will_think", None),  # r10 came before it
    "a14": ("ben", "2026-09-25", "call", "not_now", None),  # r14 on 10-01, after the end
}


def _day(text: str | None) -> date | None:
    return None if text is None else D(text)


@dataclass
class HandBook:
    ids: dict[str, int] = field(default_factory=dict)


def build_hand_book(book: Book) -> HandBook:
    built = HandBook()
    ids = built.ids
    with book.write() as session:
        for key, (first, last, rel, segment, tier, since, profession) in PEOPLE.items():
            ids[key] = session.execute(
                insert(ContactRow)
                .values(
                    first_name=first,
                    last_name=last,
                    relationship=rel,
                    segment=segment,
                    tier=tier,
                    client_since=_day(since),
                    profession=profession,
                )
                .returning(ContactRow.id)
            ).scalar_one()
        kinds = dict(session.execute(select(TriggerKindRow.key, TriggerKindRow.id)).all())
        for key, (who, kind, occurred) in TRIGGERS.items():
            ids[key] = session.execute(
                insert(TriggerRow)
                .values(contact_id=ids[who], kind_id=kinds[kind], occurred_on=D(occurred))
                .returning(TriggerRow.id)
            ).scalar_one()
        for key, row in REFERRALS.items():
            referrer, referred, received, status, contacted, thanked, converted, trigger, comp = row
            values: dict[str, Any] = {
                "referrer_id": ids[referrer],
                "referred_id": ids[referred],
                "received_on": D(received),
                "status": status,
                "first_contacted_on": _day(contacted),
                "thanked_on": _day(thanked),
                "converted_on": _day(converted),
                "trigger_id": ids[trigger] if trigger else None,
            }
            if comp is not None:
                kind, cents, agreement, disclosed = comp
                values |= {
                    "comp_kind": kind,
                    "comp_value_cents": cents,
                    "comp_currency": "USD",
                    "comp_agreement_on_file": agreement,
                    "comp_disclosure_delivered_on": _day(disclosed),
                }
            ids[key] = session.execute(
                insert(ReferralRow).values(**values).returning(ReferralRow.id)
            ).scalar_one()
            # The history the referral's dates imply, as the app writes for a referral
            # recorded at its status (docs/design.md, "Metrics": counted as of the end).
            fields = ReferralFields(
                referrer_id=0,
                referred_id=1,
                received_on=D(received),
                status=ReferralStatus(status),
                first_contacted_on=_day(contacted),
                converted_on=_day(converted),
            )
            for move in completed_history(fields):
                session.execute(
                    insert(ReferralStatusChangeRow).values(
                        referral_id=ids[key],
                        from_status=move.from_status.value if move.from_status else None,
                        to_status=move.to_status.value,
                        changed_on=move.on,
                    )
                )
        for who, scheduled, completed, nps in REVIEWS:
            session.execute(
                insert(ReviewRow).values(
                    contact_id=ids[who],
                    scheduled_for=_day(scheduled),
                    completed_on=_day(completed),
                    nps=nps,
                )
            )
        for key, (who, asked, method, outcome, referral) in ASKS.items():
            ids[key] = session.execute(
                insert(AskRow)
                .values(
                    contact_id=ids[who],
                    asked_on=D(asked),
                    method=method,
                    outcome=outcome,
                    referral_id=ids[referral] if referral else None,
                )
                .returning(AskRow.id)
            ).scalar_one()
        for coi, client, sent in OUTBOUND:
            session.execute(
                insert(OutboundReferralRow).values(
                    coi_id=ids[coi], contact_id=ids[client], sent_on=D(sent)
                )
            )
    return built
