"""The Marketing Rule ledger: compensated referrals, their disclosures and agreements.

Under SEC rule 206(4)-1 a compensated referral is an endorsement: the client must get
a disclosure, and a promoter paid more than $1,000 in twelve months needs a written
agreement (docs/design.md, "Metrics", `promoters_over_de_minimis`).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from advisor_referrals.domain.cells import guard
from advisor_referrals.domain.enums import CompensationKind
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.referrals import DE_MINIMIS
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_text_file
from advisor_referrals.storage.models import ContactRow, ReferralRow, name_order
from advisor_referrals.storage.rows import CENTS

MISSING_DISCLOSURE = "No disclosure delivered"
OVER_DE_MINIMIS = "Promoter paid over $1,000 in 12 months without a written agreement"
CSV_HEADER = (
    "referral_id",
    "received_on",
    "referrer",
    "referred",
    "compensation_kind",
    "value",
    "currency",
    "agreement_on_file",
    "disclosure_delivered_on",
    "warnings",
)

Referrer = aliased(ContactRow, name="referrer")
Referred = aliased(ContactRow, name="referred")


@dataclass(frozen=True, kw_only=True)
class LedgerRow:
    referral_id: int
    received_on: date
    referrer_id: int
    referrer_name: str
    referred_name: str
    kind: CompensationKind
    value: Decimal
    currency: str
    agreement_on_file: bool
    disclosure_delivered_on: date | None
    warnings: tuple[str, ...]

    @property
    def id(self) -> int:
        return self.referral_id


@dataclass(frozen=True, kw_only=True)
class PromoterWarning:
    referrer_id: int
    name: str
    total: Decimal
    referrals: int

    @property
    def message(self) -> str:
        return (
            f"{self.name} received ${self.total:,.2f} for {self.referrals} referrals in the "
            "last 12 months with no written agreement on file (required above $1,000)."
        )


class ComplianceService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def ids(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        missing_disclosure_only: bool = False,
    ) -> list[int]:
        query = select(ReferralRow.id).where(ReferralRow.comp_kind.is_not(None))
        if date_from is not None:
            query = query.where(ReferralRow.received_on >= date_from)
        if date_to is not None:
            query = query.where(ReferralRow.received_on <= date_to)
        if missing_disclosure_only:
            query = query.where(ReferralRow.comp_disclosure_delivered_on.is_(None))
        query = query.order_by(ReferralRow.received_on.desc(), ReferralRow.id.desc())
        with self.book.session() as session:
            return list(session.scalars(query))

    def rows(self, ids: Sequence[int], today: date | None = None) -> list[LedgerRow]:
        if not ids:
            return []
        over = {p.referrer_id for p in self.promoters_over_de_minimis(today)}
        window_start = _window_start(today or date.today())
        query = self._ledger_query().where(ReferralRow.id.in_(list(ids)))
        with self.book.session() as session:
            by_id = {
                row.referral_id: row
                for row in (_ledger_row(r, over, window_start) for r in session.execute(query))
            }
        return [by_id[i] for i in ids if i in by_id]

    def ledger(self, date_from: date | None = None, date_to: date | None = None) -> list[LedgerRow]:
        return self.rows(self.ids(date_from, date_to))

    def promoters_over_de_minimis(self, today: date | None = None) -> list[PromoterWarning]:
        """Referrers paid more than $1,000 on referrals received in the 12 months to `today`
        with no agreement on file for any of them. Exactly $1,000 is not over."""
        end = today or date.today()
        agreements = func.sum(case((ReferralRow.comp_agreement_on_file.is_(True), 1), else_=0))
        total = func.sum(ReferralRow.comp_value_cents)
        query = (
            select(
                ReferralRow.referrer_id,
                ContactRow.first_name,
                ContactRow.last_name,
                total,
                func.count(),
            )
            .join(ContactRow, ContactRow.id == ReferralRow.referrer_id)
            .where(
                ReferralRow.comp_kind.is_not(None),
                ReferralRow.received_on > _window_start(end),
                ReferralRow.received_on <= end,
            )
            .group_by(
                ReferralRow.referrer_id, ContactRow.first_name, ContactRow.last_name, *name_order()
            )
            .having(total > int(DE_MINIMIS * CENTS), agreements == 0)
            .order_by(*name_order())
        )
        with self.book.session() as session:
            return [
                PromoterWarning(
                    referrer_id=rid,
                    name=full_name(first, last),
                    total=Decimal(cents or 0) / CENTS,
                    referrals=count,
                )
                for rid, first, last, cents, count in session.execute(query)
            ]

    def export_csv(
        self,
        path: Path,
        date_from: date | None = None,
        date_to: date | None = None,
        today: date | None = None,
    ) -> int:
        """Write the ledger as CSV (UTF-8 with BOM, for spreadsheets); the export is audited."""
        rows = self.rows(self.ids(date_from, date_to), today)
        path = Path(path)
        with atomic_text_file(path, newline="", encoding="utf-8-sig") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            for row in rows:
                writer.writerow([guard(cell) for cell in _csv_cells(row)])
        span = " to ".join(d.isoformat() for d in (date_from, date_to) if d) or "all dates"
        if self.book.read_only:  # an export must not need to write
            return len(rows)
        BookWriter(self.book, "compliance_ledger").note(
            "export",
            f"Exported the Marketing Rule ledger ({len(rows)} "
            f"{'row' if len(rows) == 1 else 'rows'}, {span}) to {path.name}",
        )
        return len(rows)

    @staticmethod
    def _ledger_query() -> Any:
        return (
            select(
                ReferralRow.id,
                ReferralRow.received_on,
                ReferralRow.referrer_id,
                Referrer.first_name,
                Referrer.last_name,
                Referred.first_name,
                Referred.last_name,
                ReferralRow.comp_kind,
                ReferralRow.comp_value_cents,
                ReferralRow.comp_currency,
                ReferralRow.comp_agreement_on_file,
                ReferralRow.comp_disclosure_delivered_on,
            )
            .join(Referrer, Referrer.id == ReferralRow.referrer_id)
            .join(Referred, Referred.id == ReferralRow.referred_id)
        )


def _window_start(end: date) -> date:
    """The 12 months to `end` are (end - 365 days, end]."""
    return end - timedelta(days=365)


def _ledger_row(r: Any, over: set[int], window_start: date) -> LedgerRow:
    (rid, received, referrer_id, rf, rl, df, dl, kind, cents, currency, agreement, disclosed) = r
    warnings = []
    if disclosed is None:
        warnings.append(MISSING_DISCLOSURE)
    if referrer_id in over and received > window_start:
        warnings.append(OVER_DE_MINIMIS)
    return LedgerRow(
        referral_id=rid,
        received_on=received,
        referrer_id=referrer_id,
        referrer_name=full_name(rf, rl),
        referred_name=full_name(df, dl),
        kind=CompensationKind(kind),
        value=Decimal(cents) / CENTS,
        currency=currency or "USD",
        agreement_on_file=bool(agreement),
        disclosure_delivered_on=disclosed,
        warnings=tuple(warnings),
    )


def _csv_cells(row: LedgerRow) -> list[str]:
    return [
        str(row.referral_id),
        row.received_on.isoformat(),
        row.referrer_name,
        row.referred_name,
        row.kind.value,
        f"{row.value:.2f}",
        row.currency,
        "yes" if row.agreement_on_file else "no",
        row.disclosure_delivered_on.isoformat() if row.disclosure_delivered_on else "",
        "; ".join(row.warnings),
    ]
