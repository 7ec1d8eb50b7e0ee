"""The advisor's profile and branding, used by kits and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from advisor_referrals.domain.contacts import email_problem, phone_problem
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.text_rules import text_problem

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


PROFILE_TEXT_MAX = 200
BRANDING_TEXT_MAX = 20_000  # disclosures, "who we help", "how we help", address
PATH_MAX = 4096
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
MULTILINE_FIELDS = ("address", "disclosures", "ideal_client", "services")


def website_problem(website: str) -> str | None:
    if not _WEBSITE.match(website):
        return "not a web address; write it like example.com or https://example.com"
    return None


def validate_profile(profile: AdvisorProfile, where: str = "") -> list[Problem]:
    """Problems with the profile's contact details (name, firm, email, phone, website)."""
    problems: list[Problem] = []
    checks = {"email": email_problem, "phone": phone_problem, "website": website_problem}
    for name in BOOK_FILE_PROFILE_FIELDS:
        value = getattr(profile, name).strip()
        if message := text_problem(value):
            problems.append(Problem(where, name, value, message))
        elif len(value) > PROFILE_TEXT_MAX:
            problems.append(Problem(where, name, value, f"at most {PROFILE_TEXT_MAX} characters"))
        elif value and name in checks and (message := checks[name](value)):
            problems.append(Problem(where, name, value, message))
    return problems


def validate_branding(profile: AdvisorProfile, where: str = "") -> list[Problem]:
    """Problems with the rest of the profile: what kits print besides the contact details."""
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        if all(p.field != name for p in problems):  # one problem per field is enough
            problems.append(Problem(where, name, getattr(profile, name), message))

    for name in ("title", "scheduling_url", "accent_color", "logo_path"):
        if message := text_problem(getattr(profile, name)):
            bad(name, message)
    for name in MULTILINE_FIELDS:
        value = getattr(profile, name)
        if message := text_problem(value, multiline=True):
            bad(name, message)
        elif len(value) > BRANDING_TEXT_MAX:
            bad(name, f"at most {BRANDING_TEXT_MAX:,} characters")
    if len(profile.title) > PROFILE_TEXT_MAX:
        bad("title", f"at most {PROFILE_TEXT_MAX} characters")
    if len(profile.logo_path) > PATH_MAX:
        bad("logo_path", f"at most {PATH_MAX} characters")
    url = profile.scheduling_url.strip()
    if url and (message := website_problem(url)):
        bad("scheduling_url", message)
    if profile.accent_color and not _COLOUR.fullmatch(profile.accent_color):
        bad("accent_color", "a colour written #RRGGBB, such as #1F5C99")
    return problems


def check_profile(profile: AdvisorProfile, where: str = "") -> list[Problem]:
    """Every rule the Settings dialog holds the profile to, for every way it comes in."""
    return validate_profile(profile, where) + validate_branding(profile, where)
