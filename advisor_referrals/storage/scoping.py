"""Whose clients a query reads: one advisor's, several (an assistant's), or everyone's.

(docs/design.md, "A practice", Scopes.) A contact belongs to its advisor of record;
what hangs off a contact (reviews, triggers, kits, outbound referrals) belongs with it,
and a referral belongs to the advisor of the person referred. These are the rules the
separate books' row security applies on the server, so a scope shows what that
advisor would see there.

Lists add `contact_scope` / `advisor_scope` to their own WHERE clause. The quarterly
metrics run a dozen queries over the book's tables; rather than weave the rule into
each, `reading_in_scope` puts temporary views named like the tables in front of them
on a connection of its own (temporary objects come first in name lookup on SQLite
and PostgreSQL), so the same SQL reads only the scope's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Engine, Select, select, true

from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.sql_dates import as_stored

Advisors = frozenset[str] | None  # None: everyone's


def advisor_scope(column: Any, advisors: Advisors) -> ColumnElement[bool]:
    """The advisor column names one of `advisors` (always true for everyone's)."""
    if advisors is None:
        return true()
    return cast("ColumnElement[bool]", column.in_(sorted(advisors)))


def contact_scope(contact_id: Any, advisors: Advisors) -> ColumnElement[bool]:
    """The contact an id column points at is one of `advisors`' clients."""
    if advisors is None:
        return true()
    mine = select(ContactRow.id).where(ContactRow.advisor.in_(sorted(advisors)))
    return cast("ColumnElement[bool]", contact_id.in_(mine.scalar_subquery()))


def _literal_list(advisors: frozenset[str]) -> str:
    if not advisors:
        return "(NULL)"  # nobody's: IN (NULL) holds for no row
    return "(" + ", ".join("'" + name.replace("'", "''") + "'" for name in sorted(advisors)) + ")"


def view_statements(schema: str, advisors: frozenset[str]) -> list[str]:
    """The temporary views, each named like the table it stands in front of."""
    names = _literal_list(advisors)
    mine = f"SELECT id FROM {schema}.contacts WHERE advisor IN {names}"
    statements = [
        f"CREATE TEMP VIEW contacts AS SELECT * FROM {schema}.contacts WHERE advisor IN {names}",
        f"CREATE TEMP VIEW referrals AS SELECT * FROM {schema}.referrals "
        f"WHERE referred_id IN ({mine})",
    ]
    for table in ("reviews", "conversation_triggers", "outbound_referrals", "kit_history", "asks"):
        statements.append(
            f"CREATE TEMP VIEW {table} AS SELECT * FROM {schema}.{table} "
            f"WHERE contact_id IN ({mine})"
        )
    statements.append(
        f"CREATE TEMP VIEW referral_status_changes AS SELECT * FROM "
        f"{schema}.referral_status_changes WHERE referral_id IN "
        f"(SELECT id FROM {schema}.referrals WHERE referred_id IN ({mine}))"
    )
    return statements


SCOPE_VIEWS = "advisor_referrals.scope_views"


def reads_tables(connection: Connection) -> bool:
    """The connection reads the book's tables themselves, not a scope's views of them."""
    return not connection.get_execution_options().get(SCOPE_VIEWS, False)


def tested_as_stored(connection: Connection, column: Any) -> Any:
    """A date column for a test made row by row, compared as stored
    (`sql_dates.as_stored`) where the statement names its indexes: through a scope's
    views the planner chooses, and the column stays open to its index."""
    return as_stored(column) if reads_tables(connection) else column


def hinted_on_tables(
    statement: Select[Any], connection: Connection, table: Any, index: str
) -> Select[Any]:
    """`statement` naming SQLite's index for `table` (docs/design.md, "Budgets"), unless
    the connection reads a scope's views, which have no index to name."""
    if not reads_tables(connection):
        return statement
    return statement.with_hint(table, f"INDEXED BY {index}", "sqlite")


@contextmanager
def reading_in_scope(
    engine: Engine,
    advisors: Advisors,
    *,
    begun: Callable[[Connection], None] | None = None,
    **options: Any,
) -> Iterator[Connection]:
    """One read transaction in which the book's tables show only `advisors`' rows.

    `begun` is called first thing in the transaction, before any view is made (several
    readers sharing one snapshot: `storage/snapshots.py`).

    For a scope, the views live on a connection of their own: it is replaced before
    (so no statement prepared earlier against the tables is reused) and discarded after
    (so nothing else ever reads through them). Everyone's scope is a plain transaction.
    """
    with engine.connect() as connection:
        if advisors is not None:
            connection.invalidate()  # the next statement procures a new connection
        # Marked, so a query may name an index only where the tables are tables (a view
        # has no index to name): `reads_tables`.
        connection.execution_options(**options, **{SCOPE_VIEWS: advisors is not None})
        try:
            with connection.begin():
                if begun is not None:
                    begun(connection)
                if advisors is not None:
                    schema = "main" if connection.dialect.name == "sqlite" else "public"
                    for statement in view_statements(schema, advisors):
                        connection.exec_driver_sql(statement)
                yield connection
        finally:
            if advisors is not None:
                connection.invalidate()
