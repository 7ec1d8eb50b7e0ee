"""People for the demo book: names from many backgrounds, households, fake addresses and phones.

Plain Python and one `random.Random`, so the same seed gives the same people, and
100,000 of them take about a second.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from advisor_referrals.domain.names import greeting_name
from advisor_referrals.services.demo.names import (
    CULTURES,
    ENGLISH_MEN,
    ENGLISH_WOMEN,
    NICKNAMES,
    Culture,
    Surname,
)
from advisor_referrals.services.demo.world import (
    ABROAD,
    AWAY_PLACES,
    EMAIL_DOMAIN_WEIGHTS,
    EMAIL_DOMAINS,
    HOME_PLACES,
    HOME_WEIGHTS,
    Place,
)

T = TypeVar("T")


# Cheaper than randrange/choice, which matters a million times over.
def below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number in [low, high)."""
    return low + int(rng.random() * (high - low))


def one_of(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


class Weighted(Generic[T]):
    """A weighted choice that costs one random number and one bisection."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative: list[float] = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]

    def pick_with(self, rand: Callable[[], float]) -> T:
        return self.items[bisect(self.cumulative, rand() * self.total)]


def weighted(pairs: Sequence[tuple[T, float]]) -> Weighted[T]:
    return Weighted([p[0] for p in pairs], [p[1] for p in pairs])


@dataclass(slots=True)
class Person:
    first: str
    last: str
    roman_first: str
    roman_last: str
    woman: bool
    culture: Culture
    surname: Surname
    preferred: str | None = None
    relationship: str = "client"
    profession: str | None = None
    email: str | None = None
    phone: str | None = None
    place: Place | None = None
    household: str | None = None
    segment: str = "unknown"
    tier: str | None = None
    since: int | None = None  # date ordinals throughout
    plan: bool = False
    do_not_ask: bool = False
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    archived: int | None = None
    added: int = 0  # when the contact entered the book: ids follow it
    promoter: bool = False
    number: int = 0  # the person's place in the book (1, 2...), which the contact ids follow
    advisor: str | None = None  # the advisor of record (practice_people.assign_advisors)

    @property
    def key(self) -> str:
        """The contact's key in the book file."""
        return f"c{self.number}"

    @property
    def display(self) -> str:
        return greeting_name(self.preferred, self.first, self.last)


class PeopleMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cultures = Weighted(CULTURES, [c.weight for c in CULTURES])
        self.home = Weighted(HOME_PLACES, HOME_WEIGHTS)
        self.domains = Weighted(EMAIL_DOMAINS, EMAIL_DOMAIN_WEIGHTS)
        self._emails: dict[str, int] = {}
        self._households: set[str] = set()

    def person(
        self,
        *,
        woman: bool | None = None,
        culture: Culture | None = None,
        surname: Surname | None = None,
        place: Place | None = None,
    ) -> Person:
        rng = self.rng
        if culture is None:
            culture = self.cultures.pick(rng)
        if woman is None:
            woman = rng.random() < 0.5
        given = one_of(rng, culture.women if woman else culture.men)
        if surname is None:
            surname = one_of(rng, culture.surnames)
        person = Person(
            first=given.text,
            last=surname.female if woman else surname.male,
            roman_first=given.roman,
            roman_last=surname.roman,
            woman=woman,
            culture=culture,
            surname=surname,
            place=place or self.place(),
        )
        nicknames = NICKNAMES.get(given.text)
        if nicknames and rng.random() < 0.35:
            person.preferred = one_of(rng, nicknames)
        elif culture.english_name_share and rng.random() < culture.english_name_share:
            person.preferred = one_of(rng, ENGLISH_WOMEN if woman else ENGLISH_MEN)
        return person

    def place(self) -> Place:
        roll = self.rng.random()
        if roll < 0.84:
            return self.home.pick(self.rng)
        if roll < 0.985:
            return one_of(self.rng, AWAY_PLACES)
        return one_of(self.rng, ABROAD)[0]

    def phone(self, place: Place | None) -> str | None:
        rng = self.rng
        if place is None or place.country is not None:
            pattern = next((p for where, p in ABROAD if where == place), "")
            if not pattern:
                return None
            return pattern.format(n=below(rng, 1000), n2=below(rng, 100))
        area = one_of(rng, place.area_codes)
        line = f"01{below(rng, 100):02d}"
        style = rng.random()
        if style < 0.62:
            return f"({area}) 555-{line}"
        if style < 0.88:
            return f"{area}-555-{line}"
        return f"+1 {area} 555 {line}"

    def email(self, person: Person, domain: str | None = None) -> str:
        rng = self.rng
        first, last = person.roman_first or "client", person.roman_last or "client"
        style = rng.random()
        if style < 0.38:
            local = f"{first}.{last}"
        elif style < 0.56:
            local = f"{first[0]}{last}"
        elif style < 0.68:
            local = f"{first}{last}"
        elif style < 0.76:
            local = f"{first}_{last}"
        elif style < 0.84:
            local = f"{last}.{first}"
        else:
            local = f"{first}.{last}{between(rng, 50, 100)}"
        domain = domain or self.domains.pick(rng)
        address = f"{local}@{domain}"
        seen = self._emails.get(address, 0)
        self._emails[address] = seen + 1
        if seen:
            address = f"{local}{seen + 1}@{domain}"
            # A rare second collision with an address generated with that very suffix.
            while address in self._emails:
                seen += 1
                address = f"{local}{seen + 1}@{domain}"
            self._emails[address] = 1
        return address

    def household_name(self, members: Sequence[Person]) -> str:
        """`Smith, Peter & Anna` (or both full names): unique, because the book keys households by name."""
        a, b = members[0], members[1]
        if a.surname == b.surname:
            name = f"{a.surname.male}, {a.display} & {b.display}"
        else:
            name = f"{a.display} {a.last} & {b.display} {b.last}"
        if name in self._households:
            place = members[0].place
            if place is not None:
                name = f"{name} ({place.city})"
            base, n = name, 2
            while name in self._households:
                name, n = f"{base} {n}", n + 1
        self._households.add(name)
        return name

    def contact_details(self, person: Person, *, email_share: float, phone_share: float) -> None:
        if self.rng.random() < email_share:
            person.email = self.email(person)
        if self.rng.random() < phone_share:
            person.phone = self.phone(person.place)


class IsoDates(dict[int | None, str | None]):
    """ISO strings by date ordinal, filled once for the book's range: `iso[ordinal]`."""

    def __init__(self, first: int, last: int) -> None:
        super().__init__({o: date.fromordinal(o).isoformat() for o in range(first, last + 1)})
        self[None] = None

    def __missing__(self, ordinal: int | None) -> str | None:
        text = None if ordinal is None else date.fromordinal(ordinal).isoformat()
        self[ordinal] = text
        return text
