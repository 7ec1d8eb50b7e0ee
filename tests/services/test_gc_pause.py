"""The cyclic collector during imports: paused while an import's or a preview's rows live
and die, and left on while a file is read (its rows live on, and the first collection after
a pause would walk them all while holding the interpreter lock the window needs)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor_referrals.services.imports.csv_reading import read_csv
from advisor_referrals.services.imports.gc_pause import paused_gc

ROWS = 20_000


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()


def test_overlapping_pauses_end_when_the_last_one_does(collecting: None) -> None:
    # A preview on one thread and an import on another may overlap in any order.
    first, second = paused_gc(), paused_gc()
    first.__enter__()
    second.__enter__()
    assert not gc.isenabled()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_that_was_off_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_reading_a_file_leaves_its_rows_to_the_collector_as_it_goes(
    collecting: None, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    lines = ["first_name,last_name,email,city"]
    lines += [f"Ana{n},Souza,ana{n}@example.com,Zürich" for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    walked: list[int] = []  # the new objects each collection begins with

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(gc.get_count()[0])

    gc.collect()
    gc.callbacks.append(note)
    try:
        table = read_csv(path)
    finally:
        gc.callbacks.remove(note)
    assert len(table.rows) == ROWS
    # Many small collections, none of which walks the rows read so far.
    assert walked
    assert max(walked) < ROWS / 10
