"""The length limits of a contact's one-line fields, each named by the field that breaks it."""

from __future__ import annotations

import pytest

from advisor_referrals.domain.contacts import (
    NAME_MAX,
    TEXT_MAX,
    ContactFields,
    validate_contact,
)

NAMES = ("first_name", "last_name", "preferred_name", "profession")
PLACES = ("city", "region", "country", "household")


def _problems(**fields: str) -> list[tuple[str, str]]:
    contact = ContactFields(**{"first_name": "Ana", "last_name": "Souza", **fields})
    return [(p.field, p.message) for p in validate_contact(contact, "row 2")]


@pytest.mark.parametrize(
    ("field", "limit"), [*((f, NAME_MAX) for f in NAMES), *((f, TEXT_MAX) for f in PLACES)]
)
def test_a_field_over_its_limit_is_named(field: str, limit: int) -> None:
    assert _problems(**{field: "x" * limit}) == []
    assert _problems(**{field: "x" * (limit + 1)}) == [(field, f"at most {limit} characters")]


def test_fields_each_within_their_limits_are_fine_however_long_together() -> None:
    fields = dict.fromkeys(NAMES, "n" * NAME_MAX) | dict.fromkeys(PLACES, "p" * TEXT_MAX)
    assert _problems(**fields) == []


def test_every_field_over_its_limit_is_listed_in_the_fields_order() -> None:
    fields = dict.fromkeys(NAMES, "n" * (NAME_MAX + 1))
    fields |= dict.fromkeys(PLACES, "p" * (TEXT_MAX + 1))
    assert [field for field, _ in _problems(**fields)] == [*NAMES, *PLACES]
