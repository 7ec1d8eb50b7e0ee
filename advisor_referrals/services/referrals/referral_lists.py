"""Lists of referrals for the board, the table and the Today view: ids in SQL, rows by page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.pipeline import AWAITING_FIRST_CONTACT, THANKS_WINDOW_DAYS
from advisor_referrals.domain.referrals import FOLLOW_UP_DAYS
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ReferralRow,
    TriggerKindRow,
    TriggerRow,
    name_order,
)
from advisor_referrals.storage.rows import CENTS

Referrer = aliased(ContactRow, name="referrer")
Referred = aliased(ContactRow, name="referred")


class ReferralSort(StrEnum):
    RECEIVED_ON = "received_on"
    REFERRER = "referrer"
    REFERRED = "referred"
    STATUS = "status"


@dataclass(frozen=True)
class ReferralFilter:
    statuses: frozenset[ReferralStatus] = frozenset()
    received_from: date | None = None
    received_to: date | None = None
    contact_id: int | None = None
    compensated: bool | None = None


@dataclass(frozen=True, kw_only=True)
class ReferralListRow:
    id: int
    version: int
    referrer_id: int
    referrer_name: str
    referrer_relationship: Relationship
    referred_id: int
    referred_name: str
    referred_email: str | None
    status: ReferralStatus
    received_on: date
    first_contacted_on: date | None
    thanked_on: date | None
    converted_on: date | None
    trigger_label: str | None
    compensation_value: Any
    compensation_currency: str | None
    disclosure_delivered_on: date | None

    @property
    def follow_up_due_on(self) -> date:
        return self.received_on + timedelta(days=FOLLOW_UP_DAYS)

    @property
    def compensated(self) -> bool:
        return self.compensation_value is not None

    @property
    def missing_disclosure(self) -> bool:
        return self.compensated and self.disclosure_delivered_on is None

    def age_days(self, today: date) -> int:
        return (today - self.received_on).days


class ReferralTable:
    def __init__(self, book: Book) -> None:
        self.book = book

    def ids(
        self,
        flt: ReferralFilter,
        sort: ReferralSort = ReferralSort.RECEIVED_ON,
        descending: bool = True,
    ) -> list[int]:
        query = self._filtered(select(ReferralRow.id), flt)
        primary: list[Any] = []
        if sort is ReferralSort.REFERRER:
            query = query.join(Referrer, Referrer.id == ReferralRow.referrer_id)
            primary = list(name_order(Referrer))
        elif sort is ReferralSort.REFERRED:
            query = query.join(Referred, Referred.id == ReferralRow.referred_id)
            primary = list(name_order(Referred))
        elif sort is ReferralSort.STATUS:
            primary = [ReferralRow.status]
        order = [c.desc() if descending else c.asc() for c in primary]
        if sort is ReferralSort.RECEIVED_ON and not descending:
            order += [ReferralRow.received_on.asc(), ReferralRow.id.asc()]
        else:
            order += [ReferralRow.received_on.desc(), ReferralRow.id.desc()]
        with self.book.session() as session:
            return list(session.scalars(query.order_by(*order)))

    def counts(self, flt: ReferralFilter) -> dict[ReferralStatus, int]:
        grouped: Select[Any] = cast(
            "Select[Any]", select(ReferralRow.status, func.count()).group_by(ReferralRow.status)
        )
        query = self._filtered(grouped, flt)
        with self.book.session() as session:
            found = {ReferralStatus(s): n for s, n in session.execute(query)}
        return {status: found.get(status, 0) for status in ReferralStatus}

    def rows(self, ids: Sequence[int]) -> list[ReferralListRow]:
        if not ids:
            return []
        query = (
            select(
                ReferralRow,
                Referrer.first_name,
                Referrer.last_name,
                Referrer.relationship,
                Referred.first_name,
                Referred.last_name,
                Referred.email,
                TriggerKindRow.label,
            )
            .join(Referrer, Referrer.id == ReferralRow.referrer_id)
            .join(Referred, Referred.id == ReferralRow.referred_id)
            .outerjoin(TriggerRow, TriggerRow.id == ReferralRow.trigger_id)
            .outerjoin(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            .where(ReferralRow.id.in_(list(ids)))
        )
        with self.book.session() as session:
            by_id = {}
            for row, rf, rl, rrel, df, dl, demail, trigger_label in session.execute(query):
                by_id[row.id] = ReferralListRow(
                    id=row.id,
                    version=row.version,
                    referrer_id=row.referrer_id,
                    referrer_name=full_name(rf, rl),
                    referrer_relationship=Relationship(rrel),
                    referred_id=row.referred_id,
                    referred_name=full_name(df, dl),
                    referred_email=demail,
                    status=ReferralStatus(row.status),
                    received_on=row.received_on,
                    first_contacted_on=row.first_contacted_on,
                    thanked_on=row.thanked_on,
                    converted_on=row.converted_on,
                    trigger_label=trigger_label,
                    compensation_value=None
                    if row.comp_value_cents is None
                    else row.comp_value_cents / CENTS,
                    compensation_currency=row.comp_currency,
                    disclosure_delivered_on=row.comp_disclosure_delivered_on,
                )
        return [by_id[i] for i in ids if i in by_id]

    # The Today view: never let one go cold.

    def awaiting_first_contact(self, today: date, limit: int | None = 50) -> list[ReferralListRow]:
        """New referrals still waiting for a first call whose follow-up is not yet overdue."""
        return self._rows_of(
            self._awaiting().where(ReferralRow.received_on >= _due_cut(today)), limit
        )

    def overdue_follow_ups(self, today: date, limit: int | None = 50) -> list[ReferralListRow]:
        """New referrals not called within two days of being received: the oldest first."""
        return self._rows_of(
            self._awaiting().where(ReferralRow.received_on < _due_cut(today)), limit
        )

    def thanks_owed(self, today: date, limit: int | None = 50) -> list[ReferralListRow]:
        """Referrals received in the last 60 days whose referrer has not been thanked."""
        query = select(ReferralRow.id).where(
            ReferralRow.thanked_on.is_(None),
            ReferralRow.received_on > today - timedelta(days=THANKS_WINDOW_DAYS),
            ReferralRow.received_on <= today,
        )
        return self._rows_of(query, limit)

    def missing_disclosure(self, limit: int | None = 50) -> list[ReferralListRow]:
        query = select(ReferralRow.id).where(
            ReferralRow.comp_kind.is_not(None),
            ReferralRow.comp_disclosure_delivered_on.is_(None),
        )
        return self._rows_of(query, limit)

    def today_counts(self, today: date) -> dict[str, int]:
        """How many each Today list holds beyond the rows shown: one statement for all four."""
        cut = _due_cut(today)
        awaiting = and_(
            ReferralRow.status == AWAITING_FIRST_CONTACT.value,
            ReferralRow.first_contacted_on.is_(None),
        )
        conditions = {
            "awaiting": and_(awaiting, ReferralRow.received_on >= cut),
            "overdue": and_(awaiting, ReferralRow.received_on < cut),
            "thanks": and_(
                ReferralRow.thanked_on.is_(None),
                ReferralRow.received_on > today - timedelta(days=THANKS_WINDOW_DAYS),
                ReferralRow.received_on <= today,
            ),
            "disclosure": and_(
                ReferralRow.comp_kind.is_not(None),
                ReferralRow.comp_disclosure_delivered_on.is_(None),
            ),
        }
        query = select(
            *(func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions.values())
        )
        with self.book.session() as session:
            found = session.execute(query.select_from(ReferralRow)).one()
        return {key: int(value) for key, value in zip(conditions, found, strict=True)}

    def board(self, received_from: date | None) -> list[tuple[int, ReferralStatus]]:
        """Every referral of the pipeline board (received since the day given) with its
        status, newest first: the board's seven columns from one query."""
        pairs: Select[Any] = cast("Select[Any]", select(ReferralRow.id, ReferralRow.status))
        query = self._filtered(pairs, ReferralFilter(received_from=received_from)).order_by(
            ReferralRow.received_on.desc(), ReferralRow.id.desc()
        )
        with self.book.session() as session:
            return [(rid, ReferralStatus(status)) for rid, status in session.execute(query)]

    # Helpers

    @staticmethod
    def _awaiting() -> Select[Any]:
        return select(ReferralRow.id).where(
            ReferralRow.status == AWAITING_FIRST_CONTACT.value,
            ReferralRow.first_contacted_on.is_(None),
        )

    def _rows_of(self, query: Select[Any], limit: int | None) -> list[ReferralListRow]:
        query = query.order_by(ReferralRow.received_on.asc(), ReferralRow.id.asc())
        if limit is not None:
            query = query.limit(limit)
        with self.book.session() as session:
            ids = list(session.scalars(query))
        return self.rows(ids)

    @staticmethod
    def _filtered(query: Select[Any], flt: ReferralFilter) -> Select[Any]:
        if flt.statuses:
            query = query.where(ReferralRow.status.in_(sorted(s.value for s in flt.statuses)))
        if flt.received_from is not None:
            query = query.where(ReferralRow.received_on >= flt.received_from)
        if flt.received_to is not None:
            query = query.where(ReferralRow.received_on <= flt.received_to)
        if flt.contact_id is not None:
            query = query.where(
                or_(
                    ReferralRow.referrer_id == flt.contact_id,
                    ReferralRow.referred_id == flt.contact_id,
                )
            )
        if flt.compensated is True:
            query = query.where(ReferralRow.comp_kind.is_not(None))
        elif flt.compensated is False:
            query = query.where(ReferralRow.comp_kind.is_(None))
        return query


def _due_cut(today: date) -> date:
    """Referrals received before this day are past their follow-up date."""
    return today - timedelta(days=FOLLOW_UP_DAYS)
