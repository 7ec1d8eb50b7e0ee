"""One book, two windows: two processes saving at once lose nothing and never see 'locked'."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.storage import engine as engine_module
from advisor_referrals.storage.engine import BookBusyError
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import open_book

ROOT = Path(__file__).resolve().parents[2]
SAVES_PER_WINDOW = 150  # each save is a create and an edit: 300 transactions per window


def start_window(book: Path, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.desk_worker", str(book), name, str(SAVES_PER_WINDOW)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    open_book(str(path)).close()
    windows = {name: start_window(path, name) for name in ("left", "right")}
    for window in windows.values():
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "ready"
    for window in windows.values():
        assert window.stdin is not None
        window.stdin.write("go\n")
        window.stdin.flush()
    reported: dict[str, list[str]] = {}
    for name, window in windows.items():
        out, err = window.communicate(timeout=240)
        reported[name] = out.splitlines()
        assert window.returncode == 0, (out[-2000:], err[-2000:])
        assert "locked" not in out + err
    book = open_book(str(path))
    try:
        with book.session() as session:
            rows = {row.id: row for row in session.scalars(select(ContactRow))}
        for name, lines in reported.items():
            edited = [int(line.split()[1]) for line in lines if line.startswith("edited")]
            assert len(edited) == SAVES_PER_WINDOW
            for contact_id in edited:
                row = rows[contact_id]
                assert row.first_name.startswith(name)
                assert row.city.startswith("After"), "an edit was lost"
                assert row.version == 2
        assert len(rows) == 2 * SAVES_PER_WINDOW
    finally:
        book.close()


HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


def test_a_writer_held_up_too_long_gets_a_clear_message_not_database_is_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.sqlite3"
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    book = open_book(str(path))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        service = ContactService(book)
        started = time.monotonic()
        with pytest.raises(BookBusyError) as caught:
            service.create(ContactFields(first_name="Ana", last_name="Souza"))
        assert isinstance(caught.value, BookError)
        assert "locked" not in str(caught.value)
        assert "another window" in str(caught.value)
        assert time.monotonic() - started >= 0.3, "it gave up without retrying"
        holder.stdin.write("done\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        # Once the other writer lets go, saving works again on the same engine.
        assert service.create(ContactFields(first_name="Ana", last_name="Souza")).id == 1
        assert service.count() == 1
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
        book.close()
