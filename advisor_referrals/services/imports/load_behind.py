"""Work of a big SQLite load done on a helper thread while the load's own thread goes on.

SQLite runs a statement without holding Python's interpreter lock, so while the load's
thread reads, checks and converts the next rows (Python), a helper thread can run a
statement on the same connection over rows already read: moving a chunk of new contacts
from a bare temporary table into `contacts`, where its constraints are checked and most
of its indexes kept up to date (half the cost of inserting a contact, and most of the cost
of its indexes). docs/design.md, "Budgets": 100,000 contacts of a CSV file within 5 s.

The connection is never used by both threads at once: the load's thread runs a statement
of its own only when the helper is idle (it hands over rows then, and while the helper is
busy keeps reading, the rows waiting in memory), or after waiting for it (`settle`); the
helper is given work only from `BulkWriter.add_contact`, so after `BulkWriter.flush()` or
`settle()` every row is in its table and the connection is the caller's alone. A statement
that fails on the helper raises its error in the load's thread at the next `settle`, and
the transaction rolls back as it would have. The search index's slices run on the helper
too (`search_fill`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from sqlalchemy.orm import Session

from advisor_referrals.services.imports.row_inserts import insert_sqlite_rows

STAGED = "bulk_contacts"  # the temporary table new contacts wait in


class Behind:
    """One helper thread running a load's statements in the order they are given."""

    def __init__(self) -> None:
        self.helper: ThreadPoolExecutor | None = None
        self.running: list[Future[Any]] = []

    def run(self, work: Callable[..., Any], *args: Any) -> None:
        if self.helper is None:
            self.helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-load")
        self.running.append(self.helper.submit(work, *args))

    def wait_for_room(self, most: int) -> None:
        """Wait until at most `most` pieces of work handed over are unfinished (the oldest
        first), so that what waits for the helper stays small. Once a piece has failed
        its error is raised here (`settle`): the load stops instead of handing over more
        rows, each of which would fail and be kept with its error until the end."""
        unfinished = [future for future in self.running if not future.done()]
        for future in unfinished[: max(0, len(unfinished) - most)]:
            wait([future])
        if any(f.done() and not f.cancelled() and f.exception() for f in self.running):
            self.settle()

    def busy(self) -> bool:
        return any(not future.done() for future in self.running)

    def settle(self) -> None:
        """Wait until the helper is idle; the first error of its work is raised here."""
        running, self.running = self.running, []
        failed: BaseException | None = None
        for future in running:
            if future.cancelled():  # dropped by `abandon`
                continue
            error = future.exception()
            failed = failed or error
        if failed is not None:
            raise failed

    def abandon(self) -> None:
        """Drop the work not yet started (a load that failed or was cancelled)."""
        for future in self.running:
            future.cancel()

    def close(self) -> None:
        """Wait for the helper and let it go (a load that failed rolls back only then)."""
        try:
            self.settle()
        finally:
            if self.helper is not None:
                self.helper.shutdown()
                self.helper = None


class StagedContacts:
    """New contacts inserted into a temporary table without constraints by the load's
    thread (binding the values needs the interpreter lock) and moved into `contacts` by
    the helper, a chunk at a time."""

    def __init__(self, session: Session, layout: Sequence[str], behind: Behind) -> None:
        self.connection = session.connection()
        self.behind = behind
        quote = self.connection.dialect.identifier_preparer.quote
        columns = ", ".join(quote(c) for c in layout)
        # Columns without a type: the values are kept exactly as given until moved.
        self.connection.exec_driver_sql(f"CREATE TEMP TABLE {STAGED} ({columns})")
        self.insert = f"INSERT INTO temp.{STAGED} "
        self.move = f"INSERT INTO main.contacts ({columns}) SELECT {columns} FROM temp.{STAGED}"

    def stage(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert the rows (the helper is idle), then have the helper move them."""
        insert_sqlite_rows(self.connection, self.insert, rows)
        self.behind.run(self._move)

    def _move(self) -> None:
        self.connection.exec_driver_sql(self.move)
        self.connection.exec_driver_sql(f"DELETE FROM temp.{STAGED}")

    def drop(self) -> None:
        self.connection.exec_driver_sql(f"DROP TABLE temp.{STAGED}")
