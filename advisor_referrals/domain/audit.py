"""Audit entries: who changed what and when. Append-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
