"""The tier cadence table: how many reviews a year each service tier gets (audited)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from advisor_referrals.domain.cadence import cadence_problem
from advisor_referrals.domain.enums import Tier
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReviewCadence


class CadenceService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = BookWriter(book, "review_cadence")

    def table(self) -> dict[Tier, int]:
        with self.book.session() as session:
            rows = session.execute(select(ReviewCadence.tier, ReviewCadence.reviews_per_year))
            return {Tier(tier): n for tier, n in rows}

    def save(self, table: Mapping[Tier, int]) -> dict[Tier, int]:
        """Store new reviews-a-year values; one audit entry lists what changed."""
        problems = [
            Problem("review cadence", f"tier {tier.value}", str(n), message)
            for tier, n in table.items()
            if (message := cadence_problem(n))
        ]
        if problems:
            raise ValidationError(problems)
        with self.writer.transaction() as session:
            stored = {row.tier: row for row in session.scalars(select(ReviewCadence))}
            changes: dict[str, list[Any]] = {}
            for tier, n in sorted(table.items()):
                row = stored.get(tier.value)
                if row is None:
                    session.add(ReviewCadence(tier=tier.value, reviews_per_year=n))
                    changes[tier.value] = [None, n]
                elif row.reviews_per_year != n:
                    changes[tier.value] = [row.reviews_per_year, n]
                    row.reviews_per_year = n
            if changes:
                self.writer.audit(
                    session,
                    "update",
                    None,
                    "Changed the review cadence: "
                    + ", ".join(f"tier {t} {old} -> {new}" for t, (old, new) in changes.items()),
                    changes,
                )
        return self.table()
