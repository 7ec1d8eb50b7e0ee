"""Book files for the import/export tests: the docs/design.md example and a varied book."""

from __future__ import annotations

import copy
from typing import Any

from advisor_referrals.domain.enums import ReferralStatus

# docs/design.md, "Contracts" as printed, except that the example's referral names a "c2" the
# abridged example leaves out, so c2 is added here.
DESIGN_EXAMPLE: dict[str, Any] = {
    "format": "advisor-referrals-book",
    "version": 1,
    "advisor": {"name": "", "firm": "", "email": "", "phone": "", "website": ""},
    "trigger_kinds": [{"key": "home_purchase", "label": "Buying a home", "talking_point": "..."}],
    "contacts": [
        {
            "key": "c1",
            "first_name": "Ana",
            "last_name": "Souza",
            "preferred_name": None,
            "relationship": "client",
            "profession": None,
            "email": "ana@example.com",
            "phone": None,
            "city": None,
            "region": None,
            "country": None,
            "household": "Souza",
            "segment": "engaged",
            "tier": "A",
            "client_since": "2019-04-01",
            "has_written_plan": True,
            "do_not_ask": False,
            "tags": ["retiree"],
            "notes": "",
        },
        {"key": "c2", "first_name": "Bruno", "last_name": "Lima"},
    ],
    "triggers": [
        {
            "key": "t1",
            "contact": "c1",
            "kind": "home_purchase",
            "occurred_on": "2026-07-03",
            "referral_conversation": True,
            "notes": "",
        }
    ],
    "referrals": [
        {
            "key": "r1",
            "referrer": "c1",
            "referred": "c2",
            "received_on": "2026-07-10",
            "status": "converted",
            "channel": "introduction",
            "first_contacted_on": "2026-07-11",
            "thanked_on": "2026-07-11",
            "converted_on": "2026-08-20",
            "trigger": "t1",
            "notes": "",
            "compensation": {
                "kind": "gift",
                "value": "50.00",
                "currency": "USD",
                "agreement_on_file": False,
                "disclosure_delivered_on": "2026-07-11",
            },
        }
    ],
    "reviews": [
        {
            "contact": "c1",
            "scheduled_for": "2026-07-15",
            "completed_on": "2026-07-15",
            "nps": 9,
            "feedback_requested": True,
            "referral_conversation": False,
            "notes": "",
        }
    ],
}

PEOPLE = [
    ("Ana", "Souza", "client", "engaged", "A"),
    ("Zoë", "Goldsmith", "client", "content", "B"),
    ("美咲", "佐藤", "prospect", "unknown", None),
    ("Смит", "Иванова", "former_client", "complacent", "C"),
    ("محمد", "العلي", "client", "disgruntled", "B"),
    ("민준", "김", "center_of_influence", "unknown", None),
    ("Smith & <Co>", 'O\'Brien "Jr"', "center_of_influence", "engaged", None),
    ("Łukasz", "Żółć", "client", "engaged", "A"),
    ("Carl", "Young", "prospect", "unknown", None),
]


def varied_book() -> dict[str, Any]:
    """A book touching every section, status, script and optional field."""
    contacts = []
    for number, (first, last, relationship, segment, tier) in enumerate(PEOPLE, start=1):
        contacts.append(
            {
                "key": f"c{number}",
                "first_name": first,
                "last_name": last,
                "preferred_name": "Annie" if number == 1 else None,
                "relationship": relationship,
                "profession": "CPA" if relationship == "center_of_influence" else None,
                "email": f"person{number}@example.com" if number != 3 else None,
                "phone": f"+1 (617) 555-01{number:02d}",
                "city": ["Boston", "Zürich", "東京", None][number % 4],
                "region": "MA" if number % 2 else None,
                "country": "US" if number % 3 else None,
                "household": "Souza" if number in (1, 8) else None,
                "segment": segment,
                "tier": tier,
                "client_since": f"201{number}-04-0{number}" if relationship == "client" else None,
                "has_written_plan": number % 2 == 0,
                "do_not_ask": number == 4,
                "tags": ["retiree", "Golf"] if number % 2 else [],
                "notes": 'Line one\nline two, with "quotes" and <b>tags</b>' if number == 7 else "",
                "reviews_per_year": 6 if number == 2 else None,
                "archived_on": "2025-12-31" if number == 4 else None,
            }
        )
    kinds = [
        {
            "key": "home_purchase",
            "label": "Buying a home",
            "talking_point": "Homes",
            "active": True,
        },
        {
            "key": "boat_sale",
            "label": "Selling a boat",
            "talking_point": "Boats ⛵",
            "active": True,
        },
        {"key": "windfall", "label": "A windfall", "talking_point": "Luck", "active": False},
    ]
    triggers = [
        {
            "key": f"t{n}",
            "contact": f"c{n}",
            "kind": ["home_purchase", "boat_sale", "windfall", "retirement"][n % 4],
            "occurred_on": f"2026-0{n}-1{n}",
            "referral_conversation": n % 2 == 0,
            "notes": "met at the club" if n == 2 else "",
        }
        for n in range(1, 6)
    ]
    referrals = []
    for number, status in enumerate(ReferralStatus, start=1):
        converted = status is ReferralStatus.CONVERTED
        referrals.append(
            {
                "key": f"r{number}",
                "referrer": f"c{number}",
                "referred": f"c{number % len(PEOPLE) + 1}",
                "received_on": f"2026-07-0{number}",
                "status": status.value,
                "channel": None if number == 3 else ["introduction", "email", "event"][number % 3],
                "first_contacted_on": f"2026-07-1{number}" if number > 1 else None,
                "thanked_on": "2026-07-20" if number % 2 else None,
                "converted_on": "2026-08-20" if converted else None,
                "trigger": f"t{number}" if number <= 5 else None,
                "notes": "Smith & <Co> sent a friend" if number == 7 else "",
                "compensation": {
                    "kind": ["cash", "gift", "fee_waiver", "other"][number % 4],
                    "value": ["50.00", "1250.50", "0.99", "99999999.99"][number % 4],
                    "currency": "EUR" if number == 2 else "USD",
                    "agreement_on_file": number % 2 == 0,
                    "disclosure_delivered_on": "2026-07-11" if number != 2 else None,
                }
                if number in (1, 2, 5)
                else None,
                "status_history": [
                    {
                        "from": None,
                        "to": "new",
                        "changed_on": f"2026-07-0{number}",
                        "changed_at": f"2026-07-0{number}T09:30:00",
                        "user": "maria",
                    },
                    {
                        "from": "new",
                        "to": status.value,
                        "changed_on": "2026-07-21",
                        "changed_at": "2026-07-21T16:05:07",
                        "user": "assistant",
                    },
                ]
                if number % 2
                else [],
            }
        )
    reviews = [
        {
            "key": "v1",
            "contact": "c1",
            "scheduled_for": "2026-07-15",
            "scheduled_time": "09:30:00",
            "kind": "in_person",
            "completed_on": "2026-07-15",
            "nps": 10,
            "feedback_requested": True,
            "referral_conversation": True,
            "notes": "Great year",
            "cancelled_on": None,
            "rescheduled_from": "v3",
        },
        {
            "key": "v2",
            "contact": "c2",
            "scheduled_for": None,
            "scheduled_time": None,
            "kind": None,
            "completed_on": "2026-05-01",
            "nps": 0,
            "feedback_requested": False,
            "referral_conversation": False,
            "notes": "",
            "cancelled_on": None,
            "rescheduled_from": None,
        },
        {
            "key": "v3",
            "contact": "c1",
            "scheduled_for": "2026-07-01",
            "scheduled_time": "14:00:00",
            "kind": "video",
            "completed_on": None,
            "nps": None,
            "feedback_requested": False,
            "referral_conversation": False,
            "notes": "",
            "cancelled_on": "2026-06-30",
            "rescheduled_from": None,
        },
    ]
    return {
        "format": "advisor-referrals-book",
        "version": 1,
        "advisor": {
            "name": "Maria Lopes",
            "firm": "Lopes & <Partners>",
            "email": "maria@lopes.example",
            "phone": "+1 617 555 0100",
            "website": "https://lopes.example",
            "title": "CFP®",
            "disclosures": "Advisory services offered through Lopes & <Partners>.",
        },
        "trigger_kinds": kinds,
        "review_cadence": {"A": 6, "B": 3, "C": 1},
        "households": [{"name": "Souza", "notes": "Both retired in 2024"}],
        "contacts": contacts,
        "triggers": triggers,
        "referrals": referrals,
        "reviews": reviews,
        "outbound_referrals": [
            {"coi": "c6", "contact": "c1", "sent_on": "2026-06-01", "notes": ""}
        ],
        "kit_history": [
            {
                "contact": "c1",
                "generated_at": "2026-07-16T10:11:12",
                "generated_by": "maria",
                "page_size": "letter",
                "pages": 4,
                "file_name": "kit-souza.pdf",
            }
        ],
        "asks": [
            {
                "contact": "c1",
                "asked_on": "2026-06-30",
                "method": "review",
                "outcome": "introduced",
                "referral": "r1",
                "notes": "Gave me her <sister's> number",
            },
            {
                "contact": "c2",
                "asked_on": "2026-07-02",
                "method": "kit",
                "outcome": "not_now",
                "referral": None,
                "notes": "",
            },
        ],
        "settings": {"kit_options": {"qr": True, "pages": ["cover", "triggers"]}},
    }


def with_changes(data: dict[str, Any], **sections: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    changed.update(sections)
    return changed
