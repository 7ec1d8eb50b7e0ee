"""Work of a big PostgreSQL load done on a helper thread while the load's own thread goes on.

The load's thread reads, checks and converts rows (Python, on the app's core); the server
takes them and, once a table is complete, builds its indexes (on the server's core). Done
one after the other, each side waits for the other: for a 100,000-contact book file the
server's share was a third of the load (docs/design.md, "Budgets"). Here a helper thread
sends each chunk with COPY, and builds the indexes of each table the load has finished,
while the load's thread converts the next rows; it waits on the server without Python's
interpreter lock.

The connection is never used by both threads at once: the helper uses the driver's
connection only, and every statement the load's thread runs through SQLAlchemy first
waits for the helper to be idle (a `before_cursor_execute` listener), so statements run in
the order they were asked for. A statement that fails on the helper raises its error (as
SQLAlchemy's `DBAPIError`, as any other refusal) in the load's thread at its next
statement or `settle`, and the transaction rolls back as it would have; the helper is
waited for and let go before the transaction ends, either way (`close`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisor_referrals.services.imports.load_behind import Behind
from advisor_referrals.services.imports.row_inserts import copy_rows, copy_statement, copyable

Batch = tuple[Table, Sequence[str], list[tuple[Any, ...]]]


class CopyBehind:
    """One helper thread copying rows and running statements on a session's connection."""

    def __init__(
        self, session: Session, tables: Sequence[Table], *, most_waiting: int | None = None
    ) -> None:
        """`most_waiting`: how many handed-over copies may wait for the helper before the
        load's thread waits too (None: no limit, for rows that are in memory anyway)."""
        self.most_waiting = most_waiting
        self.connection = session.connection()
        for into in tables:
            # Asked now, once a table, not while the helper holds the connection (asking
            # would wait for it).
            copyable(self.connection, into, ())
        self.dbapi: Any = self.connection.connection.dbapi_connection
        self.quote = self.connection.dialect.identifier_preparer.quote
        self.driver_error: type[Exception] = self.connection.dialect.loaded_dbapi.Error
        self.behind = Behind()
        self.owner = threading.get_ident()
        event.listen(self.connection, "before_cursor_execute", self._before_statement)

    def copyable(self, into: Table, columns: Sequence[str]) -> bool:
        """Whether these rows may go by COPY (asked on the load's thread)."""
        return copyable(self.connection, into, columns)

    def copy(self, batches: list[Batch]) -> None:
        """Copy each batch's rows, in order, after the work handed over before."""
        if self.most_waiting is not None:
            self.behind.wait_for_room(self.most_waiting - 1)
        self.behind.run(self._copy, batches)

    def execute(self, statements: Sequence[str]) -> None:
        """Run these statements (no parameters, no results), after the work before."""
        if statements:
            self.behind.run(self._execute, list(statements))

    def settle(self) -> None:
        """Wait until the helper is idle; the first error of its work is raised here."""
        self.behind.settle()

    def close(self, *, failed: bool = False) -> None:
        """Wait for the helper and let it go; the connection is the caller's alone again.
        `failed`: the load is rolled back, so the work not yet started is dropped."""
        if failed:
            self.behind.abandon()
        try:
            self.behind.close()
        finally:
            if event.contains(self.connection, "before_cursor_execute", self._before_statement):
                event.remove(self.connection, "before_cursor_execute", self._before_statement)

    def _before_statement(self, *_args: Any) -> None:
        if threading.get_ident() == self.owner:
            self.behind.settle()

    def _copy(self, batches: list[Batch]) -> None:
        for into, columns, rows in batches:
            try:
                copy_rows(self.dbapi, self.quote, into, columns, rows)
            except self.driver_error as error:
                statement = copy_statement(self.quote, into, columns)
                raise DBAPIError.instance(statement, None, error, self.driver_error) from None

    def _execute(self, statements: list[str]) -> None:
        assert self.dbapi is not None
        for statement in statements:
            try:
                with self.dbapi.cursor() as cursor:
                    cursor.execute(statement)
            except self.driver_error as error:
                raise DBAPIError.instance(statement, None, error, self.driver_error) from None
