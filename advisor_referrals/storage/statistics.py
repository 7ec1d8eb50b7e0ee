"""Planner statistics. Without them SQLite guesses, and after a bulk load it can guess a
plan that reads a whole table per row (a quarter's metrics took minutes, not a second)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Below this many new rows the old statistics still describe the book well enough.
WORTH_ANALYZING = 1_000


def refresh_statistics(session: Session) -> None:
    session.execute(text("ANALYZE"))
