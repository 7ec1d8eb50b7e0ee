"""The audit trail's hash chain: the one canonical form an entry is hashed in.

docs/design.md ("Safety", "The audit chain") defines it for examiners who recompute
it without the app; PostgreSQL's trigger (migration 0012) builds the same bytes in
SQL. Any change here is a new version of the format, never an edit of this one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

FORMAT_TAG = "advisor-referrals audit entry v1\n"
GENESIS = "0" * 64  # the "previous hash" of the first entry of a book


def moment_text(at: datetime) -> str:
    """`at` as the chain writes it: YYYY-MM-DDTHH:MM:SS.ffffff (UTC, no zone)."""
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def _field(text: str) -> bytes:
    # A netstring ("5:hello,"): the length makes the split between fields unambiguous.
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b","


@dataclass(frozen=True, kw_only=True)
class ChainedEntry:
    """An entry as the chain sees it: every field as text, exactly as stored."""

    id: int
    at: str  # moment_text of the entry's time
    user: str
    action: str
    entity: str
    entity_id: str  # decimal digits, or "" when the entry names no record
    summary: str
    changes: str  # the stored JSON text, or "" when there is none
    prev_hash: str
    hash: str = ""

    def canonical(self) -> bytes:
        parts = (
            str(self.id),
            self.at,
            self.user,
            self.action,
            self.entity,
            self.entity_id,
            self.summary,
            self.changes,
            self.prev_hash,
        )
        return FORMAT_TAG.encode("ascii") + b"".join(_field(part) for part in parts)

    def computed_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()
