"""Errors a person can act on. Every message says what is wrong, where, and what is allowed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: where it is, which field, the value, and why."""

    where: str
    field: str
    value: str | None
    message: str

    def __str__(self) -> str:
        parts = [p for p in (self.where, self.field) if p]
        shown = "" if self.value is None else f" = {_clip(self.value)!r}"
        location = ", ".join(parts)
        return f"{location}{shown}: {self.message}" if location else self.message


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class BookError(Exception):
    """Base of every error whose message is meant for the user."""


class ValidationError(BookError):
    def __init__(self, problems: Iterable[Problem], source: str = "") -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        self.source = source
        super().__init__(self.describe())

    def describe(self, limit: int = 50) -> str:
        head = f"{self.source}: " if self.source else ""
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{head}{count} {noun} found; nothing was changed."]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if count > limit:
            lines.append(f"  … and {count - limit} more")
        return "\n".join(lines)


class ConflictError(BookError):
    """Somebody else saved the record after it was loaded here."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} was changed by someone else after you opened it. "
            "Your changes were not saved. Reload it to see the latest version, then edit again."
        )


class NotFoundError(BookError):
    pass


class BookNotEmptyError(BookError):
    pass


class DamagedBookError(BookError):
    """The file is not a book, or the book fails its integrity check."""


class WrongPassphraseError(BookError):
    pass


class PasswordNeededError(BookError):
    """The database server asks for a password the connection did not give.

    The app never stores one: it comes from the URL, PGPASSWORD or ~/.pgpass, or the
    person is asked (docs/design.md, "A practice").
    """


class NotPermittedError(BookError):
    """The database server refused a change: the member's role does not allow it."""


class SchemaBehindError(BookError):
    """A practice book whose schema only its administrator may bring up to date."""


class NotAvailableError(BookError):
    """A feature that this build does not provide."""
