"""Import and export by file extension: `.json` is a whole book, `.csv` and `.vcf` are contacts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import import_book
from advisor_referrals.services.imports.contact_import import ImportOptions, import_contacts_file
from advisor_referrals.services.imports.contacts_csv import export_contacts_csv
from advisor_referrals.services.imports.summary import ExportSummary, ImportSummary
from advisor_referrals.services.progress import Progress
from advisor_referrals.storage.book import Book

KINDS = {".json": "a whole book", ".csv": "contacts", ".vcf": "contacts as vCards"}
IMPORT_ONLY = (".vcf",)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        allowed = ", ".join(f"{ext} ({what})" for ext, what in KINDS.items())
        raise BookError(
            f"{path}: the file name must end in {allowed}; "
            f"{suffix or 'no extension'} is not a format Advisor Referrals reads or writes"
        )
    return suffix


def import_file(
    book: Book,
    path: Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    update: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    options = options or ImportOptions(dry_run=dry_run, update=update)
    if kind_of(path) == ".json":
        contacts_only = [
            flag
            for flag, used in (
                ("--update", options.update),
                ("--skip-invalid", options.skip_invalid),
                ("--strict", options.strict),
                ("--from", options.layout != "auto"),
            )
            if used
        ]
        if contacts_only:
            raise BookError(
                f"{', '.join(contacts_only)} {'is' if len(contacts_only) == 1 else 'are'} for "
                "contacts files (.csv, .vcf); a book file imports into an empty book"
            )
        return import_book(book, path, dry_run=options.dry_run, progress=progress)
    return import_contacts_file(book, path, options, progress)


def export_file(
    book: Book,
    path: Path,
    *,
    contact_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    if kind_of(path) in IMPORT_ONLY:
        raise BookError(f"{path}: contacts are exported as .csv; {path.suffix} is for importing")
    if kind_of(path) == ".json":
        return export_book(book, path, progress=progress)
    return export_contacts_csv(book, path, contact_ids)
