"""What the kit makes of what it is given: the kit's words in its language, paragraphs and
lists from the profile's text, and monograms.

A `KitContent` (domain/kit_content.py) names its language; `localised()` gives it the
catalogue's wording for that language (the default texts, the labels, and the trigger
library's conversations), which the renderer prints (docs/design.md, Languages and
scripts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from advisor_referrals.domain.kit_content import (
    Conversation,
    KindTexts,
    KitContent,
    KitDefaults,
)
from advisor_referrals.reports.words import DEFAULT, Words, resolve, words_for


def words_of(content: KitContent) -> Words:
    return words_for(content.language)


def default_ideal_client(language: str = DEFAULT) -> str:
    """What the kit says about the people the advisor serves when the profile says nothing."""
    return words_for(language).text("kit.default.ideal_client")


def default_services(language: str = DEFAULT) -> str:
    return words_for(language).text("kit.default.services")


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


def localised(content: KitContent) -> KitContent:
    """The content with the wording of its language: defaults, labels, conversations."""
    words = words_of(content)
    defaults = KitDefaults(
        ideal_client=words.text("kit.default.ideal_client"),
        services=words.text("kit.default.services"),
        advisor=words.text("kit.advisor_fallback"),
        footer=words.text("kit.footer_fallback"),
        phone=words.text("kit.contact.phone"),
        email=words.text("kit.contact.email"),
        web=words.text("kit.contact.web"),
        office=words.text("kit.contact.office"),
    )
    conversations = content.conversations
    if content.kinds:
        conversations = tuple(conversation_in(kind, content.language) for kind in content.kinds)
    return replace(content, defaults=defaults, conversations=conversations)


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
