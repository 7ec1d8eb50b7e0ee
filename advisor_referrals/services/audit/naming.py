"""The names of the records audit entries are about, read with the entries themselves.

An entry stores its record as a kind and an id ("contact", 1515); people reading the
trail want "Ana Souza". One query reads a page of entries together with the names of
their records: each kind of record is joined only where the entry is about that kind,
so a page costs one statement whatever it mixes. Archived contacts keep their names;
a record since deleted (a referral, a trigger) has none, and the entry's own summary,
written when it happened, still says who it was about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from advisor_referrals.domain.audit import AuditEntry, RecordName
from advisor_referrals.domain.names import full_name
from advisor_referrals.storage.models import (
    AuditRow,
    ContactRow,
    ImportBatchRow,
    OutboundReferralRow,
    ReferralRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
)

Person = aliased(ContactRow, name="named_person")
Referred = aliased(ContactRow, name="named_referred")
Referrer = aliased(ContactRow, name="named_referrer")
TriggerContact = aliased(ContactRow, name="named_trigger_contact")
ReviewContact = aliased(ContactRow, name="named_review_contact")
SentClient = aliased(ContactRow, name="named_sent_client")
SentTo = aliased(ContactRow, name="named_sent_to")
Kind = aliased(TriggerKindRow, name="named_kind")
LibraryKind = aliased(TriggerKindRow, name="named_library_kind")


def _about(entity: str, key: Any) -> Any:
    return and_(AuditRow.entity == entity, key == AuditRow.entity_id)


def named_entries_query(ids: Sequence[int]) -> Select[Any]:
    """The entries with these ids and, beside each, what its record is called."""
    query = (
        select(
            AuditRow,
            Person.first_name,
            Person.last_name,
            Referred.first_name,
            Referred.last_name,
            Referrer.first_name,
            Referrer.last_name,
            TriggerRow.occurred_on,
            TriggerContact.first_name,
            TriggerContact.last_name,
            Kind.label,
            ReviewRow.scheduled_for,
            ReviewRow.completed_on,
            ReviewContact.first_name,
            ReviewContact.last_name,
            SentClient.first_name,
            SentClient.last_name,
            SentTo.first_name,
            SentTo.last_name,
            LibraryKind.label,
            ImportBatchRow.source,
        )
        .outerjoin(Person, _about("contact", Person.id))
        .outerjoin(ReferralRow, _about("referral", ReferralRow.id))
        .outerjoin(Referred, Referred.id == ReferralRow.referred_id)
        .outerjoin(Referrer, Referrer.id == ReferralRow.referrer_id)
        .outerjoin(TriggerRow, _about("trigger", TriggerRow.id))
        .outerjoin(TriggerContact, TriggerContact.id == TriggerRow.contact_id)
        .outerjoin(Kind, Kind.id == TriggerRow.kind_id)
        .outerjoin(ReviewRow, _about("review", ReviewRow.id))
        .outerjoin(ReviewContact, ReviewContact.id == ReviewRow.contact_id)
        .outerjoin(OutboundReferralRow, _about("outbound_referral", OutboundReferralRow.id))
        .outerjoin(SentClient, SentClient.id == OutboundReferralRow.contact_id)
        .outerjoin(SentTo, SentTo.id == OutboundReferralRow.coi_id)
        .outerjoin(LibraryKind, _about("trigger_kind", LibraryKind.id))
        .outerjoin(ImportBatchRow, _about("import_batch", ImportBatchRow.id))
        .where(AuditRow.id.in_(list(ids)))
    )
    return cast("Select[Any]", query)


def _name(entity: str, values: Sequence[Any]) -> RecordName:
    (
        first, last, referred_first, referred_last, referrer_first, referrer_last,
        occurred_on, trigger_first, trigger_last, kind_label,
        scheduled_for, completed_on, review_first, review_last,
        sent_first, sent_last, to_first, to_last, library_label, source,
    ) = values  # fmt: skip
    if entity == "contact":
        return RecordName(person=full_name(first, last))
    if entity == "referral":
        return RecordName(
            person=full_name(referred_first, referred_last),
            other=full_name(referrer_first, referrer_last),
        )
    if entity == "trigger":
        return RecordName(
            person=full_name(trigger_first, trigger_last),
            detail=kind_label or "",
            on=occurred_on,
        )
    if entity == "review":
        return RecordName(
            person=full_name(review_first, review_last), on=completed_on or scheduled_for
        )
    if entity == "outbound_referral":
        return RecordName(
            person=full_name(sent_first, sent_last), other=full_name(to_first, to_last)
        )
    if entity == "trigger_kind":
        return RecordName(detail=library_label or "")
    if entity == "import_batch":
        return RecordName(detail=source or "")
    return RecordName()


def entry_from_row(row: AuditRow, record: RecordName | None = None) -> AuditEntry:
    changes = row.changes if isinstance(row.changes, dict) else {}
    return AuditEntry(
        id=row.id,
        at=row.at,
        user=row.user,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        summary=row.summary,
        changes=changes,
        record=record,
    )


def read_named_entries(session: Session, ids: Sequence[int]) -> dict[int, AuditEntry]:
    """The entries with these ids, each with its record's name, by id (one statement)."""
    found: dict[int, AuditEntry] = {}
    for row, *values in session.execute(named_entries_query(ids)):
        name = _name(row.entity, values) if row.entity_id is not None else RecordName()
        found[row.id] = entry_from_row(row, name)
    return found
