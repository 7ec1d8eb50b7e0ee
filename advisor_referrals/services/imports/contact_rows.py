"""The stored columns of a normalised contact, as a bulk writer inserts them.

One function gives the values in a fixed column order (a tuple: the bulk import adds
100,000 of them, and building a dict per row and picking it apart again for the
driver cost more than the insert itself); the dict form used by updates is made
from the same tuple, so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.names import name_sort_key
from advisor_referrals.storage.search import search_text

CONTACT_COLUMNS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "preferred_name",
    "relationship",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "household_id",
    "advisor",
    "segment",
    "tier",
    "client_since",
    "has_written_plan",
    "do_not_ask",
    "notes",
    "reviews_per_year",
    "preferred_language",
    "search_text",
    "name_key",
)


def contact_values(
    fields: ContactFields, household_id: int | None, *, dates_as_text: bool = False
) -> tuple[Any, ...]:
    """The values of CONTACT_COLUMNS for a normalised contact, its search text and name
    sort key included; `dates_as_text`: the client-since date as SQLite stores it."""
    first, last, phone = fields.first_name, fields.last_name, fields.phone
    tier, since = fields.tier, fields.client_since
    stored_since: date | str | None = since
    if dates_as_text and since is not None:
        stored_since = since.isoformat()  # as bulk_writer.stored_text writes a date
    return (
        first,
        last,
        fields.preferred_name,
        # The members' own values (`.value` is a property, looked up each time).
        fields.relationship._value_,
        fields.profession,
        fields.email,
        phone,
        fields.city,
        fields.region,
        fields.country,
        household_id,
        fields.advisor,
        fields.segment._value_,
        None if tier is None else tier._value_,
        stored_since,
        fields.has_written_plan,
        fields.do_not_ask,
        fields.notes,
        fields.reviews_per_year,
        fields.preferred_language,
        search_text(
            first_name=first,
            last_name=last,
            preferred_name=fields.preferred_name,
            email=fields.email,
            phone=phone,
            city=fields.city,
            region=fields.region,
            country=fields.country,
            profession=fields.profession,
            household=fields.household,
            tags=fields.tags,
        ),
        name_sort_key(first, last),
    )


def contact_columns(fields: ContactFields, household_id: int | None) -> dict[str, Any]:
    """The same values by column name."""
    return dict(zip(CONTACT_COLUMNS, contact_values(fields, household_id), strict=True))
