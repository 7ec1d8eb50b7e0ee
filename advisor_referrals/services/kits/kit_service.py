"""Referral kits: render them, save them, and remember who got one.

Each saved or printed kit leaves a kit-history row and an audit entry for its contact.
A batch reads the book once (kit_reading.py), renders with one `KitRenderer` (so fonts,
logo, QR code and the sections that do not depend on the client are prepared once), and
can be cancelled between kits: the files already written stay, and only they are recorded.

The use case is here; the renderer is passed in by the composition root (app.py,
cli.py), which takes it from reports/ (docs/design.md, "Layers").
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import KitCandidate, KitHistoryEntry, PageSize, UnprintableText
from advisor_referrals.services.kits import kit_reading
from advisor_referrals.services.kits.kit_audience import kit_candidates
from advisor_referrals.services.kits.kit_batch import (
    BatchResult,
    KitBatch,
    KitRenderer,
    KitRendering,
    MissingGlyphs,
    RenderedKit,
    WrittenKit,
    nothing_missing,
)
from advisor_referrals.services.kits.kit_files import ExistingKitsError, batch_paths, write_kit_file
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book, ReadOnlyBookError, read_only_message
from advisor_referrals.storage.files import private_folder
from advisor_referrals.storage.models import KitHistoryRow

RECORD_EVERY = 25  # a batch records its history in small transactions as it goes


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

    # Reading (kit_reading.py)

    def resolve(self, references: Sequence[str]) -> list[int]:
        """Contact ids for references that are ids or email addresses, in the order given."""
        return kit_reading.resolve(self.book, references)

    def gather(self, contact_ids: Sequence[int], language: str | None = None) -> KitBatch:
        """The profile, conversations and clients of a batch, in one read."""
        return kit_reading.gather(self.book, contact_ids, language)

    def history(self, contact_id: int) -> list[KitHistoryEntry]:
        """The kits a contact was given, newest first."""
        return kit_reading.history(self.book, contact_id)

    def candidates(self, contact_ids: Sequence[int]) -> list[KitCandidate]:
        """Each contact of a selection with why a kit is not for them by default."""
        return kit_candidates(self.book, contact_ids)

    def check(
        self, contact_ids: Sequence[int], language: str | None = None
    ) -> tuple[UnprintableText, ...]:
        """What the kits for these contacts would not print, named by contact and field."""
        return self.gather(contact_ids, language).unprintable(self.missing_glyphs)

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
        write_kit_file(path, kit.data)
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
        return [path for path in batch_paths(clients, folder) if path.exists()]

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
        paths = batch_paths(batch.clients, folder)
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
                write_kit_file(path, out.getvalue())
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
                    code=kit.client.code,
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
                    {"kit_history_id": [None, row.id], "kit_code": [None, row.code]},
                )
