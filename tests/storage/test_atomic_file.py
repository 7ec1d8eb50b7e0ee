"""The one file writer: a file appears whole or not at all, private to its owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from advisor_referrals.domain.errors import BookError
from advisor_referrals.storage.files import atomic_file, atomic_text_file, write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_scratch(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as out:
        out.write(b"half of the new")
        raise RuntimeError("stopped half-way")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_the_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    previous = os.umask(0)
    try:
        write_atomically(target, b"a,b\n")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"a,b\n"
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_text_files_keep_the_newlines_and_encoding_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "ledger.csv"
    with atomic_text_file(target, newline="", encoding="utf-8-sig") as out:
        out.write("é\r\n")
    assert target.read_bytes() == "é\r\n".encode("utf-8-sig")


def test_a_missing_folder_or_a_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BookError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "x.json", b"{}")
    with pytest.raises(BookError, match="is a folder"):
        write_atomically(tmp_path, b"{}")
