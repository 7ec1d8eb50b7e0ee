"""Audit entries: who changed what and when. Append-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, kw_only=True)
class RecordName:
    """What an audit entry's record is called, from the book as it stands: the people in
    it ("First Last"), a word or two more, a date. Empty when the record is gone."""

    person: str = ""  # the contact; a referral's referred person; a trigger's or review's client
    other: str = ""  # a referral's referrer; the centre of influence a client was sent to
    detail: str = ""  # a trigger's kind, a trigger kind's label, an import's source file
    on: date | None = None  # a trigger's date, a review's

    @property
    def found(self) -> bool:
        return bool(self.person or self.other or self.detail or self.on)


@dataclass(frozen=True, kw_only=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    changes: dict[str, list[object]]
    record: RecordName | None = None  # filled by the audit log's readers
