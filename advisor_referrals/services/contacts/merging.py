"""Merging two contacts that are the same person (often found after an import).

The contact kept receives everything recorded about the other: conversation triggers,
referrals (given and received), reviews, kits and outbound referrals. Its empty fields
are filled from the other, the tags of both are kept, and the other's notes follow its
own. The other contact is archived with a note saying where it went, never deleted, so
a merge can be undone: `unmerge` moves the same records back and restores both
contacts, unless either was changed since (then it refuses, as every undo does,
docs/design.md "Changes and undo").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from advisor_referrals.domain.contacts import Contact, ContactFields, normalise_tags
from advisor_referrals.domain.errors import BookError, ConflictError, NotFoundError
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    KitHistoryRow,
    OutboundReferralRow,
    ReferralRow,
    ReviewRow,
    TriggerRow,
)
from advisor_referrals.storage.rows import apply_contact_fields, contact_from_row, contact_snapshot

FILLED = (
    "preferred_name",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "household",
)
FILLED_ALWAYS = ("tier", "client_since", "reviews_per_year")

# (model, columns pointing at a contact)
MOVED: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (TriggerRow, ("contact_id",)),
    (ReferralRow, ("referrer_id", "referred_id")),
    (ReviewRow, ("contact_id",)),
    (KitHistoryRow, ("contact_id",)),
    (OutboundReferralRow, ("coi_id", "contact_id")),
    (AskRow, ("contact_id",)),
)


@dataclass(frozen=True)
class Merged:
    """What a merge did: enough to undo it."""

    kept: Contact  # as the merge left it
    other: Contact  # as the merge left it (archived)
    kept_before: ContactFields
    other_archived_before: date | None
    other_notes_before: str
    moved: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # table -> column -> ids

    @property
    def moved_count(self) -> int:
        return sum(len(ids) for columns in self.moved.values() for ids in columns.values())


def merged_fields(kept: ContactFields, other: ContactFields) -> ContactFields:
    """The kept contact's fields, its empty ones filled from the other."""
    changes: dict[str, object] = {}
    for name in FILLED + FILLED_ALWAYS:
        if getattr(kept, name) in (None, "") and getattr(other, name) not in (None, ""):
            changes[name] = getattr(other, name)
    if not kept.has_written_plan and other.has_written_plan:
        changes["has_written_plan"] = True
    if other.do_not_ask:
        changes["do_not_ask"] = True
    changes["tags"] = normalise_tags((*kept.tags, *other.tags))
    if other.notes and other.notes not in kept.notes:
        changes["notes"] = "\n".join(n for n in (kept.notes, other.notes) if n)
    return kept.edited(**changes)


class ContactMerger:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.writer = BookWriter(book, "contact")

    def merge(self, keep_id: int, keep_version: int, other_id: int, other_version: int) -> Merged:
        if keep_id == other_id:
            raise BookError("choose two different contacts to merge")
        with self.writer.transaction("Contact") as session:
            kept = _load(session, keep_id, keep_version)
            other = _load(session, other_id, other_version)
            _refuse_self_links(session, keep_id, other_id)
            kept_before = contact_from_row(kept).as_fields()
            other_fields = contact_from_row(other).as_fields()
            other_archived, other_notes = other.archived_on, other.notes
            after = merged_fields(kept_before, other_fields)
            moved = _move(session, other_id, keep_id)
            apply_contact_fields(session, kept, after)
            other.archived_on = other.archived_on or date.today()
            note = f"Merged into {after.full_name} (contact {keep_id}) on {date.today():%Y-%m-%d}."
            other.notes = "\n".join(n for n in (other.notes, note) if n)
            session.flush()
            count = sum(len(ids) for columns in moved.values() for ids in columns.values())
            self.writer.audit(
                session,
                "merge",
                keep_id,
                f"Merged {other_fields.full_name} (contact {other_id}) into "
                f"{after.full_name}: {count} records moved",
                changes={
                    **audit.diff(contact_snapshot(kept_before), contact_snapshot(after)),
                    "merged_from": [None, other_id],
                },
            )
            self.writer.audit(
                session,
                "archive",
                other_id,
                f"Archived {other_fields.full_name}: merged into {after.full_name}",
                changes=audit.diff(
                    {"archived_on": other_archived}, {"archived_on": other.archived_on}
                ),
            )
            return Merged(
                contact_from_row(kept),
                contact_from_row(other),
                kept_before,
                other_archived,
                other_notes,
                moved,
            )

    def unmerge(self, merged: Merged) -> tuple[Contact, Contact]:
        """Undo a merge: the records go back, both contacts are as they were."""
        with self.writer.transaction("Contact") as session:
            kept = _load(session, merged.kept.id, merged.kept.version)
            other = _load(session, merged.other.id, merged.other.version)
            for model, columns in MOVED:
                for column in columns:
                    ids = merged.moved.get(model.__tablename__, {}).get(column, [])
                    if ids:
                        target = getattr(model, column)
                        session.execute(
                            update(model)
                            .where(model.id.in_(ids), target == merged.kept.id)
                            .values({column: merged.other.id})
                        )
            apply_contact_fields(session, kept, merged.kept_before)
            other.archived_on = merged.other_archived_before
            other.notes = merged.other_notes_before
            session.flush()
            self.writer.audit(
                session,
                "unmerge",
                kept.id,
                f"Undid the merge of {merged.other.full_name} into {merged.kept_before.full_name}",
                changes=audit.diff(
                    contact_snapshot(merged.kept.as_fields()), contact_snapshot(merged.kept_before)
                ),
            )
            self.writer.audit(
                session,
                "unarchive",
                other.id,
                f"Restored {merged.other.full_name}: the merge was undone",
                changes=audit.diff(
                    {"archived_on": merged.other.archived_on}, {"archived_on": other.archived_on}
                ),
            )
            return contact_from_row(kept), contact_from_row(other)


def _load(session: Session, contact_id: int, version: int) -> ContactRow:
    row = session.get(
        ContactRow,
        contact_id,
        options=[selectinload(ContactRow.tags), selectinload(ContactRow.household)],
    )
    if row is None:
        raise NotFoundError(f"there is no contact with id {contact_id}")
    if row.version != version:
        raise ConflictError(f"Contact {row.first_name} {row.last_name}".strip())
    return row


def _refuse_self_links(session: Session, keep_id: int, other_id: int) -> None:
    """A contact cannot refer themself: a referral between the two stops the merge."""
    pair = (keep_id, other_id)
    linked = session.scalar(
        select(ReferralRow.id)
        .where(ReferralRow.referrer_id.in_(pair), ReferralRow.referred_id.in_(pair))
        .limit(1)
    )
    outbound = session.scalar(
        select(OutboundReferralRow.id)
        .where(OutboundReferralRow.coi_id.in_(pair), OutboundReferralRow.contact_id.in_(pair))
        .limit(1)
    )
    if linked is not None or outbound is not None:
        raise BookError(
            "These two contacts are linked by a referral between them, and a contact cannot "
            "refer themself: delete or change that referral first, then merge."
        )


def _move(session: Session, from_id: int, to_id: int) -> dict[str, dict[str, list[int]]]:
    moved: dict[str, dict[str, list[int]]] = {}
    for model, columns in MOVED:
        for column in columns:
            target = getattr(model, column)
            ids = list(session.scalars(select(model.id).where(target == from_id)))
            if ids:
                moved.setdefault(model.__tablename__, {})[column] = ids
                session.execute(update(model).where(model.id.in_(ids)).values({column: to_id}))
    return moved
