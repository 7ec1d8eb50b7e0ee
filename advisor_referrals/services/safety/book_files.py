"""The book as a file, for the app: where it is, opening it, encrypting it, naming damage.

The desktop app reaches storage only through services (docs/design.md, "Layers"); these
are the few use cases about the book file itself that it needs before (or instead of)
an open book's services.
"""

from __future__ import annotations

from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.registry import BookServices, Renderers
from advisor_referrals.storage import checks, encryption, engine, opening
from advisor_referrals.storage.encryption import PassphraseNeededError

__all__ = [
    "PassphraseNeededError",
    "book_file",
    "change_passphrase",
    "check_passphrase",
    "damage_in_open_book",
    "decrypt",
    "encrypt",
    "open_services",
    "where_the_book_is",
    "with_password",
]


def where_the_book_is(explicit: str | None) -> str:
    """The book's path or URL: --db, else the environment variable, else the default."""
    return engine.resolve_target(explicit)


def book_file(target: str) -> Path | None:
    """The file of a SQLite book; None for a shared book on a database server."""
    return engine.sqlite_path(target)


def open_services(target: str, renderers: Renderers, passphrase: str | None = None) -> BookServices:
    """Open the book (checked and migrated) and hand out its services, which render kits
    and reports with `renderers` (passed in by the composition root).

    Raises PassphraseNeededError or WrongPassphraseError for an encrypted book without
    the right passphrase, DamagedBookError for a damaged one, BookError otherwise.
    """
    return BookServices.for_book(opening.open_book(target, passphrase=passphrase), renderers)


def with_password(target: str, password: str) -> str:
    """A server book's URL with a password typed at a prompt: in memory only, never saved
    (docs/design.md, "A practice")."""
    return engine.with_password(target, password)


def check_passphrase(path: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the (closed) encrypted book at `path`."""
    return encryption.check_passphrase(path, passphrase)


def encrypt(path: Path, passphrase: str, keep_plain_as: Path | None = None) -> str:
    """Encrypt the closed book at `path`; says what was done."""
    return encryption.encrypt_book(path, passphrase, keep_plain_as=keep_plain_as).describe()


def decrypt(path: Path, passphrase: str) -> str:
    """Remove the encryption of the closed book at `path`; says what was done."""
    return encryption.decrypt_book(path, passphrase).describe()


def change_passphrase(path: Path, old: str, new: str) -> None:
    encryption.change_passphrase(path, old, new)


def damage_in_open_book(error: BaseException) -> BookError | None:
    """A fault from work on the open book that means the file is damaged, in words."""
    return checks.damage_in_open_book(error)
