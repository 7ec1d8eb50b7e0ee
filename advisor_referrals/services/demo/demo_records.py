"""The demo book's records as the JSON book file writes them (docs/design.md, "Contracts")."""

from __future__ import annotations

from typing import Any

from advisor_referrals.services.demo.asks import Ask
from advisor_referrals.services.demo.people import IsoDates, Person
from advisor_referrals.services.demo.pipeline import DEMO_USER, Referral, referral_moves


def contact_record(p: Person, iso: IsoDates) -> dict[str, Any]:
    place = p.place
    return {
        "key": p.key,
        "first_name": p.first,
        "last_name": p.last,
        "preferred_name": p.preferred,
        "relationship": p.relationship,
        "profession": p.profession,
        "email": p.email,
        "phone": p.phone,
        "city": place.city if place else None,
        "region": place.region if place else None,
        "country": place.country if place else None,
        "household": p.household,
        "advisor": p.advisor,
        "segment": p.segment,
        "tier": p.tier,
        "client_since": iso[p.since],
        "has_written_plan": p.plan,
        "do_not_ask": p.do_not_ask,
        "tags": p.tags,
        "notes": p.notes,
        "archived_on": iso[p.archived],
    }


def trigger_record(t: tuple[int, int, str, int, bool, str], iso: IsoDates) -> dict[str, Any]:
    number, contact, kind, occurred, conversation, notes = t
    return {
        "key": f"t{number}",
        "contact": f"c{contact}",
        "kind": kind,
        "occurred_on": iso[occurred],
        "referral_conversation": conversation,
        "notes": notes,
    }


def referral_record(r: Referral, iso: IsoDates) -> dict[str, Any]:
    comp = r.comp
    return {
        "key": r.key,
        "referrer": r.referrer.key,
        "referred": r.referred.key,
        "received_on": iso[r.received],
        "status": r.status,
        "channel": r.channel,
        "first_contacted_on": iso[r.first_contacted],
        "thanked_on": iso[r.thanked],
        "converted_on": iso[r.converted],
        "trigger": r.trigger.key if r.trigger else None,
        "notes": r.notes,
        "compensation": None
        if comp is None
        else {
            "kind": comp.kind,
            "value": f"{comp.cents // 100}.{comp.cents % 100:02d}",
            "currency": "USD",
            "agreement_on_file": comp.agreement,
            "disclosure_delivered_on": iso[comp.disclosed],
        },
        "status_history": _history(r, iso),
        "program": r.program,
        "why_refer": r.why_refer,
        "why_refer_notes": "",
        "how_heard": r.how_heard,
        "kit_code": r.kit_code,
        "minutes": r.minutes,
    }


def _history(r: Referral, iso: IsoDates) -> list[dict[str, Any]]:
    return [
        {
            "from": before,
            "to": status,
            "changed_on": iso[day],
            "changed_at": f"{iso[day]}T{hour:02d}:30:00",
            "user": DEMO_USER,
        }
        for before, status, day, hour in referral_moves(r)
    ]


def ask_record(a: Ask, iso: IsoDates) -> dict[str, Any]:
    return {
        "contact": a.contact.key,
        "asked_on": iso[a.asked],
        "method": a.method,
        "outcome": a.outcome,
        "referral": a.referral.key if a.referral is not None else None,
        "notes": a.notes,
        "minutes": a.minutes,
    }


def review_record(r: tuple[Any, ...], iso: IsoDates) -> dict[str, Any]:
    _number, contact, scheduled, completed, nps, kind, time, feedback, conversation, notes = r
    return {
        "contact": f"c{contact}",
        "scheduled_for": iso[scheduled],
        "scheduled_time": time,
        "kind": kind,
        "completed_on": iso[completed],
        "nps": nps,
        "feedback_requested": feedback,
        "referral_conversation": conversation,
        "notes": notes,
    }
