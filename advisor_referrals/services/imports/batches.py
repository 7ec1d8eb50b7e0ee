"""Import batches: each contacts import recorded as one batch, and undoing it.

Undoing removes the contacts the import added and puts back the values of those it
updated, in one transaction with its audit entries. A contact changed since the import
(edited, archived, merged, or given a trigger, referral, review, kit or ask) is not touched
without consent: `undo` raises `ChangedSinceImport` naming them, and undoes the rest
only when called again with `skip_changed=True` (docs/design.md, "Changes and undo":
nothing is overwritten).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import BookError, NotFoundError
from advisor_referrals.services import changes as book_changes
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.summary import counted
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ImportBatchRow,
    ImportBatchUpdateRow,
    now,
)
from advisor_referrals.storage.rows import apply_contact_fields, contact_from_row, contact_snapshot

ENTITY = "import_batch"
IN_CHUNK = 500
# Records that point at a contact: one made since the import means the contact is in use.
USES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("conversation_triggers", ("contact_id",)),
    ("referrals", ("referrer_id", "referred_id")),
    ("reviews", ("contact_id",)),
    ("kit_history", ("contact_id",)),
    ("outbound_referrals", ("coi_id", "contact_id")),
    ("asks", ("contact_id",)),
)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    at: datetime
    user: str
    source: str
    layout: str
    added: int
    updated: int
    undone_at: datetime | None
    undone_by: str | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def describe(self) -> str:
        parts = [counted(self.added, "contacts added"), counted(self.updated, "contacts updated")]
        return f"{self.source} ({', '.join(parts)})"


@dataclass(frozen=True)
class Changed:
    contact_id: int
    name: str
    why: str

    def __str__(self) -> str:
        return f"{self.name} ({self.why})"


class ChangedSinceImport(BookError):
    """Some contacts of the batch were changed after the import; nothing was undone."""

    def __init__(self, batch: BatchInfo, changed: Sequence[Changed]) -> None:
        self.batch = batch
        self.changed = tuple(changed)
        shown = "; ".join(str(c) for c in self.changed[:10])
        more = f"; and {len(self.changed) - 10} more" if len(self.changed) > 10 else ""
        super().__init__(
            f"{counted(len(self.changed), 'contacts')} of the import of {batch.source} changed "
            f"since: {shown}{more}. Nothing was undone. Undo the rest and keep "
            "these as they are now? (--skip-changed on the command line)"
        )


@dataclass(frozen=True)
class UndoResult:
    batch: BatchInfo
    removed: int
    restored: int
    kept: tuple[Changed, ...]

    def __str__(self) -> str:
        text = (
            f"Undid the import of {self.batch.source}: "
            f"{counted(self.removed, 'contacts removed')}, "
            f"{counted(self.restored, 'contacts restored')}."
        )
        if self.kept:
            text += (
                f" {counted(len(self.kept), 'contacts')} changed since were kept as they are: "
                + "; ".join(str(c) for c in self.kept[:10])
                + ("…" if len(self.kept) > 10 else "")
            )
        return text


def _info(row: ImportBatchRow) -> BatchInfo:
    return BatchInfo(
        row.id,
        row.at,
        row.user,
        row.source,
        row.layout,
        row.added,
        row.updated,
        row.undone_at,
        row.undone_by,
    )


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield list(ids[start : start + IN_CHUNK])


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def snapshot_json(fields: ContactFields, archived_on: date | None) -> dict[str, Any]:
    """A contact's values as JSON keeps them (enums as their values, dates as ISO text)."""
    values = {name: _plain(value) for name, value in contact_snapshot(fields).items()}
    values["archived_on"] = _plain(archived_on)
    return values


def fields_from_json(values: dict[str, Any]) -> ContactFields:
    given = {k: v for k, v in values.items() if k in ContactFields.__dataclass_fields__}
    given["relationship"] = Relationship(given["relationship"])
    given["segment"] = Segment(given["segment"])
    given["tier"] = Tier(given["tier"]) if given.get("tier") else None
    since = given.get("client_since")
    given["client_since"] = date.fromisoformat(since) if since else None
    given["tags"] = tuple(given.get("tags") or ())
    return ContactFields(**given)


def record_batch(
    session: Session,
    *,
    user: str,
    source: str,
    layout: str,
    added: tuple[int, int] | None,
    created: dict[str, tuple[int, int]],
    updates: Sequence[tuple[int, ContactFields, date | None]],
    summary: str,
) -> int:
    """One batch for an import written in this session: the ranges of ids it created and,
    for each contact it updated, (id, fields before, archived_on before)."""
    ranges = {kind: list(span) for kind, span in created.items() if span[0] <= span[1]}
    if added is not None:
        ranges["contacts"] = list(added)
    batch = ImportBatchRow(
        user=user,
        source=source[:500],
        layout=layout[:40],
        added=0 if added is None else added[1] - added[0] + 1,
        updated=len(updates),
        created=ranges or None,
        summary=summary,
    )
    session.add(batch)
    session.flush()
    if updates:
        contacts = table("contacts")
        ids = [contact_id for contact_id, _, _ in updates]
        versions: dict[int, int] = {}
        for chunk in _chunks(ids):
            for contact_id, version in session.execute(
                select(contacts.c.id, contacts.c.version).where(contacts.c.id.in_(chunk))
            ):
                versions[contact_id] = version
        session.execute(
            table("import_batch_updates").insert(),
            [
                {
                    "batch_id": batch.id,
                    "contact_id": contact_id,
                    "version_after": versions[contact_id],
                    "before": snapshot_json(before, archived_on),
                }
                for contact_id, before, archived_on in updates
            ],
        )
    return batch.id


class ImportBatches:
    def __init__(self, book: Book) -> None:
        self.book = book

    def recent(self, limit: int = 50) -> list[BatchInfo]:
        with self.book.session() as session:
            rows = session.scalars(
                select(ImportBatchRow).order_by(ImportBatchRow.id.desc()).limit(limit)
            ).all()
            return [_info(row) for row in rows]

    def get(self, batch_id: int) -> BatchInfo:
        with self.book.session() as session:
            return _info(self._load(session, batch_id))

    def last_undoable(self) -> BatchInfo | None:
        with self.book.session() as session:
            row = session.scalar(
                select(ImportBatchRow)
                .where(ImportBatchRow.undone_at.is_(None))
                .order_by(ImportBatchRow.id.desc())
                .limit(1)
            )
            return None if row is None else _info(row)

    def changed_since(self, batch_id: int) -> list[Changed]:
        """The contacts of the batch an undo would leave alone."""
        with self.book.session() as session:
            batch = self._load(session, batch_id)
            return _changed(session, batch)

    def undo(self, batch_id: int, *, skip_changed: bool = False) -> UndoResult:
        writer = BookWriter(self.book, ENTITY)
        with writer.transaction(f"The import batch {batch_id}") as session:
            batch = self._load(session, batch_id)
            info = _info(batch)
            if batch.undone_at is not None:
                raise BookError(
                    f"The import of {batch.source} was already undone "
                    f"(by {batch.undone_by} on {batch.undone_at:%Y-%m-%d %H:%M} UTC)."
                )
            changed = _changed(session, batch)
            if changed and not skip_changed:
                raise ChangedSinceImport(info, changed)
            leave = {c.contact_id for c in changed}
            removed = _remove_added(session, batch, leave)
            restored = _restore_updated(session, batch, leave, BookWriter(self.book, "contact"))
            _remove_unused(session, batch)
            batch.undone_at = now()
            batch.undone_by = self.book.user
            result = UndoResult(info, removed, restored, tuple(changed))
            book_changes.note("contact", None)
            writer.audit(
                session,
                "undo import",
                batch.id,
                str(result),
                {"removed": [None, removed], "restored": [None, restored]},
            )
            return result

    @staticmethod
    def _load(session: Session, batch_id: int) -> ImportBatchRow:
        row = session.get(ImportBatchRow, batch_id)
        if row is None:
            raise NotFoundError(f"there is no import batch {batch_id}")
        return row


def _added_range(batch: ImportBatchRow) -> tuple[int, int] | None:
    span = (batch.created or {}).get("contacts")
    return (int(span[0]), int(span[1])) if span else None


def _changed(session: Session, batch: ImportBatchRow) -> list[Changed]:
    contacts = table("contacts")
    found: dict[int, Changed] = {}
    span = _added_range(batch)
    if span is not None:
        in_range = contacts.c.id.between(*span)
        for contact_id, first, last in session.execute(
            select(contacts.c.id, contacts.c.first_name, contacts.c.last_name).where(
                in_range, contacts.c.version != 1
            )
        ):
            found[contact_id] = Changed(contact_id, _name(first, last), "edited since")
        for name, columns in USES:
            used = table(name)
            for column in columns:
                query = select(contacts.c.id, contacts.c.first_name, contacts.c.last_name).where(
                    in_range, exists().where(used.c[column] == contacts.c.id)
                )
                for contact_id, first, last in session.execute(query):
                    found.setdefault(
                        contact_id,
                        Changed(contact_id, _name(first, last), f"has {_what(name)} since"),
                    )
    for update_row in session.scalars(
        select(ImportBatchUpdateRow).where(ImportBatchUpdateRow.batch_id == batch.id)
    ):
        current = session.execute(
            select(contacts.c.version, contacts.c.first_name, contacts.c.last_name).where(
                contacts.c.id == update_row.contact_id
            )
        ).first()
        if current is None:
            found[update_row.contact_id] = Changed(
                update_row.contact_id,
                _name(update_row.before.get("first_name"), update_row.before.get("last_name")),
                "no longer in the book",
            )
        elif current[0] != update_row.version_after:
            found[update_row.contact_id] = Changed(
                update_row.contact_id, _name(current[1], current[2]), "edited since"
            )
    return sorted(found.values(), key=lambda c: c.contact_id)


def _what(table_name: str) -> str:
    return {
        "conversation_triggers": "a trigger",
        "referrals": "a referral",
        "reviews": "a review",
        "kit_history": "a kit",
        "outbound_referrals": "an outbound referral",
        "asks": "an ask",
    }[table_name]


def _name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or "(no name)"


def _remove_added(session: Session, batch: ImportBatchRow, leave: set[int]) -> int:
    span = _added_range(batch)
    if span is None:
        return 0
    contacts = table("contacts")
    ids = [
        contact_id
        for contact_id in session.scalars(
            select(contacts.c.id).where(contacts.c.id.between(*span)).order_by(contacts.c.id)
        )
        if contact_id not in leave
    ]
    for chunk in _chunks(ids):
        session.execute(delete(contacts).where(contacts.c.id.in_(chunk)))
    return len(ids)


def _restore_updated(
    session: Session, batch: ImportBatchRow, leave: set[int], contacts: BookWriter
) -> int:
    restored = 0
    for update_row in session.scalars(
        select(ImportBatchUpdateRow)
        .where(ImportBatchUpdateRow.batch_id == batch.id)
        .order_by(ImportBatchUpdateRow.id)
    ).all():
        if update_row.contact_id in leave:
            continue
        row = session.get(ContactRow, update_row.contact_id)
        if row is None:
            continue
        now_fields = contact_from_row(row).as_fields()
        before = fields_from_json(update_row.before)
        apply_contact_fields(session, row, before)
        archived = update_row.before.get("archived_on")
        row.archived_on = date.fromisoformat(archived) if archived else None
        session.flush()
        changes = audit.diff(contact_snapshot(now_fields), contact_snapshot(before))
        contacts.audit(
            session,
            "update",
            row.id,
            f"Restored {before.full_name} as before the import of {batch.source}",
            changes,
        )
        restored += 1
    return restored


def _remove_unused(session: Session, batch: ImportBatchRow) -> None:
    """Tags and households the import created that nothing uses any more."""
    created = batch.created or {}
    tags, contact_tags = table("tags"), table("contact_tags")
    households, contacts = table("households"), table("contacts")
    if "tags" in created:
        session.execute(
            delete(tags).where(
                tags.c.id.between(*created["tags"]),
                ~exists().where(contact_tags.c.tag_id == tags.c.id),
            )
        )
    if "households" in created:
        session.execute(
            delete(households).where(
                households.c.id.between(*created["households"]),
                households.c.notes == "",
                ~exists().where(contacts.c.household_id == households.c.id),
            )
        )
