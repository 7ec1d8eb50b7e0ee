"""Lists of referrals for the board, the table and the Today view: ids in SQL, rows by page.

The Today view's four lists are needs (`ReferralNeed`): each is one SQL condition, used
by the list itself, by the count beside it and by the table's filter of the same name,
so "8 of 97" on Today opens a table of 97 rows. The table's search finds a referral by
either person, through the contact search (FTS on SQLite, trigram on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, true, union_all
from sqlalchemy.orm import aliased

from advisor_referrals.domain.enums import ReferralStatus, Relationship
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.pipeline import AWAITING_FIRST_CONTACT, THANKS_WINDOW_DAYS
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.referrals import FOLLOW_UP_DAYS
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ReferralRow,
    TriggerKindRow,
    TriggerRow,
    name_order,
)
from advisor_referrals.storage.rows import CENTS
from advisor_referrals.storage.scoping import contact_scope

EVERYONE = PRACTICE_SCOPE
Referrer = aliased(ContactRow, name="referrer")
Referred = aliased(ContactRow, name="referred")


class ReferralSort(StrEnum):
    RECEIVED_ON = "received_on"
    REFERRER = "referrer"
    REFERRED = "referred"
    STATUS = "status"


class ReferralNeed(StrEnum):
    """What a referral is waiting for: the Today view's lists and the table's filters."""

    FOLLOW_UP_OVERDUE = "overdue"
    AWAITING_FIRST_CONTACT = "awaiting"
    THANKS_OWED = "thanks"
    MISSING_DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class ReferralFilter:
    statuses: frozenset[ReferralStatus] = frozenset()
    received_from: date | None = None
    received_to: date | None = None
    contact_id: int | None = None
    compensated: bool | None = None
    scope: Scope = PRACTICE_SCOPE  # whose referrals: the referred person's advisor's
    text: str = ""  # words found in the referrer's or the referred person's searchable text
    need: ReferralNeed | None = None
    today: date | None = None  # the day the needs are judged on (None: today)


def need_condition(need: ReferralNeed, today: date) -> ColumnElement[bool]:
    """The referrals that have this need on `today`."""
    awaiting = and_(
        ReferralRow.status == AWAITING_FIRST_CONTACT.value,
        ReferralRow.first_contacted_on.is_(None),
    )
    if need is ReferralNeed.AWAITING_FIRST_CONTACT:
        # Still waiting for the first call, and not yet late.
        return and_(awaiting, ReferralRow.received_on >= _due_cut(today))
    if need is ReferralNeed.FOLLOW_UP_OVERDUE:
        # Not called within the follow-up days of being received.
        return and_(awaiting, ReferralRow.received_on < _due_cut(today))
    if need is ReferralNeed.THANKS_OWED:
        # Received lately (old data may hold thank-yous never recorded), referrer not thanked.
        return and_(
            ReferralRow.thanked_on.is_(None),
            ReferralRow.received_on > today - timedelta(days=THANKS_WINDOW_DAYS),
            ReferralRow.received_on <= today,
        )
    return and_(
        ReferralRow.comp_kind.is_not(None),
        ReferralRow.comp_disclosure_delivered_on.is_(None),
    )


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
        by_id = {row.id: row for row in self._read_rows(ReferralRow.id.in_(list(ids)))}
        return [by_id[i] for i in ids if i in by_id]

    def _read_rows(self, where: ColumnElement[bool]) -> list[ReferralListRow]:
        with self.book.session() as session:
            return [_list_row(row) for row in session.execute(_rows_query().where(where))]

    # The Today view: never let one go cold.

    # Each takes the scope whose referrals it lists (docs/design.md, "A practice").

    def awaiting_first_contact(
        self, today: date, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        """New referrals still waiting for a first call whose follow-up is not yet overdue."""
        return self.needing(ReferralNeed.AWAITING_FIRST_CONTACT, today, limit, scope=scope)

    def overdue_follow_ups(
        self, today: date, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        """New referrals not called within two days of being received: the oldest first."""
        return self.needing(ReferralNeed.FOLLOW_UP_OVERDUE, today, limit, scope=scope)

    def thanks_owed(
        self, today: date, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        """Referrals received in the last 60 days whose referrer has not been thanked."""
        return self.needing(ReferralNeed.THANKS_OWED, today, limit, scope=scope)

    def missing_disclosure(
        self, limit: int | None = 50, today: date | None = None, *, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        return self.needing(
            ReferralNeed.MISSING_DISCLOSURE, today or date.today(), limit, scope=scope
        )

    def needing(
        self, need: ReferralNeed, today: date, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        """The first referrals with this need, the longest waiting first."""
        return self._rows_of(
            select(ReferralRow.id).where(need_condition(need, today)), limit, scope
        )

    def today_lists(
        self,
        needs: Sequence[ReferralNeed],
        today: date,
        limit: int,
        *,
        scope: Scope = EVERYONE,
    ) -> tuple[dict[str, int], dict[ReferralNeed, list[ReferralListRow]]]:
        """The Today view's referral lists in one statement: how many each need holds (as
        `today_counts` counts them) and the first referrals of each need asked for (as
        `needing` lists them), not a statement a list or two: on a practice's server each
        statement is a round trip, and Today shows four lists (docs/design.md, "Budgets").

        The counts are one row the first referrals join, so that they come back however
        few referrals there are; a referral with two needs comes once for each.
        """
        counts = select(*self._count_columns(today, scope)).subquery("counts")
        arms = []
        for need in needs:
            query = select(ReferralRow.id).where(need_condition(need, today))
            if not scope.everyone:
                query = query.where(contact_scope(ReferralRow.referred_id, scope.advisors))
            first = (
                query.order_by(ReferralRow.received_on.asc(), ReferralRow.id.asc())
                .limit(limit)
                .subquery()
            )
            arms.append(select(literal(need.value).label("need"), first.c.id))
        found: dict[ReferralNeed, list[ReferralListRow]] = {need: [] for need in needs}
        if arms:
            firsts = union_all(*arms).subquery("firsts")
            listed = (
                _rows_query()
                .add_columns(firsts.c.need)
                .join(firsts, firsts.c.id == ReferralRow.id)
                .subquery("listed")
            )
            query = select(counts, listed).select_from(counts.outerjoin(listed, true()))
        else:
            query = select(counts)
        with self.book.session() as session:
            rows = session.execute(query).all()
        totals = {need.value: int(rows[0]._mapping[need.value]) for need in ReferralNeed}
        for row in rows:
            need_of_row = row._mapping.get("need")
            if need_of_row is not None:
                found[ReferralNeed(need_of_row)].append(_list_row(row))
        for listed_rows in found.values():
            listed_rows.sort(key=lambda row: (row.received_on, row.id))
        return totals, found

    def today_counts(self, today: date, *, scope: Scope = EVERYONE) -> dict[str, int]:
        """How many each Today list holds, keyed by need: one statement, each count read
        from its own index (migration 0014) rather than all four from every referral."""
        with self.book.session() as session:
            found = session.execute(select(*self._count_columns(today, scope))).one()
        return {need.value: int(value) for need, value in zip(ReferralNeed, found, strict=True)}

    @staticmethod
    def _count_columns(today: date, scope: Scope) -> list[Any]:
        """Each need's count, named by the need."""
        return [
            select(func.count())
            .select_from(ReferralRow)
            .where(need_condition(need, today))
            .where(contact_scope(ReferralRow.referred_id, scope.advisors))
            .scalar_subquery()
            .label(need.value)
            for need in ReferralNeed
        ]

    def count(self, flt: ReferralFilter) -> int:
        """How many referrals the filter holds."""
        query = self._filtered(select(func.count(ReferralRow.id)), flt)
        with self.book.session() as session:
            return int(session.execute(query).scalar_one())

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

    def _rows_of(
        self, query: Select[Any], limit: int | None, scope: Scope = EVERYONE
    ) -> list[ReferralListRow]:
        """The list's first rows, oldest first, in one query: on a practice's server each
        query is a round trip (docs/design.md, "Budgets")."""
        if not scope.everyone:
            query = query.where(contact_scope(ReferralRow.referred_id, scope.advisors))
        query = query.order_by(ReferralRow.received_on.asc(), ReferralRow.id.asc())
        if limit is not None:
            query = query.limit(limit)
        found = self._read_rows(ReferralRow.id.in_(query.scalar_subquery()))
        found.sort(key=lambda row: (row.received_on, row.id))
        return found

    def _filtered(self, query: Select[Any], flt: ReferralFilter) -> Select[Any]:
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
        if not flt.scope.everyone:
            query = query.where(contact_scope(ReferralRow.referred_id, flt.scope.advisors))
        if flt.compensated is True:
            query = query.where(ReferralRow.comp_kind.is_not(None))
        elif flt.compensated is False:
            query = query.where(ReferralRow.comp_kind.is_(None))
        if flt.need is not None:
            query = query.where(need_condition(flt.need, flt.today or date.today()))
        if search.tokens(flt.text):
            # Either person: the contact search's own index finds them, and the two
            # indexed referral columns find their referrals.
            people = select(ContactRow.id).where(
                search.matches(self.book.engine.dialect.name, flt.text)
            )
            query = query.where(
                or_(ReferralRow.referrer_id.in_(people), ReferralRow.referred_id.in_(people))
            )
        return query


def _due_cut(today: date) -> date:
    """Referrals received before this day are past their follow-up date."""
    return today - timedelta(days=FOLLOW_UP_DAYS)


def _rows_query() -> Select[Any]:
    """The columns of a `ReferralListRow`: the referral, both people and the trigger."""
    columns: list[Any] = [
        ReferralRow.id,
        ReferralRow.version,
        ReferralRow.referrer_id,
        Referrer.first_name.label("referrer_first_name"),
        Referrer.last_name.label("referrer_last_name"),
        Referrer.relationship.label("referrer_relationship"),
        ReferralRow.referred_id,
        Referred.first_name.label("referred_first_name"),
        Referred.last_name.label("referred_last_name"),
        Referred.email.label("referred_email"),
        ReferralRow.status,
        ReferralRow.received_on,
        ReferralRow.first_contacted_on,
        ReferralRow.thanked_on,
        ReferralRow.converted_on,
        TriggerKindRow.label.label("trigger_label"),
        ReferralRow.comp_value_cents,
        ReferralRow.comp_currency,
        ReferralRow.comp_disclosure_delivered_on,
    ]
    return (
        select(*columns)
        .join(Referrer, Referrer.id == ReferralRow.referrer_id)
        .join(Referred, Referred.id == ReferralRow.referred_id)
        .outerjoin(TriggerRow, TriggerRow.id == ReferralRow.trigger_id)
        .outerjoin(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
    )


def _list_row(row: Any) -> ReferralListRow:
    """A row of `_rows_query` (or of a subquery made of it)."""
    return ReferralListRow(
        id=row.id,
        version=row.version,
        referrer_id=row.referrer_id,
        referrer_name=full_name(row.referrer_first_name, row.referrer_last_name),
        referrer_relationship=Relationship(row.referrer_relationship),
        referred_id=row.referred_id,
        referred_name=full_name(row.referred_first_name, row.referred_last_name),
        referred_email=row.referred_email,
        status=ReferralStatus(row.status),
        received_on=row.received_on,
        first_contacted_on=row.first_contacted_on,
        thanked_on=row.thanked_on,
        converted_on=row.converted_on,
        trigger_label=row.trigger_label,
        compensation_value=None if row.comp_value_cents is None else row.comp_value_cents / CENTS,
        compensation_currency=row.comp_currency,
        disclosure_delivered_on=row.comp_disclosure_delivered_on,
    )
