"""Names as the book prints them, and the NPS bands and score (docs/design.md, "Metrics")."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.names import full_name, greeting_name, sort_name
from advisor_referrals.domain.nps import NpsBand, band, nps_score


@pytest.mark.parametrize(
    ("first", "last", "full", "sorted_as"),
    [
        ("Ana", "Souza", "Ana Souza", "Souza, Ana"),
        ("Ana", "", "Ana", "Ana"),
        ("", "Souza", "Souza", "Souza"),
        (None, "Souza", "Souza", "Souza"),
        ("", "", "", ""),
    ],
)
def test_names_skip_the_part_that_is_missing(
    first: str | None, last: str, full: str, sorted_as: str
) -> None:
    assert full_name(first, last) == full
    assert sort_name(first, last) == sorted_as


def test_a_preferred_name_greets_before_the_first_name() -> None:
    assert greeting_name("Bia", "Beatriz", "Lima") == "Bia"
    assert greeting_name(None, "Beatriz", "Lima") == "Beatriz"
    assert greeting_name("", "", "Lima") == "Lima"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(0, NpsBand.DETRACTOR), (6, NpsBand.DETRACTOR), (7, NpsBand.PASSIVE),
     (8, NpsBand.PASSIVE), (9, NpsBand.PROMOTER), (10, NpsBand.PROMOTER)],
)  # fmt: skip
def test_nps_bands(answer: int, expected: NpsBand) -> None:
    assert band(answer) is expected


def test_nps_score_rounds_half_away_from_zero_and_has_no_data_without_answers() -> None:
    assert nps_score(0, 0, 0) is None
    assert nps_score(2, 1, 3) == 33.3
    assert nps_score(1, 2, 8) == -12.5
    assert nps_score(1, 0, 16) == 6.3
