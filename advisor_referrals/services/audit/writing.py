"""Writing the audit trail, in the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from advisor_referrals.services import changes as book_changes
from advisor_referrals.storage import audit_chain
from advisor_referrals.storage.models import AuditRow, now

# The undo or redo of a step of the app's history whose work is running, if any: its
# entries say so ("undo", "redo") and name the step (docs/design.md, "Changes and undo").
_STEP: ContextVar[tuple[str, str] | None] = ContextVar("audit_step", default=None)
STEP_ACTIONS = ("undo", "redo")


@contextmanager
def as_step(action: str, step: str) -> Iterator[None]:
    """Mark every entry written inside as the undo (or redo) of the step named `step`."""
    if action not in STEP_ACTIONS:
        raise ValueError(f"an undo step is an undo or a redo, not {action!r}")
    token = _STEP.set((action, step))
    try:
        yield
    finally:
        _STEP.reset(token)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list | set | frozenset):
        return [_plain(v) for v in value]
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Field -> [old, new] for every field whose value changed."""
    return {
        key: [_plain(before.get(key)), _plain(after.get(key))]
        for key in sorted(set(before) | set(after))
        if _plain(before.get(key)) != _plain(after.get(key))
    }


def record(
    session: Session,
    *,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    changes: Mapping[str, Any] | None = None,
) -> None:
    book_changes.note(entity, entity_id)
    step = _STEP.get()
    if step is not None:
        # What the step did stays in the summary; the action says it was undone or redone.
        kind, name = step
        summary = f"{kind.capitalize()} of “{name}”: {summary}"
        action = kind
    values: dict[str, Any] = {
        "at": now(),
        "user": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "summary": summary,
        "changes": dict(changes) if changes else None,
    }
    # The entry joins the hash chain now (docs/design.md, "The audit chain"): on SQLite it
    # is numbered and hashed here, after the entries this transaction wrote before it.
    if session.get_bind().dialect.name == "sqlite":
        session.flush()
        audit_chain.seal(session.connection(), [values])
    session.add(AuditRow(**values))
