"""Rows into a table in one executemany, or with COPY on PostgreSQL: the bulk writer's and
the demo book's inserts.

Straight to the driver, with the same SQL and type conversions SQLAlchemy would use but
without its per-row bookkeeping (several times faster on big chunks). On PostgreSQL rows
are sent with COPY (docs/design.md, "Budgets": 100,000 contacts of a CSV file within
10 s), except those with JSON columns (audit entries), and except where the server applies
a row-level rule to the member, which COPY is refused under.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Dialect, Table, Time
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

ROWS_PER_INSERT = 500  # SQLite: rows per INSERT, within the parameters one may have
SQLITE_LIMIT_VARIABLE_NUMBER = 9  # sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER (Python 3.11+)
OLDEST_PARAMETER_LIMIT = 999  # SQLite's before 3.32


def insert_many(connection: Connection, into: Table, rows: list[dict[str, Any]]) -> None:
    """An executemany straight to the driver: the same SQL and type conversions SQLAlchemy
    would use, without its per-row bookkeeping (several times faster on big chunks).
    Every row must have the keys of the first."""
    columns = list(rows[0])
    pick = itemgetter(*columns)
    insert_values(
        connection,
        into,
        columns,
        [(pick(r),) for r in rows] if len(columns) == 1 else list(map(pick, rows)),
    )


def insert_values(
    connection: Connection,
    into: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    as_stored: bool = False,
) -> None:
    """`insert_many` for rows already laid out as tuples in the order of `columns`.

    `as_stored`: dates, times and moments are already ISO text (`stored_text`), which
    both databases take as they are: nothing to convert.
    """
    if not rows:
        return
    dialect = connection.dialect
    if copyable(connection, into, columns):
        _copy(connection, into, columns, rows)
        return
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    into_columns = f"INSERT INTO {quote(into.name)} ({', '.join(quote(c) for c in columns)}) "
    one_row = f"({', '.join([mark] * len(columns))})"
    converting = [
        (index, processor)
        for index, column in enumerate(columns)
        if (processor := _bind_processor(into.c[column].type, dialect)) is not None
    ]
    if converting and not as_stored:
        # Only a few columns (dates, times) need converting: turn the rows into columns,
        # convert those, and back; the loops run in C (zip, map).
        by_column: list[Any] = list(zip(*rows, strict=True))
        for index, processor in converting:
            by_column[index] = map(processor, by_column[index])
        rows = list(zip(*by_column, strict=True))
    if dialect.name == "sqlite":
        insert_sqlite_rows(connection, into_columns, rows)
        return
    connection.exec_driver_sql(into_columns + "VALUES " + one_row, rows)


def insert_sqlite_rows(connection: Connection, into: str, rows: list[tuple[Any, ...]]) -> None:
    """Rows after `into` ("INSERT INTO t (a, b) "), many per statement: the driver binds and
    steps once per statement instead of once per row, a third less time for a book's three
    million reviews."""
    if not rows:
        return
    width = len(rows[0])
    one_row = f"({', '.join('?' * width)})"
    per = max(1, min(ROWS_PER_INSERT, _parameter_limit(connection) // width))
    whole = len(rows) - len(rows) % per
    if whole:
        many = into + "VALUES " + ", ".join([one_row] * per)
        for start in range(0, whole, per):
            connection.exec_driver_sql(many, tuple(chain.from_iterable(rows[start : start + per])))
        rows = rows[whole:]
    if rows:
        connection.exec_driver_sql(into + "VALUES " + one_row, rows)


def _parameter_limit(connection: Connection) -> int:
    """How many parameters one statement may have on this SQLite connection."""
    dbapi = connection.connection.dbapi_connection
    getlimit = getattr(dbapi, "getlimit", None)  # not on every driver (SQLCipher's)
    if getlimit is None:
        return OLDEST_PARAMETER_LIMIT
    return int(getlimit(SQLITE_LIMIT_VARIABLE_NUMBER))


def stored_text(value: date | time | datetime) -> str:
    """A date, time or moment as ISO text, as the bulk writer stores it on SQLite."""
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, time):
        return value.isoformat("microseconds")
    return value.isoformat()


def _no_row_rules(connection: Connection, into: Table) -> bool:
    """Whether the server applies no row-level rule to this member on this table: COPY
    is refused where one applies (a practice member who is not the book's owner,
    docs/design.md, "A practice"), so those rows go in by INSERT. Asked once a table."""
    known: dict[str, bool] = connection.info.setdefault("bulk_no_row_rules", {})
    if into.name not in known:
        active = connection.exec_driver_sql(
            "SELECT row_security_active(%s::regclass)", (into.name,)
        ).scalar()
        known[into.name] = not active
    return known[into.name]


def copyable(connection: Connection, into: Table, columns: Sequence[str]) -> bool:
    """Whether these rows go in by COPY: on PostgreSQL, columns that COPY takes as psycopg
    writes Python values (no JSON), where no row-level rule applies."""
    return (
        connection.dialect.name == "postgresql"
        and not any(isinstance(into.c[c].type, JSON) for c in columns)
        and _no_row_rules(connection, into)
    )


def _copy(
    connection: Connection, into: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """PostgreSQL's COPY: the rows streamed to the server in one statement, several times
    faster than inserting them (docs/design.md, "Budgets": 100k contacts within 10 s)."""
    dbapi = connection.connection.dbapi_connection
    quote = connection.dialect.identifier_preparer.quote
    driver_error: type[Exception] = connection.dialect.loaded_dbapi.Error
    try:
        copy_rows(dbapi, quote, into, columns, rows)
    except driver_error as error:
        # Straight to the driver, so SQLAlchemy never wrapped it: wrap it as it would, for
        # the import to say what the server refused (as any other statement's refusal).
        statement = copy_statement(quote, into, columns)
        raise DBAPIError.instance(statement, None, error, driver_error) from None


def copy_statement(quote: Callable[[str], str], into: Table, columns: Sequence[str]) -> str:
    return f"COPY {quote(into.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"


def copy_rows(
    dbapi: Any,
    quote: Callable[[str], str],
    into: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """`_copy` on the driver's connection alone (a helper thread's, `copy_behind`)."""
    assert dbapi is not None
    with dbapi.cursor() as cursor, cursor.copy(copy_statement(quote, into, columns)) as copy:
        write = copy.write_row
        for row in rows:
            write(row)


def _iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _iso_clock(value: time | None) -> str | None:
    return None if value is None else value.isoformat("microseconds")


def _iso_moments() -> Callable[[datetime | None], str | None]:
    last: list[Any] = [None, None]

    def convert(value: datetime | None) -> str | None:
        # Nearly every timestamp of an import is the same `now`: convert it once.
        if value is last[0]:
            return last[1]  # type: ignore[no-any-return]
        text = None if value is None else value.isoformat(" ", "microseconds")
        last[0], last[1] = value, text
        return text

    return convert


def _bind_processor(kind: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """SQLAlchemy's conversion of a Python value for this column; for SQLite dates the same
    text written by a faster route (tests compare the two)."""
    if dialect.name == "sqlite":
        if isinstance(kind, DateTime):
            return _iso_moments()
        if isinstance(kind, Date):
            return _iso_date
        if isinstance(kind, Time):
            return _iso_clock
        if isinstance(kind, Boolean):
            return None  # True and False are stored as 1 and 0 as they are
    return kind.dialect_impl(dialect).bind_processor(dialect)
