"""A bulk load of generated rows may skip SQLite's reference checks; every other write keeps them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReviewRow


def orphan_review() -> dict[str, object]:
    return {"contact_id": 999_999, "scheduled_for": date(2026, 7, 1), "notes": ""}


def test_only_the_trusted_load_skips_the_reference_check(sqlite_book: Book) -> None:
    with sqlite_book.write(check_references=False) as session:
        session.execute(insert(ReviewRow), [orphan_review()])
    # The same pooled connection checks references again in the next transaction.
    with pytest.raises(IntegrityError), sqlite_book.write() as session:
        session.execute(insert(ReviewRow), [orphan_review()])


def test_postgresql_always_checks_references(pg_book: Book) -> None:
    with pytest.raises(IntegrityError), pg_book.write(check_references=False) as session:
        session.execute(insert(ReviewRow), [orphan_review()])
