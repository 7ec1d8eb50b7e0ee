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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import IO, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.errors import BookError, NotFoundError
from advisor_referrals.domain.kit_content import Conversation, KindTexts, KitContent
from advisor_referrals.domain.kits import (
    KitCandidate,
    KitClient,
    KitHistoryEntry,
    PageSize,
    UnprintableText,
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
from advisor_referrals.storage.models import (
    ContactRow,
    KitHistoryRow,
    Setting,
    TriggerKindRow,
    TriggerKindTextRow,
)

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


# What no bundled font can print of a text: the characters, each once (reports.fonts
# lends it through the composition root, as it does the renderer).
MissingGlyphs = Callable[[str], str]


def nothing_missing(_text: str) -> str:
    return ""


@dataclass(frozen=True)
class RenderedKit:
    """A kit in memory, for a preview before it is saved or printed."""

    client: KitClient
    page_size: PageSize
    pages: int
    data: bytes
    language: str = "en"
    unprintable: tuple[UnprintableText, ...] = ()

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
    unprintable: tuple[UnprintableText, ...] = ()


@dataclass(frozen=True)
class KitBatch:
    """Everything a batch of kits needs, read in one go.

    Each client's kit is in `language` when one is given (the advisor's choice for
    this batch), else in the client's preferred language, else in English; the renderer
    words it (docs/design.md, Languages and scripts).
    """

    profile: AdvisorProfile
    kinds: tuple[KindTexts, ...]
    clients: tuple[KitClient, ...]
    language: str | None = None

    def language_of(self, client: KitClient) -> str:
        return self.language or client.language or "en"

    def content_for(self, client: KitClient) -> KitContent:
        return self.content_in(self.language_of(client))

    def content_in(self, language: str) -> KitContent:
        return KitContent(
            profile=self.profile,
            conversations=tuple(Conversation(k.label, k.talking_point) for k in self.kinds),
            language=language,
            kinds=self.kinds,
        )

    @property
    def content(self) -> KitContent:
        """The content of the first client's kit (a batch of one: the kit's content)."""
        return self.content_for(self.clients[0]) if self.clients else self.content_in("en")

    def unprintable(self, missing_glyphs: MissingGlyphs) -> tuple[UnprintableText, ...]:
        """Every field a kit of this batch prints that holds a character no font has.

        The shipped wording always prints; the advisor's and the clients' text is checked.
        """
        found: list[UnprintableText] = []
        for name in ("name", "firm", "title", "phone", "email", "website", "address",
                     "ideal_client", "services", "disclosures"):  # fmt: skip
            if missing := missing_glyphs(getattr(self.profile, name)):
                found.append(UnprintableText("advisor profile", name, missing))
        for kind in self.kinds:
            wordings = [("", kind.label, kind.talking_point), *kind.texts]
            for language, label, point in wordings:
                who = f"trigger kind “{kind.label}”" + (f" ({language})" if language else "")
                for name, text in (("label", label), ("talking_point", point)):
                    if missing := missing_glyphs(text):
                        found.append(UnprintableText(who, name, missing))
        for client in self.clients:
            for name, text in (("name", client.name), ("preferred_name", client.greeting)):
                if (missing := missing_glyphs(text)) and not (
                    name == "preferred_name" and text == client.name
                ):
                    found.append(UnprintableText(client.name, name, missing, client.contact_id))
        return tuple(dict.fromkeys(found))


class KitService:
    def __init__(
        self,
        book: Book,
        renderer_for: KitRendering,
        missing_glyphs: MissingGlyphs = nothing_missing,
    ) -> None:
        self.book = book
        self.renderer_for = renderer_for
        self.missing_glyphs = missing_glyphs
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

    def gather(self, contact_ids: Sequence[int], language: str | None = None) -> KitBatch:
        """The profile, the active conversations (with their wording per language) and the
        clients, in one read. `language` writes every kit in that language."""
        with self.book.session() as session:
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
        clients = tuple(people[i] for i in dict.fromkeys(contact_ids))
        return KitBatch(profile, kinds, clients, language or None)

    def check(
        self, contact_ids: Sequence[int], language: str | None = None
    ) -> tuple[UnprintableText, ...]:
        """What the kits for these contacts would not print, named by contact and field."""
        return self.gather(contact_ids, language).unprintable(self.missing_glyphs)

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
        self,
        contact_id: int,
        page_size: PageSize,
        today: date | None = None,
        language: str | None = None,
    ) -> RenderedKit:
        """One kit in memory; nothing is recorded until it is saved or printed.

        `language` overrides the contact's preferred language for this kit.
        """
        batch = self.gather([contact_id], language)
        client = batch.clients[0]
        out = io.BytesIO()
        content = batch.content_for(client)
        pages = self.renderer_for(content, page_size).render(client, out, today)
        return RenderedKit(
            client,
            page_size,
            pages,
            out.getvalue(),
            content.language,
            batch.unprintable(self.missing_glyphs),
        )

    def save(self, kit: RenderedKit, path: Path) -> WrittenKit:
        """Write a previewed kit to a file (its folder made, owner-only, if missing) and record it."""
        _write_kit(path, kit.data)
        written = WrittenKit(kit.client, path, kit.pages, kit.page_size)
        self._record([written])
        return written

    def record_printed(self, kit: RenderedKit) -> None:
        self._record([WrittenKit(kit.client, Path(), kit.pages, kit.page_size)])

    def write_kit(
        self,
        contact_id: int,
        path: Path,
        page_size: PageSize,
        today: date | None = None,
        language: str | None = None,
    ) -> WrittenKit:
        self._check_writable()
        kit = self.preview(contact_id, page_size, today, language)
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
        language: str | None = None,
        *,
        overwrite: bool = False,
    ) -> BatchResult:
        """One file per contact in `folder` (created, owner-only), named after the client,
        each in `language` if given, else in the client's preferred language.

        Files already there are replaced only with `overwrite`; otherwise nothing is
        written and they are named. Cancelling stops before the next kit; what was
        written stays and is recorded.
        """
        self._check_writable()
        batch = self.gather(contact_ids, language)
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
        renderers: dict[str, KitRenderer] = {}
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
                spoken = batch.language_of(client)
                if spoken not in renderers:
                    renderers[spoken] = self.renderer_for(batch.content_in(spoken), page_size)
                pages = renderers[spoken].render(client, out, today)
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
        return BatchResult(
            tuple(written), total, cancelled, folder, batch.unprintable(self.missing_glyphs)
        )

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
