"""Contact fields built straight in their stored (normalised) form, for bulk imports.

`normalise_contact` builds a contact twice (once as given, once cleaned); on 100,000
imported rows that doubles the cost. This builds it once, cleaning as the domain
does; a test checks that `normalise_contact` leaves the result unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import MISSING, fields
from typing import Any

from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES, ContactFields, normalise_tags
from advisor_referrals.domain.languages import normalise_language

OPTIONAL_TEXT = (
    "preferred_name",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "advisor",
)


def normalised_contact(
    *,
    first_name: str | None,
    last_name: str | None,
    household: str | None = None,
    tags: Iterable[str] = (),
    notes: str | None = "",
    **rest: Any,
) -> ContactFields:
    return normalised_from(
        {
            **rest,
            "first_name": first_name,
            "last_name": last_name,
            "household": household,
            "tags": tags,
            "notes": notes,
        }
    )


def normalised_from(given: Mapping[str, Any]) -> ContactFields:
    """The same from a mapping of field -> value (a file's row); fields it lacks take
    their defaults, names an empty text."""
    values = {**_BLANK, **given}
    if len(values) != len(_BLANK):
        unknown = sorted(set(values) - set(CONTACT_FIELD_NAMES))
        raise TypeError(f"not contact fields: {', '.join(unknown)}")
    for name in OPTIONAL_TEXT:
        value = values[name]
        if value is not None:
            values[name] = value.strip() or None  # clean_text, inline: 8 fields of every row
    if values["preferred_language"] is not None:
        values["preferred_language"] = normalise_language(values["preferred_language"])
    first_name, last_name = values["first_name"], values["last_name"]
    values["first_name"] = first_name.strip() if first_name else ""
    values["last_name"] = last_name.strip() if last_name else ""
    household = values["household"]
    values["household"] = " ".join(household.split()) or None if household else None
    tags = values["tags"]
    values["tags"] = normalise_tags(tags) if tags else ()
    values["notes"] = values["notes"] or ""
    # The frozen dataclass's __init__ sets each field through object.__setattr__: 7 µs
    # a contact, a tenth of a 100,000-row import. Filling its __dict__ gives the same
    # object (the test compares it with the domain's normaliser).
    contact = object.__new__(ContactFields)
    contact.__dict__.update(values)
    return contact


# Every field at its default; the two names, which have none, empty.
_BLANK: dict[str, Any] = {
    field.name: "" if field.default is MISSING else field.default for field in fields(ContactFields)
}
