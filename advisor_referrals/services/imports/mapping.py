"""Which column of a contacts CSV holds which contact field.

A file written by this app (or by hand with our field names as headers) maps itself.
Exports of other tools are matched through presets: the header names those tools
write, as far as we know them. Matching ignores case, spaces, dashes and dots, so
"E-mail Address" and "email_address" are the same header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES

FULL_NAME = "full_name"  # one "Name" column, split into first and last name
ARCHIVED = "archived"  # import only: true archives the contact (another tool's "Deceased")
TARGETS: tuple[str, ...] = (*CONTACT_FIELD_NAMES, ARCHIVED, FULL_NAME)
DATE_ORDERS = ("ymd", "mdy", "dmy")


def normalise_header(header: str) -> str:
    text = header.replace("\ufeff", "").strip().casefold()
    return re.sub(r"[\s\-./]+", "_", text).strip("_")


@dataclass(frozen=True)
class Preset:
    name: str
    columns: dict[str, str]  # normalised header -> target field
    date_order: str = "ymd"

    def target(self, header: str) -> str | None:
        return self.columns.get(normalise_header(header))


def _preset(name: str, pairs: dict[str, str], date_order: str = "ymd") -> Preset:
    return Preset(name, {normalise_header(h): f for h, f in pairs.items()}, date_order)


OURS = _preset("Advisor Referrals", {name: name for name in (*CONTACT_FIELD_NAMES, ARCHIVED)})

PRESETS: tuple[Preset, ...] = (
    OURS,
    _preset(
        "Salesforce",
        {
            "First Name": "first_name",
            "FirstName": "first_name",
            "Last Name": "last_name",
            "LastName": "last_name",
            "Email": "email",
            "Phone": "phone",
            "Mobile": "phone",
            "MobilePhone": "phone",
            "Mailing City": "city",
            "MailingCity": "city",
            "Mailing State/Province": "region",
            "MailingState": "region",
            "Mailing Country": "country",
            "MailingCountry": "country",
            "Title": "profession",
            "Description": "notes",
            "Contact Record Type": "relationship",
        },
        "mdy",
    ),
    _preset(
        "HubSpot",
        {
            "First Name": "first_name",
            "Last Name": "last_name",
            "Email": "email",
            "Phone Number": "phone",
            "Mobile Phone Number": "phone",
            "City": "city",
            "State/Region": "region",
            "Country/Region": "country",
            "Job Title": "profession",
            "Lifecycle Stage": "relationship",
            "Became a Customer Date": "client_since",
        },
    ),
    _preset(
        "Redtail CRM",
        {
            "First Name": "first_name",
            "Last Name": "last_name",
            "Nickname": "preferred_name",
            "Email": "email",
            "Primary Email": "email",
            "Home Phone": "phone",
            "Cell Phone": "phone",
            "Mobile Phone": "phone",
            "City": "city",
            "State": "region",
            "Country": "country",
            "Occupation": "profession",
            "Status": "relationship",
            "Category": "tier",
            "Client Since": "client_since",
            "Family": "household",
            "Family Name": "household",
            "Servicing Advisor": "advisor",
            "Tag Groups": "tags",
            "Notes": "notes",
        },
        "mdy",
    ),
    _preset(
        "Wealthbox",
        {
            "First Name": "first_name",
            "Last Name": "last_name",
            "Nickname": "preferred_name",
            "Email Address": "email",
            "Email": "email",
            "Phone Number": "phone",
            "Mobile Phone": "phone",
            "City": "city",
            "State": "region",
            "Country": "country",
            "Job Title": "profession",
            "Occupation": "profession",
            "Contact Type": "relationship",
            "Household": "household",
            "Assigned To": "advisor",
            "Tags": "tags",
            "Background Information": "notes",
            "Client Since": "client_since",
        },
        "mdy",
    ),
    _preset(
        "Google Contacts",
        {
            "First Name": "first_name",
            "Given Name": "first_name",
            "Last Name": "last_name",
            "Family Name": "last_name",
            "Name": FULL_NAME,
            "Nickname": "preferred_name",
            "E-mail 1 - Value": "email",
            "Phone 1 - Value": "phone",
            "Address 1 - City": "city",
            "Address 1 - Region": "region",
            "Address 1 - Country": "country",
            "Organization Title": "profession",
            "Organization 1 - Title": "profession",
            "Occupation": "profession",
            "Labels": "tags",
            "Group Membership": "tags",
            "Notes": "notes",
        },
    ),
    _preset(
        "Outlook",
        {
            "First Name": "first_name",
            "Last Name": "last_name",
            "Nickname": "preferred_name",
            "E-mail Address": "email",
            "Mobile Phone": "phone",
            "Home Phone": "phone",
            "Business Phone": "phone",
            "Home City": "city",
            "Business City": "city",
            "Home State": "region",
            "Business State": "region",
            "Home Country/Region": "country",
            "Business Country/Region": "country",
            "Job Title": "profession",
            "Categories": "tags",
            "Notes": "notes",
        },
        "mdy",
    ),
)


@dataclass(frozen=True)
class ColumnMapping:
    """For each column of the file, the field it fills, or None to leave it out."""

    targets: tuple[str | None, ...]
    date_order: str = "ymd"
    preset: str = ""

    def with_target(self, column: int, target: str | None) -> ColumnMapping:
        targets = list(self.targets)
        targets[column] = target
        return ColumnMapping(tuple(targets), self.date_order, self.preset)

    def columns_of(self, target: str) -> list[int]:
        return [i for i, t in enumerate(self.targets) if t == target]

    @property
    def mapped(self) -> set[str]:
        return {t for t in self.targets if t}


def preset_named(name: str) -> Preset:
    for preset in PRESETS:
        if preset.name == name:
            return preset
    raise KeyError(name)


def apply_preset(headers: Sequence[str], preset: Preset) -> ColumnMapping:
    """Map each header the preset knows. Several columns may fill one field (a mobile and
    a home phone): the first non-empty one is used, and tags from all of them are kept."""
    return ColumnMapping(tuple(preset.target(h) for h in headers), preset.date_order, preset.name)


def suggest_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The preset that recognises the most columns (ours first on a tie)."""
    best = apply_preset(headers, OURS)
    for preset in PRESETS[1:]:
        candidate = apply_preset(headers, preset)
        if len([t for t in candidate.targets if t]) > len([t for t in best.targets if t]):
            best = candidate
    return best
