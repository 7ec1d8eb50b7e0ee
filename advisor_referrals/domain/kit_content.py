"""What a kit says: the advisor's profile, the conversations to listen for, and default wording.

Everything here is the same for every client of a batch in one language; only
`KitClient` differs. The kits use case gathers it (services/kits/) and hands it to the
renderer it was given, which words it in the kit's `language` (the English defaults here
stand until then; docs/design.md, Languages and scripts).
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
class KindTexts:
    """A trigger kind of the library with the wording the advisor gave per language.

    `label` and `talking_point` are the library's own text; `texts` holds (language,
    label, talking point) for the languages the advisor worded themselves.
    """

    key: str
    label: str
    talking_point: str
    texts: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class KitDefaults:
    """The kit's own words that stand in for what the profile leaves empty, and labels."""

    ideal_client: str = DEFAULT_IDEAL_CLIENT
    services: str = DEFAULT_SERVICES
    advisor: str = ADVISOR_FALLBACK
    footer: str = "Referral kit"
    phone: str = "Phone"
    email: str = "Email"
    web: str = "Web"
    office: str = "Office"


@dataclass(frozen=True)
class KitContent:
    """What a kit says, in `language` (a BCP 47 code). With `kinds`, the conversations are
    the library's kinds as worded in that language (the renderer words them)."""

    profile: AdvisorProfile = field(default_factory=AdvisorProfile)
    conversations: tuple[Conversation, ...] = ()
    language: str = "en"
    kinds: tuple[KindTexts, ...] = ()
    defaults: KitDefaults = field(default_factory=KitDefaults)

    @property
    def advisor(self) -> str:
        return self.profile.name.strip() or self.defaults.advisor

    @property
    def brand(self) -> str:
        """The name the kit is branded with: the firm, else the advisor; empty when neither is set."""
        return self.profile.firm.strip() or self.profile.name.strip()

    @property
    def footer_brand(self) -> str:
        return self.brand or self.defaults.footer

    @property
    def ideal_client(self) -> str:
        return self.profile.ideal_client.strip() or self.defaults.ideal_client

    @property
    def services(self) -> str:
        return self.profile.services.strip() or self.defaults.services

    @property
    def link(self) -> str:
        """Where the QR code and the cards send a friend: the scheduling page, else the website."""
        return web_address(self.profile.scheduling_url) or web_address(self.profile.website)

    @property
    def link_is_scheduling(self) -> bool:
        return bool(web_address(self.profile.scheduling_url))

    def contact_lines(self) -> list[tuple[str, str, str]]:
        """(kind, label, value) for each way to reach the advisor that is filled in; kind
        is phone, email, web or office, the label is in the kit's language."""
        profile = self.profile
        lines = [
            ("phone", profile.phone.strip()),
            ("email", profile.email.strip()),
            ("web", shown_address(profile.website)),
            ("office", " ".join(profile.address.split())),
        ]
        return [(kind, getattr(self.defaults, kind), value) for kind, value in lines if value]


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
