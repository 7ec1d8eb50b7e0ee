"""`advisor-referrals report`: the format by extension, exit codes, and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from advisor_referrals.cli import main
from advisor_referrals.domain.metrics import METRIC_KEYS
from advisor_referrals.storage.opening import open_book
from tests.support.metrics_book import build_hand_book


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    build_hand_book(book)
    book.close()
    return str(path)


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv", ".json", ".JSON"])
def test_each_format_is_chosen_by_extension(db: str, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"r{suffix}"
    assert main(["--db", db, "report", "--quarter", "2026Q3", "--out", str(out)]) == 0
    data = out.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF") and len(PdfReader(out).pages) >= 6
    elif suffix == ".xlsx":
        assert load_workbook(out)["Summary"]["C2"].value == 11
    elif suffix == ".csv":
        assert data.decode("utf-8-sig").startswith("metric,value\r\nreferrals_received,11\r\n")
    else:
        report = json.loads(data)
        assert list(report) == list(METRIC_KEYS) and report["referrals_received"] == 11
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_unknown_extension_is_refused_naming_the_allowed_ones(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.docx"
    assert main(["--db", db, "report", "--quarter", "2026Q3", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "r.docx" in err and ".pdf, .xlsx, .csv, .json" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("quarter", ["2026Q5", "Q3", "2026-07"])
def test_a_bad_quarter_is_refused_with_status_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], quarter: str
) -> None:
    out = tmp_path / "r.json"
    assert main(["--db", db, "report", "--quarter", quarter, "--out", str(out)]) == 2
    assert "write it like 2026Q3" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_folder_is_a_clear_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "r.pdf"
    assert main(["--db", db, "report", "--quarter", "2026Q3", "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_an_existing_file_is_replaced_whole(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    out.write_text("old report")
    assert main(["--db", db, "report", "--quarter", "2026Q2", "--out", str(out)]) == 0
    assert list(json.loads(out.read_text())) == list(METRIC_KEYS)


def test_a_quarter_not_yet_started_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    assert main(["--db", db, "report", "--quarter", "2099Q1", "--out", str(out)]) == 2
    assert "has not started yet" in capsys.readouterr().err
    assert not out.exists()
