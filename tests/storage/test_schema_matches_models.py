"""The migrations build exactly the schema the models describe (tables, columns, indexes)."""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import SAWarning

from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Base


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, _compare_to: Any) -> bool:
    # The search index's own tables (FTS5 shadow tables, trigram terms) are made by the
    # storage layer itself, not declared as models.
    if type_ == "index" and (name or "").startswith("ix_contacts_search_"):
        return False  # PostgreSQL's search indexes (trigrams, migration 0017's partial ones)
    table = obj if type_ == "table" else getattr(obj, "table", None)
    table_name = getattr(table, "name", name) or ""
    return not table_name.startswith(("contact_fts", "contact_search"))


def test_a_migrated_book_has_the_schema_of_the_models(book: Book) -> None:
    with book.engine.connect() as connection, warnings.catch_warnings():
        # Expression indexes cannot be reflected on SQLite; alembic says so and skips them.
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", SAWarning)
        context = MigrationContext.configure(
            connection, opts={"include_object": _ours, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
