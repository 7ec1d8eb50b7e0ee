"""Bulk imports build contacts already normalised; the domain's normaliser must agree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_referrals.domain.contacts import ContactFields, normalise_contact
from advisor_referrals.services.imports.contact_values import OPTIONAL_TEXT, normalised_contact

texts = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["  Ana ", "\tx\n", " ", ""]))


@given(
    first=texts,
    last=texts,
    household=texts,
    notes=texts,
    tags=st.lists(st.text(max_size=6), max_size=4),
    optional=st.fixed_dictionaries(dict.fromkeys(OPTIONAL_TEXT, texts)),
)
@settings(max_examples=200, deadline=None)
def test_normalised_contact_is_what_normalise_contact_gives(
    first: str | None,
    last: str | None,
    household: str | None,
    notes: str | None,
    tags: list[str],
    optional: dict[str, str | None],
) -> None:
    built = normalised_contact(
        first_name=first, last_name=last, household=household, notes=notes, tags=tags, **optional
    )
    raw = ContactFields(
        first_name=first or "",
        last_name=last or "",
        household=household,
        notes=notes or "",
        tags=tuple(tags),
        **optional,
    )
    assert normalise_contact(raw) == built
    assert normalise_contact(built) == built
    assert ContactFields(**vars(built)) == built  # a whole contact, every field set


def test_a_field_that_contacts_do_not_have_is_refused() -> None:
    with pytest.raises(TypeError, match="colour"):
        normalised_contact(first_name="Ana", last_name="", colour="blue")
