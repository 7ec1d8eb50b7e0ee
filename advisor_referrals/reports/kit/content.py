"""What the kit makes of the profile's text: paragraphs and lists, and monograms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


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
            head, sep, rest = item.partition(": ")
            if sep and 0 < len(head) <= 48:
                result.append(Block(rest.strip(), bullet=True, lead=head.strip()))
            else:
                result.append(Block(item, bullet=True))
        else:
            paragraph.append(line)
    flush()
    return result


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
