"""Kit file names are safe on every system, whatever script the client's name is in."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.kits import PageSize, safe_file_stem, unique_file_names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Souza", "Ana Souza"),
        ("王小明", "王小明"),
        ("../../etc/passwd", "etc passwd"),
        ('a\\b:c*d?e"f<g>h|i', "a b c d e f g h i"),
        ("  .hidden.  ", "hidden"),
        ("CON", "CON contact 1"),
        ("", "contact 1"),
        ("\x00\x1f", "contact 1"),
    ],
)
def test_safe_file_stem(name: str, expected: str) -> None:
    assert safe_file_stem(name, "contact 1") == expected


def test_long_names_fit_file_system_limits() -> None:
    stem = safe_file_stem("王" * 300, "contact 1")
    assert len(stem.encode("utf-8")) <= 180
    assert stem == "王" * 60


def test_repeated_names_are_numbered_case_insensitively() -> None:
    names = unique_file_names([("Ana", "c1"), ("ANA", "c2"), ("Ana", "c3"), ("Bo", "c4")])
    assert names == ["Ana.pdf", "ANA (2).pdf", "Ana (3).pdf", "Bo.pdf"]


def test_page_size_parsing_names_what_is_allowed() -> None:
    assert PageSize.parse(" A4 ") is PageSize.A4
    with pytest.raises(ValidationError, match="allowed: letter, a4"):
        PageSize.parse("legal")
