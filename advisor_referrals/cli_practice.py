"""`advisor-referrals practice ...`: the administration of a practice's shared book.

(docs/design.md, "A practice"; the README lists the SQL each command runs.) Every
command connects as the role the --db URL names; `init`, `add-member`,
`remove-member` and `books` are for an administrator, `reassign` for whoever may
change the contacts concerned, `list` for anyone in the practice.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.practice import MEMBER_ROLES, BookMode, MemberKind

if TYPE_CHECKING:
    from advisor_referrals.services.practice.administration import Ran
    from advisor_referrals.storage.book import Book

EXIT_OK = 0


def _open(args: argparse.Namespace, *, upgrade: bool = True) -> Book:
    from advisor_referrals.cli_book import read_server_password
    from advisor_referrals.domain.errors import PasswordNeededError
    from advisor_referrals.storage.engine import resolve_target, with_password
    from advisor_referrals.storage.opening import open_book

    target = resolve_target(args.db)
    try:
        return open_book(target, upgrade=upgrade)
    except PasswordNeededError:
        return open_book(with_password(target, read_server_password(target)), upgrade=upgrade)


def _report(ran: Ran, print_sql: bool) -> int:
    if print_sql or ran.dry_run:
        for statement in ran.statements:
            print(statement if statement.startswith("--") else statement + ";")
    if ran.dry_run:
        print("-- a dry run: nothing was changed", file=sys.stderr)
    else:
        print(ran.summary)
    return EXIT_OK


def _administration(book: Book) -> Any:
    from advisor_referrals.services.practice.administration import PracticeAdministration

    return PracticeAdministration(book)


def cmd_init(args: argparse.Namespace) -> int:
    # A practice book behind the app's schema opens only here: this is what upgrades it.
    book = _open(args, upgrade=False)
    try:
        books = BookMode(args.books) if args.books else None
        ran = _administration(book).init(books, dry_run=args.print_sql)
    finally:
        book.close()
    return _report(ran, args.print_sql)


def cmd_add_member(args: argparse.Namespace) -> int:
    book = _open(args)
    try:
        ran = _administration(book).add_member(
            args.name,
            MemberKind(args.role),
            works_for=args.works_for or (),
            display_name=args.display_name or "",
            dry_run=args.print_sql,
        )
    finally:
        book.close()
    return _report(ran, args.print_sql)


def cmd_remove_member(args: argparse.Namespace) -> int:
    book = _open(args)
    try:
        ran = _administration(book).remove_member(args.name, dry_run=args.print_sql)
    finally:
        book.close()
    return _report(ran, args.print_sql)


def cmd_books(args: argparse.Namespace) -> int:
    book = _open(args)
    try:
        ran = _administration(book).set_books(BookMode(args.mode))
    finally:
        book.close()
    return _report(ran, False)


def cmd_list(args: argparse.Namespace) -> int:
    from advisor_referrals.services.practice.members import PracticeService

    book = _open(args)
    try:
        state = PracticeService(book).state()
        if not state.is_practice:
            raise BookError(
                "this book is not a practice's: an administrator sets one up with "
                "`advisor-referrals --db URL practice init`"
            )
        listing = _administration(book).listing()
    finally:
        book.close()
    print(f"Books: {state.books.value}; group roles {state.role_prefix}_*")
    print(f"{'member':<24} {'kind':<19} {'works for':<24} {'contacts':>8}  state")
    for item in listing:
        member = item.member
        state_text = "active" if member.active else "removed"
        if not item.role_exists:
            state_text += ", no server role"
        elif not item.can_login:
            state_text += ", cannot log in"
        name = member.name + (f" ({member.display_name})" if member.display_name else "")
        print(
            f"{name:<24} {member.kind.label:<19} {', '.join(member.works_for) or '-':<24} "
            f"{item.contacts:>8,}  {state_text}"
        )
    return EXIT_OK


def cmd_reassign(args: argparse.Namespace) -> int:
    from advisor_referrals.services.practice.reassign import ReassignService

    book = _open(args)
    try:
        done = ReassignService(book).reassign(
            args.to_advisor, from_advisor=args.from_advisor, contact_ids=args.contacts
        )
    finally:
        book.close()
    print(done.describe())
    return EXIT_OK


def add_practice_commands(command: Callable[..., Any]) -> None:
    """`practice init|add-member|remove-member|list|books|reassign`."""
    practice = command(
        "practice",
        _needs_subcommand,
        "administer a practice's shared PostgreSQL book: members, roles, books",
    )
    sub = practice.add_subparsers(title="practice commands", metavar="COMMAND")

    def practice_command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        parser = sub.add_parser(name, help=text, description=text)
        parser.set_defaults(handler=handler)
        return parser

    show = "print the SQL it runs, run it and roll everything back (a dry run)"
    init = practice_command(
        "init",
        cmd_init,
        "set up (or, after an upgrade of the app, bring up to date) the practice book: "
        "group roles, the schema owned by the administration role, grants, row security",
    )
    init.add_argument("--books", choices=[m.value for m in BookMode], help="shared or separate")
    init.add_argument("--print-sql", action="store_true", help=show)
    add = practice_command(
        "add-member",
        cmd_add_member,
        "create (or adopt) the server role NAME and grant it what its role in the practice allows",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[k.value for k in MEMBER_ROLES])
    add.add_argument(
        "--works-for", nargs="+", metavar="ADVISOR", help="an assistant's advisors (role names)"
    )
    add.add_argument("--display-name", metavar="TEXT", help='how people know them, e.g. "Dana Lee"')
    add.add_argument("--print-sql", action="store_true", help=show)
    remove = practice_command(
        "remove-member",
        cmd_remove_member,
        "revoke a member's access; their records and audit entries stay",
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--print-sql", action="store_true", help=show)
    practice_command("list", cmd_list, "list the practice's members and their server roles")
    books = practice_command(
        "books",
        cmd_books,
        "shared: every advisor sees every client; separate: each advisor sees their own",
    )
    books.add_argument("mode", choices=[m.value for m in BookMode])
    reassign = practice_command(
        "reassign",
        cmd_reassign,
        "hand a book of clients from one advisor to another, as one audited change",
    )
    reassign.add_argument("from_advisor", metavar="FROM", nargs="?", help="the advisor they leave")
    reassign.add_argument("to_advisor", metavar="TO", help="the advisor who takes them over")
    reassign.add_argument(
        "--contacts", nargs="+", type=int, metavar="ID", help="only these contacts (ids)"
    )


def _needs_subcommand(args: argparse.Namespace) -> int:
    raise BookError(
        "practice needs a command: init, add-member, remove-member, list, books or reassign "
        "(advisor-referrals practice --help)"
    )
