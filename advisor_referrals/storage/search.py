"""Client search: substrings of names, emails, phones, places and tags, fast on large books.

Each contact carries `search_text`, a folded copy of what can be searched, kept up to
date by this module on every ORM flush (and by the bulk writers). SQLite indexes it
with an FTS5 trigram table, PostgreSQL with a pg_trgm GIN index; `matches()` builds
the same filter for either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, event, text, true
from sqlalchemy.orm import Session

from advisor_referrals.domain.contacts import digits_of
from advisor_referrals.storage.models import ContactRow, Household

TRIGRAM = 3


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


def fold(value: str) -> str:
    """Lower case without accents, so `zoe` finds `Zoë` and `ĐURIĆ` finds `Đurić`."""
    decomposed = unicodedata.normalize("NFKD", value)
    if not decomposed.isascii():  # only non-ASCII runs can hold accents: bulk imports stay fast
        decomposed = _NON_ASCII.sub(_without_marks, decomposed)
    return decomposed.casefold()


def search_text(
    *,
    first_name: str | None,
    last_name: str | None,
    preferred_name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    city: str | None = None,
    region: str | None = None,
    country: str | None = None,
    profession: str | None = None,
    household: str | None = None,
    tags: Iterable[str] = (),
) -> str:
    parts = [first_name, last_name, preferred_name, email, phone, digits_of(phone), city, region]
    parts += [country, profession, household, *tags]
    return fold(" | ".join(filter(None, parts)))


def search_text_of(row: ContactRow) -> str:
    return search_text(
        first_name=row.first_name,
        last_name=row.last_name,
        preferred_name=row.preferred_name,
        email=row.email,
        phone=row.phone,
        city=row.city,
        region=row.region,
        country=row.country,
        profession=row.profession,
        household=row.household.name if row.household is not None else None,
        tags=[tag.name for tag in row.tags],
    )


def tokens(query: str) -> list[str]:
    return [t for t in fold(query).split() if t]


def _like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches(dialect: str, query: str) -> ColumnElement[bool]:
    """A filter on ContactRow for contacts whose searchable text holds every word of the query."""
    words = tokens(query)
    if not words:
        return true()
    clauses: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and long_words:
        fts_query = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        clauses.append(
            ContactRow.id.in_(
                text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts").bindparams(
                    fts=fts_query
                )
            )
        )
        words = [w for w in words if len(w) < TRIGRAM]
    clauses += [ContactRow.search_text.like(_like_pattern(w), escape="\\") for w in words]
    return and_(*clauses)


@event.listens_for(Session, "before_flush")
def _refresh_search_text(session: Session, _context: Any, _instances: Any) -> None:
    renamed = {
        obj
        for obj in session.dirty
        if isinstance(obj, Household) and session.is_modified(obj, include_collections=False)
    }
    touched = {obj for obj in (*session.new, *session.dirty) if isinstance(obj, ContactRow)}
    for household in renamed:
        touched.update(household.members)
    for row in touched:
        if row in session.deleted:
            continue
        fresh = search_text_of(row)
        if row.search_text != fresh:
            row.search_text = fresh
