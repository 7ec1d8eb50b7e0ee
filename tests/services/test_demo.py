"""The demo book: reproducible, in the benchmark's proportions, coherent, and believable."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields, validate_contact
from advisor_referrals.domain.enums import (
    CompensationKind,
    ReferralStatus,
    Relationship,
    Segment,
    Tier,
)
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.demo.demo_book import generate_demo_data, make_demo_book
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow, TriggerRow
from advisor_referrals.storage.opening import open_book
from tests.support.books import not_as_saved

TODAY = date(2026, 11, 23)


@cache
def book_data(clients: int = 250, seed: int = 1, today: date = TODAY) -> dict[str, Any]:
    return generate_demo_data(clients, seed, today)


def day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def test_the_same_seed_and_day_give_the_same_book() -> None:
    first = generate_demo_data(300, 7, TODAY)
    assert generate_demo_data(300, 7, TODAY) == first
    assert generate_demo_data(300, 8, TODAY) != first
    assert generate_demo_data(300, 7, TODAY + timedelta(days=1)) != first


@pytest.mark.parametrize("clients", [1, 2, 3, 7, 40, 250, 1001])
def test_counts_follow_the_benchmark_proportions(clients: int) -> None:
    data = generate_demo_data(clients, 3, TODAY)
    assert len(data["contacts"]) == clients
    assert len(data["referrals"]) == clients // 2
    assert len(data["reviews"]) == 3 * clients
    assert len(data["triggers"]) == 2 * clients
    assert data["format"] == "advisor-referrals-book"
    assert data["version"] == 1


def test_every_status_segment_tier_and_trigger_kind_appears() -> None:
    data = book_data()
    contacts = data["contacts"]
    assert {c["relationship"] for c in contacts} == {r.value for r in Relationship}
    assert {c["segment"] for c in contacts} == {s.value for s in Segment}
    assert {c["tier"] for c in contacts} - {None} == {t.value for t in Tier}
    assert {r["status"] for r in data["referrals"]} == {s.value for s in ReferralStatus}
    assert {t["kind"] for t in data["triggers"]} == {k.key for k in DEFAULT_TRIGGER_KINDS}
    assert [k["key"] for k in data["trigger_kinds"]] == [k.key for k in DEFAULT_TRIGGER_KINDS]


@pytest.mark.parametrize("clients", [250, 2000])
def test_references_and_dates_hold_together(clients: int) -> None:
    data = book_data(clients)
    contacts = {c["key"]: c for c in data["contacts"]}
    triggers = {t["key"]: t for t in data["triggers"]}
    assert len(contacts) == clients and len(triggers) == 2 * clients
    referred_once = Counter(r["referred"] for r in data["referrals"])
    assert max(referred_once.values()) == 1
    for r in data["referrals"]:
        received = day(r["received_on"])
        assert received is not None and received <= TODAY
        assert r["referrer"] != r["referred"], r
        referrer, referred = contacts[r["referrer"]], contacts[r["referred"]]
        assert referrer["relationship"] != "prospect"
        for name in ("first_contacted_on", "thanked_on", "converted_on"):
            when = day(r[name])
            assert when is None or received <= when <= TODAY, (name, r)
        if r["status"] == "converted":
            assert referred["relationship"] in ("client", "former_client")
            assert referred["client_since"] == r["converted_on"]
        else:
            assert r["converted_on"] is None
            assert referred["relationship"] == "prospect"
        if r["status"] in ("intended", "new"):
            assert r["first_contacted_on"] is None
        if r["trigger"]:
            trigger = triggers[r["trigger"]]
            assert trigger["contact"] == r["referrer"]
            assert day(trigger["occurred_on"]) <= received  # type: ignore[operator]
        since = day(referrer["client_since"])
        assert since is None or since <= received
    for t in data["triggers"]:
        assert t["contact"] in contacts
        assert TODAY - timedelta(days=731) <= day(t["occurred_on"]) <= TODAY  # type: ignore[operator]
    for review in data["reviews"]:
        client = contacts[review["contact"]]
        assert client["relationship"] == "client" and client["tier"] is not None
        completed = day(review["completed_on"])
        assert review["scheduled_for"] or completed
        if review["nps"] is not None:
            assert completed is not None and 0 <= review["nps"] <= 10
        if completed is not None:
            assert completed <= TODAY
            assert completed >= day(client["client_since"])  # type: ignore[operator]


def test_contacts_are_valid_and_look_real_but_fake() -> None:
    data = book_data(2000)
    emails = [c["email"] for c in data["contacts"] if c["email"]]
    assert len(emails) == len(set(emails))
    domains = {e.rsplit("@", 1)[1] for e in emails}
    assert all(
        d.split(".")[-2:] in (["example", "com"], ["example", "org"], ["example", "net"])
        for d in domains
    )
    for c in data["contacts"]:
        fields = ContactFields(
            **{k: v for k, v in c.items() if k not in ("key", "archived_on")}
            | {
                "relationship": Relationship(c["relationship"]),
                "segment": Segment(c["segment"]),
                "tier": Tier(c["tier"]) if c["tier"] else None,
                "client_since": day(c["client_since"]),
                "tags": tuple(c["tags"]),
            }
        )
        assert validate_contact(fields, c["key"]) == []
        if c["phone"] and c["country"] is None:
            assert "555" in c["phone"] and "01" in c["phone"], c["phone"]
        if c["relationship"] == "center_of_influence":
            assert c["profession"]
        if c["relationship"] in ("client", "former_client"):
            assert c["client_since"] is not None


def test_the_book_looks_like_a_real_practice() -> None:
    data = book_data(5000)
    contacts = data["contacts"]
    clients = [c for c in contacts if c["relationship"] == "client"]
    share = Counter(c["relationship"] for c in contacts)
    assert share["client"] > 0.5 * len(contacts)
    assert 0.02 <= share["center_of_influence"] / len(contacts) <= 0.04
    professions = {c["profession"] for c in contacts if c["profession"]}
    assert {
        "CPA",
        "Estate attorney",
        "Insurance agent",
        "Mortgage broker",
        "Realtor",
    } <= professions
    # Households: couples who share the household and, mostly, the last name.
    households = Counter(c["household"] for c in contacts if c["household"])
    assert len(households) > 0.1 * len(contacts)
    assert all(n >= 2 for n in households.values())
    # Names from many backgrounds and scripts, and some preferred names.
    names = " ".join(c["first_name"] + " " + c["last_name"] for c in contacts)
    scripts = {
        "accented": any(ch in names for ch in "éëáíóúñçøšćđ"),
        "greek": any("\u0370" <= ch <= "\u03ff" for ch in names),
        "cyrillic": any("\u0400" <= ch <= "\u04ff" for ch in names),
        "han": any("\u4e00" <= ch <= "\u9fff" for ch in names),
        "japanese": any(
            c["last_name"] in ("佐藤", "鈴木", "高橋", "田中", "伊藤") for c in contacts
        ),
        "hangul": any("\uac00" <= ch <= "\ud7a3" for ch in names),
        "arabic": any("\u0600" <= ch <= "\u06ff" for ch in names),
        "hebrew": any("\u05d0" <= ch <= "\u05ea" for ch in names),
    }
    assert all(scripts.values()), scripts
    ascii_only = sum(c["last_name"].isascii() for c in contacts) / len(contacts)
    assert 0.7 < ascii_only < 0.95
    assert 0.03 < sum(bool(c["preferred_name"]) for c in contacts) / len(contacts) < 0.25
    # Advisor Impact clusters: about a quarter engaged; engaged get tier A and plans more often.
    segments = Counter(c["segment"] for c in clients)
    assert 0.2 < segments["engaged"] / len(clients) < 0.32
    engaged = [c for c in clients if c["segment"] == "engaged"]
    others = [c for c in clients if c["segment"] != "engaged"]

    def share_of(rows: list[dict[str, Any]], test: Any) -> float:
        return sum(1 for r in rows if test(r)) / len(rows)

    assert share_of(engaged, lambda c: c["tier"] == "A") > 2 * share_of(
        others, lambda c: c["tier"] == "A"
    )
    assert 0.57 < share_of(engaged, lambda c: c["has_written_plan"]) < 0.71
    assert 0.38 < share_of(others, lambda c: c["has_written_plan"]) < 0.50
    sinces = sorted(day(c["client_since"]) for c in clients)  # type: ignore[type-var]
    assert (sinces[-1] - sinces[0]).days > 14 * 365  # type: ignore[operator]
    assert any(c["do_not_ask"] for c in contacts) and any(c["archived_on"] for c in contacts)
    tags = Counter(t for c in contacts for t in c["tags"])
    assert {"retiree", "business owner", "physician", "young family"} <= set(tags)


def test_referrals_come_mostly_from_engaged_clients_and_cois() -> None:
    data = book_data(5000)
    contacts = {c["key"]: c for c in data["contacts"]}
    referrals = data["referrals"]
    sources = Counter(
        "coi"
        if contacts[r["referrer"]]["relationship"] == "center_of_influence"
        else contacts[r["referrer"]]["segment"]
        for r in referrals
    )
    assert (sources["engaged"] + sources["coi"]) / len(referrals) > 0.7
    # Chains: people who were referred and converted refer others in turn.
    referred_keys = {r["referred"] for r in referrals}
    assert sum(1 for r in referrals if r["referrer"] in referred_keys) > 0.05 * len(referrals)
    clients = [c for c in contacts.values() if c["relationship"] == "client"]
    referrers = {r["referrer"] for r in referrals}
    assert 0.15 < sum(c["key"] in referrers for c in clients) / len(clients) < 0.4
    closed = [r for r in referrals if r["first_contacted_on"]]
    fast = sum(day(r["first_contacted_on"]) - day(r["received_on"]) <= timedelta(2) for r in closed)  # type: ignore[operator]
    assert 0.6 < fast / len(closed) < 0.9
    assert any(r["thanked_on"] is None and r["status"] != "intended" for r in referrals)
    assert 0.1 < sum(bool(r["trigger"]) for r in referrals) / len(referrals) < 0.5


def test_compensation_is_rare_and_the_compliance_warnings_show() -> None:
    data = book_data(5000)
    referrals = data["referrals"]
    paid = [r for r in referrals if r["compensation"]]
    assert 0.03 < len(paid) / len(referrals) < 0.07
    kinds = {r["compensation"]["kind"] for r in paid}
    assert kinds == {k.value for k in CompensationKind}
    assert any(r["compensation"]["disclosure_delivered_on"] is None for r in paid)
    assert {r["compensation"]["currency"] for r in paid} == {"USD"}
    assert over_de_minimis(data, TODAY) in (1, 2)
    assert over_de_minimis(book_data(250), TODAY) in (1, 2)


def over_de_minimis(data: dict[str, Any], end: date) -> int:
    """docs/design.md's promoters_over_de_minimis, counted."""
    totals: dict[str, Decimal] = {}
    agreed: set[str] = set()
    for r in data["referrals"]:
        comp = r["compensation"]
        received = day(r["received_on"])
        assert received is not None
        if comp and end - timedelta(days=365) < received <= end:
            totals[r["referrer"]] = totals.get(r["referrer"], Decimal(0)) + Decimal(comp["value"])
            if comp["agreement_on_file"]:
                agreed.add(r["referrer"])
    return sum(1 for who, total in totals.items() if total > 1000 and who not in agreed)


@pytest.mark.parametrize("clients", [60, 250])
def test_today_always_has_follow_ups_thank_yous_and_reviews_due(clients: int) -> None:
    for today in (TODAY, date(2031, 2, 28)):
        data = book_data(clients, 5, today)
        referrals = data["referrals"]
        follow_ups = [
            r
            for r in referrals
            if r["status"] == "new" and today - day(r["received_on"]) <= timedelta(5)  # type: ignore[operator]
        ]
        assert len(follow_ups) >= 2
        owed = [r for r in referrals if r["status"] != "intended" and r["thanked_on"] is None]
        assert any(today - day(r["received_on"]) <= timedelta(10) for r in owed)  # type: ignore[operator]
        week = [
            r
            for r in data["reviews"]
            if r["completed_on"] is None
            and today <= day(r["scheduled_for"]) <= today + timedelta(6)  # type: ignore[operator]
        ]
        assert len(week) >= 3
        missed = [
            r
            for r in data["reviews"]
            if r["completed_on"] is None and day(r["scheduled_for"]) < today  # type: ignore[operator]
        ]
        assert missed


def test_a_demo_book_loads_with_its_advisor_profile(book: Book) -> None:
    summary = make_demo_book(book, clients=80, seed=4, today=TODAY)
    assert (summary.contacts, summary.referrals, summary.reviews, summary.triggers) == (
        80,
        40,
        240,
        160,
    )
    assert "80 contacts" in str(summary) and "40 referrals" in str(summary)
    with book.session() as session:
        for row, count in (
            (ContactRow, 80),
            (ReferralRow, 40),
            (ReviewRow, 240),
            (TriggerRow, 160),
        ):
            assert session.scalar(select(func.count()).select_from(row)) == count
        converted = session.scalars(
            select(ReferralRow).where(ReferralRow.status == "converted")
        ).all()
        assert converted and all(r.referred.client_since == r.converted_on for r in converted)
    profile = SettingsService(book).profile()
    assert profile.firm and profile.name and "fictional" in profile.disclosures
    # Search finds the demo people on either database.
    someone = generate_demo_data(80, 4, TODAY)["contacts"][0]
    found = ContactTable(book).first_page(ContactFilter(text=someone["last_name"]))
    assert someone["first_name"] in [row.first_name for row in found]


def test_demo_fills_only_an_empty_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "demo.sqlite3")
    assert main(["--db", target, "demo", "--clients", "30", "--seed", "2"]) == 0
    assert "30 contacts" in capsys.readouterr().out
    assert main(["--db", target, "demo", "--clients", "30"]) == 2
    err = capsys.readouterr().err
    assert "already holds 30 contacts" in err and "only an empty book" in err
    assert "Traceback" not in err
    book = open_book(target)
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactRow)) == 30
    book.close()


def test_reviews_follow_the_tier_cadence_and_nps_the_segment() -> None:
    data = book_data(5000)
    contacts = {c["key"]: c for c in data["contacts"]}
    year_ago = TODAY - timedelta(days=365)
    done: Counter[str] = Counter()
    scores: dict[str, list[int]] = {}
    for review in data["reviews"]:
        completed = day(review["completed_on"])
        client = contacts[review["contact"]]
        if completed and completed > year_ago:
            done[review["contact"]] += 1
        if review["nps"] is not None:
            scores.setdefault(client["segment"], []).append(review["nps"])
    for tier, per_year in (("A", 4), ("B", 2), ("C", 1)):
        settled = [
            k
            for k, c in contacts.items()
            if c["tier"] == tier and c["client_since"] < (year_ago - timedelta(90)).isoformat()
        ]
        average = sum(done[k] for k in settled) / len(settled)
        assert per_year - 1 < average <= per_year + 0.5, (tier, average)
    mean = {segment: sum(s) / len(s) for segment, s in scores.items()}
    assert mean["engaged"] > 8.8 > mean["content"] > mean["complacent"] > 6 > mean["disgruntled"]
    # Some clients are overdue: nothing completed within their cadence, nothing booked.
    booked = {r["contact"] for r in data["reviews"] if r["completed_on"] is None}
    overdue = [
        k
        for k, c in contacts.items()
        if c["tier"] == "C" and c["relationship"] == "client" and not done[k] and k not in booked
    ]
    assert overdue


def test_the_demo_book_written_directly_is_its_book_file_imported(
    book: Book, tmp_path: Path
) -> None:
    """`make_demo_book` writes the generated book without the file's checking loader (fast
    for a million contacts); importing the same book as a file must give the same book."""
    from advisor_referrals.services.book_file.export import export_book
    from advisor_referrals.services.book_file.importing import load_book_data

    make_demo_book(book, clients=400, seed=5, today=TODAY)
    imported = open_book(str(tmp_path / "imported.sqlite3"))
    try:
        load_book_data(imported, generate_demo_data(400, 5, TODAY), source="the demo book")
        export_book(book, tmp_path / "direct.json")
        export_book(imported, tmp_path / "imported.json")
    finally:
        imported.close()
    direct = (tmp_path / "direct.json").read_text(encoding="utf-8")
    assert direct == (tmp_path / "imported.json").read_text(encoding="utf-8")
    assert '"c400"' in direct and '"status": "converted"' in direct  # a whole book
    # What a book file leaves out, searched and sorted by, is written as the app saves it.
    assert not_as_saved(book) == []


def test_asks_come_before_introductions_and_spare_those_who_asked_not_to_be() -> None:
    data = book_data(2000)
    people = {c["key"]: c for c in data["contacts"]}
    referrals = {r["key"]: r for r in data["referrals"]}
    asks = data["asks"]
    assert len(asks) > 200
    assert {a["method"] for a in asks} == {"review", "call", "event", "kit"}
    assert {a["outcome"] for a in asks} == {"will_think", "introduced", "declined", "not_now"}
    assert not [a for a in asks if people[a["contact"]]["do_not_ask"]]
    assert all(day(a["asked_on"]) <= TODAY for a in asks)
    recent = [a for a in asks if day(a["asked_on"]) >= TODAY - timedelta(days=90)]
    assert recent  # the ask list's fatigue guard has something to hold back
    for ask in asks:
        if ask["outcome"] == "introduced":
            made = referrals[ask["referral"]]
            assert made["referrer"] == ask["contact"]
            assert 0 <= (day(made["received_on"]) - day(ask["asked_on"])).days <= 2
        else:
            assert ask["referral"] is None
