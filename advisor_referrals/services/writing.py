"""The one write path of the services (docs/design.md, "Changes and undo").

Every edit is the same steps in one transaction: load the row, check that it is still
the version the user saw, apply the change, write the audit entry. A `RowWriter` (one per
kind of record a service edits) does the loading, the check and the audit entry; the
service says what changes and in what words:

    with self.writer.edit(contact_id, expected_version) as edit:
        apply_contact_fields(edit.session, edit.row, fields)
        edit.audit_changes("update", before, after, lambda names: f"Edited {name}: {names}")

A `BookWriter` is the same without a row to check: new records, settings, the cadence
table, the record of a kit or an export.

Two saves that both passed the version check at the same moment cannot both land
either: every edited table has a `version` column that SQLAlchemy checks in the
UPDATE itself (`version_id_col`), so the later UPDATE matches no row. Both ways end
in the ConflictError the UI turns into "Someone else saved first". The check costs no
query of its own: the row is loaded to be changed anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import ORMOption

from advisor_referrals.domain.errors import ConflictError, NotFoundError
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Base

# A stored row with an `id` and a `version` column. (A Protocol saying so would be
# clearer, but mypy checks such a bound before it has read the models' mapped columns.)
R = TypeVar("R", bound=Base)
T = TypeVar("T", bound=Base)


def _id(row: Base) -> int:
    return int(getattr(row, "id"))  # noqa: B009 - see R


def _version(row: Base) -> int:
    return int(getattr(row, "version"))  # noqa: B009 - see R


def undoing(action: str, step: str) -> AbstractContextManager[None]:
    """Run an undo ("undo") or a redo ("redo") of the step named `step`: the audit entries
    written meanwhile on this thread say so, and the step's name, and what was changed.
    The trail stays append-only: an undo is a new entry, never an erased one."""
    return audit.as_step(action, step)


@contextmanager
def saving(what: str) -> Iterator[None]:
    """Wrap a write transaction of `what` (e.g. "Referral from Ana Souza"): a save that
    another one beat to the row becomes the ConflictError about it."""
    try:
        yield
    except StaleDataError:
        raise ConflictError(what) from None


@dataclass
class Edit(Generic[R]):
    """One edit in progress: its transaction, the row as loaded, and its audit entries."""

    writer: RowWriter[R]
    session: Session
    row: R

    def audit(self, action: str, summary: str, changes: Mapping[str, Any] | None = None) -> None:
        """The audit entry of this edit, naming the edited row."""
        self.writer.audit(self.session, action, _id(self.row), summary, changes)

    def audit_changes(
        self,
        action: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        summary: Callable[[str], str],
    ) -> dict[str, list[Any]]:
        """Audit the fields that differ between two snapshots, and nothing when none does.

        `summary` gets the names of the changed fields, comma separated.
        """
        changes = audit.diff(before, after)
        if changes:
            self.audit(action, summary(", ".join(changes)), changes)
        return changes


class BookWriter:
    """Write transactions of one kind of record, each with its audit entry.

    `entity` is the name the audit trail (and `BookChanges`) gives those records.
    """

    def __init__(self, book: Book, entity: str) -> None:
        self.book = book
        self.entity = entity

    @property
    def noun(self) -> str:
        return self.entity.replace("_", " ")

    @contextmanager
    def transaction(
        self, what: str | None = None, *, check_references: bool = True
    ) -> Iterator[Session]:
        """One write transaction that commits when the block ends without an error
        (`check_references`: see Book.write)."""
        with (
            saving(what or self.noun.capitalize()),
            self.book.write(check_references=check_references) as session,
        ):
            yield session

    def add(
        self,
        session: Session,
        row: T,
        action: str,
        summary: str | Callable[[T], str],
        snapshot: Mapping[str, Any],
    ) -> T:
        """Store a new row and audit it with every field it was given (`snapshot`).

        `summary` may be worded from the stored row (it has its id and relations then).
        """
        session.add(row)
        session.flush()
        text = summary if isinstance(summary, str) else summary(row)
        self.audit(session, action, _id(row), text, audit.diff({}, snapshot))
        return row

    def note(self, action: str, summary: str, changes: Mapping[str, Any] | None = None) -> None:
        """An audit entry of its own, for work that changed no record: an export, say."""
        with self.transaction() as session:
            self.audit(session, action, None, summary, changes)

    def audit(
        self,
        session: Session,
        action: str,
        entity_id: int | None,
        summary: str,
        changes: Mapping[str, Any] | None = None,
        *,
        entity: str | None = None,
    ) -> None:
        """An audit entry in the transaction of `session`, by the person at the desk."""
        audit.record(
            session,
            user=self.book.user,
            action=action,
            entity=entity or self.entity,
            entity_id=entity_id,
            summary=summary,
            changes=changes,
        )


class RowWriter(BookWriter, Generic[R]):
    """Loads, checks and audits the rows of one table for the service that edits them.

    `name` words a row for a conflict message ("Contact Ana Souza"); `options` load the
    related rows the service reads (names of the people in a referral, say).
    """

    def __init__(
        self,
        book: Book,
        model: type[R],
        entity: str,
        *,
        name: Callable[[R], str],
        options: Sequence[ORMOption] = (),
    ) -> None:
        super().__init__(book, entity)
        self.model = model
        self.name = name
        self.options = tuple(options)

    def load(self, session: Session, row_id: int) -> R:
        row = session.get(self.model, row_id, options=self.options)
        if row is None:
            raise NotFoundError(f"there is no {self.noun} with id {row_id}")
        return row

    @contextmanager
    def edit(self, row_id: int, expected_version: int | None) -> Iterator[Edit[R]]:
        """Load the row and check it is still at `expected_version` (None: no check, for an
        undo that compares the stored values instead); the block changes it."""
        what = f"{self.noun.capitalize()} {row_id}"
        try:
            with self.book.write() as session:
                row = self.load(session, row_id)
                what = self.name(row)
                if expected_version is not None and _version(row) != expected_version:
                    raise ConflictError(what)
                yield Edit(self, session, row)
        except StaleDataError:
            raise ConflictError(what) from None

    @contextmanager
    def edit_each(self, rows: Sequence[tuple[int, int]]) -> Iterator[list[Edit[R]]]:
        """`edit` for several rows, given as (id, expected version), in one transaction:
        every row is checked first, and all of them change or none does."""
        what = self.noun.capitalize()
        try:
            with self.book.write() as session:
                edits = []
                for row_id, expected_version in rows:
                    row = self.load(session, row_id)
                    what = self.name(row)
                    if _version(row) != expected_version:
                        raise ConflictError(what)
                    edits.append(Edit(self, session, row))
                yield edits
        except StaleDataError:
            raise ConflictError(what) from None
