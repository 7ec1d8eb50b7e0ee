"""Spreadsheet cells: text that a spreadsheet would run as a formula is written as text."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.cells import guard, looks_like_formula, unguard

RUN_AS_FORMULA = [
    "=1+1",
    "+33 1 42",
    "-2",
    "@SUM(A1)",
    "\tx",
    "\r=1",
    '  =HYPERLINK("http://x")',
    " +1",
    "   @cmd",
    " -1",
]
PLAIN = ["Ana", "", " ", "a=b", "1-2", "x@example.com", "  Ana", "'quoted"]


@pytest.mark.parametrize("text", RUN_AS_FORMULA)
def test_text_a_spreadsheet_would_run_gets_a_quote(text: str) -> None:
    assert looks_like_formula(text)
    assert guard(text) == "'" + text


@pytest.mark.parametrize("text", PLAIN)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not looks_like_formula(text)
    assert guard(text) == text


@pytest.mark.parametrize(
    "text", [*RUN_AS_FORMULA, *PLAIN, "'=already quoted", "''=twice", "' =spaced"]
)
def test_import_takes_back_exactly_what_export_added(text: str) -> None:
    assert unguard(guard(text)) == text


def test_unguard_leaves_a_quote_someone_typed_before_plain_text() -> None:
    assert unguard("'quoted") == "'quoted"
