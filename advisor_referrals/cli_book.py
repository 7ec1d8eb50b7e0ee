"""The command line's side of book safety: passphrases, checked opening, backup, encryption.

A passphrase never comes from a plain command-line argument (other users can read
those in the process list): it comes from ADVISOR_REFERRALS_PASSPHRASE, from a file
named by --passphrase-file, or from a prompt that does not echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor_referrals.domain.errors import BookError, PasswordNeededError

# Storage (SQLAlchemy) is imported inside the commands, not here: the desktop app starts
# through this module and loads the data layers beside Qt to open sooner.
if TYPE_CHECKING:
    from advisor_referrals.storage.book import Book

PASSPHRASE_ENV = "ADVISOR_REFERRALS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ADVISOR_REFERRALS_NEW_PASSPHRASE"


def read_passphrase(
    passphrase_file: str | None,
    *,
    what: str,
    env_var: str = PASSPHRASE_ENV,
    environ: Mapping[str, str] | None = None,
    confirm: bool = False,
) -> str:
    environ = os.environ if environ is None else environ
    if environ.get(env_var):
        return environ[env_var]
    if passphrase_file:
        try:
            text = Path(passphrase_file).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BookError(f"cannot read the passphrase file {passphrase_file}: {error}") from None
        passphrase = text.splitlines()[0] if text else ""
        if not passphrase:
            raise BookError(f"the passphrase file {passphrase_file} is empty")
        return passphrase
    if not sys.stdin.isatty():
        raise BookError(
            f"{what} needs a passphrase: set {env_var} or give --passphrase-file FILE "
            "(or run the command in a terminal to be asked)"
        )
    passphrase = getpass.getpass(f"Passphrase for {what}: ")
    if confirm and getpass.getpass("Type it again: ") != passphrase:
        raise BookError("the two passphrases differ; nothing was changed")
    return passphrase


def read_server_password(target: str) -> str:
    """A database server's password, asked for in the terminal; never stored anywhere.

    (PGPASSWORD and ~/.pgpass are read by the driver itself before it comes to this.)
    """
    from advisor_referrals.storage.engine import describe_target

    if not sys.stdin.isatty():
        raise BookError(
            f"the server of {describe_target(target)} asks for a password: set PGPASSWORD or "
            "add a ~/.pgpass line (or run the command in a terminal to be asked)"
        )
    password = getpass.getpass(f"Password for {describe_target(target)}: ")
    if not password:
        raise BookError("no password given; nothing was done")
    return password


def open_for_command(args: argparse.Namespace, *, quick_check: bool = False) -> Book:
    """Open the book of a command, unlocked if it is encrypted.

    Its header and schema are always checked (a few ms); `quick_check` also reads every
    page (about a second on a 100,000-contact book). Damage a command meets later is
    reported by `main` as a damaged book (exit status 2) all the same.
    """
    from advisor_referrals.storage.encryption import PassphraseNeededError
    from advisor_referrals.storage.engine import resolve_target, with_password
    from advisor_referrals.storage.opening import open_book

    target = resolve_target(args.db)
    try:
        return open_book(target, quick_check=quick_check)
    except PassphraseNeededError:
        pass
    except PasswordNeededError:
        return open_book(with_password(target, read_server_password(target)))
    passphrase = read_passphrase(getattr(args, "passphrase_file", None), what=f"the book {target}")
    return open_book(target, passphrase=passphrase, quick_check=quick_check)


def _book_file(args: argparse.Namespace) -> Path:
    from advisor_referrals.services.safety import backup
    from advisor_referrals.storage.engine import resolve_target, sqlite_path

    target = resolve_target(args.db)
    path = sqlite_path(target)
    if path is None:
        raise backup.SharedBookError(
            "this command works on a book file; a shared book on a database server is managed "
            "with the server's own tools"
        )
    return path


# Commands


def run_backup(args: argparse.Namespace) -> int:
    from advisor_referrals.services.safety import backup

    book = open_for_command(args, quick_check=True)  # never copy damage into a backup
    try:
        info = backup.backup_to(book, Path(args.out))
    finally:
        book.close()
    print(f"Backed up the book to {info.describe()}.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from advisor_referrals.services.safety import backup
    from advisor_referrals.storage.encryption import PassphraseNeededError

    path = _book_file(args)
    source = Path(args.file)
    try:
        result = backup.restore(path, source)
    except PassphraseNeededError:
        passphrase = read_passphrase(args.passphrase_file, what=f"the backup {source}")
        result = backup.restore(path, source, passphrase)
    print(result.describe())
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    from advisor_referrals.storage import encryption
    from advisor_referrals.storage.checks import check_plain_file
    from advisor_referrals.storage.opening import open_book

    path = _book_file(args)
    new = read_passphrase(
        args.new_passphrase_file,
        what="the encrypted book",
        env_var=NEW_PASSPHRASE_ENV,
        confirm=True,
    )
    if not path.exists() or path.stat().st_size == 0:
        open_book(str(path), passphrase=new).close()
        print(f"Created the encrypted book {path}.")
        return 0
    if _is_encrypted(path):
        raise BookError(f"the book at {path} is already encrypted; use change-passphrase")
    check_plain_file(path)
    keep = Path(args.keep_plain) if args.keep_plain else None
    print(encryption.encrypt_book(path, new, keep_plain_as=keep).describe())
    return 0


def run_change_passphrase(args: argparse.Namespace) -> int:
    from advisor_referrals.storage import encryption

    path = _book_file(args)
    if not _is_encrypted(path):
        raise BookError(f"the book at {path} is not encrypted; use encrypt")
    old = read_passphrase(args.passphrase_file, what=f"the book {path}")
    if not encryption.check_passphrase(path, old):
        raise encryption.wrong_passphrase(path)
    new = read_passphrase(
        args.new_passphrase_file, what="the book", env_var=NEW_PASSPHRASE_ENV, confirm=True
    )
    encryption.change_passphrase(path, old, new)
    print(f"The book at {path} now opens with the new passphrase. Older backups keep the old one.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from advisor_referrals.storage import encryption

    path = _book_file(args)
    if not _is_encrypted(path):
        raise BookError(f"the book at {path} is not encrypted")
    old = read_passphrase(args.passphrase_file, what=f"the book {path}")
    keep = Path(args.keep_encrypted) if args.keep_encrypted else None
    print(encryption.decrypt_book(path, old, keep_encrypted_as=keep).describe())
    return 0


def _is_encrypted(path: Path) -> bool:
    from advisor_referrals.storage.checks import FileKind, file_kind

    return file_kind(path) is FileKind.ENCRYPTED


def add_encryption_commands(command: Callable[..., Any]) -> None:
    """`encrypt`, `change-passphrase`, `decrypt`; `command` is the parser's sub-command maker."""
    new_help = f"read the new passphrase from this file (else ${NEW_PASSPHRASE_ENV}, else a prompt)"
    enc = command("encrypt", run_encrypt, "encrypt the book with a passphrase (or create it so)")
    enc.add_argument("--new-passphrase-file", metavar="FILE", help=new_help)
    enc.add_argument(
        "--keep-plain",
        metavar="FILE",
        help="keep the unencrypted file under this name (by default it is overwritten and deleted)",
    )
    change = command("change-passphrase", run_change_passphrase, "change the book's passphrase")
    change.add_argument("--new-passphrase-file", metavar="FILE", help=new_help)
    dec = command("decrypt", run_decrypt, "remove the book's encryption")
    dec.add_argument(
        "--keep-encrypted", metavar="FILE", help="keep the encrypted file under this name"
    )
