"""Several read transactions that see one snapshot of the book (docs/design.md, "Metrics").

The quarterly figures must all come from one snapshot. To count them on two cores at
once, each of two connections holds a read transaction, and both must see the same
committed state of the book:

- PostgreSQL: the first REPEATABLE READ transaction exports its snapshot
  (`pg_export_snapshot()`) and every other one adopts it (`SET TRANSACTION SNAPSHOT`)
  before its first query.
- SQLite: a read transaction sees what was committed before it began. While another
  connection holds the write lock (BEGIN IMMEDIATE), nothing can be committed, so
  readers that all begin inside that window see the same state. The lock is held only
  for the few milliseconds the readers take to begin, and is let go without writing.
  If it cannot be had at once (a writer is at work, or the file is read-only), a single
  connection reads alone, as before: the figures are the same, only not counted in
  parallel, and no reader ever waits on a writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Connection, Engine

from advisor_referrals.storage.engine import BUSY_TIMEOUT_MS
from advisor_referrals.storage.scoping import Advisors, reading_in_scope

SNAPSHOT_ID = re.compile(r"[0-9A-Fa-f-]+")


@contextmanager
def reading_together(
    engine: Engine, advisors: Advisors, readers: int = 2
) -> Iterator[list[Connection]]:
    """Up to `readers` connections, each in a read transaction showing `advisors`' rows
    (`reading_in_scope`), all on one snapshot. At least one; on SQLite only one when the
    write lock is not free at once."""
    with ExitStack() as stack:
        if engine.dialect.name == "postgresql":
            yield _postgres_readers(stack, engine, advisors, readers)
        else:
            yield _sqlite_readers(stack, engine, advisors, readers)


def _postgres_readers(
    stack: ExitStack, engine: Engine, advisors: Advisors, readers: int
) -> list[Connection]:
    exported: list[str] = []

    def export(connection: Connection) -> None:
        snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        exported.append(str(snapshot))

    def adopt(connection: Connection) -> None:
        snapshot = exported[0]
        # A utility statement takes no bound parameter: the id is checked, then written in.
        if not SNAPSHOT_ID.fullmatch(snapshot):
            raise ValueError(f"unexpected snapshot id {snapshot!r}")
        connection.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")

    # An exported snapshot can be adopted only while its transaction is open, and only
    # by a REPEATABLE READ (or SERIALIZABLE) transaction.
    options: dict[str, Any] = {"isolation_level": "REPEATABLE READ"}
    connections = [stack.enter_context(reading_in_scope(engine, advisors, begun=export, **options))]
    for _ in range(readers - 1):
        connections.append(
            stack.enter_context(reading_in_scope(engine, advisors, begun=adopt, **options))
        )
    return connections


def _sqlite_readers(
    stack: ExitStack, engine: Engine, advisors: Advisors, readers: int
) -> list[Connection]:
    def begin_reading(connection: Connection) -> None:
        # A deferred transaction takes its snapshot at its first read, so read now.
        connection.exec_driver_sql("SELECT count(*) FROM main.sqlite_master").scalar_one()

    if readers < 2:
        return [stack.enter_context(reading_in_scope(engine, advisors, begun=begin_reading))]
    lock = engine.raw_connection()
    try:
        cursor = lock.cursor()
        held = _try_write_lock(engine, cursor)
        try:
            count = readers if held else 1
            return [
                stack.enter_context(reading_in_scope(engine, advisors, begun=begin_reading))
                for _ in range(count)
            ]
        finally:
            if held:
                cursor.execute("ROLLBACK")  # nothing was written
            cursor.close()
    finally:
        lock.close()


def _try_write_lock(engine: Engine, cursor: Any) -> bool:
    """Take the write lock if it is free now, without waiting for it."""
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        cursor.execute("BEGIN IMMEDIATE")
        return True
    except engine.dialect.loaded_dbapi.Error:
        return False  # busy, or a read-only file
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
