"""One object of a book file read field by field, collecting problems instead of raising.

Every reader returns a usable value (the default when the field is wrong) so the
rest of the record is still checked and the user sees every problem at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, fields
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.domain.enums import allowed
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.referrals import parse_money
from advisor_referrals.services.imports.values import (
    DATE_RULE,
    MOMENT_RULE,
    MONEY_RULE,
    TIME_RULE,
    find_unstorable,
    moment_in_range,
    parse_clock,
    parse_iso_date,
    parse_moment,
    shown,
    unstorable_rule,
)

E = TypeVar("E", bound=StrEnum)
F = TypeVar("F")
_MISSING = object()
_KNOWN: dict[tuple[str, ...], frozenset[str]] = {}
_DAYS: dict[str, date] = {}  # text -> the good date it writes, checked once


class Record:
    __slots__ = ("data", "prefix", "problems", "where")

    def __init__(
        self, where: str, data: Mapping[str, Any], problems: list[Problem], prefix: str = ""
    ) -> None:
        self.where = where
        self.data = data
        self.problems = problems
        self.prefix = prefix

    def bad(self, field: str, value: object, message: str) -> None:
        self.problems.append(Problem(self.where, self.prefix + field, shown(value), message))

    def check_fields(self, known: tuple[str, ...]) -> None:
        names = _KNOWN.get(known)
        if names is None:
            names = _KNOWN[known] = frozenset(known)
        if names.issuperset(self.data):
            return
        for name in self.data:
            if name not in names:
                self.bad(str(name), None, f"unknown field; allowed: {', '.join(known)}")

    def has(self, field: str) -> bool:
        return self.data.get(field) is not None

    def _string(self, field: str) -> str | None:
        """The field as text, None when absent or null; a problem when it is something else."""
        value = self.data.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.bad(field, value, "must be text (a JSON string) or null")
            return None
        if (rule := unstorable_rule(value)) is not None:
            self.bad(field, value, rule)
            return None
        return value

    def text(self, field: str, *, limit: int | None = None, default: str = "") -> str:
        value = self.data.get(field)
        # The common case first, cheaply: big imports read millions of these.
        if value.__class__ is str and limit is None and not find_unstorable(value):
            return value
        value = self._string(field)
        if value is None:
            return default
        if limit is not None and len(value) > limit:
            self.bad(field, value, f"at most {limit} characters")
            return default
        return value

    def optional_text(self, field: str, *, limit: int | None = None) -> str | None:
        value = self.data.get(field)
        if value is None:
            return None
        return self.text(field, limit=limit) or None

    def required_text(self, field: str, *, limit: int | None = None, rule: str = "") -> str:
        raw = self.data.get(field)
        value = self._string(field)
        if value is None or not value.strip():
            if raw is None or value is not None:  # absent or blank; a wrong type is already told
                self.bad(field, raw, f"missing; {rule or 'write some text'}")
            return ""
        if limit is not None and len(value) > limit:
            self.bad(field, value, f"at most {limit} characters")
            return ""
        return value

    def date(self, field: str, *, required: bool = False) -> date | None:
        value = self.data.get(field)
        if value.__class__ is str and (known := _DAYS.get(value)) is not None:
            return known  # a good date seen before: a book file repeats few thousand days
        if value is None:
            if required:
                self.bad(field, None, f"missing; {DATE_RULE}")
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            parsed: date | None = value
        elif isinstance(value, str):
            parsed = parse_iso_date(value)
        else:
            parsed = None
        if parsed is None:
            self.bad(field, value, DATE_RULE)
            return None
        if message := date_problem(parsed):
            self.bad(field, value, message)
            return None
        if isinstance(value, str):
            _DAYS[value] = parsed  # only good days: at most the 73,000 of 1900-2100
        return parsed

    def clock(self, field: str) -> time | None:
        value = self.data.get(field)
        if value is None:
            return None
        if isinstance(value, time):
            return value
        parsed = parse_clock(value) if isinstance(value, str) else None
        if parsed is None:
            self.bad(field, value, TIME_RULE)
        return parsed

    def moment(self, field: str) -> datetime | None:
        value = self.data.get(field)
        if value is None:
            self.bad(field, None, f"missing; {MOMENT_RULE}")
            return None
        if isinstance(value, datetime):
            parsed: datetime | None = value
        else:
            parsed = parse_moment(value) if isinstance(value, str) else None
        if parsed is None or parsed.tzinfo is not None or not moment_in_range(parsed):
            self.bad(field, value, MOMENT_RULE + " (local time, between 1900 and 2100)")
            return None
        return parsed

    def flag(self, field: str, default: bool = False) -> bool:
        value = self.data.get(field)
        if value is True or value is False:
            return value
        if value is None:
            return default
        if not isinstance(value, bool):
            self.bad(field, value, "must be true or false")
            return default
        return value

    def whole(self, field: str, low: int, high: int, rule: str = "") -> int | None:
        value = self.data.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.bad(field, value, rule or f"a whole number from {low} to {high}")
            return None
        return value

    def choice(self, field: str, enum: type[E], default: E | None = None) -> E | None:
        value = self.data.get(field)
        if value is None:
            return default
        member = enum._value2member_map_.get(value) if isinstance(value, str) else None
        if member is None:
            self.bad(field, value, f"allowed: {allowed(enum)}")
            return default
        return member  # type: ignore[return-value]

    def money(self, field: str) -> Decimal | None:
        value = self.data.get(field, _MISSING)
        if value is _MISSING or value is None:
            self.bad(field, None, f"missing; {MONEY_RULE}")
            return None
        if isinstance(value, Decimal):
            parsed = parse_money(str(value))
        elif isinstance(value, str) and len(value) <= 40:
            parsed = parse_money(value)
        else:
            parsed = None
        if parsed is None:
            self.bad(field, value, MONEY_RULE)
        return parsed

    def strings(self, field: str, *, limit: int) -> list[str]:
        value = self.data.get(field)
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            self.bad(field, value, 'must be a list of text, such as ["retiree", "golf"]')
            return []
        result = []
        for item in value:
            if not isinstance(item, str):
                self.bad(field, item, "each item must be text")
            elif (rule := unstorable_rule(item)) is not None:
                self.bad(field, item, rule)
            elif len(item) > limit:
                self.bad(field, item, f"each item has at most {limit} characters")
            else:
                result.append(item)
        return result

    def reference(self, field: str, known: Mapping[str, int], what: str) -> int | None:
        """The id behind a key this file defines elsewhere (a contact, a trigger...)."""
        value = self.data.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.bad(field, value, f'must be the key of a {what} in this file, such as "c1"')
            return None
        found = known.get(value)
        if found is None:
            self.bad(field, value, f"no {what} in this file has this key")
        return found


_LAYOUTS: dict[type, tuple[dict[str, Any], frozenset[str]]] = {}


def filled(kind: type[F], values: dict[str, Any]) -> F:
    """`kind(**values)` for a frozen domain dataclass (no __post_init__, no slots), without
    its __init__, which sets each field through object.__setattr__: a few µs a record,
    a tenth of the load of a big book file. Defaults are filled in as __init__ would; a
    missing or unknown field goes through __init__ to fail as it does."""
    layout = _LAYOUTS.get(kind)
    if layout is None:
        defaults = {
            f.name: f.default
            for f in fields(kind)  # type: ignore[arg-type]
            if f.default is not MISSING
        }
        names = frozenset(f.name for f in fields(kind))  # type: ignore[arg-type]
        if hasattr(kind, "__post_init__") or hasattr(kind, "__slots__"):
            names = frozenset()  # its __init__ does more than set fields: always used
        layout = _LAYOUTS[kind] = (defaults, names)
    defaults, names = layout
    if len(values) + len(defaults) < len(names) or not names.issuperset(values):
        return kind(**values)
    made = object.__new__(kind)
    made.__dict__.update(defaults)
    made.__dict__.update(values)
    if len(made.__dict__) != len(names):  # a field without a default was left out
        return kind(**values)
    return made
