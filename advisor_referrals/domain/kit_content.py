"""What a kit says: the advisor's profile, the conversations to listen for, and default wording.

Everything here is the same for every client of a batch; only `KitClient` differs. The
kits use case gathers it (services/kits.py) and hands it to the renderer it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from advisor_referrals.domain.profile import AdvisorProfile

DEFAULT_IDEAL_CLIENT = (
    "We work best with individuals and families who want clear, unhurried advice and a "
    "relationship that lasts. Many are professionals and business owners building wealth, "
    "people approaching or enjoying retirement, or families facing a change such as an "
    "inheritance, the sale of a home or business, or a new chapter of life.\n\n"
    "What they have in common is a wish to make thoughtful decisions about their money, "
    "and someone they trust to help them do it."
)

DEFAULT_SERVICES = (
    "- Financial planning: goals, cash flow and a written plan you can follow\n"
    "- Investment management: portfolios matched to your plan and your comfort with risk\n"
    "- Retirement income: turning savings into a dependable paycheck\n"
    "- Tax-aware strategies: coordinated with your accountant\n"
    "- Estate and legacy planning: alongside your attorney\n"
    "- Insurance and protection: for the people who depend on you\n"
    "- Regular reviews: so the plan keeps pace with your life"
)

ADVISOR_FALLBACK = "Your advisor"


@dataclass(frozen=True)
class Conversation:
    """A trigger kind as printed: the moment to listen for and why an introduction helps."""

    label: str
    talking_point: str

    @property
    def parts(self) -> tuple[str, str]:
        """(what a friend might say, why an introduction helps); the first may be empty."""
        match = _QUOTE.match(self.talking_point)
        if match:
            return match.group(1).strip(), match.group(2).strip()
        return "", self.talking_point.strip()


_QUOTE = re.compile(r"^\s*([\"“„«「『][^\"”»」』]*[\"”»」』])\s*(.*)$", re.DOTALL)


@dataclass(frozen=True)
class KitContent:
    profile: AdvisorProfile = field(default_factory=AdvisorProfile)
    conversations: tuple[Conversation, ...] = ()

    @property
    def advisor(self) -> str:
        return self.profile.name.strip() or ADVISOR_FALLBACK

    @property
    def brand(self) -> str:
        """The name the kit is branded with: the firm, else the advisor; empty when neither is set."""
        return self.profile.firm.strip() or self.profile.name.strip()

    @property
    def footer_brand(self) -> str:
        return self.brand or "Referral kit"

    @property
    def ideal_client(self) -> str:
        return self.profile.ideal_client.strip() or DEFAULT_IDEAL_CLIENT

    @property
    def services(self) -> str:
        return self.profile.services.strip() or DEFAULT_SERVICES

    @property
    def link(self) -> str:
        """Where the QR code and the cards send a friend: the scheduling page, else the website."""
        return web_address(self.profile.scheduling_url) or web_address(self.profile.website)

    @property
    def link_is_scheduling(self) -> bool:
        return bool(web_address(self.profile.scheduling_url))

    def contact_lines(self) -> list[tuple[str, str]]:
        """(label, value) for each way to reach the advisor that is filled in."""
        profile = self.profile
        lines = [
            ("Phone", profile.phone.strip()),
            ("Email", profile.email.strip()),
            ("Web", shown_address(profile.website)),
            ("Office", " ".join(profile.address.split())),
        ]
        return [(label, value) for label, value in lines if value]


def web_address(text: str) -> str:
    """A link a phone can open: `example.com` becomes `https://example.com`; junk becomes ''."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return ""
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc:
        return ""
    return text


def shown_address(text: str) -> str:
    """A web address as printed for people: without the scheme or a trailing slash."""
    text = text.strip()
    for prefix in ("https://", "http://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
    return text.rstrip("/")
