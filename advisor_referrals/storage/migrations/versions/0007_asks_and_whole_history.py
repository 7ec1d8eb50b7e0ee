"""Asks as their own records, and every referral's dated history made whole.

`asks`: asking a client for an introduction, dated, with how it was asked, what they
said, the referral it led to and notes (docs/design.md, "Vocabulary").

`referral_status_changes`: the quarterly figures are now counted as of a quarter's end
from this history (docs/design.md, "Metrics"). Until now only moves made in the app
were dated: referrals loaded from book files without a history, the demo's, and any
recorded at a status past `new` had none, or a history that did not reach their
status. Each such referral gets the history its own dates imply
(`domain/referral_history.py`), written in order so that the ids follow the dates;
a whole history is left as it is. The history's index on the referral now also
orders its moves by date, and one on (to_status, changed_on) finds a quarter's
conversions.

Revision ID: 0007
Revises: 0012
Create Date: 2026-12-10
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time
from typing import Any

import sqlalchemy as sa
from alembic import op

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.referral_history import DatedMove, completed_history
from advisor_referrals.domain.referrals import ReferralFields

revision = "0007"
down_revision = "0012"
branch_labels = None
depends_on = None

BATCH = 5000

REFERRALS = sa.table(
    "referrals",
    sa.column("id", sa.Integer()),
    sa.column("received_on", sa.Date()),
    sa.column("status", sa.String()),
    sa.column("first_contacted_on", sa.Date()),
    sa.column("converted_on", sa.Date()),
)
CHANGES = sa.table(
    "referral_status_changes",
    sa.column("id", sa.Integer()),
    sa.column("referral_id", sa.Integer()),
    sa.column("from_status", sa.String()),
    sa.column("to_status", sa.String()),
    sa.column("changed_on", sa.Date()),
    sa.column("changed_at", sa.DateTime()),
    sa.column("user", sa.String()),
)


def _status(value: str | None) -> ReferralStatus | None:
    try:
        return None if value is None else ReferralStatus(value)
    except ValueError:
        return None


def complete_histories(bind: sa.Connection) -> None:
    """Rewrite, in order, the history of each referral whose history is not whole."""
    stored: dict[int, list[Any]] = defaultdict(list)
    for row in bind.execute(sa.select(CHANGES).order_by(CHANGES.c.referral_id, CHANGES.c.id)).all():
        stored[row.referral_id].append(row)
    replaced: list[int] = []
    rows: list[dict[str, Any]] = []
    for ref in bind.execute(sa.select(REFERRALS).order_by(REFERRALS.c.id)).all():
        status = _status(ref.status)
        if status is None:
            continue
        fields = ReferralFields(
            referrer_id=0,
            referred_id=0,
            received_on=ref.received_on,
            status=status,
            first_contacted_on=ref.first_contacted_on,
            converted_on=ref.converted_on,
        )
        old = stored.get(ref.id, [])
        moves = [
            DatedMove(_status(c.from_status), to, c.changed_on)
            for c in old
            if (to := _status(c.to_status)) is not None
        ]
        whole = completed_history(fields, moves)
        if whole == moves and len(moves) == len(old):
            continue
        # Moves already there keep who made them and when; an added one is stamped with
        # its own day, as a book file's implied moves are.
        made: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
        for move, change in zip(moves, old, strict=False):
            made[(move.from_status, move.to_status)].append(change)
        replaced.append(ref.id)
        for move in whole:
            same = made[(move.from_status, move.to_status)]
            known = same.pop(0) if same else None
            rows.append(
                {
                    "referral_id": ref.id,
                    "from_status": move.from_status.value if move.from_status else None,
                    "to_status": move.to_status.value,
                    "changed_on": move.on,
                    "changed_at": known.changed_at
                    if known is not None
                    else datetime.combine(move.on, time()),
                    "user": known.user if known is not None else "",
                }
            )
    for start in range(0, len(replaced), BATCH):
        chunk = replaced[start : start + BATCH]
        bind.execute(sa.delete(CHANGES).where(CHANGES.c.referral_id.in_(chunk)))
    for start in range(0, len(rows), BATCH):
        bind.execute(sa.insert(CHANGES), rows[start : start + BATCH])


def upgrade() -> None:
    op.create_table(
        "asks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column(
            "referral_id",
            sa.Integer(),
            sa.ForeignKey("referrals.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("method IN ('review', 'call', 'event', 'kit')", name="method"),
        sa.CheckConstraint(
            "outcome IN ('will_think', 'introduced', 'declined', 'not_now')", name="outcome"
        ),
    )
    op.create_index("ix_asks_contact_id", "asks", ["contact_id", "asked_on"])
    op.create_index("ix_asks_asked_on", "asks", ["asked_on"])
    op.create_index("ix_asks_referral_id", "asks", ["referral_id"])
    # The status on a day is the last move dated on or before it: read in index order.
    op.drop_index("ix_referral_status_changes_referral_id", "referral_status_changes")
    op.create_index(
        "ix_referral_status_changes_referral_id",
        "referral_status_changes",
        ["referral_id", "changed_on", "id"],
    )
    op.create_index(
        "ix_referral_status_changes_to_status",
        "referral_status_changes",
        ["to_status", "changed_on"],
    )
    complete_histories(op.get_bind())


def downgrade() -> None:
    raise RuntimeError("a book is never downgraded; restore a backup instead")
