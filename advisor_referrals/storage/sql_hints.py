"""Index hints on SQLite: `select(...).with_hint(Row, "INDEXED BY ix_name", "sqlite")`.

SQLAlchemy writes a table's hint only for databases whose compiler says how (MySQL,
SQL Server, Oracle); SQLite's says nothing, so a hint given for it was silently dropped.
SQLite's own hint follows the table's name (`FROM reviews INDEXED BY ix_...`), which is
what this teaches its compiler; other databases still ignore a hint given for "sqlite".

A hint is for a planner that cannot know better: its statistics count a column's NULLs
as one rare value, or it cannot see that an index covers every column a query reads
(docs/design.md, "Budgets"). `INDEXED BY` fails loudly if the index is missing, so a
hint names an index of the current schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite.base import SQLiteCompiler


def _sqlite_from_hint(_compiler: Any, _table: Any, text: str | None) -> str | None:
    return text


SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign,assignment]
