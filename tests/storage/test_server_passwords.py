"""A server that asks for a password: the app asks the person, never stores the answer."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from advisor_referrals.cli import main
from advisor_referrals.domain.errors import PasswordNeededError
from advisor_referrals.storage.engine import describe_target, with_password
from advisor_referrals.storage.opening import open_book
from tests.support.desks import PASSWORD_ROLE, SECRET

pytestmark = pytest.mark.postgres


def test_without_a_password_the_book_says_one_is_needed_and_with_it_opens(
    asks_password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(PasswordNeededError, match=r"PGPASSWORD or a ~/\.pgpass"):
        open_book(asks_password)
    # Not in a terminal, the command line cannot ask: it says how to give one.
    assert main(["--db", asks_password, "export", "/dev/null/x.csv"]) == 2
    err = capsys.readouterr().err
    assert "asks for a password: set PGPASSWORD" in err
    typed = with_password(asks_password, SECRET)
    book = open_book(typed)
    try:
        assert book.user == PASSWORD_ROLE
        assert SECRET not in book.location and SECRET not in describe_target(typed)
        assert make_url(book.target).password == SECRET  # in memory for this session only
    finally:
        book.close()
    with pytest.raises(PasswordNeededError):
        open_book(with_password(asks_password, "wrong"))


def test_pgpassword_is_read_by_the_driver(
    asks_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", SECRET)
    book = open_book(asks_password)
    assert book.user == PASSWORD_ROLE
    book.close()
