"""The tables a bulk load writes, in the order that keeps foreign keys whole, and which
of them take their ids from the writer (docs/design.md, "Imports")."""

from __future__ import annotations

from sqlalchemy import Table

from advisor_referrals.storage.models import Base

# Rows a table waits with before they are written in one statement.
CHUNK = 5000
TABLES = Base.metadata.tables

# Parents before children, so foreign keys hold after every chunk.
ORDER: tuple[str, ...] = (
    "households",
    "tags",
    "trigger_kinds",
    "programs",
    "goals",
    "client_events",
    "contacts",
    "contact_tags",
    "conversation_triggers",
    "referrals",
    "referral_status_changes",
    "reviews",
    "outbound_referrals",
    "kit_history",
    "asks",
    "event_invitations",
    "event_guests",
    "rewards",
    "audit_entries",
)
# The tables contacts refer to, written before a chunk of contacts goes to the helper.
PARENTS = ORDER[: ORDER.index("contacts")]
# Tables whose ids the writer hands out; audit entries take theirs from the database.
WITH_IDS = tuple(name for name in ORDER if name not in ("contact_tags", "audit_entries"))


def table(name: str) -> Table:
    return TABLES[name]
