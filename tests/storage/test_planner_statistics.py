"""A big SQLite book without planner statistics gets them when opened; a small one is left be."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, inspect

from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import MEASURE_FROM_CONTACTS, open_book


def _book_with(path: Path, contacts: int) -> None:
    book = open_book(str(path))
    with book.write() as session:
        session.execute(
            insert(ContactRow),
            [
                {"first_name": "P", "last_name": f"N{i}", "search_text": f"p n{i} |"}
                for i in range(contacts)
            ],
        )
    book.close()


def _measured(path: Path) -> bool:
    book = open_book(str(path))
    try:
        with book.engine.connect() as connection:
            return inspect(connection).has_table("sqlite_stat1")
    finally:
        book.close()


def test_a_big_book_filled_in_bulk_is_measured_on_open(tmp_path: Path) -> None:
    _book_with(tmp_path / "big.sqlite3", MEASURE_FROM_CONTACTS)
    assert _measured(tmp_path / "big.sqlite3")


def test_a_small_book_is_not_measured(tmp_path: Path) -> None:
    _book_with(tmp_path / "small.sqlite3", 10)
    assert not _measured(tmp_path / "small.sqlite3")
