"""The command line: exit codes and messages a person understands."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_referrals.cli import main


def test_a_non_book_file_is_refused_with_status_2_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_book = tmp_path / "notes.sqlite3"
    not_a_book.write_bytes(b"shopping list: milk, eggs\n")
    code = main(["--db", str(not_a_book), "export", str(tmp_path / "out.json")])
    assert code == 2
    err = capsys.readouterr().err
    assert "not an Advisor Referrals book" in err
    assert "Traceback" not in err
    assert not_a_book.read_bytes() == b"shopping list: milk, eggs\n"
