"""The words kits and reports print, in each language: one message catalogue per language.

Catalogues are JSON files in resources/messages, named by language code (en.json,
fr.json, zh-Hans.json...): {"language": code, "name": the language's own name,
"messages": {key: text or {"one": ..., "other": ...}}}. Placeholders are {name}s,
filled with str.format; plural forms are keyed by CLDR category (one, few, many,
other) and chosen by Babel's plural rules. A key a catalogue lacks falls back to
English. Adding a language is adding a file (docs/design.md, Languages and scripts).

Dates and numbers come from Babel in the client's own locale (fr-CA writes dates
the Canadian way even though the words are the French catalogue's).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from advisor_referrals.domain.languages import normalise_language

if TYPE_CHECKING:
    from babel import Locale
from advisor_referrals.resources import resource, resource_root

DEFAULT = "en"
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@cache
def shipped() -> tuple[str, ...]:
    """The languages with a catalogue, English first."""
    folder = resource_root() / "messages"
    codes = sorted(path.stem for path in folder.glob("*.json"))
    return (DEFAULT, *(code for code in codes if code != DEFAULT))


@cache
def _catalogue(code: str) -> dict[str, Any]:
    with resource("messages", f"{code}.json").open(encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


def language_name(code: str) -> str:
    """A shipped language in its own words: "Français", "한국어"."""
    return str(_catalogue(code).get("name", code))


def resolve(code: str | None) -> str:
    """The catalogue for a language code: fr-CA reads French, zh-CN Simplified Chinese.

    Chinese without a script reads Simplified unless its region writes Traditional
    (Taiwan, Hong Kong, Macau), which has no catalogue yet: such codes, and any
    language without one, get English.
    """
    if not code or not _CODE.match(code.strip()):
        return DEFAULT
    parts = [p for p in re.split(r"[-_]", code.strip()) if p]
    language = parts[0].lower()
    rest = [p.title() if len(p) == 4 else p.upper() for p in parts[1:]]
    available = {c.lower(): c for c in shipped()}
    if language == "zh":
        script = next((p for p in rest if len(p) == 4), None)
        if script is None:
            script = "Hant" if any(p in ("TW", "HK", "MO") for p in rest) else "Hans"
        return available.get(f"zh-{script}".lower(), DEFAULT)
    for candidate in (f"{language}-{rest[0]}" if rest else "", language):
        if candidate and candidate.lower() in available:
            return available[candidate.lower()]
    return DEFAULT


@cache
def _babel_locale(code: str | None, catalogue: str) -> Locale:
    """The client's own locale for dates and numbers when its words are the catalogue's
    (fr-CA with French), else the catalogue's (English words get English dates).

    Babel loads here, on the first date or number, not with the words: the app's pages
    read report words at start-up."""
    from babel import Locale, UnknownLocaleError

    if (
        code
        and code.strip().replace("_", "-").split("-")[0].lower()
        != catalogue.split("-", maxsplit=1)[0]
    ):
        code = None
    for candidate in (code, catalogue, DEFAULT):
        if not candidate:
            continue
        try:
            return Locale.parse(candidate.strip().replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse(DEFAULT)


@dataclass(frozen=True)
class Words:
    """One language's words, dates and numbers, for one kit or report."""

    language: str  # the catalogue's code: en, fr, zh-Hans...
    tag: str = ""  # the language as a document declares it (BCP 47), e.g. fr-CA
    code: str | None = field(default=None, compare=False)  # as asked for

    @property
    def locale(self) -> Locale:
        return _babel_locale(self.code, self.language)

    def text(self, key: str, **values: Any) -> str:
        message = self._message(key)
        if isinstance(message, dict):
            message = message.get("other", next(iter(message.values())))
        return str(message).format(**values) if values else str(message)

    def plural(self, key: str, count: int, *, shown: str | None = None, **values: Any) -> str:
        """The form for `count`; {n} in the text is `shown`, else the count in this
        locale's digits."""
        message = self._message(key)
        if isinstance(message, dict):
            form = self.locale.plural_form(count)
            message = message.get(form, message.get("other", ""))
        return str(message).format(n=self.number(count) if shown is None else shown, **values)

    def has(self, key: str) -> bool:
        return key in _catalogue(self.language).get("messages", {})

    def _message(self, key: str) -> Any:
        for code in (self.language, DEFAULT):
            messages = _catalogue(code).get("messages", {})
            if key in messages:
                return messages[key]
        raise KeyError(f"no message {key!r} in the {self.language} catalogue or in English")

    # Dates and numbers

    def month_year(self, day: date) -> str:
        from babel.dates import format_skeleton

        return str(format_skeleton("yMMMM", day, locale=self.locale))

    def month_short(self, day: date) -> str:
        from babel.dates import format_skeleton

        return str(format_skeleton("yMMM", day, locale=self.locale))

    def long_date(self, day: date) -> str:
        from babel.dates import format_date

        return str(format_date(day, format="long", locale=self.locale))

    def date_span(self, start: date, end: date) -> str:
        return self.text("date.span", start=self.long_date(start), end=self.long_date(end))

    def number(self, value: float, places: int = 0) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * places if places else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def percent(self, fraction: float, places: int = 1) -> str:
        from babel.numbers import format_percent

        # The locale's own pattern ("#,##0 %" in French and Spanish), with the places asked.
        pattern = str(self.locale.percent_formats[None].pattern)
        if places:
            pattern = pattern.replace("#,##0", "#,##0." + "0" * places, 1)
        return str(format_percent(fraction, format=pattern, locale=self.locale))


@cache
def words_for(code: str | None) -> Words:
    """The words for a contact's preferred language (or a chosen one); English by default."""
    catalogue = resolve(code)
    # The document declares the language its words are in: fr-CA for a Canadian client's
    # French kit, but en for a German speaker's kit (no German catalogue yet).
    given = normalise_language(code) or ""
    same = given.split("-")[0].lower() == catalogue.split("-")[0].lower()
    return Words(catalogue, given if given and same else catalogue, code)
