"""Everything about one contact in date order: triggers, asks, referrals both ways, reviews, kits.

Plain SQL over the existing tables, one indexed query per kind of event, merged in
Python. Returns domain `TimelineEntry` objects, newest first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.timeline import TimelineEntry, TimelineKind, review_state
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    KitHistoryRow,
    OutboundReferralRow,
    ReferralRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)

# Among events on the same day, the later step of a story comes first (newest first).
_SAME_DAY_ORDER = {
    TimelineKind.THANKED: -2,
    TimelineKind.ASK: -1,
    TimelineKind.KIT: 0,
    TimelineKind.REFERRAL_GIVEN: 1,
    TimelineKind.REFERRAL_RECEIVED: 2,
    TimelineKind.SENT_TO_COI: 3,
    TimelineKind.RECEIVED_FROM_ADVISOR: 4,
    TimelineKind.REVIEW: 5,
    TimelineKind.TRIGGER: 6,
    TimelineKind.BECAME_CLIENT: 7,
    TimelineKind.ADDED: 8,
}


class TimelineService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def for_contact(
        self, contact_id: int, *, today: date | None = None, limit: int = 500
    ) -> list[TimelineEntry]:
        """The contact's events, newest first; at most `limit` of them."""
        today = today or date.today()
        with self.book.session() as session:
            contact = session.get(ContactRow, contact_id)
            if contact is None:
                raise NotFoundError(f"there is no contact with id {contact_id}")
            entries = [
                TimelineEntry(
                    kind=TimelineKind.ADDED, on=contact.created_at.date(), record_id=contact.id
                )
            ]
            if contact.client_since is not None:
                entries.append(
                    TimelineEntry(kind=TimelineKind.BECAME_CLIENT, on=contact.client_since)
                )
            entries += self._triggers(session, contact_id)
            entries += self._referrals(session, contact_id)
            entries += self._reviews(session, contact_id, today)
            entries += self._kits(session, contact_id)
            entries += self._outbound(session, contact_id)
            entries += self._asks(session, contact_id)
        entries.sort(
            key=lambda e: (-e.on.toordinal(), _SAME_DAY_ORDER[e.kind], -(e.record_id or 0))
        )
        return entries[:limit]

    @staticmethod
    def _triggers(session: Session, contact_id: int) -> list[TimelineEntry]:
        rows = session.execute(
            select(
                TriggerRow.id,
                TriggerRow.occurred_on,
                TriggerKindRow.label,
                TriggerRow.referral_conversation,
                TriggerRow.notes,
            )
            .join(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            .where(TriggerRow.contact_id == contact_id)
        )
        return [
            TimelineEntry(
                kind=TimelineKind.TRIGGER,
                on=on,
                record_id=record_id,
                label=label,
                flag=held,
                notes=notes,
            )
            for record_id, on, label, held, notes in rows
        ]

    @staticmethod
    def _referrals(session: Session, contact_id: int) -> list[TimelineEntry]:
        other = aliased(ContactRow)
        entries: list[TimelineEntry] = []
        sides: list[tuple[TimelineKind, Any, Any]] = [
            (TimelineKind.REFERRAL_GIVEN, ReferralRow.referrer_id, ReferralRow.referred_id),
            (TimelineKind.REFERRAL_RECEIVED, ReferralRow.referred_id, ReferralRow.referrer_id),
        ]
        for kind, mine, theirs in sides:
            rows = session.execute(
                select(
                    ReferralRow.id,
                    ReferralRow.received_on,
                    ReferralRow.status,
                    ReferralRow.notes,
                    other.id,
                    other.first_name,
                    other.last_name,
                    ReferralRow.thanked_on,
                    ReferralRow.thanked_by,
                )
                .join(other, other.id == theirs)
                .where(mine == contact_id)
            )
            for record_id, on, status, notes, other_id, first, last, thanked, by in rows:
                name = full_name(first, last)
                entries.append(
                    TimelineEntry(
                        kind=kind,
                        on=on,
                        record_id=record_id,
                        status=status,
                        notes=notes,
                        other_id=other_id,
                        other_name=name,
                    )
                )
                if kind is TimelineKind.REFERRAL_GIVEN and thanked is not None:
                    # The referrer's thank-you, dated, with how it was given.
                    entries.append(
                        TimelineEntry(
                            kind=TimelineKind.THANKED,
                            on=thanked,
                            record_id=record_id,
                            label=by or "",
                            other_id=other_id,
                            other_name=name,
                        )
                    )
        return entries

    @staticmethod
    def _reviews(session: Session, contact_id: int, today: date) -> list[TimelineEntry]:
        rows = session.execute(
            select(
                ReviewRow.id,
                ReviewRow.scheduled_for,
                ReviewRow.completed_on,
                ReviewRow.cancelled_on,
                ReviewRow.nps,
                ReviewRow.referral_conversation,
                ReviewRow.notes,
                ReviewRow.missed,
            ).where(ReviewRow.contact_id == contact_id)
        )
        entries = []
        for record_id, scheduled, completed, cancelled, nps, held, notes, missed in rows:
            on = completed or cancelled or scheduled
            if on is None:
                continue
            entries.append(
                TimelineEntry(
                    kind=TimelineKind.REVIEW,
                    on=on,
                    record_id=record_id,
                    status=review_state(scheduled, completed, cancelled, today, missed).value,
                    number=nps,
                    flag=held,
                    notes=notes,
                )
            )
        return entries

    @staticmethod
    def _kits(session: Session, contact_id: int) -> list[TimelineEntry]:
        rows = session.execute(
            select(
                KitHistoryRow.id,
                KitHistoryRow.generated_at,
                KitHistoryRow.pages,
                KitHistoryRow.file_name,
                KitHistoryRow.generated_by,
            ).where(KitHistoryRow.contact_id == contact_id)
        )
        return [
            TimelineEntry(
                kind=TimelineKind.KIT,
                on=generated_at.date(),
                record_id=record_id,
                number=pages,
                label=file_name,
                other_name=generated_by,
            )
            for record_id, generated_at, pages, file_name, generated_by in rows
        ]

    @staticmethod
    def _asks(session: Session, contact_id: int) -> list[TimelineEntry]:
        referral, other = aliased(ReferralRow), aliased(ContactRow)
        rows = session.execute(
            select(
                AskRow.id,
                AskRow.asked_on,
                AskRow.method,
                AskRow.outcome,
                AskRow.notes,
                other.id,
                other.first_name,
                other.last_name,
            )
            .outerjoin(referral, referral.id == AskRow.referral_id)
            .outerjoin(other, other.id == referral.referred_id)
            .where(AskRow.contact_id == contact_id)
        )
        return [
            TimelineEntry(
                kind=TimelineKind.ASK,
                on=on,
                record_id=record_id,
                label=method,
                status=outcome,
                notes=notes,
                other_id=other_id,
                other_name=full_name(first, last) if other_id is not None else "",
            )
            for record_id, on, method, outcome, notes, other_id, first, last in rows
        ]

    @staticmethod
    def _outbound(session: Session, contact_id: int) -> list[TimelineEntry]:
        other = aliased(ContactRow)
        entries: list[TimelineEntry] = []
        sides: list[tuple[TimelineKind, Any, Any]] = [
            # This contact was sent by the advisor to a centre of influence...
            (TimelineKind.SENT_TO_COI, OutboundReferralRow.contact_id, OutboundReferralRow.coi_id),
            # ...or is the centre of influence who received a client.
            (
                TimelineKind.RECEIVED_FROM_ADVISOR,
                OutboundReferralRow.coi_id,
                OutboundReferralRow.contact_id,
            ),
        ]
        for kind, mine, theirs in sides:
            rows = session.execute(
                select(
                    OutboundReferralRow.id,
                    OutboundReferralRow.sent_on,
                    OutboundReferralRow.notes,
                    other.id,
                    other.first_name,
                    other.last_name,
                )
                .join(other, other.id == theirs)
                .where(mine == contact_id)
            )
            entries += [
                TimelineEntry(
                    kind=kind,
                    on=on,
                    record_id=record_id,
                    notes=notes,
                    other_id=other_id,
                    other_name=full_name(first, last),
                )
                for record_id, on, notes, other_id, first, last in rows
            ]
        return entries
