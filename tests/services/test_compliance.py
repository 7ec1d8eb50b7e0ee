"""The Marketing Rule ledger: warnings, the $1,000 de minimis edge, and the audited CSV export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from advisor_referrals.domain.cells import guard as neutralise
from advisor_referrals.domain.enums import CompensationKind
from advisor_referrals.domain.referrals import Compensation
from advisor_referrals.services.referrals.compliance import (
    MISSING_DISCLOSURE,
    OVER_DE_MINIMIS,
    ComplianceService,
)
from advisor_referrals.services.referrals.referral_lists import ReferralTable
from advisor_referrals.storage.book import Book
from tests.support.referrals import audit_summaries, client, person, prospect, referral

TODAY = date(2026, 11, 23)


def paid(value: str, *, agreement: bool = False, disclosed: date | None = TODAY) -> Compensation:
    return Compensation(
        kind=CompensationKind.CASH,
        value=Decimal(value),
        agreement_on_file=agreement,
        disclosure_delivered_on=disclosed,
    )


def test_a_compensated_referral_without_disclosure_is_flagged(book: Book) -> None:
    ana = client(book, "Ana", "Souza")
    hidden = referral(
        book, ana, prospect(book, "Bob", "Lee"), TODAY, compensation=paid("50", disclosed=None)
    )
    shown = referral(book, ana, prospect(book, "Cy", "Ng"), TODAY, compensation=paid("50"))
    referral(book, ana, prospect(book, "Di", "Ho"), TODAY)
    service = ComplianceService(book)
    ledger = {row.referral_id: row for row in service.ledger()}
    assert set(ledger) == {hidden.id, shown.id}
    assert ledger[hidden.id].warnings == (MISSING_DISCLOSURE,)
    assert ledger[shown.id].warnings == ()
    assert [r.id for r in ReferralTable(book).missing_disclosure()] == [hidden.id]
    assert service.ids(missing_disclosure_only=True) == [hidden.id]


def test_de_minimis_is_over_1000_in_the_last_12_months_without_an_agreement(book: Book) -> None:
    exact = person(book, "Ed", "Exact")
    over = person(book, "Ola", "Over")
    signed = person(book, "Sam", "Signed")
    old = person(book, "Oz", "Old")

    def refer(who, value: str, on: date, **kw) -> None:  # type: ignore[no-untyped-def]
        referral(
            book,
            who,
            prospect(book, "P", f"{who.last_name}{value}{on}"),
            on,
            compensation=paid(value, **kw),
        )

    refer(exact, "600.00", TODAY)
    refer(exact, "400.00", TODAY - timedelta(days=364))  # exactly $1,000: not over
    refer(over, "600.00", TODAY)
    refer(over, "400.01", TODAY - timedelta(days=100))
    refer(signed, "900.00", TODAY)
    refer(signed, "900.00", TODAY, agreement=True)
    refer(old, "900.00", TODAY)
    refer(old, "900.00", TODAY - timedelta(days=365))  # outside the 12 months

    service = ComplianceService(book)
    warnings = service.promoters_over_de_minimis(TODAY)
    assert [(w.name, w.total, w.referrals) for w in warnings] == [
        ("Ola Over", Decimal("1000.01"), 2)
    ]
    assert "$1,000.01 for 2 referrals" in warnings[0].message
    rows = service.rows(service.ids(), TODAY)
    assert {r.referrer_name for r in rows if OVER_DE_MINIMIS in r.warnings} == {"Ola Over"}
    # A year later the same payments are out of the window.
    assert service.promoters_over_de_minimis(TODAY + timedelta(days=366)) == []


def test_csv_export_neutralises_formulas_and_is_audited(book: Book, tmp_path: Path) -> None:
    ana = client(book, '=HYPERLINK("x")', "+Souza")
    referral(
        book,
        ana,
        prospect(book, "@Bob", "-Lee"),
        TODAY,
        compensation=paid("1500.00", disclosed=None),
    )
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "ledger.csv"
    count = ComplianceService(book).export_csv(target, today=TODAY)
    assert count == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["referral_id", "received_on", "referrer", "referred"]
    body = rows[1]
    assert body[2] == '\'=HYPERLINK("x") +Souza'
    assert body[3] == "'@Bob -Lee"
    assert body[5:9] == ["1500.00", "USD", "no", ""]
    assert body[9] == f"{MISSING_DISCLOSURE}; {OVER_DE_MINIMIS}"
    assert audit_summaries(book, "compliance_ledger") == [
        "Exported the Marketing Rule ledger (1 row, all dates) to ledger.csv"
    ]
    assert [p.name for p in target.parent.iterdir()] == ["ledger.csv"]  # no temporary left


def test_neutralise_leaves_ordinary_text_alone() -> None:
    assert neutralise("Ana") == "Ana"
    assert neutralise("-1") == "'-1"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("") == ""
