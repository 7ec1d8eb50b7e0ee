"""Planner statistics. Without them SQLite guesses, and after a bulk load it can guess a
plan that reads a whole table per row (a quarter's metrics took minutes, not a second)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

# Below this many new rows the old statistics still describe the book well enough.
WORTH_ANALYZING = 1_000


def refresh_statistics(session: Session, tables: Sequence[str] = ()) -> None:
    """Statistics for the tables a load wrote (all of them when none are named): on a
    practice's server the others may be large and have not changed."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    if not tables:
        session.execute(text("ANALYZE"))
    elif session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE " + ", ".join(quote(name) for name in tables)))
    else:
        for name in tables:  # SQLite analyses one table (or everything) per statement
            session.execute(text(f"ANALYZE {quote(name)}"))
