"""A contact's preferred language: a BCP 47 language tag, as short as it can be.

Stored as typed tags are written: language in lower case, script in title case,
region in upper case ("fr", "fr-CA", "zh-Hans", "pt-BR"). Any well-formed tag is
kept, even for a language the app has no kit wording for yet; the kit then falls
back to English (docs/design.md, Languages and scripts).
"""

from __future__ import annotations

import re

LANGUAGE_MAX = 35
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_](?:[A-Za-z]{4}|[A-Za-z]{2}|[0-9]{3}|[A-Za-z0-9]{5,8}))*$")
LANGUAGE_RULE = (
    "a language code such as en, fr, fr-CA, es, zh-Hans or ko (BCP 47: language, then "
    "optional script and region), or empty"
)


def normalise_language(text: str | None) -> str | None:
    """ "FR_ca" -> "fr-CA", "zh-hans" -> "zh-Hans", blank -> None; anything else as typed."""
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    if not _TAG.match(stripped):
        return stripped
    parts = re.split(r"[-_]", stripped)
    shaped = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            shaped.append(part.title())
        elif len(part) in (2, 3) and (part.isalpha() or part.isdigit()):
            shaped.append(part.upper())
        else:
            shaped.append(part.lower())
    return "-".join(shaped)


def language_problem(text: str) -> str | None:
    """Why a preferred language cannot be stored, or None."""
    if len(text) > LANGUAGE_MAX or not _TAG.match(text):
        return f"not a language code: {LANGUAGE_RULE}"
    return None
