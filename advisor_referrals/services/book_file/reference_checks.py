"""How a book file's references are checked while it loads into an empty book.

The loader resolves every reference itself: a record names others by the file's keys,
and each key becomes an id the bulk writer handed out in this transaction (or a row
already in the book, such as a trigger kind); a key that names nothing is a problem and
nothing is written. The database's own check, row by row, then only repeats it, and it
was the largest part of the load (docs/design.md, "Budgets"):

- SQLite looks each row's parent up as it is inserted; the load runs with foreign keys
  off (`Book.write(check_references=False)`, as the demo book does), which the loader's
  resolution makes safe.
- PostgreSQL runs a trigger per row and per foreign key (a query and a row lock on the
  parent): a million of them for a 100k-contact book, about a third of the load. The
  foreign keys of the loaded tables are set aside (dropped in the transaction) and put
  back before it commits, from the server's own definition of each; adding one back
  checks every row in one pass, so the server still proves each reference (those of a
  big table as soon as the loader has written it, behind the load with its indexes:
  `restored_with`). Like the
  indexes the bulk writer rebuilds, this locks the tables until the load commits, and a
  load that fails rolls the drop back with everything else.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

FOREIGN_KEYS = text(
    "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
    "JOIN pg_class t ON t.oid = c.conrelid "
    "WHERE c.contype = 'f' AND t.relname IN :tables "
    "AND t.relnamespace = current_schema()::regnamespace ORDER BY t.relname, c.conname"
).bindparams(bindparam("tables", expanding=True))


class ForeignKeysSetAside:
    """The foreign keys of `tables` dropped now (PostgreSQL only) and added back by
    `restore()`, each checked over every row as it comes back."""

    def __init__(self, session: Session, tables: Iterable[str]) -> None:
        self.session = session
        self.set_aside: list[tuple[str, str, str]] = []
        dialect = session.get_bind().dialect
        if dialect.name != "postgresql":
            return
        self.quote = dialect.identifier_preparer.quote
        for name, constraint, definition in session.execute(
            FOREIGN_KEYS, {"tables": list(tables)}
        ).all():
            session.execute(
                text(f"ALTER TABLE {self.quote(name)} DROP CONSTRAINT {self.quote(constraint)}")
            )
            self.set_aside.append((name, constraint, definition))

    def restore(self) -> None:
        for statement in self.taken_back(self.set_aside):
            self.session.execute(text(statement))

    def restored_with(self, tables: Iterable[str]) -> list[str]:
        """The statements that add back the foreign keys of these tables (whose rows are
        all in, as are those of the tables they point at), for the caller to run; the
        rest wait for `restore()`."""
        names = set(tables)
        return self.taken_back([key for key in self.set_aside if key[0] in names])

    def taken_back(self, keys: list[tuple[str, str, str]]) -> list[str]:
        self.set_aside = [key for key in self.set_aside if key not in keys]
        return [
            f"ALTER TABLE {self.quote(name)} ADD CONSTRAINT {self.quote(constraint)} {definition}"
            for name, constraint, definition in keys
        ]
