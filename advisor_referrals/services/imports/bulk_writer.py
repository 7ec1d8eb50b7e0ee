"""Writing many checked rows inside one transaction, in chunks, with SQLAlchemy Core.

ORM objects cost many times more per row than an executemany of plain dicts, and a
book of 650,000 rows must load in seconds. Ids are given explicitly so rows can
refer to each other before they are written; PostgreSQL's sequences are moved past
them at the end, and the tables written are locked meanwhile so nobody else takes
the same ids.

On SQLite the search index trigger that indexes each new contact is set aside for
the transaction and the new contacts are indexed in a few large statements
(`search_fill`); while the load goes on, a helper thread moves the contacts already read
into their table and indexes them (`load_behind`). The triggers that keep each contact's
last review date, and the indexes of tables that start empty (or of contacts, for a big
CSV import), are set aside for the load and put back at its end (`set_aside`), except
most of the contacts' indexes on SQLite in a CSV import, which the helper keeps up to date
(`BUILT_AT_END`).

Rows go in with `row_inserts` (executemany, or COPY on PostgreSQL). With `write_behind`,
on PostgreSQL a helper thread copies each chunk, and builds the indexes of each table the
load says it has finished (`build_indexes`), while the load goes on (`copy_behind`).

Ids are handed out by `load_ids`, and tables written in the order of `load_order`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from operator import itemgetter
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.imports.contact_rows import CONTACT_COLUMNS, contact_values
from advisor_referrals.services.imports.copy_behind import Batch, CopyBehind
from advisor_referrals.services.imports.load_behind import Behind, StagedContacts
from advisor_referrals.services.imports.load_ids import LoadIds
from advisor_referrals.services.imports.load_order import CHUNK, ORDER, PARENTS, WITH_IDS, table
from advisor_referrals.services.imports.row_inserts import insert_many, insert_values, stored_text
from advisor_referrals.services.imports.search_fill import NewContactsIndex
from advisor_referrals.services.imports.set_aside import SetAside
from advisor_referrals.storage import audit_chain
from advisor_referrals.storage.statistics import WORTH_ANALYZING, refresh_statistics

SEARCH_INSERT_TRIGGER = "contact_fts_insert"
IMPORT_CACHE_KIB = 65536

# The indexes of contacts a big SQLite load with `contact_index_upkeep` still builds once
# at the end. The others are kept up to date as each chunk is moved into the table on the
# helper thread, while the load's thread reads the next rows: for 100,000 contacts that
# costs about what building them does, off the load's thread. These three lead with a
# column of a handful of values, and kept up to date they cost half again as much.
BUILT_AT_END = frozenset(
    {"ix_contacts_list_relationship", "ix_contacts_list_segment", "ix_contacts_list_tier"}
)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


class BulkWriter:
    def __init__(
        self,
        session: Session,
        *,
        rebuild_indexes: Iterable[str] = (),
        contact_index_upkeep: bool = False,
        write_behind: bool = False,
        last_reviews_given: bool = False,
        copies_waiting: int | None = None,
    ) -> None:
        """`rebuild_indexes`: tables whose own indexes are dropped now and built once in
        `finish()` (much faster than their upkeep row by row for a big load).
        `contact_index_upkeep`: on SQLite, the contacts' indexes but those BUILT_AT_END
        are kept up to date by the helper thread instead (a load of up to a few hundred
        thousand contacts; a bigger one's index pages outgrow the page cache).
        `write_behind`: on PostgreSQL, chunks are copied (and finished tables' indexes
        built) by a helper thread while the load goes on (`copy_behind`).
        `last_reviews_given`: every new contact is given its `last_review_on` by the caller
        (who holds all of its reviews), so no statement brings them up to date at the end.
        `copies_waiting`: with `write_behind`, how many chunks may wait for the helper
        before the load waits (None: no limit; a caller that makes its rows as it goes
        keeps them from piling up in memory while the helper builds indexes)."""
        self.session = session
        self.search_indexed = False
        self.now = now()
        self.is_postgres = session.get_bind().dialect.name == "postgresql"
        if self.is_postgres:
            names = ", ".join((*WITH_IDS, "contact_tags"))
            session.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))
        self._created: dict[str, Any] = {"version": 1, "created_at": self.now}
        self._stamps: dict[str, Any] = {**self._created, "updated_at": self.now}
        self.cache_size: int | None = None
        if not self.is_postgres:
            # Index upkeep on big tables thrashes SQLite's default 2 MB page cache.
            self.cache_size = session.scalar(text("PRAGMA cache_size"))
            session.execute(text(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}"))
        self.pending: dict[str, list[dict[str, Any]]] = {name: [] for name in ORDER}
        # New contacts wait as tuples laid out as `contact_layout` (see add_contact); on
        # SQLite with their dates already as stored, so no column needs converting.
        self.contacts_as_stored = not self.is_postgres
        self.pending_contacts: list[tuple[Any, ...]] = []
        self.contact_layout: tuple[str, ...] = ()
        self._contact_stamps: tuple[Any, ...] = ()
        self.written: Counter[str] = Counter()
        self.ids = LoadIds(session, is_postgres=self.is_postgres)
        self.next_ids = self.ids.next  # read and moved by callers that number rows in bulk
        households = table("households")
        self.households: dict[str, int] = {
            name: hid for hid, name in session.execute(select(households.c.id, households.c.name))
        }
        tags = table("tags")
        self.tags: dict[str, int] = {}
        for tid, name in session.execute(select(tags.c.id, tags.c.name).order_by(tags.c.id)):
            self.tags.setdefault(name.casefold(), tid)
        self.first_contact_id = self.next_ids["contacts"]
        self.search_trigger_sql: str | None = None
        self.search_index: NewContactsIndex | None = None
        # SQLite: work on a helper thread while the load goes on (load_behind).
        self.behind: Behind | None = None if self.is_postgres else Behind()
        self.staged: StagedContacts | None = None
        self._look_at = CHUNK  # new contacts waiting before the helper is looked at again
        if not self.is_postgres:
            self.search_trigger_sql = session.scalar(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                {"name": SEARCH_INSERT_TRIGGER},
            )
            if self.search_trigger_sql:
                session.execute(text(f"DROP TRIGGER {SEARCH_INSERT_TRIGGER}"))
                assert self.behind is not None
                self.search_index = NewContactsIndex(session, self.first_contact_id, self.behind)
        self.last_reviews_given = last_reviews_given
        self.first_review_id = self.next_ids["reviews"]
        upkeep = contact_index_upkeep and not self.is_postgres
        self.set_aside = SetAside(
            session,
            is_postgres=self.is_postgres,
            rebuild_indexes=rebuild_indexes,
            kept=lambda name, index: upkeep and name == "contacts" and index not in BUILT_AT_END,
        )
        self.analyzed: set[str] = set()  # tables whose statistics build_indexes took
        self.copy_behind = (
            CopyBehind(session, [table(name) for name in ORDER], most_waiting=copies_waiting)
            if write_behind and self.is_postgres
            else None
        )

    def new_id(self, name: str) -> int:
        # The same as self.ids.new, without its call: loads take one id per row.
        value = self.next_ids[name]
        self.next_ids[name] = value + 1
        return value

    def add(self, name: str, row: dict[str, Any]) -> None:
        rows = self.pending[name]
        rows.append(row)
        # While new contacts go to the helper, their parents go with them (_write_behind).
        if len(rows) >= CHUNK and not (self.staged is not None and name in PARENTS):
            self.send()

    def send(
        self, stored: Mapping[str, tuple[Sequence[str], list[tuple[Any, ...]]]] | None = None
    ) -> None:
        """Write what is pending, then `stored` (table -> its columns and rows as stored),
        parents first: handed to the helper thread (`write_behind`), else written now."""
        stored = stored or {}
        if self.copy_behind is not None and self._hand_over(self.copy_behind, stored):
            return
        self.flush()
        connection = self.session.connection()
        for name in ORDER:
            if name in stored and stored[name][1]:
                columns, rows = stored[name]
                insert_values(connection, table(name), columns, rows, as_stored=True)
                self.written[name] += len(rows)

    def _hand_over(
        self, helper: CopyBehind, stored: Mapping[str, tuple[Sequence[str], list[tuple[Any, ...]]]]
    ) -> bool:
        """The pending rows and `stored` to the helper, in order; False (nothing handed
        over) when some may not go by COPY, for the caller to write them now."""
        batches: list[Batch] = []
        for name in ORDER:
            if name == "contacts" and self.pending_contacts:
                batches.append((table(name), self.contact_layout, self.pending_contacts))
            if rows := self.pending[name]:
                columns = list(rows[0])
                pick = itemgetter(*columns)
                tuples = [(pick(r),) for r in rows] if len(columns) == 1 else list(map(pick, rows))
                batches.append((table(name), columns, tuples))
            if name in stored and stored[name][1]:
                batches.append((table(name), *stored[name]))
        if not batches:
            return True
        if not all(helper.copyable(into, columns) for into, columns, _rows in batches):
            return False
        self.pending_contacts = []
        self.pending = {name: [] for name in ORDER}
        for into, _columns, copied in batches:
            self.written[into.name] += len(copied)
        helper.copy(batches)
        return True

    def build_indexes(self, *names: str, then: Sequence[str] = ()) -> bool:
        """The load has finished writing these tables: with a helper thread, their set-aside
        indexes are built now, behind the load, their statistics taken, then the statements
        `then` run (True); otherwise nothing now (False), the indexes and statistics wait
        for finish(). The load should not write to these tables again: it may, but then
        the indexes are kept up to date row by row."""
        if self.copy_behind is None:
            return False
        self.send()
        now = self.set_aside.take_indexes(names)
        measured = [name for name in names if self.written[name] and name not in self.analyzed]
        if measured and sum(self.written.values()) >= WORTH_ANALYZING:
            quote = self.session.get_bind().dialect.identifier_preparer.quote
            now.append("ANALYZE " + ", ".join(quote(name) for name in measured))
            self.analyzed.update(measured)
        self.copy_behind.execute([*now, *then])
        return True

    def flush(self) -> None:
        """Write what is pending. Afterwards every row is in its table and the session is
        the caller's alone (nothing runs on it in the background)."""
        self.settle()
        self._write(ORDER)

    def _write(self, names: Sequence[str]) -> None:
        for name in names:
            if name == "contacts" and self.pending_contacts:
                added = self.pending_contacts
                insert_values(
                    self.session.connection(),
                    table(name),
                    self.contact_layout,
                    added,
                    as_stored=self.contacts_as_stored,
                )
                self.written[name] += len(added)
                self.pending_contacts = []
            rows = self.pending[name]
            if rows and name == "audit_entries":
                audit_chain.seal(self.session.connection(), rows)  # SQLite numbers them here
            if rows:
                insert_many(self.session.connection(), table(name), rows)
                self.written[name] += len(rows)
                self.pending[name] = []

    def stamps(self, *, updated: bool = True) -> dict[str, Any]:
        """Bookkeeping columns of a new row (shared: spread it, never change it)."""
        return self._stamps if updated else self._created

    def __enter__(self) -> BulkWriter:
        return self

    def _write_behind(self) -> bool:
        """The new contacts read so far (SQLite), if the helper is idle: their parents
        written now, the contacts staged for the helper to move into their table (and
        index for search), the rest left for the next flush (their rows may refer to these
        contacts). While the helper is busy the rows wait (False): the load never waits
        for it."""
        assert self.behind is not None
        if self.behind.busy():
            return False
        self.settle()  # idle: only raises what its last work raised
        self._write(PARENTS)
        if self.staged is None:
            self.staged = StagedContacts(self.session, self.contact_layout, self.behind)
        if self.search_index is not None:
            self.search_index.ready()
        rows, self.pending_contacts = self.pending_contacts, []
        self.staged.stage(rows)
        self.written["contacts"] += len(rows)
        if self.search_index is not None:
            self.search_index.written(rows[-1][0])
        self._look_at = CHUNK
        return True

    def settle(self) -> None:
        """Wait for the work running behind the load, if any (before using the session
        directly between `add_contact` calls; `flush` does)."""
        if self.behind is not None:
            self.behind.settle()
        if self.copy_behind is not None:
            self.copy_behind.settle()

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        if self.copy_behind is not None:
            helper, self.copy_behind = self.copy_behind, None
            try:
                helper.close(failed=exc_type is not None)  # before the transaction ends
            except Exception:
                if exc_type is None:
                    raise
        if self.behind is not None:
            try:
                self.behind.close()  # before the transaction ends, either way
            except Exception:
                if exc_type is None:
                    raise
            if self.staged is not None and exc_type is None:
                self.staged.drop()
            self.staged = None
        if self.cache_size is not None:
            self.session.execute(text(f"PRAGMA cache_size = {int(self.cache_size)}"))
            self.cache_size = None

    def household_id(self, name: str | None, notes: str = "") -> int | None:
        if not name:
            return None
        found = self.households.get(name)
        if found is None:
            found = self.new_id("households")
            self.households[name] = found
            self.add("households", {"id": found, "name": name, "notes": notes, **self.stamps()})
        elif notes:
            self.settle()
            households = table("households")
            self.session.execute(
                households.update()
                .where(households.c.id == found)
                .values(notes=notes, version=households.c.version + 1, updated_at=self.now)
            )
        return found

    def tag_ids(self, names: Iterable[str]) -> list[int]:
        ids = []
        for name in names:
            folded = name.casefold()
            found = self.tags.get(folded)
            if found is None:
                found = self.new_id("tags")
                self.tags[folded] = found
                self.add("tags", {"id": found, "name": name})
            ids.append(found)
        return ids

    def add_contact(self, contact_id: int, fields: ContactFields, **extra: Any) -> None:
        """A new contact from normalised, validated fields; its household and tags as needed."""
        assert not self.search_indexed, "contacts come before the search index (index_search)"
        # Every contact of one writer must get the same extra keys: one layout for all.
        as_stored = self.contacts_as_stored
        if not self.contact_layout:
            self.contact_layout = ("id", *CONTACT_COLUMNS, *extra, *self._stamps)
            self._contact_stamps = self._stored(self._stamps.values())
        household = fields.household
        values = contact_values(
            fields, self.household_id(household) if household else None, dates_as_text=as_stored
        )
        if extra:
            self.pending_contacts.append(
                (contact_id, *values, *self._stored(extra.values()), *self._contact_stamps)
            )
        else:
            self.pending_contacts.append((contact_id, *values, *self._contact_stamps))
        if fields.tags:
            pending_tags = self.pending["contact_tags"]
            for tag_id in dict.fromkeys(self.tag_ids(fields.tags)):
                pending_tags.append({"contact_id": contact_id, "tag_id": tag_id})
        waiting = len(self.pending_contacts)
        if waiting >= CHUNK:
            if self.behind is None or not self.contacts_as_stored:
                self.send()
            elif waiting >= self._look_at and not self._write_behind():
                self._look_at = waiting + CHUNK // 5  # the helper is busy: look again later

    def _stored(self, values: Iterable[Any]) -> tuple[Any, ...]:
        """Values as this writer's contact rows hold them (dates as text on SQLite)."""
        if not self.contacts_as_stored:
            return tuple(values)
        return tuple(stored_text(v) if isinstance(v, date | time) else v for v in values)

    def finish(self) -> None:
        """Write what is pending, index new contacts for search (SQLite), refresh the
        planner's statistics after a large load and move id sequences past the ids used
        (PostgreSQL)."""
        self.flush()
        new_reviews = self.written["reviews"] and not self.last_reviews_given
        self.set_aside.put_back_triggers(reviews_from=self.first_review_id if new_reviews else None)
        self.set_aside.build_indexes(rows_written=sum(self.written.values()))
        if self.staged is not None:
            self.staged.drop()
            self.staged = None
        if self.search_trigger_sql:
            if self.search_index is not None and not self.search_indexed:
                self.search_index.finish(self.next_ids["contacts"] - 1)
            self.session.execute(text(self.search_trigger_sql))
            self.search_trigger_sql = None
        if sum(self.written.values()) >= WORTH_ANALYZING:
            written = [n for n in ORDER if self.written[n] and n not in self.analyzed]
            if written:
                refresh_statistics(self.session, written)
        self.ids.move_sequences(self.written)

    def index_search(self) -> None:
        """Index the new contacts for search now (SQLite; nothing on PostgreSQL, whose index
        is rebuilt with the others), not in `finish()`: the contacts are all written. One
        statement that runs without Python's lock, so a caller may work meanwhile on
        another thread, as long as nothing else uses this writer's connection."""
        self.flush()
        if self.search_index is not None:
            self.search_index.finish(self.next_ids["contacts"] - 1)
        self.search_indexed = True
