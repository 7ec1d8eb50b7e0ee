"""`advisor-referrals audit verify` and `audit export`: the audit trail for an examiner.

`verify` exits 0 when every entry matches its hash and the entry before it, and 2
with the first entry that does not (docs/design.md, "The audit chain").
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from advisor_referrals.domain.errors import BookError


def _day(text: str) -> date:
    from advisor_referrals.domain.contacts import date_problem
    from advisor_referrals.services.imports.values import DATE_RULE, parse_iso_date

    day = parse_iso_date(text.strip())
    if day is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not {DATE_RULE}")
    if problem := date_problem(day):
        raise argparse.ArgumentTypeError(f"{text}: {problem}")
    return day


def run_verify(args: argparse.Namespace) -> int:
    from advisor_referrals.cli_book import open_for_command
    from advisor_referrals.services.audit import chain

    against = Path(args.against).expanduser() if args.against else None
    book = open_for_command(args)
    try:
        report = chain.verify(book, against=against)
    finally:
        book.close()
    if not report.whole:
        raise BookError(report.describe())
    print(report.describe())
    return 0


def run_export(args: argparse.Namespace) -> int:
    from advisor_referrals.cli_book import open_for_command
    from advisor_referrals.services.audit import chain
    from advisor_referrals.storage.files import check_output_file

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".json":
        raise BookError(f"{out}: an audit export is a .json file (entries with their hashes)")
    check_output_file(out)
    book = open_for_command(args)
    try:
        exported = chain.export(book, out, first_day=args.first_day, last_day=args.last_day)
    finally:
        book.close()
    print(exported.describe())
    return 0


def add_audit_commands(command: Callable[..., Any]) -> None:
    """`audit verify` and `audit export`; `command` is the parser's sub-command maker."""

    def no_verb(_args: argparse.Namespace) -> int:
        raise BookError("audit needs a verb: `audit verify` or `audit export --out FILE`")

    audit = command("audit", no_verb, "prove the audit trail whole, or export it with its hashes")
    verbs = audit.add_subparsers(title="verbs", metavar="VERB")
    verify = verbs.add_parser(
        "verify",
        help="recompute the hash chain; exit 0 when whole, 2 naming the first entry that is not",
        description="Recompute every audit entry's hash from its content and the entry before "
        "it. Exit status 0 when the whole trail matches; 2, naming the first entry that does "
        "not, when an entry was changed or removed.",
    )
    verify.add_argument(
        "--against",
        metavar="EXPORT",
        help="an earlier `audit export`: check that each of its entries is still in the book, "
        "unchanged (this also shows that no later entries were cut off since)",
    )
    verify.set_defaults(handler=run_verify)
    export = verbs.add_parser(
        "export",
        help="write entries with their hashes as JSON, for an examiner",
        description="Write the audit entries of the days asked for (all, by default) with "
        "their hashes to a JSON file, in chain order with none left out between the first "
        "and the last, so they can be recomputed without the app.",
    )
    export.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE.json")
    export.set_defaults(handler=run_export)
