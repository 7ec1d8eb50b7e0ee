"""Index options of one dialect reach that dialect's books, and no other dialect is loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Column, Index, Integer, MetaData, Table
from sqlalchemy.exc import ArgumentError
from sqlalchemy.schema import CreateIndex

from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Base
from advisor_referrals.storage.models.base import for_dialect
from advisor_referrals.storage.opening import open_book

ROOT = Path(__file__).resolve().parent.parent.parent

LOADED_BY_OPENING = """
import json, sys
from advisor_referrals.storage.opening import open_book
open_book(sys.argv[1]).close()
print(json.dumps(sorted(sys.modules)))
"""


def test_a_partial_index_keeps_its_condition_on_either_database(book: Book) -> None:
    reviews = Base.metadata.tables["reviews"]
    index = next(i for i in reviews.indexes if i.name == "ix_reviews_rescheduled_from_id")
    ddl = str(CreateIndex(index).compile(dialect=book.engine.dialect))
    assert ddl.endswith("WHERE rescheduled_from_id IS NOT NULL")


def test_opening_a_sqlite_book_loads_no_postgresql_code(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    open_book(str(path)).close()  # made and migrated here; opened below as on any day
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY_OPENING, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(done.stdout))
    assert "sqlalchemy.dialects.sqlite" in loaded
    unneeded = {"sqlalchemy.dialects.postgresql", "psycopg", "alembic", "reportlab"}
    assert not loaded & unneeded


def test_an_option_the_dialect_does_not_know_is_refused(sqlite_book: Book) -> None:
    table = Table("things", MetaData(), Column("colour", Integer))
    index = Index("ix_things_colour", table.c.colour)
    with pytest.raises(ArgumentError, match="sqlite_colour is not an index option of sqlite"):
        for_dialect(index, "sqlite", colour="blue")
