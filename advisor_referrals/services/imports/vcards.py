"""vCard files (.vcf) as Apple Contacts, Outlook and Android export them (vCard 2.1, 3.0, 4.0).

vobject parses the cards (folded lines, escapes, quoted-printable 2.1 values, charsets);
each card becomes one row of a table with the columns below, several values of one kind
joined by " ::: ", so the vCard layout (`vendor_layouts.VCARD`) maps it like any export.
Preferred values (TYPE=pref, PREF=1) come first. Row numbers count cards as if they sat
under a header row: the first card is row 2.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import vobject

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.values import find_bad_chars

JOIN = " ::: "
VCARD_COLUMNS = {
    "full": "vCard Full Name",
    "given": "vCard Given Name",
    "family": "vCard Family Name",
    "additional": "vCard Additional Names",
    "prefix": "vCard Prefix",
    "suffix": "vCard Suffix",
    "nickname": "vCard Nickname",
    "emails": "vCard Emails",
    "phones": "vCard Phones",
    "city": "vCard City",
    "region": "vCard Region",
    "country": "vCard Country",
    "organization": "vCard Organization",
    "title": "vCard Title",
    "categories": "vCard Categories",
    "note": "vCard Note",
}
HEADERS = tuple(VCARD_COLUMNS.values())


def is_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD"


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _preferred(lines: Iterable[Any]) -> list[str]:
    """Values of a repeated property, preferred ones first."""
    ranked = []
    for order, line in enumerate(lines):
        params = {k.upper(): [str(v).lower() for v in vs] for k, vs in line.params.items()}
        pref = "pref" in params.get("TYPE", []) or bool(params.get("PREF"))
        value = _text(line.value)
        if value:
            ranked.append((0 if pref else 1, order, value))
    return [value for _, _, value in sorted(ranked)]


def _card_row(card: Any) -> tuple[str, ...]:
    contents = card.contents
    name = card.n.value if "n" in contents else None
    values: dict[str, str] = {
        "full": _text(card.fn.value) if "fn" in contents else "",
        "given": _text(name.given) if name else "",
        "family": _text(name.family) if name else "",
        "additional": _text(name.additional) if name else "",
        "prefix": _text(name.prefix) if name else "",
        "suffix": _text(name.suffix) if name else "",
        "nickname": JOIN.join(_preferred(contents.get("nickname", []))),
        "emails": JOIN.join(_preferred(contents.get("email", []))),
        "phones": JOIN.join(p.removeprefix("tel:") for p in _preferred(contents.get("tel", []))),
        "title": JOIN.join(_preferred(contents.get("title", []))),
        "note": "\n".join(_text(line.value) for line in contents.get("note", [])),
    }
    organisations = [
        _text(line.value[0] if isinstance(line.value, list) and line.value else line.value)
        for line in contents.get("org", [])
    ]
    values["organization"] = JOIN.join(o for o in organisations if o)
    categories: list[str] = []
    for line in contents.get("categories", []):
        found = line.value if isinstance(line.value, list) else str(line.value).split(",")
        categories += [str(c).strip() for c in found if str(c).strip()]
    values["categories"] = JOIN.join(categories)
    addresses = contents.get("adr", [])
    if addresses:
        ranked = sorted(
            enumerate(addresses),
            key=lambda item: (
                0 if "pref" in str(item[1].params.get("TYPE", "")).lower() else 1,
                item[0],
            ),
        )
        first = ranked[0][1].value
        values["city"] = _text(first.city)
        values["region"] = _text(first.region)
        values["country"] = _text(first.country)
    return tuple(values.get(key, "") for key in VCARD_COLUMNS)


def parse_vcards(text: str, source: str) -> CsvTable:
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, card in enumerate(vobject.readComponents(text.lstrip("\ufeff")), start=2):
            if card.name.upper() != "VCARD":
                continue
            rows.append((number, _card_row(card)))
    except Exception as error:  # vobject raises its own ParseError and others on bad input
        line = getattr(error, "lineNumber", None)
        where = f" near line {line}" if line else ""
        raise BookError(
            f"{source}: the vCard file cannot be read{where} ({type(error).__name__}); "
            "export it again from the address book, or as a CSV file"
        ) from None
    if not rows:
        raise BookError(f"{source} holds no vCard (no BEGIN:VCARD … END:VCARD)")
    return CsvTable(source, HEADERS, tuple(rows), ",", clean=not find_bad_chars(text))
