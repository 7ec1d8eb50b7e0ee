"""Encrypted books: SQLCipher through the sqlcipher3 driver."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor_referrals.domain.errors import WrongPassphraseError


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def sqlcipher_creator(path: Path, passphrase: str) -> Callable[[], Any]:
    """A DB-API connection factory that unlocks the book before anything else runs."""

    def connect() -> Any:
        import sqlcipher3

        connection = sqlcipher3.connect(str(path), check_same_thread=False, timeout=15)
        connection.execute(f"PRAGMA key = {_quoted(passphrase)}")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            connection.close()
            raise WrongPassphraseError(
                f"the passphrase does not open the book at {path}; check it and try again"
            ) from None
        return connection

    return connect
