"""A killed process loses nothing it committed and leaves nothing half-written.

Workers forked from a warm zygote (tests/support/crash_zygote.py) import a whole book
(`load_book_data`), edit contacts one transaction at a time, or restore backups, and
are killed with SIGKILL at random moments; after each kill the book is reopened and
checked. Set ADVISOR_REFERRALS_KILL_SEED to replay a run.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisor_referrals.services.safety import backup
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import open_book
from tests.support.books import add_contacts, checkpoint
from tests.support.crash_zygote import EDITED_CONTACTS, IMPORT_CONTACTS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test forks its workers"),
]

ROOT = Path(__file__).resolve().parents[2]
IMPORT_KILLS = 25
EDIT_KILLS = 25
RESTORE_KILLS = 12
# Each test stops killing when its budget is spent (a loaded machine kills fewer times).
IMPORT_BUDGET_S = 18.0
EDIT_BUDGET_S = 10.0
RESTORE_BUDGET_S = 6.0


class Zygote:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_zygote"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def run(self, mode: str, book: Path, label: str, delay: float, report: Path) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {mode} {book} {label} {delay:.3f} {report}\n")
        self.process.stdin.flush()
        return self.read()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    process = Zygote()
    yield process
    process.close()


@pytest.fixture
def rng() -> random.Random:
    seed = int(os.environ.get("ADVISOR_REFERRALS_KILL_SEED", time.time_ns() % 1_000_000))
    print(f"kill test seed {seed}")
    return random.Random(seed)


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def reported(report: Path) -> list[list[str]]:
    if not report.exists():
        return []
    lines = [line.split(" ", 2) for line in report.read_text().splitlines()]
    errors = [line for line in lines if line[0] == "error"]
    assert not errors, errors
    return lines


def city_counts(path: Path, prefix: str) -> dict[str, int]:
    book = open_book(str(path), upgrade=False)
    try:
        with book.session() as session:
            query = (
                select(ContactRow.city, func.count(ContactRow.id))
                .where(ContactRow.city.like(f"{prefix}%"))
                .group_by(ContactRow.city)
            )
            return {str(city): int(n) for city, n in session.execute(query)}
    finally:
        book.close()


def table_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "conversation_triggers", "referrals", "reviews", "tags")
        }
    finally:
        connection.close()


def test_a_killed_import_is_wholly_there_or_wholly_absent(
    tmp_path: Path, zygote: Zygote, rng: random.Random
) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_book(str(empty)).close()
    nothing = table_counts(empty)
    # One import to the end: how long it takes, and what a whole import leaves.
    whole_book = tmp_path / "whole.sqlite3"
    shutil.copyfile(empty, whole_book)
    assert zygote.run("import", whole_book, "-", 60, tmp_path / "whole.txt") == "ended 0"
    duration = float(reported(tmp_path / "whole.txt")[0][1])
    whole = table_counts(whole_book)
    assert whole["contacts"] == IMPORT_CONTACTS
    outcomes: Counter[str] = Counter()
    started = time.monotonic()
    for run in range(IMPORT_KILLS):
        if time.monotonic() - started > IMPORT_BUDGET_S:
            break
        path = tmp_path / f"book-{run}.sqlite3"
        shutil.copyfile(empty, path)
        report = tmp_path / f"import-{run}.txt"
        outcome = zygote.run("import", path, "-", rng.uniform(0.0, 1.1 * duration), report)
        finished = bool(reported(report))
        assert integrity(path) == "ok", f"kill {run} left a damaged book"
        counts = table_counts(path)
        if outcome == "killed":
            outcomes["killed before the end" if counts == nothing else "killed after commit"] += 1
            assert counts in (nothing, whole), f"kill {run} left part of an import: {counts}"
        else:
            assert outcome == "ended 0"
            outcomes["finished first"] += 1
        if finished:
            assert counts == whole, "an import reported as done is missing"
        for leftover in tmp_path.glob(f"book-{run}.sqlite3*"):
            leftover.unlink()
    print(f"import kills: {dict(outcomes)} (an import takes {duration:.2f} s)")
    assert outcomes["killed before the end"] >= 5


def test_killed_edits_keep_every_committed_edit(
    tmp_path: Path, zygote: Zygote, rng: random.Random
) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, EDITED_CONTACTS, city="start")
    book.close()
    kills = 0
    committed = 0
    started = time.monotonic()
    for run in range(EDIT_KILLS):
        if time.monotonic() - started > EDIT_BUDGET_S:
            break
        label = f"k{run}"
        report = tmp_path / f"report-{run}.txt"
        outcome = zygote.run("edit", path, label, rng.uniform(0.02, 0.6), report)
        lines = reported(report)
        assert outcome == "killed", (outcome, lines[-3:])
        kills += 1
        assert integrity(path) == "ok", f"kill {run} left a damaged book"
        edits = {int(line[1]): line[2] for line in lines}
        stored = city_counts(path, f"{label}-")
        book = open_book(str(path), upgrade=False)
        try:
            with book.session() as session:
                rows = session.execute(
                    select(ContactRow.id, ContactRow.city).where(ContactRow.id.in_(edits))
                )
                assert dict(rows.all()) == edits, "a committed edit was lost"
        finally:
            book.close()
        # At most the edit in flight when the kill came is there without its report.
        assert sum(stored.values()) - len(edits) in (0, 1)
        committed += len(edits)
    print(f"edit kills: {kills}; edits committed before the kills: {committed}")
    assert kills >= EDIT_KILLS // 2
    assert committed


def make_backup(folder: Path, name: str, city: str, count: int) -> tuple[Path, dict[str, int]]:
    source = folder / f"{name}-source.sqlite3"
    book = open_book(str(source))
    add_contacts(book, count, city=city)
    out = folder / f"{name}.sqlite3"
    backup.backup_to(book, out)
    book.close()
    return out, {city: count}


def test_a_killed_restore_leaves_the_old_book_or_the_new_one(
    tmp_path: Path, zygote: Zygote, rng: random.Random
) -> None:
    path = tmp_path / "book" / "book.sqlite3"
    path.parent.mkdir()
    book = open_book(str(path))
    add_contacts(book, 100, city="original")
    checkpoint(book)
    book.close()
    first, first_content = make_backup(tmp_path, "first", "first", 700)
    second, second_content = make_backup(tmp_path, "second", "second", 400)
    allowed = [{"original": 100}, first_content, second_content]
    kills = 0
    started = time.monotonic()
    for run in range(RESTORE_KILLS):
        if time.monotonic() - started > RESTORE_BUDGET_S:
            break
        report = tmp_path / f"restore-{run}.txt"
        outcome = zygote.run("restore", path, f"{first},{second}", rng.uniform(0.01, 0.4), report)
        reported(report)
        assert outcome == "killed"
        kills += 1
        assert path.exists(), "the kill left no book at all"
        assert integrity(path) == "ok"
        assert city_counts(path, "") in allowed
        # A killed restore can leave its scratch copy of the backup: the next open wipes it.
        # The replaced books it kept aside on purpose are cleared here to keep the folder small.
        open_book(str(path), upgrade=False).close()
        leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(".")]
        assert not leftovers, leftovers
        for kept in path.parent.glob("book.replaced-*"):
            kept.unlink()
    print(f"restore kills: {kills}")
    assert kills >= RESTORE_KILLS // 2
