"""From another tool's export to rows in our own layout, with every decision written down.

The result is a table with our column names (`OUR_COLUMNS`) and the file's own row
numbers, checked and written by the same code as a file in our layout. The other tool's
advisor of record becomes the contact's (on a practice book, the advisor it names;
docs/design.md, "A practice"). What has no field of its own here goes to the notes (a
middle name, a title or suffix, the company, further emails and phones, a second
advisor column such as Redtail's writing advisor); what has no exact
place (a contact type, status or category the book does not have) gets its nearest
meaning and is counted as a decision for the summary, or, under `strict`, refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.folding import digits_of
from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.layouts import Choice, Layout, fold
from advisor_referrals.services.imports.mapping import ARCHIVED, ColumnMapping, normalise_header
from advisor_referrals.services.imports.person_names import split_name

OUR_COLUMNS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "preferred_name",
    "relationship",
    "profession",
    "email",
    "phone",
    "city",
    "region",
    "country",
    "household",
    "advisor",
    "tier",
    "client_since",
    "do_not_ask",
    "tags",
    "notes",
    ARCHIVED,
)
_AT = {name: index for index, name in enumerate(OUR_COLUMNS)}


@dataclass
class Translated:
    layout: Layout
    table: CsvTable  # our layout, the file's row numbers
    mapping: ColumnMapping
    decisions: Counter[str] = field(default_factory=Counter)  # "what: done" -> rows
    row_decisions: dict[int, list[str]] = field(default_factory=dict)
    advisors: dict[int, str] = field(default_factory=dict)  # row -> advisor of record
    left_out: list[str] = field(default_factory=list)  # columns with data and no place here
    footer_rows: int = 0
    problems: list[Problem] = field(default_factory=list)  # decisions refused by --strict

    def summary_lines(self) -> list[str]:
        lines = [f"Columns read as {self.layout.name} exports them."]
        for what, rows in sorted(self.decisions.items()):
            label, _, done = what.partition(": ")
            lines.append(f"{label}: {rows:,} row{'s' if rows != 1 else ''}, {done}")
        if self.advisors:
            names = sorted(set(self.advisors.values()), key=str.casefold)
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            lines.append(
                f"Advisor of record ({shown}): {len(self.advisors):,} "
                f"row{'s' if len(self.advisors) != 1 else ''}."
            )
        if self.footer_rows:
            lines.append(f"The report's footer ({self.footer_rows} lines) was left out.")
        if self.left_out:
            lines.append("Columns with no place here, left out: " + ", ".join(self.left_out) + ".")
        return lines


class _Row:
    """One row's cells, looked up by normalised header. The cells are padded to the
    header's width, and each tuple of columns a layout names is resolved once per file to
    the positions present in it (`Columns`): this runs for every row of 100,000."""

    __slots__ = ("cells", "columns")

    def __init__(self, columns: Columns, cells: Sequence[str]) -> None:
        self.columns = columns
        self.cells = cells

    def get(self, column: str) -> str:
        at = self.columns.index.get(column)
        return "" if at is None else self.cells[at].strip()

    def first(self, columns: tuple[str, ...]) -> str:
        cells = self.cells
        for at in self.columns.at(columns):
            value = cells[at].strip()
            if value:
                return value
        return ""

    def values(self, columns: tuple[str, ...], separator: str) -> list[str]:
        found: list[str] = []
        cells = self.cells
        for at in self.columns.at(columns):
            value = cells[at].strip()
            if not value:
                continue
            if separator and separator in value:
                found += [part.strip() for part in value.split(separator) if part.strip()]
            else:
                found.append(value)
        return found


class Columns:
    """Where a file's columns are: normalised header -> position, and a layout's column
    tuples -> the positions of those present."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.index: dict[str, int] = {}
        for position, header in enumerate(headers):
            self.index.setdefault(normalise_header(header), position)
        self._resolved: dict[int, tuple[int, ...]] = {}

    def at(self, columns: tuple[str, ...]) -> tuple[int, ...]:
        found = self._resolved.get(id(columns))
        if found is None:
            found = tuple(self.index[c] for c in columns if c in self.index)
            self._resolved[id(columns)] = found
        return found


def _used_columns(layout: Layout) -> set[str]:
    used = {
        *layout.first,
        *layout.middle,
        *layout.last,
        *layout.full,
        *layout.title,
        *layout.suffix,
        *layout.nickname,
        *layout.emails,
        *layout.phones,
        *layout.profession,
        *layout.company,
        *layout.household,
        *layout.client_since,
        *layout.notes,
        *layout.advisor,
        *layout.extra.values(),
    }
    for place in layout.places:
        used |= {place.city, place.region, place.country}
    used |= {tags.column for tags in layout.tags}
    used |= {vocabulary.column for vocabulary in layout.vocabularies}
    return used


def column_roles(layout: Layout, headers: Sequence[str]) -> list[str | None]:
    """For each column of the file, the field of ours it fills ("notes" for what is kept in
    the notes), or None when it is left out: what the import dialog shows."""
    roles: dict[str, str] = {}

    def put(columns: Sequence[str], role: str) -> None:
        for column in columns:
            roles.setdefault(column, role)

    put(layout.first, "first_name")
    put(layout.last, "last_name")
    put(layout.full, "full_name")
    put(layout.nickname, "preferred_name")
    put(layout.emails[:1], "email")
    put(layout.phones[:1], "phone")
    for place in layout.places:
        put((place.city,), "city")
        put((place.region,), "region")
        put((place.country,), "country")
    put(layout.profession, "profession")
    put(layout.household, "household")
    put(layout.advisor[:1], "advisor")
    put(layout.client_since, "client_since")
    put([t.column for t in layout.tags], "tags")
    for vocabulary in layout.vocabularies:
        put((vocabulary.column,), "relationship")
    put(
        (
            *layout.middle,
            *layout.title,
            *layout.suffix,
            *layout.emails[1:],
            *layout.phones[1:],
            *layout.company,
            *layout.notes,
            *layout.advisor,
            *layout.extra.values(),
        ),
        "notes",
    )
    return [roles.get(normalise_header(h)) for h in headers]


def translate(raw: CsvTable, layout: Layout, *, strict: bool = False) -> Translated:
    columns = Columns(raw.headers)
    headers_by_key = {normalise_header(h): h for h in raw.headers}
    result = Translated(layout, raw, ColumnMapping(OUR_COLUMNS, layout.date_order, layout.name))
    rows: list[tuple[int, tuple[str, ...]]] = []
    width = len(raw.headers)
    for position, (number, read) in enumerate(raw.rows):
        if layout.footer_start(read):
            result.footer_rows = len(raw.rows) - position
            break
        cells = read if len(read) >= width else (*read, *([""] * (width - len(read))))
        row = _Row(columns, cells)
        rows.append((number, _translate_row(layout, row, number, result, headers_by_key)))
    used = _used_columns(layout)
    for position, header in enumerate(raw.headers):
        key = normalise_header(header)
        if (
            key
            and key not in used
            and any(position < len(cells) and cells[position].strip() for _, cells in raw.rows)
        ):
            result.left_out.append(header)
    if strict:
        for number, decisions in result.row_decisions.items():
            for decision in decisions:
                what, _, done = decision.partition(": ")
                result.problems.append(
                    Problem(
                        f"row {number}",
                        what,
                        None,
                        f"has no exact place here (it would be: {done}); "
                        "import without --strict to accept that, or fix the file",
                    )
                )
    result.table = CsvTable(raw.source, OUR_COLUMNS, tuple(rows), ",", raw.clean)
    return result


def _translate_row(
    layout: Layout, row: _Row, number: int, result: Translated, headers: dict[str, str]
) -> tuple[str, ...]:
    out = [""] * len(OUR_COLUMNS)
    notes: list[str] = []
    first, last = row.first(layout.first), row.first(layout.last)
    title, suffix = row.first(layout.title), row.first(layout.suffix)
    if not first and not last:
        whole = row.first(layout.full)
        if whole:
            split = split_name(whole)
            first, last = split.first, split.last
            title, suffix = title or split.title, suffix or split.suffix
    companies = row.values(layout.company, layout.multi_value)
    if not first and not last and companies:
        last = companies.pop(0)  # an organisation's record: its name is the company's
    out[_AT["first_name"]], out[_AT["last_name"]] = first, last
    middle = row.first(layout.middle)
    if middle:
        notes.append(f"Middle name: {middle}")
    if title:
        notes.append(f"Title: {title}")
    if suffix:
        notes.append(f"Suffix: {suffix}")
    nicknames = row.values(layout.nickname, layout.multi_value)
    out[_AT["preferred_name"]] = nicknames[0] if nicknames else ""

    emails: list[str] = []
    for value in row.values(layout.emails, layout.multi_value):
        if "@" not in value and value.startswith("/"):  # an Exchange X.500 path
            notes.append(f"Exchange address: {value}")
        elif value.casefold() not in (e.casefold() for e in emails):
            emails.append(value)
    if emails:
        out[_AT["email"]] = emails[0]
        if len(emails) > 1:
            notes.append("Other emails: " + ", ".join(emails[1:]))
    phones: list[str] = []
    for value in row.values(layout.phones, layout.multi_value):
        if digits_of(value) not in (digits_of(p) for p in phones):
            phones.append(value)
    if phones:
        out[_AT["phone"]] = phones[0]
        if len(phones) > 1:
            notes.append("Other phones: " + ", ".join(phones[1:]))
    for place in layout.places:
        city, region, country = (
            _first_value(row.get(c), layout.multi_value)
            for c in (place.city, place.region, place.country)
        )
        if city or region or country:
            out[_AT["city"]], out[_AT["region"]], out[_AT["country"]] = city, region, country
            break
    professions = row.values(layout.profession, layout.multi_value)
    out[_AT["profession"]] = professions[0] if professions else ""
    if companies:
        notes.append("Company: " + ", ".join(companies))
    out[_AT["household"]] = row.first(layout.household)
    out[_AT["client_since"]] = row.first(layout.client_since)
    for label, column in layout.extra.items():
        value = row.get(column)
        if value:
            notes.append(f"{label}: {value}")
    for position, column in enumerate(layout.advisor):
        value = row.get(column)
        if not value:
            continue
        if position == 0:  # the advisor of record; a second column is kept in the notes
            out[_AT["advisor"]] = value
            result.advisors[number] = value
        else:
            notes.append(f"{headers.get(column, column)} ({layout.name}): {value}")

    tags: list[str] = []
    for tag_column in layout.tags:
        cell = row.get(tag_column.column)
        if not cell:
            continue
        parts = [cell]
        for separator in tag_column.separators:
            parts = [piece for part in parts for piece in part.split(separator)]
        tags += [t.strip() for t in parts if t.strip() and not tag_column.drop(t.strip())]

    relationship_rank = 0
    for vocabulary in layout.vocabularies:
        word = row.get(vocabulary.column)
        if not word:
            continue
        choice: Choice = vocabulary.choices.get(fold(word)) or vocabulary.other(word)
        if choice.relationship is not None and choice.rank > relationship_rank:
            out[_AT["relationship"]] = choice.relationship.value
            relationship_rank = choice.rank
        if choice.tier is not None:
            out[_AT["tier"]] = choice.tier.value
        if choice.archived:
            out[_AT[ARCHIVED]] = "true"
        if choice.do_not_ask:
            out[_AT["do_not_ask"]] = "true"
        if choice.tag:
            tags.append(choice.tag)
        if choice.decision:
            decision = f"{vocabulary.label} {word}: {choice.decision}"
            result.decisions[decision] += 1
            result.row_decisions.setdefault(number, []).append(decision)
            notes.append(f"{vocabulary.label}: {word}")
    out[_AT["tags"]] = ";".join(t.replace(";", ",") for t in tags)
    original = "\n".join(row.values(layout.notes, "")).replace("\r\n", "\n").replace("\r", "\n")
    out[_AT["notes"]] = "\n".join(part for part in (original, "\n".join(notes)) if part)
    return tuple(out)


def _first_value(cell: str, separator: str) -> str:
    if separator and separator in cell:
        return cell.split(separator, 1)[0].strip()
    return cell
