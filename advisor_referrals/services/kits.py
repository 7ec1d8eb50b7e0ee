"""Referral kits: gather what a kit needs, render it, save it, and remember who got one.

Each saved or printed kit leaves a kit-history row and an audit entry for its contact.
A batch reads the book once, renders with one `KitRenderer` (so fonts, logo, QR code
and the sections that do not depend on the client are prepared once), and can be
cancelled between kits: the files already written stay, and only they are recorded.

The use case is here; the renderer is passed in by the composition root (app.py,
cli.py), which takes it from reports/ (docs/design.md, "Layers").
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import IO, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.errors import BookError, NotFoundError
from advisor_referrals.domain.kit_content import Conversation, KitContent
from advisor_referrals.domain.kits import (
    KitCandidate,
    KitClient,
    KitHistoryEntry,
    PageSize,
    kit_client,
    unique_file_names,
)
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.services.kit_audience import kit_candidates
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.services.settings import PROFILE_KEY
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book, ReadOnlyBookError, read_only_message
from advisor_referrals.storage.files import private_folder, write_atomically
from advisor_referrals.storage.models import ContactRow, KitHistoryRow, Setting, TriggerKindRow

T = TypeVar("T")
MAX_ID = 2**31 - 1  # the largest id PostgreSQL's integer columns hold
RECORD_EVERY = 25  # a batch records its history in small transactions as it goes
_CHUNK = 500  # ids per IN (...) list, well under every database's limit


class KitRenderer(Protocol):
    """Writes the kit of one client as a PDF to `out`; returns the number of pages."""

    def render(self, client: KitClient, out: IO[bytes], today: date | None = None) -> int: ...


class KitRendering(Protocol):
    """Makes the renderer for one branding and paper size (what the composition root passes)."""

    def __call__(self, content: KitContent, page_size: PageSize) -> KitRenderer: ...


@dataclass(frozen=True)
class RenderedKit:
    """A kit in memory, for a preview before it is saved or printed."""

    client: KitClient
    page_size: PageSize
    pages: int
    data: bytes

    @property
    def file_name(self) -> str:
        return unique_file_names([(self.client.name, f"contact {self.client.contact_id}")])[0]


@dataclass(frozen=True)
class WrittenKit:
    client: KitClient
    path: Path
    pages: int
    page_size: PageSize


@dataclass(frozen=True)
class BatchResult:
    written: tuple[WrittenKit, ...]
    total: int
    cancelled: bool
    folder: Path


@dataclass(frozen=True)
class KitBatch:
    """Everything a batch of kits needs, read in one go."""

    content: KitContent
    clients: tuple[KitClient, ...]


class KitService:
    def __init__(self, book: Book, renderer_for: KitRendering) -> None:
        self.book = book
        self.renderer_for = renderer_for
        self.writer = BookWriter(book, "contact")  # a kit is noted on its client

    # Reading

    def resolve(self, references: Sequence[str]) -> list[int]:
        """Contact ids for references that are ids or email addresses, in the order given.

        Unknown (or ambiguous) references are all named in one BookError.
        """
        wanted = list(dict.fromkeys(ref.strip() for ref in references if ref.strip()))
        # An id too large for the book's integer columns names nobody (and is not queried).
        ids = {ref: int(ref) for ref in wanted if ref.isascii() and ref.isdigit()}
        ids = {ref: value if value <= MAX_ID else 0 for ref, value in ids.items()}
        emails = {ref: ref.lower() for ref in wanted if ref not in ids}
        with self.book.session() as session:
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

    def candidates(self, contact_ids: Sequence[int]) -> list[KitCandidate]:
        """Each contact of a selection with why a kit is not for them by default."""
        return kit_candidates(self.book, contact_ids)

    def gather(self, contact_ids: Sequence[int]) -> KitBatch:
        """The profile, the active conversations and the clients, in one read."""
        with self.book.session() as session:
            profile = _profile(session)
            kinds = session.execute(
                select(TriggerKindRow.label, TriggerKindRow.talking_point)
                .where(TriggerKindRow.active.is_(True))
                .order_by(TriggerKindRow.sort_order, TriggerKindRow.id)
            ).all()
            people: dict[int, KitClient] = {}
            for chunk in _chunks(list(dict.fromkeys(contact_ids))):
                rows = session.execute(
                    select(
                        ContactRow.id,
                        ContactRow.first_name,
                        ContactRow.last_name,
                        ContactRow.preferred_name,
                        ContactRow.relationship,
                    ).where(ContactRow.id.in_(chunk))
                )
                for contact_id, first, last, preferred, relationship in rows:
                    # A centre of influence's kit opens with the letter for professionals.
                    people[contact_id] = kit_client(
                        contact_id,
                        first,
                        last,
                        preferred,
                        professional=relationship == Relationship.CENTER_OF_INFLUENCE.value,
                    )
        missing = [str(i) for i in contact_ids if i not in people]
        if missing:
            raise NotFoundError(_describe_missing(missing, []))
        content = KitContent(
            profile=profile,
            conversations=tuple(Conversation(label, point) for label, point in kinds),
        )
        return KitBatch(content, tuple(people[i] for i in dict.fromkeys(contact_ids)))

    def history(self, contact_id: int) -> list[KitHistoryEntry]:
        """The kits a contact was given, newest first."""
        with self.book.session() as session:
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
                )
                for row in rows
            ]

    # Rendering

    def preview(
        self, contact_id: int, page_size: PageSize, today: date | None = None
    ) -> RenderedKit:
        """One kit in memory; nothing is recorded until it is saved or printed."""
        batch = self.gather([contact_id])
        client = batch.clients[0]
        out = io.BytesIO()
        pages = self.renderer_for(batch.content, page_size).render(client, out, today)
        return RenderedKit(client, page_size, pages, out.getvalue())

    def save(self, kit: RenderedKit, path: Path) -> WrittenKit:
        """Write a previewed kit to a file (its folder made, owner-only, if missing) and record it."""
        _write_kit(path, kit.data)
        written = WrittenKit(kit.client, path, kit.pages, kit.page_size)
        self._record([written])
        return written

    def record_printed(self, kit: RenderedKit) -> None:
        self._record([WrittenKit(kit.client, Path(), kit.pages, kit.page_size)])

    def write_kit(
        self, contact_id: int, path: Path, page_size: PageSize, today: date | None = None
    ) -> WrittenKit:
        self._check_writable()
        kit = self.preview(contact_id, page_size, today)
        return self.save(kit, path)

    def existing_kits(self, contact_ids: Sequence[int], folder: Path) -> list[Path]:
        """The files a batch into `folder` would replace (ask before replacing them)."""
        clients = self.gather(contact_ids).clients
        return [path for path in _batch_paths(clients, folder) if path.exists()]

    def write_batch(
        self,
        contact_ids: Sequence[int],
        folder: Path,
        page_size: PageSize,
        progress: Progress | None = None,
        today: date | None = None,
        *,
        overwrite: bool = False,
    ) -> BatchResult:
        """One file per contact in `folder` (created, owner-only), named after the client.

        Files already there are replaced only with `overwrite`; otherwise nothing is
        written and they are named. Cancelling stops before the next kit; what was
        written stays and is recorded.
        """
        self._check_writable()
        batch = self.gather(contact_ids)
        paths = _batch_paths(batch.clients, folder)
        if not overwrite:
            existing = [path for path in paths if path.exists() or path.is_symlink()]
            if existing:
                raise ExistingKitsError(folder, existing)
        try:
            private_folder(folder)
        except OSError as error:
            raise BookError(f"Cannot create the folder {folder}: {error.strerror}") from None
        if not folder.is_dir():
            raise BookError(f"{folder} is a file; for several contacts the kits go to a folder")
        renderer = self.renderer_for(batch.content, page_size)
        total = len(batch.clients)
        written: list[WrittenKit] = []
        pending: list[WrittenKit] = []
        cancelled = False
        try:
            for done, (client, path) in enumerate(zip(batch.clients, paths, strict=True)):
                if progress is not None:
                    progress.step(done, total, f"Kit {done + 1} of {total}")
                    if progress.cancelled:  # asked for while the step was being reported
                        raise Cancelled()
                out = io.BytesIO()
                pages = renderer.render(client, out, today)
                _write_kit(path, out.getvalue())
                kit = WrittenKit(client, path, pages, page_size)
                written.append(kit)
                pending.append(kit)
                if len(pending) >= RECORD_EVERY:
                    self._record(pending)
                    pending = []
            if progress is not None:
                progress.step(total, total, "Done")
        except Cancelled:
            cancelled = True
        finally:
            if pending:
                self._record(pending)
        return BatchResult(tuple(written), total, cancelled, folder)

    # Recording

    def _check_writable(self) -> None:
        """Every kit is recorded in the book: a read-only book says so before any is made."""
        if self.book.read_only:
            raise ReadOnlyBookError(read_only_message(self.book.location))

    def _record(self, kits: Iterable[WrittenKit]) -> None:
        with self.writer.transaction() as session:
            for kit in kits:
                file_name = kit.path.name
                row = KitHistoryRow(
                    contact_id=kit.client.contact_id,
                    generated_by=self.book.user,
                    page_size=kit.page_size.value,
                    pages=kit.pages,
                    file_name=file_name,
                )
                session.add(row)
                session.flush()
                how = f"saved as {file_name}" if file_name else "printed"
                self.writer.audit(
                    session,
                    "kit",
                    kit.client.contact_id,
                    f"Referral kit for {kit.client.name} ({kit.page_size.label}, "
                    f"{kit.pages} pages) {how}",
                    {"kit_history_id": [None, row.id]},
                )


def _profile(session: Session) -> AdvisorProfile:
    row = session.get(Setting, PROFILE_KEY)
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    known = {f.name for f in fields(AdvisorProfile)}
    return AdvisorProfile(**{k: str(v) for k, v in stored.items() if k in known and v is not None})


class ExistingKitsError(BookError):
    """A batch would replace kits already in its folder; nothing was written."""

    def __init__(self, folder: Path, existing: Sequence[Path]) -> None:
        self.existing = tuple(existing)
        shown = ", ".join(path.name for path in existing[:5])
        more = f" and {len(existing) - 5} more" if len(existing) > 5 else ""
        noun = "kit is" if len(existing) == 1 else "kits are"
        super().__init__(
            f"{len(existing)} {noun} already in {folder} ({shown}{more}); nothing was written. "
            "Choose another folder, or replace them (--overwrite on the command line)."
        )


def _batch_paths(clients: Sequence[KitClient], folder: Path) -> list[Path]:
    names = unique_file_names((c.name, f"contact {c.contact_id}") for c in clients)
    return [folder / name for name in names]


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


def _write_kit(path: Path, data: bytes) -> None:
    """The file appears whole or not at all, so a cancelled or failed run leaves no torn PDF;
    a folder it needs is made owner-only (kits hold client names).

    A kit can be made again, so a batch does not wait for each file to reach the disk.
    """
    directory = path.parent if str(path.parent) else Path(".")
    try:
        private_folder(directory)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise BookError(f"Cannot write the kit to {path}: {reason}") from None
    write_atomically(path, data, sync=False)
