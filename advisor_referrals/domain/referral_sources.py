"""Why a client refers, how the new person heard of the advisor, and the kit codes that let
"how they heard" name the very kit (docs/design.md, "Vocabulary")."""

from __future__ import annotations

import re
import secrets
from enum import StrEnum

REASON_MAX = 100
REASONS_MAX = 30  # entries in the editable list
# The short list a referral's "why they refer" offers; the advisor edits it in Settings.
DEFAULT_REASONS: tuple[str, ...] = (
    "Planning",
    "Responsiveness",
    "Expertise",
    "Trust",
    "Life event handled well",
)


class HowHeard(StrEnum):
    KIT_CARD = "kit_card"
    EVENT = "event"
    CONVERSATION = "conversation"
    CENTER_OF_INFLUENCE = "center_of_influence"
    ONLINE = "online"


HOW_HEARD_LABELS: dict[HowHeard, str] = {
    HowHeard.KIT_CARD: "Kit card",
    HowHeard.EVENT: "Event",
    HowHeard.CONVERSATION: "Conversation",
    HowHeard.CENTER_OF_INFLUENCE: "Centre of influence",
    HowHeard.ONLINE: "Online",
}

# Kit codes: five characters a person reads off a card and types back without doubt
# (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), nearly ten million of them. A card prints its kit's code
# and its own number ("K7QHM-3"); "how they heard" keeps what was typed, and the kit is
# found by the part before the dash.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 5
CODE_MAX = 16
_CODE = re.compile(rf"^\s*([{CODE_ALPHABET}]{{{CODE_LENGTH}}})(?:\s*-\s*(\d{{1,2}}))?\s*$")


def new_kit_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def card_code(kit_code: str, card: int) -> str:
    return f"{kit_code}-{card}"


def normalise_code(text: str) -> str | None:
    """A typed code as stored ("k7qhm - 3" -> "K7QHM-3"), or None when it is not one."""
    match = _CODE.match(text.upper())
    if match is None:
        return None
    kit, card = match.groups()
    return kit if card is None else card_code(kit, int(card))


def kit_of(code: str) -> str:
    """The kit part of a stored code."""
    return code.split("-", 1)[0]


def clean_reasons(reasons: object) -> tuple[str, ...]:
    """The editable list as stored: trimmed, without blanks or repeats, at most REASONS_MAX."""
    if not isinstance(reasons, list | tuple):
        return DEFAULT_REASONS
    seen: dict[str, str] = {}
    for item in reasons:
        if isinstance(item, str) and (text := " ".join(item.split())[:REASON_MAX]):
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())[:REASONS_MAX]
