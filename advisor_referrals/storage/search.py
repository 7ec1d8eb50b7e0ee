"""Client search: substrings of names, emails, phones, places and tags, fast on large books.

Each contact carries `search_text`, a folded copy of what can be searched, kept up to
date by this module on every ORM flush (and by the bulk writers). SQLite indexes it
with an FTS5 trigram table, PostgreSQL with a pg_trgm GIN index and two small partial
indexes for words too short for a trigram; `matches()` builds the same filter for either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Text,
    and_,
    bindparam,
    column,
    event,
    literal_column,
    or_,
    table,
    text,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from advisor_referrals.domain.folding import (
    END,
    PART_SEPARATOR,
    TAG_SIGN,
    digits_of,
    fold,
    search_terms,
    tag_part,
)
from advisor_referrals.domain.names import name_sort_key
from advisor_referrals.storage.models import ContactRow, Household

TRIGRAM = 3
TAG_OPEN = PART_SEPARATOR.lstrip() + TAG_SIGN  # "| #", how a tag term starts
TextColumn = ColumnElement[str] | InstrumentedAttribute[str]
# A short word found in more index terms than this is common: test it row by row instead.
SHORT_WORD_TERMS = 200


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
    # The closing separator puts a character after every word, so that each occurrence of
    # a one- or two-letter search starts some trigram of the index (see `sqlite_fts_query`).
    # Folded part by part, the same as folding the whole (the separators are plain ASCII,
    # so no accent can attach across them): most contacts are all ASCII, lowered in one go;
    # in the rest, most parts are ASCII and the others repeat. Tags are written "#golf",
    # so that "#golf" finds the whole tag (`domain.folding`), in one order whoever writes
    # the text (the ORM reads them in the database's order, an import in the file's).
    # A bulk import writes this for every row: parts and tags are gathered once, and
    # only the parts that are not ASCII are folded one by one.
    digits = digits_of(phone) if phone else None
    parts = (first_name, last_name, preferred_name, email, phone, digits, city, region)
    texts = [p for p in (*parts, country, profession, household) if p]
    named_tags = sorted(t for t in tags if t) if tags else ()
    joined = PART_SEPARATOR.join([*texts, *(TAG_SIGN + t for t in named_tags)])
    if joined.isascii():
        return joined.lower() + END
    folded = [p.lower() if p.isascii() else _folded_part(p) for p in texts]
    folded += [tag_part(t) for t in named_tags]
    return PART_SEPARATOR.join(folded) + END


FOLDED_MEMO_SIZE = 10_000
_folded_parts: dict[str, str] = {}


def _folded_part(part: str) -> str:
    if part.isascii():  # nothing to decompose: folding is lower-casing
        return part.lower()
    found = _folded_parts.get(part)
    if found is None:
        found = fold(part)
        if len(_folded_parts) < FOLDED_MEMO_SIZE:  # names and places repeat across a book
            _folded_parts[part] = found
    return found


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
    """What each matching contact's search text holds: folded words, phone digits, tags."""
    return search_terms(query)


def _like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_query(words: list[str]) -> str:
    return " AND ".join(_quoted(_indexed_part(w)) for w in words)


def _indexed_part(term: str) -> str:
    """What the FTS index is asked for a term: a tag's name without the separators around
    it ("#golf"), whose trigrams are rare where those of "| #" are in every tagged
    contact; the separators are then checked row by row (`checked_by_row`). A tag too
    short for a trigram of its own keeps them."""
    inner = term[len(TAG_OPEN) : -len(END)] if _is_tag(term) else term
    return inner if len(inner) >= TRIGRAM else term


def _is_tag(term: str) -> bool:
    return term.startswith(TAG_OPEN) and term.endswith(END)


def checked_by_row(term: str) -> bool:
    """Whether the FTS index alone cannot decide the term: a short word, or a whole tag."""
    return len(term) < TRIGRAM or _is_tag(term)


def matches(dialect: str, query: str) -> ColumnElement[bool]:
    """A filter on ContactRow for contacts whose searchable text holds every word of the query."""
    words = tokens(query)
    if not words:
        return true()
    clauses: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and long_words:
        clauses.append(fts_matches(_fts_query(long_words)))
        words = [w for w in words if checked_by_row(w)]
    if dialect == "postgresql":
        # Each word is written into the statement, not bound: once psycopg has prepared a
        # statement run five times, the server may plan it once for any word, and that
        # plan reads the whole trigram index for a word too short for a trigram (170-330
        # ms on 100,000 contacts; docs/design.md, "Search and sorting").
        return and_(*(_like(ContactRow.search_text, _written(_like_pattern(w))) for w in words))
    clauses += [_like(ContactRow.search_text, _like_pattern(w)) for w in words]
    return and_(*clauses)


# PostgreSQL (docs/design.md, "Search and sorting"). pg_trgm looks up words of three
# characters or more. A shorter one is found by what follows it, as on SQLite: the closing
# separator puts a character after every word, so the text holds the word and then either
# an ASCII character, which the trigram index looks up as the pattern word + [ASCII] (the
# trigrams that start with the word), or a character beyond ASCII, which only the contacts
# of the partial index ix_contacts_search_mixed can hold. A word with a character beyond
# ASCII is in the contacts of ix_contacts_search_wide. Both predicates are migration
# 0017's, written exactly as there, so that the planner recognises them.
ANY_ASCII = r"[\u0001-\u007f]"
BEYOND_ASCII = r"[^\u0001-\u007f]"  # predicate of ix_contacts_search_wide
# Predicate of ix_contacts_search_mixed: an ASCII character other than a space (the only
# ASCII whitespace a search text holds; no word holds any) and then one beyond ASCII.
ASCII_THEN_BEYOND = r"[\u0001-\u001f\u0021-\u007f][^\u0001-\u007f]"


def postgres_lookup(query: str) -> ColumnElement[bool] | None:
    """What lets PostgreSQL's indexes find the contacts `matches()` keeps (a condition
    that holds for each of them), or None when no word can be looked up: each is a
    single ASCII letter, digit or sign, which too many contacts hold to narrow anything.

    Only for reading a bounded number of hits: its estimate multiplies with that of
    `matches()`, which would mislead the planner over a whole listing.
    """
    words = tokens(query)
    if all(len(word) == 1 and word.isascii() for word in words):
        return None
    return and_(true(), *(_short_word_lookup(w) for w in words if len(w) < TRIGRAM))


def _short_word_lookup(word: str) -> ColumnElement[bool]:
    column = ContactRow.search_text
    if not word.isascii():
        return _regex(column, BEYOND_ASCII)
    if len(word) == 1:
        return true()
    followed = column.bool_op("~")(_written(_regex_escaped(word) + ANY_ASCII))
    return or_(followed, _regex(column, ASCII_THEN_BEYOND))


def _regex(column: TextColumn, pattern: str) -> ColumnElement[bool]:
    """`column ~ 'pattern'` with the pattern as a constant (an index predicate must be one)."""
    return column.bool_op("~")(literal_column(f"'{pattern}'", Text))


def _written(value: str) -> ColumnElement[str]:
    """A value written into the statement as a literal when it runs."""
    return bindparam(None, value, Text, literal_execute=True)


def _regex_escaped(word: str) -> str:
    """The word as a regular expression that matches it: signs escaped (a backslash before a
    letter or digit would make an escape of its own)."""
    return "".join(c if c.isalnum() else "\\" + c for c in word)


def words_in(
    column: TextColumn, query: str, *, unindexed_only: bool = False
) -> ColumnElement[bool]:
    """The query's terms (or only those the FTS index cannot decide) tested on each row's
    search text.

    On SQLite, the shape for reading contacts in name order until a page is full.
    """
    words = [w for w in tokens(query) if not unindexed_only or checked_by_row(w)]
    return and_(true(), *(_like(column, _like_pattern(w)) for w in words))


def _like(column: TextColumn, pattern: str | ColumnElement[str]) -> ColumnElement[bool]:
    return column.like(pattern, escape="\\")


NO_MATCH = ""


def sqlite_fts_query(session: Session, query: str) -> str | None:
    """The FTS5 query that narrows a search on SQLite, NO_MATCH when nothing can match,
    None when no word can use the index.

    Words of three letters or more are trigram phrases; a shorter one is any trigram
    that starts with it (every occurrence does, thanks to the closing separator). A
    single Latin letter or digit, or a short word in very many terms, narrows nothing:
    the caller tests it row by row.
    """
    terms = []
    for word in tokens(query):
        if len(word) >= TRIGRAM:
            terms.append(_quoted(_indexed_part(word)))
        elif len(word) > 1 or not word.isascii():
            trigrams = _trigrams_starting(session, word)
            if not trigrams:
                return NO_MATCH
            if len(trigrams) <= SHORT_WORD_TERMS:
                terms.append("(" + " OR ".join(_quoted(t) for t in trigrams) + ")")
    return " AND ".join(terms) if terms else None


def fts_count(session: Session, fts_query: str, limit: int) -> int:
    """How many contacts the FTS query finds, counted up to `limit` (the index stops there)."""
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM "
                "(SELECT 1 FROM contact_fts WHERE contact_fts MATCH :fts LIMIT :limit)"
            ),
            {"fts": fts_query, "limit": limit},
        ).scalar_one()
    )


_FTS = table("contact_fts", column("rowid", Integer), column("contact_fts"))


def fts_joined(statement: Select[Any], fts_query: str) -> Select[Any]:
    """The contacts of `statement` (a select from contacts) that the FTS query finds: the
    index's hits read first and each contact looked up by id. An `id IN (hits)` built a
    table of the hits first and then looked them up: a fifth more of the sorting
    statement's instructions for "0147" on a million contacts (docs/design.md, "Budgets")."""
    return statement.join_from(_FTS, ContactRow, ContactRow.id == _FTS.c.rowid).where(
        _FTS.c.contact_fts.op("MATCH")(fts_query)
    )


def fts_matches(fts_query: str) -> ColumnElement[bool]:
    """Contacts the FTS query finds: the index does the work, each row is only looked up."""
    return ContactRow.id.in_(
        text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts").bindparams(fts=fts_query)
    )


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


# The FTS index's vocabulary, per connection (made when the engine connects, outside any
# transaction, so that a read session's rollback does not drop it).
TERMS_TABLE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_fts_terms "
    "USING fts5vocab(main, contact_fts, 'row')"
)


def _trigrams_starting(session: Session, prefix: str) -> list[str]:
    """The index's trigrams that start with `prefix`, read from its vocabulary."""
    found = session.execute(
        text("SELECT term FROM temp.contact_fts_terms WHERE term >= :low AND term < :high"),
        {"low": prefix, "high": prefix + "\U0010ffff"},
    )
    return [term for (term,) in found if term.startswith(prefix)]


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
        key = name_sort_key(row.first_name, row.last_name)
        if row.name_key != key:
            row.name_key = key
