"""Folding text for search and sorting: what a person typing a name expects to match.

`fold` takes case and accents away and writes every Latin letter with a diacritic or a
stroke as its base letter, or the letters it is spelled with (ø o, ł l, đ d, æ ae,
œ oe, ß ss, ı i, þ th), so that "lukasz" finds "Łukasz" and "soren" finds "Søren".
Unicode decomposition alone leaves the letters with a stroke whole; they come from the
letter's Unicode name ("LATIN SMALL LETTER O WITH STROKE" is an o) or, for the few
whose name does not say, from a short table. Other scripts keep their letters, less
their accents and case. The stored search text and the typed query are both folded
here (docs/design.md, "Search and sorting"), as is the name sort key
(`domain/names.py`).

`search_terms` reads what was typed into search: words, phone numbers (by their
digits, whatever the punctuation) and `#tags` (a whole tag).
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters neither decomposition nor their Unicode name bring to a base letter.
_SPELLED = {
    "ß": "ss",
    "ẞ": "ss",
    "ı": "i",
    "ȷ": "j",
    "þ": "th",
    "Þ": "th",
    "ð": "d",
    "Ð": "d",
    "ŋ": "n",
    "Ŋ": "n",
    "ĸ": "q",  # Greenlandic kra, written q since the spelling reform
    "ʼ": "'",  # from ŉ (n preceded by apostrophe)
    "ʾ": "",  # from ẚ (a with right half ring)
    "·": "",  # the Catalan middle dot of l·l (ŀ decomposes to l and it)
}
# "LATIN SMALL LETTER O WITH STROKE", "LATIN CAPITAL LETTER AE", "LATIN SMALL LIGATURE OE"
_LATIN_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) ([A-Z]{1,2})(?: WITH .*)?")


class _FoldTable(dict[int, str | None]):
    """A str.translate table, filled as characters are met: combining marks dropped,
    Latin letters written as their base letters. Translating runs in C; a loop over
    characters in Python made bulk imports slow."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        folded: str | None = char
        if unicodedata.combining(char):
            folded = None
        elif char in _SPELLED:
            folded = _SPELLED[char]
        elif match := _LATIN_NAME.fullmatch(unicodedata.name(char, "")):
            folded = match.group(1).lower()
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(value: str) -> str:
    """Lower case, no accents, Latin letters as their base letters: "Łukasz" -> "lukasz"."""
    if value.isascii():  # nothing to decompose: folding is lower-casing
        return value.lower()
    folded = unicodedata.normalize("NFKD", value).translate(_TABLE).casefold()
    if not folded.isascii():
        # Case folding may itself write a letter that folds further (a capital
        # decomposed only once lowered): fold until nothing changes.
        again = unicodedata.normalize("NFKD", folded).translate(_TABLE).casefold()
        while again != folded:
            folded, again = again, unicodedata.normalize("NFKD", again).translate(_TABLE).casefold()
    return folded


def digits_of(phone: str | None) -> str:
    if not phone:
        return ""
    if phone.isascii():  # the only ASCII digits are 0-9: deleting the rest runs in C
        return phone.translate(_NOT_ASCII_DIGITS)
    return "".join(filter(str.isdigit, phone))


_NOT_ASCII_DIGITS = dict.fromkeys(code for code in range(128) if not chr(code).isdigit())


TAG_SIGN = "#"
# Written between the parts of a contact's search text, and after the last: a tag
# stands between two of them, so "| #golf |" finds the tag golf and not golfing.
PART_SEPARATOR = " | "
END = " |"
# What a phone number is written with besides its digits.
_PHONE_PUNCTUATION = frozenset("+-().,/")


def tag_part(tag: str) -> str:
    """How a tag is written in the search text: "#golf"."""
    return TAG_SIGN + fold(tag)


def tag_term(tag: str) -> str:
    """What a search for one whole tag looks for in the search text."""
    return PART_SEPARATOR.lstrip() + tag_part(tag) + END


def search_terms(query: str) -> list[str]:
    """The pieces of text a contact's search text must all contain to match the query.

    A word is folded; "#golf" is the whole tag golf; words of digits and phone
    punctuation one after the other ("+1 555-123 4567", "(555)") are one number, its
    digits, which the search text holds without punctuation as well as written.
    """
    terms: list[str] = []
    number = ""
    for word in query.split():
        if _is_phone(word):
            number += digits_of(word)
            continue
        if number:
            terms.append(number)
            number = ""
        if word.startswith(TAG_SIGN) and fold(word[1:]).strip():
            terms.append(tag_term(word[1:]))
        else:
            terms += fold(word).split()
    if number:
        terms.append(number)
    return terms


def _is_phone(word: str) -> bool:
    has_digit = False
    for char in word:
        if char.isdigit():
            has_digit = True
        elif char not in _PHONE_PUNCTUATION:
            return False
    return has_digit
