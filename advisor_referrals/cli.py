"""The `advisor-referrals` command line. No Qt here: the desktop app is imported only to open it.

Exit status: 0 success, 2 bad input (a message a person understands), 1 unexpected fault.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor_referrals import APP_NAME, version
from advisor_referrals.cli_audit import add_audit_commands
from advisor_referrals.cli_book import (
    add_encryption_commands,
    open_for_command,
    run_backup,
    run_restore,
)
from advisor_referrals.cli_practice import add_practice_commands
from advisor_referrals.domain.errors import BookError, NotAvailableError
from advisor_referrals.logs import log_fault, setup_logging

if TYPE_CHECKING:
    from advisor_referrals.storage.book import Book

LAYOUT_CHOICES = (
    "auto",
    "ours",
    "google",
    "outlook",
    "wealthbox",
    "redtail",
    "salesforce",
    "hubspot",
)
EXIT_OK = 0
EXIT_FAULT = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger(__name__)


def _open(args: argparse.Namespace) -> Book:
    return open_for_command(args)


def _say(message: str) -> None:
    print(terminal_safe(message), file=sys.stderr)


def terminal_safe(text: str) -> str:
    """Text for a terminal: control and bidirectional characters (a name in a book written
    before they were refused, a file name) are shown escaped, never acted on."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def cmd_app(args: argparse.Namespace) -> int:
    from advisor_referrals.desktop_libraries import check_platform

    # Qt aborts the process when its platform plugin cannot load: say why before that.
    missing = check_platform()
    if missing is not None:
        log.error("Qt's platform plugin cannot load: %s missing", ", ".join(missing.sonames))
        _say(f"advisor-referrals: {missing.message()}")
        return EXIT_FAULT
    from advisor_referrals.app import run_app

    return run_app(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    book = _open(args)
    from advisor_referrals.services.demo.demo_book import make_demo_book
    from advisor_referrals.services.progress import Progress

    # A small demo is done in a blink; a big one says what it is doing.
    progress = Progress(_progress_printer()) if args.clients >= 10_000 else None
    try:
        summary = make_demo_book(book, clients=args.clients, seed=args.seed, progress=progress)
    finally:
        book.close()
    print(summary)
    return EXIT_OK


def _progress_printer() -> Callable[[int, int, str], None]:
    """Progress on stderr: one line per stage and every tenth of the way, not a flood."""
    shown: list[tuple[str, int]] = []

    def show(done: int, total: int, message: str) -> None:
        tenth = 10 * done // total if total else 0
        if shown and shown[-1] == (message, tenth):
            return
        shown.append((message, tenth))
        percent = f" {100 * done // total}%" if total > 1 else ""
        _say(f"{message}{percent}")

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from advisor_referrals.services.imports.by_extension import import_file
    from advisor_referrals.services.imports.contact_import import ImportOptions

    options = ImportOptions(
        layout=args.layout,
        encoding=args.encoding,
        update=args.update,
        dry_run=args.dry_run,
        strict=args.strict,
        skip_invalid=args.skip_invalid is not None,
        rejects=Path(args.skip_invalid) if args.skip_invalid else None,
    )
    if options.rejects is not None and options.rejects.resolve() == Path(args.file).resolve():
        raise BookError("--skip-invalid needs another file than the one imported")
    book = _open(args)
    try:
        summary = import_file(book, Path(args.file), options)
    finally:
        book.close()
    print(summary)
    if summary.batch_id is not None:
        print(f"Undo this import with: advisor-referrals undo-import {summary.batch_id}")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    from advisor_referrals.services.imports.batches import ImportBatches

    book = _open(args)
    try:
        batches = ImportBatches(book)
        if args.list:
            found = batches.recent()
            if not found:
                print("No imports recorded in this book.")
            for batch in found:
                state = f"undone by {batch.undone_by}" if batch.undone else "can be undone"
                print(
                    f"{batch.id}\t{batch.at:%Y-%m-%d %H:%M} UTC\t{batch.user}\t{batch.describe()}\t{state}"
                )
            return EXIT_OK
        if args.batch is None:
            last = batches.last_undoable()
            if last is None:
                raise BookError("there is no import left to undo in this book")
            batch_id = last.id
        else:
            batch_id = args.batch
        result = batches.undo(batch_id, skip_changed=args.skip_changed)
    finally:
        book.close()
    print(result)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    book = _open(args)
    from advisor_referrals.services.imports.by_extension import export_file

    try:
        summary = export_file(book, Path(args.file))
    finally:
        book.close()
    print(summary)
    return EXIT_OK


def cmd_kit(args: argparse.Namespace) -> int:
    """One contact: --out is the PDF file. Several: --out is a folder with one file each."""
    from advisor_referrals.domain.kits import PageSize
    from advisor_referrals.reports.renderers import kit_renderer, missing_glyphs
    from advisor_referrals.services.kits import KitService

    page_size = PageSize.parse(args.page_size or PageSize.LETTER.value)
    language = _language(args.language)
    out = Path(args.out).expanduser()
    book = _open(args)
    try:
        kits = KitService(book, kit_renderer, missing_glyphs)
        contact_ids = kits.resolve(args.contacts)
        # Said before anything is written: a character no font has would print as a box.
        for problem in kits.check(contact_ids, language):
            print(f"warning: {problem.message}", file=sys.stderr)
        wants_folder = out.is_dir() or args.out.endswith(("/", os.sep))
        if len(contact_ids) == 1 and not wants_folder:
            written = kits.write_kit(contact_ids[0], out, page_size, language=language)
            print(
                f"Wrote the referral kit for {terminal_safe(written.client.name)} to {written.path} "
                f"({written.pages} pages, {page_size.label})."
            )
            return EXIT_OK
        if out.exists() and not out.is_dir():
            raise BookError(
                f"{out} is a file; for several contacts --out must be a folder "
                "(it is created if missing)"
            )
        result = kits.write_batch(
            contact_ids, out, page_size, language=language, overwrite=args.overwrite
        )
    finally:
        book.close()
    count = len(result.written)
    noun = "referral kit" if count == 1 else "referral kits"
    print(f"Wrote {count} {noun} ({page_size.label}) to {result.folder}.")
    return EXIT_OK


def _language(text: str | None) -> str | None:
    """A --language option: a language code, checked before the book is opened."""
    from advisor_referrals.domain.errors import Problem, ValidationError
    from advisor_referrals.domain.languages import (
        LANGUAGE_RULE,
        language_problem,
        normalise_language,
    )

    tag = normalise_language(text)
    if tag is not None and language_problem(tag):
        raise ValidationError([Problem("--language", "language", text, LANGUAGE_RULE)])
    return tag


def cmd_report(args: argparse.Namespace) -> int:
    from advisor_referrals.domain.practice import Scope
    from advisor_referrals.domain.quarter import Quarter
    from advisor_referrals.reports.renderers import REPORT_FORMATS
    from advisor_referrals.services.metrics.quarterly import MetricsService
    from advisor_referrals.services.practice.members import PracticeService
    from advisor_referrals.services.quarterly_report import QuarterlyReportService, format_for
    from advisor_referrals.services.settings import SettingsService

    # Check what was typed before opening the book: a bad quarter or format writes nothing.
    quarter = Quarter.parse(args.quarter)
    out = Path(args.out)
    format_for(out, REPORT_FORMATS)
    book = _open(args)
    try:
        practice = PracticeService(book)
        scope = practice.scope_of(args.advisor) if args.advisor else Scope.practice()
        if args.mine:
            scope = practice.scope_mine() or _no_mine(book)
        reports = QuarterlyReportService(
            MetricsService(book), SettingsService(book), REPORT_FORMATS
        )
        covers = practice.describe(scope)
        # Said before the file is written: a character no font has would print as a box.
        reports.export(
            quarter,
            out,
            scope=scope,
            covers=covers,
            warn=lambda problem: print(f"warning: {problem.message}", file=sys.stderr),
        )
    finally:
        book.close()
    print(f"Wrote the {quarter} report{f' ({covers})' if covers else ''} to {out}")
    return EXIT_OK


def _no_mine(book: Book) -> Any:
    raise BookError(
        f"--mine is for an advisor or an assistant signed in to a practice book; {book.user} "
        "has no clients of their own here (use --advisor NAME)"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    return run_backup(args)


def cmd_restore(args: argparse.Namespace) -> int:
    return run_restore(args)


class _ShowVersion(argparse.Action):
    """--version: the version is read from the package metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.pop("nargs", None)
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, default=argparse.SUPPRESS, **kwargs
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        parser.exit(message=f"{parser.prog} {version()}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-referrals",
        description=f"{APP_NAME}: your client book, referrals, reviews, kits and reports. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_ShowVersion, help="show the version and exit")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the book: a SQLite file or a database URL such as postgresql+psycopg://host/db "
        "(default: $ADVISOR_REFERRALS_DB, else book.sqlite3 in your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="an encrypted book's passphrase, first line of FILE "
        "(else $ADVISOR_REFERRALS_PASSPHRASE, else you are asked)",
    )
    parser.set_defaults(handler=cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", cmd_demo, "fill the book with a realistic, reproducible demo book")
    demo.add_argument("--clients", type=_demo_size, default=250, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    imp = command(
        "import",
        cmd_import,
        "import a whole book (.json) or contacts (.csv from this app, Google Contacts, Outlook, "
        "Wealthbox, Redtail, Salesforce or HubSpot; .vcf vCards)",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.add_argument(
        "--update",
        action="store_true",
        help="contacts: update contacts already in the book (same email, or same name and "
        "phone) instead of skipping them",
    )
    imp.add_argument(
        "--from",
        dest="layout",
        choices=LAYOUT_CHOICES,
        default="auto",
        help="contacts: the tool that wrote the file (default: recognised from its header)",
    )
    imp.add_argument(
        "--encoding",
        default="auto",
        metavar="auto|NAME",
        help="contacts: the file's text encoding, such as cp1252 (default: detected)",
    )
    imp.add_argument(
        "--strict",
        action="store_true",
        help="contacts: refuse values with no exact place here (another tool's contact type, "
        "status or category) instead of importing them with their nearest meaning",
    )
    imp.add_argument(
        "--skip-invalid",
        metavar="REJECTS.csv",
        help="contacts: import the good rows and write the others, with the reasons in a last "
        "column, to REJECTS.csv (it imports again once corrected)",
    )

    undo = command(
        "undo-import",
        cmd_undo_import,
        "undo an import of contacts: remove the contacts it added, restore those it updated",
    )
    undo.add_argument("batch", nargs="?", type=_positive, metavar="BATCH", help="default: the last")
    undo.add_argument("--list", action="store_true", help="list the recorded imports")
    undo.add_argument(
        "--skip-changed",
        action="store_true",
        help="undo the rest when some contacts were changed since the import (those stay)",
    )

    exp = command("export", cmd_export, "export the whole book (.json) or contacts (.csv)")
    exp.add_argument("file", metavar="FILE")

    kit = command("kit", cmd_kit, "make referral kit PDFs for contacts (id or email)")
    kit.add_argument("contacts", nargs="+", metavar="CONTACT")
    kit.add_argument("--out", required=True, metavar="PATH")
    kit.add_argument("--page-size", choices=("letter", "a4"), default=None)
    kit.add_argument(
        "--language",
        metavar="CODE",
        help="write every kit in this language (en, fr, es, zh-Hans, ko); "
        "default: each contact's preferred language",
    )
    kit.add_argument(
        "--overwrite",
        action="store_true",
        help="several contacts: replace kits already in the folder (else nothing is written)",
    )

    report = command("report", cmd_report, "export a quarterly report (.pdf .xlsx .csv .json)")
    report.add_argument("--quarter", required=True, metavar="YYYYQn")
    report.add_argument("--out", required=True, metavar="FILE")
    whose = report.add_mutually_exclusive_group()
    whose.add_argument(
        "--advisor", metavar="NAME", help="only this advisor's clients (role or name)"
    )
    whose.add_argument(
        "--mine", action="store_true", help="only your clients (a practice book's member)"
    )

    backup = command("backup", cmd_backup, "write a consistent copy of the book")
    backup.add_argument("--out", required=True, metavar="FILE")

    restore = command("restore", cmd_restore, "put a backup back in place of the book")
    restore.add_argument("file", metavar="FILE")
    add_encryption_commands(command)
    add_audit_commands(command)
    add_practice_commands(command)
    return parser


def _demo_size(text: str) -> int:
    from advisor_referrals.services.demo.demo_book import MAX_CLIENTS

    value = _positive(text)
    if value > MAX_CLIENTS:
        raise argparse.ArgumentTypeError(f"at most {MAX_CLIENTS:,} clients")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = None
    with contextlib.suppress(OSError):  # a read-only home must not stop the command line
        log_path = setup_logging()
    try:
        return int(args.handler(args))
    except NotAvailableError as error:
        _say(f"advisor-referrals: {error}")
        return EXIT_FAULT
    except BookError as error:
        _say(f"advisor-referrals: {error}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _say("advisor-referrals: interrupted; nothing more was written.")
        return EXIT_FAULT
    except OSError as error:
        # A file or folder the user named (or the disk under it) refused: say which.
        if error.filename is None:
            return _fault(args, log_path, error)
        target = error.filename2 or error.filename
        _say(f"advisor-referrals: cannot use {target}: {error.strerror or type(error).__name__}")
        return EXIT_BAD_INPUT
    except Exception as error:
        return _fault(args, log_path, error)


def _fault(args: argparse.Namespace, log_path: Path | None, error: Exception) -> int:
    from advisor_referrals.storage.checks import damage_error
    from advisor_referrals.storage.engine import resolve_target

    damage = damage_error(error, resolve_target(args.db))
    if damage is not None:
        _say(f"advisor-referrals: {damage}")
        return EXIT_BAD_INPUT
    log_fault(log, getattr(args.handler, "__name__", "command"), error)
    where = f"the support log, {log_path}" if log_path else "the support log"
    _say(
        f"advisor-referrals: an unexpected fault stopped the command ({type(error).__name__}). "
        f"Details, without client data, are in {where}."
    )
    return EXIT_FAULT
