"""Deciding what each row of a contacts file does to the book, then doing it.

A row is new, updates the contact with the same email (case-insensitive; only with
`update`), leaves that contact unchanged, or is skipped with a reason. New rows take
defaults for the columns the file lacks; updates keep the stored values of those
columns. Every row is validated with the domain rules before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import ContactFields, validate_contact
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import Problem
from advisor_referrals.services.audit import writing as audit
from advisor_referrals.services.book_file.format import PHONE_MAX
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.contact_rows import contact_columns
from advisor_referrals.services.imports.contact_values import normalised_contact, normalised_from
from advisor_referrals.services.imports.csv_rows import ConvertedFile, ConvertingFile, RowValues
from advisor_referrals.services.imports.duplicates import BookPeople
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.mapping import ARCHIVED
from advisor_referrals.services.practice.members import AdvisorNames
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.storage.rows import contact_snapshot

STEP_EVERY = 5000
IN_CHUNK = 500


@dataclass(frozen=True)
class Update:
    row: int
    contact_id: int
    before: ContactFields
    after: ContactFields


@dataclass
class ContactsPlan:
    source: str
    new: list[tuple[int, ContactFields]] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    archive: set[int] = field(default_factory=set)  # rows whose contact is archived
    likely: dict[int, str] = field(default_factory=dict)  # row -> the likely duplicate, in words
    added: list[tuple[int, int]] = field(default_factory=list)  # (row, contact id), once written
    written: int = 0  # of `new`, those already handed to the bulk writer (the first ones)

    def counts(self) -> dict[str, int]:
        return {
            "contacts added": len(self.new),
            "contacts updated": len(self.updates),
            "contacts unchanged": len(self.unchanged),
        }


def checked(fields: ContactFields, where: str, problems: list[Problem]) -> bool:
    found = validate_contact(fields, where)
    if fields.phone and len(fields.phone) > PHONE_MAX:
        found.append(Problem(where, "phone", fields.phone, f"at most {PHONE_MAX} characters"))
    problems += found
    return not found


def plan_import(
    session: Session | None,
    converted: ConvertedFile | ConvertingFile,
    *,
    update: bool = False,
    progress: Progress | None = None,
    writer: BulkWriter | None = None,
    advisors: AdvisorNames | None = None,
) -> ContactsPlan:
    """What importing these rows would do. Without a session (a preview of the file
    alone) every row counts as new. `advisors`: on a practice book, how the names in an
    advisor column find the practice's advisors (docs/design.md, "A practice").

    With a writer, each new contact is written as soon as it is checked, while no
    problem has been found (one pass per row, from the file's cells to the insert); the
    rest is still checked, so every problem is reported, and `write_plan` writes what
    is left once the caller has decided (or the transaction is rolled back).
    """
    plan = ContactsPlan(converted.source, problems=list(converted.problems))
    streaming = isinstance(converted, ConvertingFile)
    known = len(converted.problems)  # a stream adds the problems of its rows as it is read
    wants_emails = (
        "email" in converted.mapping.mapped
        if isinstance(converted, ConvertingFile)
        else _any_email(converted.rows)
    )
    existing = _emails(session) if session is not None and wants_emails else {}
    people = BookPeople.load(session) if session is not None and _has_contacts(session) else None
    claimed: dict[int, int] = {}
    matched: list[tuple[RowValues, int]] = []
    total = converted.total if isinstance(converted, ConvertingFile) else len(converted.rows)
    in_file: dict[str, int] = {}  # email -> the first row that has it
    problems, new, added = plan.problems, plan.new, plan.added
    for count, values in enumerate(converted.rows, start=1):
        if count % STEP_EVERY == 0 and not streaming:  # a stream says how far it has read
            step(progress, count, total, "Checking contacts…")
        row, given = values
        if ARCHIVED in given and given.pop(ARCHIVED):
            plan.archive.add(row)
        email = given.get("email")
        ids: list[int] = []
        if email:
            folded = email.strip().casefold()
            if folded:
                # The same person twice in one file is refused, not made twice or merged.
                first = in_file.setdefault(folded, row)
                if first != row:
                    problems.append(
                        Problem(
                            f"row {row}",
                            "email",
                            email.strip(),
                            f"the same email as row {first}; a file holds each contact once",
                        )
                    )
                    continue
            if existing:
                ids = existing.get(folded, [])
        same = ""
        if not ids:
            fields = normalised_from(given)
            if people is not None and (found := people.same_person(fields)):
                ids = [p.contact_id for p in found]
                same = f"{found[0].name} (same name and phone) is already in the book"
            else:
                if people is not None and (alike := people.same_name(fields)):
                    plan.likely[row] = f"likely the same person as {alike[0].name}"
                where = f"row {row}"
                if advisors is not None:
                    fields = _with_advisor(fields, advisors, where, problems)
                if checked(fields, where, problems):
                    new.append((row, fields))
                    # Written now while the file has shown no problem (one pass per row).
                    if writer is not None and not problems and len(converted.problems) == known:
                        contact_id = writer.new_id("contacts")
                        writer.add_contact(contact_id, fields)
                        added.append((row, contact_id))
                continue
        reason = None
        if not update:
            reason = same or f"{email} is already in the book"
        elif len(ids) > 1:
            reason = f"{email} belongs to {len(ids)} contacts in the book; which one is unclear"
        elif ids[0] in claimed:
            reason = f"same email as row {claimed[ids[0]]}, which already updates that contact"
        if reason is not None:
            plan.skipped.append(f"row {values.row}: {reason}")
            plan.skipped_rows.append(values.row)
            continue
        claimed[ids[0]] = values.row
        matched.append((values, ids[0]))
    plan.written = len(added)
    if writer is not None:
        writer.settle()  # the session is read again below, and by the caller
    if matched and session is not None:
        stored = stored_fields(session, [contact_id for _, contact_id in matched])
        for values, contact_id in matched:
            before = stored[contact_id]
            after = normalised_from({**_as_dict(before), **values.given})
            if advisors is not None and "advisor" in values.given:
                after = _with_advisor(after, advisors, f"row {values.row}", plan.problems)
            if not checked(after, f"row {values.row}", plan.problems):
                continue
            if after == before:
                plan.unchanged.append(values.row)
            else:
                plan.updates.append(Update(values.row, contact_id, before, after))
    plan.problems += converted.problems[known:]
    plan.problems.sort(key=_row_number)
    return plan


def _with_advisor(
    fields: ContactFields, advisors: AdvisorNames, where: str, problems: list[Problem]
) -> ContactFields:
    """The advisor column's name as the practice's advisor (role) it names."""
    if fields.advisor is None:
        return replace(fields, advisor=advisors.default)
    found = advisors.resolve(fields.advisor)
    if found is None:
        problems.append(
            Problem(
                where,
                "advisor",
                fields.advisor,
                f"not an advisor of this practice (by role or name); advisors: "
                f"{advisors.allowed()}",
            )
        )
        return fields
    return replace(fields, advisor=found)


def _row_number(problem: Problem) -> int:
    where = problem.where
    return int(where[4:]) if where.startswith("row ") and where[4:].isdigit() else 0


def _has_contacts(session: Session) -> bool:
    contacts = table("contacts")
    return session.execute(select(contacts.c.id).limit(1)).first() is not None


def _any_email(rows: Sequence[RowValues]) -> bool:
    return any(values.given.get("email") for values in rows)


def _emails(session: Session) -> dict[str, list[int]]:
    contacts = table("contacts")
    found: dict[str, list[int]] = {}
    query = select(contacts.c.id, contacts.c.email).where(contacts.c.email.is_not(None))
    for contact_id, email in session.execute(query.order_by(contacts.c.id)):
        found.setdefault(email.strip().casefold(), []).append(contact_id)
    return found


def _as_dict(fields: ContactFields) -> dict[str, Any]:
    return contact_snapshot(fields)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield list(ids[start : start + IN_CHUNK])


def stored_fields(session: Session, ids: Sequence[int]) -> dict[int, ContactFields]:
    contacts, households = table("contacts"), table("households")
    tags, contact_tags = table("tags"), table("contact_tags")
    result: dict[int, ContactFields] = {}
    for chunk in _chunks(ids):
        names: dict[int, list[str]] = {}
        for contact_id, name in session.execute(
            select(contact_tags.c.contact_id, tags.c.name)
            .join(tags, tags.c.id == contact_tags.c.tag_id)
            .where(contact_tags.c.contact_id.in_(chunk))
        ):
            names.setdefault(contact_id, []).append(name)
        query = (
            select(contacts, households.c.name.label("household_name"))
            .outerjoin(households, households.c.id == contacts.c.household_id)
            .where(contacts.c.id.in_(chunk))
        )
        for row in session.execute(query):
            result[row.id] = normalised_contact(
                first_name=row.first_name,
                last_name=row.last_name,
                preferred_name=row.preferred_name,
                relationship=Relationship(row.relationship),
                profession=row.profession,
                email=row.email,
                phone=row.phone,
                city=row.city,
                region=row.region,
                country=row.country,
                household=row.household_name,
                advisor=row.advisor,
                segment=Segment(row.segment),
                tier=Tier(row.tier) if row.tier else None,
                client_since=row.client_since,
                has_written_plan=row.has_written_plan,
                do_not_ask=row.do_not_ask,
                tags=names.get(row.id, ()),
                notes=row.notes,
                reviews_per_year=row.reviews_per_year,
                preferred_language=row.preferred_language,
            )
    return result


def write_plan(
    session: Session,
    writer: BulkWriter,
    plan: ContactsPlan,
    *,
    user: str,
    progress: Progress | None = None,
) -> None:
    total = len(plan.new) + len(plan.updates)
    for count, (row, fields) in enumerate(plan.new[plan.written :], start=plan.written + 1):
        if count % STEP_EVERY == 0:
            step(progress, count, total, "Adding contacts…")
        contact_id = writer.new_id("contacts")
        writer.add_contact(contact_id, fields)
        plan.added.append((row, contact_id))
    plan.written = len(plan.new)
    writer.flush()
    if plan.updates:
        _write_updates(session, writer, plan, user)
    if plan.archive:
        _archive(session, plan)
    step(progress, total, total, "Saving…")


def _archive(session: Session, plan: ContactsPlan) -> None:
    """Archive the contacts of the rows that say so (part of the import: no new version)."""
    ids = [cid for row, cid in plan.added if row in plan.archive]
    ids += [item.contact_id for item in plan.updates if item.row in plan.archive]
    contacts = table("contacts")
    for chunk in _chunks(ids):
        session.execute(
            contacts.update()
            .where(contacts.c.id.in_(chunk), contacts.c.archived_on.is_(None))
            .values(archived_on=date.today())
        )


def _write_updates(session: Session, writer: BulkWriter, plan: ContactsPlan, user: str) -> None:
    contacts, contact_tags = table("contacts"), table("contact_tags")
    columns = list(contact_columns(plan.updates[0].after, None))
    statement = (
        contacts.update()
        .where(contacts.c.id == bindparam("b_id"))
        .values(
            {
                **{name: bindparam(name) for name in columns},
                "version": contacts.c.version + 1,
                "updated_at": writer.now,
            }
        )
    )
    params = [
        {
            "b_id": item.contact_id,
            **contact_columns(item.after, writer.household_id(item.after.household)),
        }
        for item in plan.updates
    ]
    writer.flush()
    session.execute(statement, params)
    ids = [item.contact_id for item in plan.updates]
    for chunk in _chunks(ids):
        session.execute(delete(contact_tags).where(contact_tags.c.contact_id.in_(chunk)))
    for item in plan.updates:
        for tag_id in dict.fromkeys(writer.tag_ids(item.after.tags)):
            writer.add("contact_tags", {"contact_id": item.contact_id, "tag_id": tag_id})
        changes = audit.diff(contact_snapshot(item.before), contact_snapshot(item.after))
        writer.add(
            "audit_entries",
            {
                "at": writer.now,
                "user": user,
                "action": "update",
                "entity": "contact",
                "entity_id": item.contact_id,
                "summary": f"Updated {item.after.full_name} from {plan.source}: "
                + ", ".join(changes),
                "changes": changes,
            },
        )
    writer.flush()


def rows_of(problems: Iterable[Problem]) -> set[int]:
    """Row numbers named by problems ("row 7" -> 7)."""
    found = set()
    for problem in problems:
        if problem.where.startswith("row "):
            found.add(int(problem.where[4:]))
    return found
