"""The support log never holds client names, emails or notes, even when a fault quotes them."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from advisor_referrals import logs
from advisor_referrals.cli import main
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow

CLIENT_DATA = ("Souza", "ana.souza@example.com", "inheritance from her aunt")


def fault_quoting_a_client(book: Book) -> None:
    """A realistic fault: the driver's message carries the statement's parameters."""
    try:
        with book.write() as session:
            session.execute(
                insert(ContactRow).values(
                    first_name="Ana",
                    last_name="Souza",
                    email="ana.souza@example.com",
                    notes="inheritance from her aunt",
                    relationship="no such relationship",
                )
            )
    except Exception as error:
        raise RuntimeError("could not save Ana Souza <ana.souza@example.com>") from error


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger("advisor_referrals")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def assert_scrubbed(text: str) -> None:
    for secret in CLIENT_DATA:
        assert secret not in text


def test_an_unexpected_fault_on_the_command_line_logs_no_client_data(
    sqlite_book: Book, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_backup(args: argparse.Namespace) -> int:
        fault_quoting_a_client(sqlite_book)
        return 0

    monkeypatch.setattr("advisor_referrals.cli.run_backup", failing_backup)
    code = main(["--db", str(sqlite_book.path), "backup", "--out", "x.sqlite3"])
    assert code == 1
    err = capsys.readouterr().err
    path = logs.log_file()
    assert str(path) in err, "the message says where the log is"
    assert "RuntimeError" in err
    assert_scrubbed(err)
    text = path.read_text(encoding="utf-8")
    assert "unexpected fault in cmd_backup" in text
    assert "RuntimeError" in text and "IntegrityError" in text
    assert "fault_quoting_a_client" in text, "the frames are there for support"
    assert_scrubbed(text)


def test_a_stray_log_exception_is_scrubbed_too(log_file: Path, sqlite_book: Book) -> None:
    log = logging.getLogger("advisor_referrals.somewhere")
    try:
        fault_quoting_a_client(sqlite_book)
    except RuntimeError:
        log.exception("saving failed")
    text = log_file.read_text(encoding="utf-8")
    assert "saving failed" in text and "RuntimeError" in text
    assert_scrubbed(text)


def test_the_scrubbed_trace_names_types_and_frames_only() -> None:
    try:
        try:
            raise KeyError("ana.souza@example.com")
        except KeyError as inner:
            raise ValueError("Souza") from inner
    except ValueError as error:
        trace = logs.scrubbed_traceback(error)
    assert "ValueError" in trace and "KeyError" in trace
    assert "test_the_scrubbed_trace_names_types_and_frames_only" in trace
    assert_scrubbed(trace)
