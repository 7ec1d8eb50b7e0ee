"""Reading what kits need from the book: contacts named by id or e-mail, the advisor's
profile, the active conversations with their wording per language, the clients, and the
kits a contact was given."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.domain.kit_content import KindTexts
from advisor_referrals.domain.kits import KitClient, KitHistoryEntry, PageSize, kit_client
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.referral_sources import new_kit_code
from advisor_referrals.services.kits.kit_batch import KitBatch
from advisor_referrals.services.program.programs import ProgramService
from advisor_referrals.services.settings import PROFILE_KEY
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    KitHistoryRow,
    Setting,
    TriggerKindRow,
    TriggerKindTextRow,
)

T = TypeVar("T")
MAX_ID = 2**31 - 1  # the largest id PostgreSQL's integer columns hold
_CHUNK = 500  # ids per IN (...) list, well under every database's limit


def resolve(book: Book, references: Sequence[str]) -> list[int]:
    """Contact ids for references that are ids or email addresses, in the order given.

    Unknown (or ambiguous) references are all named in one BookError.
    """
    wanted = list(dict.fromkeys(ref.strip() for ref in references if ref.strip()))
    # An id too large for the book's integer columns names nobody (and is not queried).
    ids = {ref: int(ref) for ref in wanted if ref.isascii() and ref.isdigit()}
    ids = {ref: value if value <= MAX_ID else 0 for ref, value in ids.items()}
    emails = {ref: ref.lower() for ref in wanted if ref not in ids}
    with book.session() as session:
        found_ids: set[int] = set()
        for id_chunk in _chunks(sorted(set(ids.values()))):
            query = select(ContactRow.id).where(ContactRow.id.in_(id_chunk))
            found_ids |= set(session.scalars(query))
        by_email: dict[str, list[int]] = {}
        for email_chunk in _chunks(sorted(set(emails.values()))):
            rows = session.execute(
                select(func.lower(ContactRow.email), ContactRow.id)
                .where(func.lower(ContactRow.email).in_(email_chunk))
                .order_by(ContactRow.id)
            )
            for email, contact_id in rows:
                by_email.setdefault(email, []).append(contact_id)
    result: list[int] = []
    unknown: list[str] = []
    ambiguous: list[str] = []
    for ref in wanted:
        if ref in ids:
            if ids[ref] in found_ids:
                result.append(ids[ref])
            else:
                unknown.append(ref)
            continue
        matches = by_email.get(emails[ref], [])
        if len(matches) == 1:
            result.append(matches[0])
        elif matches:
            ambiguous.append(f"{ref} (ids {', '.join(map(str, matches))})")
        else:
            unknown.append(ref)
    if unknown or ambiguous:
        raise NotFoundError(_describe_missing(unknown, ambiguous))
    return list(dict.fromkeys(result))


def gather(book: Book, contact_ids: Sequence[int], language: str | None = None) -> KitBatch:
    """The profile, the active conversations (with their wording per language) and the
    clients, in one read. `language` writes every kit in that language."""
    with book.session() as session:
        profile = _profile(session)
        rows = session.execute(
            select(
                TriggerKindRow.id,
                TriggerKindRow.key,
                TriggerKindRow.label,
                TriggerKindRow.talking_point,
            )
            .where(TriggerKindRow.active.is_(True))
            .order_by(TriggerKindRow.sort_order, TriggerKindRow.id)
        ).all()
        texts: dict[int, list[tuple[str, str, str]]] = {}
        for kind_id, code, label, point in session.execute(
            select(
                TriggerKindTextRow.kind_id,
                TriggerKindTextRow.language,
                TriggerKindTextRow.label,
                TriggerKindTextRow.talking_point,
            ).order_by(TriggerKindTextRow.kind_id, TriggerKindTextRow.language)
        ):
            texts.setdefault(kind_id, []).append((code, label, point))
        kinds = tuple(
            KindTexts(key, label, point, tuple(texts.get(kind_id, ())))
            for kind_id, key, label, point in rows
        )
        people: dict[int, KitClient] = {}
        for chunk in _chunks(list(dict.fromkeys(contact_ids))):
            found = session.execute(
                select(
                    ContactRow.id,
                    ContactRow.first_name,
                    ContactRow.last_name,
                    ContactRow.preferred_name,
                    ContactRow.preferred_language,
                    ContactRow.relationship,
                ).where(ContactRow.id.in_(chunk))
            )
            for contact_id, first, last, preferred, spoken, relationship in found:
                # A centre of influence's kit opens with the letter for professionals.
                people[contact_id] = kit_client(
                    contact_id,
                    first,
                    last,
                    preferred,
                    spoken,
                    professional=relationship == Relationship.CENTER_OF_INFLUENCE.value,
                )
    missing = [str(i) for i in contact_ids if i not in people]
    if missing:
        raise NotFoundError(_describe_missing(missing, []))
    # Each kit gets its own code for its cards, and the wording of the referral programs
    # running for its client (docs/design.md, "Referral program").
    wording = ProgramService(book).kit_wording(list(people), date.today())
    people = {
        i: replace(client, code=new_kit_code(), program_wording=wording.get(i, ""))
        for i, client in people.items()
    }
    clients = tuple(people[i] for i in dict.fromkeys(contact_ids))
    return KitBatch(profile, kinds, clients, language or None)


def history(book: Book, contact_id: int) -> list[KitHistoryEntry]:
    """The kits a contact was given, newest first."""
    with book.session() as session:
        rows = session.scalars(
            select(KitHistoryRow)
            .where(KitHistoryRow.contact_id == contact_id)
            .order_by(KitHistoryRow.generated_at.desc(), KitHistoryRow.id.desc())
        ).all()
        return [
            KitHistoryEntry(
                id=row.id,
                contact_id=row.contact_id,
                generated_at=row.generated_at,
                generated_by=row.generated_by,
                page_size=PageSize(row.page_size),
                pages=row.pages,
                file_name=row.file_name,
                code=row.code,
            )
            for row in rows
        ]


def _profile(session: Session) -> AdvisorProfile:
    row = session.get(Setting, PROFILE_KEY)
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    known = {f.name for f in fields(AdvisorProfile)}
    return AdvisorProfile(**{k: str(v) for k, v in stored.items() if k in known and v is not None})


def _chunks(values: list[T]) -> Iterable[list[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _describe_missing(unknown: Sequence[str], ambiguous: Sequence[str]) -> str:
    parts = []
    if unknown:
        noun = "contact" if len(unknown) == 1 else "contacts"
        parts.append(f"No {noun} with the id or email {', '.join(unknown)}")
    if ambiguous:
        parts.append(f"more than one contact has the email {'; '.join(ambiguous)}: use the id")
    return (
        "; ".join(parts) + ". Give a contact's id (a number) or email address; nothing was written."
    )
