"""Date arithmetic that SQLite and PostgreSQL spell differently: the one place that knows both.

SQLite keeps dates as ISO text and counts days with julianday(); PostgreSQL subtracts
two dates to an integer number of days. Everything else the metrics need is plain SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[int]):
    """later - earlier, in whole days (NULL when either is NULL)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"

    def __init__(self, later: ColumnElement[Any], earlier: ColumnElement[Any]) -> None:
        super().__init__(later, earlier)


def _operands(element: days_between, compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    later, earlier = list(element.clauses)
    return compiler.process(later, **kw), compiler.process(earlier, **kw)


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _operands(element, compiler, **kw)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _operands(element, compiler, **kw)
    return f"({later} - {earlier})"


class days_after(FunctionElement[Any]):
    """The date `days` days after `start` (a date), as the database writes its dates."""

    type = Date()
    inherit_cache = True
    name = "days_after"

    def __init__(self, start: ColumnElement[Any], days: ColumnElement[Any]) -> None:
        super().__init__(start, days)


@compiles(days_after, "sqlite")
def _days_after_sqlite(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    start, days = _after_operands(element, compiler, **kw)
    return f"date(julianday({start}) + ({days}))"


@compiles(days_after, "postgresql")
def _days_after_postgresql(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    start, days = _after_operands(element, compiler, **kw)
    return f"(CAST({start} AS DATE) + CAST({days} AS INTEGER))"


def _after_operands(element: days_after, compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    start, days = list(element.clauses)
    return compiler.process(start, **kw), compiler.process(days, **kw)


class as_stored(FunctionElement[Any]):
    """A date column compared as the text it is stored as, in a test made for each row.

    SQLite gives a column declared DATE numeric affinity, so each comparison of its ISO
    text with a date first tries to read both as numbers: on a million contacts, over
    five million failed conversions, a fifteenth of the quarterly metrics' instructions.
    `+column` has no affinity, and two texts compare as texts: the same answer, and the
    planner does not reach the column through an index, so this is for a test made row
    by row, never a range an index reads (docs/design.md, "Budgets"). PostgreSQL's dates
    are dates: the column as it is.
    """

    inherit_cache = True
    name = "as_stored"

    def __init__(self, column: Any) -> None:  # a column, or a model's attribute
        super().__init__(column)
        self.type = column.type


@compiles(as_stored, "sqlite")
def _as_stored_sqlite(element: as_stored, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"+{compiler.process(column, **kw)}"


@compiles(as_stored)
def _as_stored_elsewhere(element: as_stored, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return str(compiler.process(column, **kw))
