"""What a kit says: the advisor's profile, the conversations to listen for, and default wording.

Everything here is the same for every client of a batch in one language; only
`KitClient` differs. The kit's own words come from the message catalogues
(`reports.words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.reports.words import DEFAULT, Words, resolve, words_for


def default_ideal_client(language: str = "en") -> str:
    """What the kit says about the people the advisor serves when the profile says nothing."""
    return words_for(language).text("kit.default.ideal_client")


def default_services(language: str = "en") -> str:
    return words_for(language).text("kit.default.services")


# The texts in English, for the settings form's placeholders and older callers.
DEFAULT_IDEAL_CLIENT = default_ideal_client()
DEFAULT_SERVICES = default_services()


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

    `label` and `talking_point` are the library's own (English) text; `texts` holds
    (language, label, talking point) for the languages the advisor wrote themselves.
    """

    key: str
    label: str
    talking_point: str
    texts: tuple[tuple[str, str, str], ...] = ()


def conversation_in(kind: KindTexts, language: str) -> Conversation:
    """The kind as a kit in `language` prints it: the advisor's own wording for that
    language, else the shipped wording of a default kind, else the library's text."""
    words = words_for(language)
    for code, label, point in kind.texts:
        if resolve(code) == words.language and (label.strip() or point.strip()):
            return Conversation(label.strip() or kind.label, point.strip() or kind.talking_point)
    key = f"trigger.{kind.key}.label"
    if words.language != DEFAULT and words.has(key):
        return Conversation(words.text(key), words.text(f"trigger.{kind.key}.talking_point"))
    return Conversation(kind.label, kind.talking_point)


@dataclass(frozen=True)
class KitContent:
    """What a kit says, in one language (`language`, a BCP 47 code; English by default)."""

    profile: AdvisorProfile = field(default_factory=AdvisorProfile)
    conversations: tuple[Conversation, ...] = ()
    language: str = DEFAULT

    @property
    def words(self) -> Words:
        return words_for(self.language)

    @property
    def advisor(self) -> str:
        return self.profile.name.strip() or self.words.text("kit.advisor_fallback")

    @property
    def brand(self) -> str:
        """The name the kit is branded with: the firm, else the advisor; empty when neither is set."""
        return self.profile.firm.strip() or self.profile.name.strip()

    @property
    def footer_brand(self) -> str:
        return self.brand or self.words.text("kit.footer_fallback")

    @property
    def ideal_client(self) -> str:
        return self.profile.ideal_client.strip() or default_ideal_client(self.language)

    @property
    def services(self) -> str:
        return self.profile.services.strip() or default_services(self.language)

    @property
    def link(self) -> str:
        """Where the QR code and the cards send a friend: the scheduling page, else the website."""
        return web_address(self.profile.scheduling_url) or web_address(self.profile.website)

    @property
    def link_is_scheduling(self) -> bool:
        return bool(web_address(self.profile.scheduling_url))

    def contact_lines(self) -> list[tuple[str, str, str]]:
        """(kind, label, value) for each way to reach the advisor that is filled in;
        kind is phone, email, web or office, the label is in the kit's language."""
        profile = self.profile
        lines = [
            ("phone", profile.phone.strip()),
            ("email", profile.email.strip()),
            ("web", shown_address(profile.website)),
            ("office", " ".join(profile.address.split())),
        ]
        words = self.words
        return [(kind, words.text(f"kit.contact.{kind}"), value) for kind, value in lines if value]


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


@dataclass(frozen=True)
class Block:
    """A piece of editable text: a paragraph, or a list item with an optional lead-in."""

    text: str
    bullet: bool = False
    lead: str = ""


_BULLET = re.compile(r"^\s*[-*•–—]\s+")


def blocks(text: str) -> list[Block]:
    """Plain text as typed in settings: blank lines separate paragraphs; `- ` starts a list item.

    A list item "Planning: what it covers" prints "Planning" as its lead-in.
    """
    result: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            result.append(Block(" ".join(paragraph)))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            flush()
        elif _BULLET.match(raw):
            flush()
            item = _BULLET.sub("", raw).strip()
            head, sep, rest = _lead_in(item)
            if sep and 0 < len(head) <= 48:
                result.append(Block(rest.strip(), bullet=True, lead=head.strip()))
            else:
                result.append(Block(item, bullet=True))
        else:
            paragraph.append(line)
    flush()
    return result


def _lead_in(item: str) -> tuple[str, str, str]:
    """Split "Lead: text" at the first colon, also a full-width one (Chinese, Japanese)."""
    cuts = [index for index in (item.find(": "), item.find("\uff1a")) if index >= 0]
    if not cuts:
        return item, "", ""
    cut = min(cuts)
    width = 2 if item.startswith(": ", cut) else 1
    return item[:cut], item[cut : cut + width], item[cut + width :]


@lru_cache(maxsize=64)
def initials(name: str) -> str:
    """Up to two letters for a monogram: "Lopes & Partners" gives LP, "王氏财富" gives 王."""
    skip = {"and", "of", "the", "&", "+", "y", "et", "und"}
    words = [w for w in re.split(r"\s+", name.strip()) if w and w.lower() not in skip]
    letters = [next((ch for ch in w if ch.isalnum()), "") for w in words]
    letters = [ch for ch in letters if ch]
    if not letters:
        return ""
    first = letters[0]
    if not first.isdigit() and first.upper() == first.lower():
        return first  # a script without case, such as Han or Hangul: one character
    return "".join(letters[:2]).upper()
