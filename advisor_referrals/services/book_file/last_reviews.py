"""Each contact's latest completed review (`contacts.last_review_on`), given to the contact
as the loader writes it.

The database keeps the date up to date by trigger (migration 0005); a bulk load sets the
triggers aside and used to bring every contact up to date in one statement at the end,
which on PostgreSQL rewrote every row of `contacts` (and made its index builds read twice
the pages) after the fact. The loader holds every review of the file, so it reads the
reviews' dates ahead of the contacts and writes each contact with its date; while it
loads the reviews it works the dates out again from the checked records, and any contact
whose date differs (only a file with problems, which writes nothing anyway, could make
them differ) is set from those (`correct`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import date_problem
from advisor_referrals.services.imports.load_order import table
from advisor_referrals.services.imports.values import parse_iso_date


def latest_by_key(reviews: Iterable[Any]) -> dict[str, date]:
    """The latest good `completed_on` of each contact key among the file's reviews."""
    days: dict[str, date | None] = {}
    latest: dict[str, date] = {}
    for item in reviews:
        if not isinstance(item, Mapping):
            continue
        value = item.get("completed_on")
        key = item.get("contact")
        if value is None or key.__class__ is not str:
            continue
        if value.__class__ is str:
            if value in days:
                on = days[value]
            else:
                on = parse_iso_date(value)
                days[value] = on = None if on is None or date_problem(on) else on
        elif isinstance(value, date) and not isinstance(value, datetime):
            on = None if date_problem(value) else value
        else:
            on = None
        if on is not None and ((known := latest.get(key)) is None or known < on):
            latest[key] = on
    return latest


class LastReviews:
    """The dates given to the contacts, and those their checked reviews imply."""

    def __init__(self) -> None:
        self.given: dict[int, date] = {}
        self.found: dict[int, date] = {}

    def give(self, contact_id: int, on: date | None) -> date | None:
        if on is not None:
            self.given[contact_id] = on
        return on

    def saw(self, contact_id: int, completed_on: date | None) -> None:
        if completed_on is not None:
            known = self.found.get(contact_id)
            if known is None or known < completed_on:
                self.found[contact_id] = completed_on

    def correct(self, session: Session) -> None:
        """Set the date of every contact given one its reviews do not imply."""
        if self.given == self.found:
            return
        wrong = [
            {"b_id": contact_id, "b_on": self.found.get(contact_id)}
            for contact_id in self.given.keys() | self.found.keys()
            if self.given.get(contact_id) != self.found.get(contact_id)
        ]
        contacts = table("contacts")
        session.execute(
            contacts.update()
            .where(contacts.c.id == bindparam("b_id"))
            .values(last_review_on=bindparam("b_on")),
            wrong,
        )
