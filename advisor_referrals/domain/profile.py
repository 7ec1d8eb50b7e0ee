"""The advisor's profile and branding, used by kits and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from advisor_referrals.domain.contacts import email_problem, phone_problem
from advisor_referrals.domain.errors import Problem

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
# The details the advisor types in Settings > Profile (kits print them all).
CONTACT_DETAIL_FIELDS: tuple[str, ...] = (
    "name",
    "title",
    "firm",
    "email",
    "phone",
    "website",
    "address",
)


PROFILE_TEXT_MAX = 200
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)


def website_problem(website: str) -> str | None:
    if not _WEBSITE.match(website):
        return "not a web address; write it like example.com or https://example.com"
    return None


def validate_profile(profile: AdvisorProfile) -> list[Problem]:
    """Problems with the profile's contact details (name, job title, firm, email, phone,
    website, office address)."""
    problems: list[Problem] = []
    for name in CONTACT_DETAIL_FIELDS:
        value = getattr(profile, name).strip()
        if len(value) > PROFILE_TEXT_MAX:
            problems.append(Problem("", name, value, f"at most {PROFILE_TEXT_MAX} characters"))
            continue
        checks = {"email": email_problem, "phone": phone_problem, "website": website_problem}
        if value and name in checks and (message := checks[name](value)):
            problems.append(Problem("", name, value, message))
    return problems
