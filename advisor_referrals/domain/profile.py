"""The advisor's profile and branding, used by kits and reports."""

from __future__ import annotations

from dataclasses import dataclass, fields

DEFAULT_ACCENT = "#1F5C99"


@dataclass(frozen=True, kw_only=True)
class AdvisorProfile:
    name: str = ""
    firm: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    title: str = ""
    address: str = ""
    scheduling_url: str = ""
    accent_color: str = DEFAULT_ACCENT
    logo_path: str = ""
    disclosures: str = ""
    ideal_client: str = ""
    services: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.name or self.firm)


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(AdvisorProfile))
BOOK_FILE_PROFILE_FIELDS: tuple[str, ...] = ("name", "firm", "email", "phone", "website")
