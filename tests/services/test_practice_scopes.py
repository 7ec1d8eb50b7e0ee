"""Mine, one advisor's, or the practice's: the client table, Today, the ask list and the
quarterly figures of one advisor are what a book of that advisor's clients alone would show.

The expectation is built without the scoping code: the demo book's data is cut down to
one advisor's contacts and what hangs off them, loaded into a book of its own, and
its figures computed there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.practice import Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.renderers import REPORT_FORMATS
from advisor_referrals.services.book_file.importing import load_book_data
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.demo.demo_book import generate_demo_data
from advisor_referrals.services.demo.practice_people import ADVISORS
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.referrals.referral_lists import ReferralTable
from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.support.pdf import page_texts

TODAY = date(2026, 11, 23)
QUARTER = Quarter(2026, 3)
NAMES = [a.name for a in ADVISORS]


def demo_data() -> dict[str, Any]:
    return generate_demo_data(240, 5, TODAY)


def only_advisor(data: dict[str, Any], advisor: str) -> dict[str, Any]:
    """The book file cut down to one advisor's contacts and the records about them."""
    keep = {c["key"] for c in data["contacts"] if c["advisor"] == advisor}
    triggers = [t for t in data["triggers"] if t["contact"] in keep]
    kept_triggers = {t["key"] for t in triggers}
    referrals = [
        {**r, "trigger": r["trigger"] if r["trigger"] in kept_triggers else None}
        for r in data["referrals"]
        if r["referred"] in keep and r["referrer"] in keep
    ]
    kept_referrals = {r["key"] for r in referrals}
    asks = [
        {**a, "referral": a["referral"] if a["referral"] in kept_referrals else None}
        for a in data.get("asks", [])
        if a["contact"] in keep
    ]
    return {
        **data,
        "contacts": [c for c in data["contacts"] if c["key"] in keep],
        "triggers": triggers,
        "referrals": referrals,
        "reviews": [r for r in data["reviews"] if r["contact"] in keep],
        "asks": asks,
    }


def comparable(metrics: Metrics) -> Metrics:
    """The figures without the database ids, which differ from one book to the other."""
    detail = metrics.detail
    cois = [replace(c, contact_id=0) for c in detail.coi_reciprocity]
    paid = [replace(c, referral_id=0) for c in detail.compensated]
    return replace(metrics, detail=replace(detail, coi_reciprocity=cois, compensated=paid))


def another_book(book: Book, tmp_path: Path, request: pytest.FixtureRequest, name: str) -> Book:
    if book.is_sqlite:
        return open_book(str(tmp_path / f"{name}.sqlite3"))
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    return open_book(server.url(server.create_database(template=template)))


def test_referrals_stay_in_one_advisors_book() -> None:
    data = demo_data()
    advisor = {c["key"]: c["advisor"] for c in data["contacts"]}
    assert set(advisor.values()) == set(NAMES)
    assert all(advisor[r["referrer"]] == advisor[r["referred"]] for r in data["referrals"])
    households: dict[str, set[str]] = {}
    for contact in data["contacts"]:
        if contact["household"]:
            households.setdefault(contact["household"], set()).add(contact["advisor"])
    assert all(len(advisors) == 1 for advisors in households.values())


def test_one_advisors_quarter_is_what_their_book_alone_would_count(
    book: Book, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    data = demo_data()
    load_book_data(book, data, source="the demo book")
    metrics = MetricsService(book)
    practice = metrics.quarter(QUARTER)
    received = 0
    for number, advisor in enumerate(NAMES):
        alone = another_book(book, tmp_path, request, f"alone{number}")
        try:
            load_book_data(alone, only_advisor(data, advisor), source="one advisor's book")
            expected = MetricsService(alone).quarter(QUARTER)
        finally:
            alone.close()
        scoped = metrics.quarter(QUARTER, scope=Scope.of_advisor(advisor))
        assert comparable(scoped) == comparable(expected), advisor
        received += scoped.referrals_received
    assert received == practice.referrals_received > 0
    # Nobody's scope counts nothing; the practice's is the whole book as before.
    nobody = metrics.quarter(QUARTER, scope=Scope.of_advisor("Nobody Here"))
    assert nobody.referrals_received == 0 and nobody.detail.clients == 0
    assert metrics.quarter(QUARTER) == practice


def test_today_the_client_table_and_the_ask_list_take_the_scope(book: Book) -> None:
    load_book_data(book, demo_data(), source="the demo book")
    table, referrals, asks = (
        ContactTable(book),
        ReferralTable(book),
        AskListService(book, SettingsService(book)),
    )
    reviews = ReviewLists(book)
    everyone = set(table.ids(ContactFilter()))
    counts = referrals.today_counts(TODAY)
    per_advisor: list[set[int]] = []
    summed = dict.fromkeys(counts, 0)
    asked: list[int] = []
    overdue = 0
    for advisor in NAMES:
        scope = Scope.of_advisor(advisor)
        mine = set(table.ids(ContactFilter(scope=scope)))
        assert {r.advisor for r in table.rows(sorted(mine))} == {advisor}
        per_advisor.append(mine)
        for key, value in referrals.today_counts(TODAY, scope=scope).items():
            summed[key] += value
        awaiting = referrals.awaiting_first_contact(TODAY, None, scope=scope)
        assert {r.referred_id for r in awaiting} <= mine
        candidates = asks.candidates(TODAY, None, scope=scope)
        assert {c.contact_id for c in candidates} <= mine
        asked += [c.contact_id for c in candidates]
        due = reviews.overdue(ReviewFilter(scope=scope), TODAY)
        assert {e.contact_id for e in due} <= mine
        overdue += len(due)
    assert set().union(*per_advisor) == everyone
    assert sum(len(m) for m in per_advisor) == len(everyone)
    assert summed == counts and sum(counts.values()) > 0
    assert sorted(asked) == sorted(c.contact_id for c in asks.candidates(TODAY, None))
    assert overdue == len(reviews.overdue(today=TODAY))


def test_a_report_for_one_advisor_says_whose_clients_it_covers(
    sqlite_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_book_data(sqlite_book, demo_data(), source="the demo book")
    practice = PracticeService(sqlite_book)
    assert [a.name for a in practice.advisors()] == sorted(NAMES)
    scope = practice.scope_of("priya raman")
    assert scope.advisors == frozenset({"Priya Raman"})
    reports = QuarterlyReportService(
        MetricsService(sqlite_book), SettingsService(sqlite_book), REPORT_FORMATS
    )
    out = reports.export(
        QUARTER, tmp_path / "priya.pdf", today=TODAY, scope=scope, covers=practice.describe(scope)
    )
    assert "Covers Priya Raman's clients" in page_texts(out.read_bytes())[0]
    code = main(
        ["--db", sqlite_book.target, "report", "--quarter", "2026Q3", "--advisor", "Marcus Bell",
         "--out", str(tmp_path / "marcus.pdf")]
    )  # fmt: skip
    assert code == 0
    assert "(Marcus Bell's clients)" in capsys.readouterr().out
    assert "Covers Marcus Bell's clients" in page_texts((tmp_path / "marcus.pdf").read_bytes())[0]
    code = main(
        ["--db", sqlite_book.target, "report", "--quarter", "2026Q3", "--advisor", "Nobody",
         "--out", str(tmp_path / "x.pdf")]
    )  # fmt: skip
    assert code == 2
    assert "advisors: Jordan Ellery, Marcus Bell, Priya Raman" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
