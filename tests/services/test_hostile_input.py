"""Hostile files for the importers (issue 8): whatever comes in, an import either succeeds
or stops with a clear BookError, and a stopped import leaves the book exactly as it was."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES
from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.imports.by_extension import import_file
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import Base
from advisor_referrals.storage.opening import open_book
from tests.services.book_samples import varied_book
from tests.support.postgres import PostgresServer

EXAMPLES = 30
HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-1", "@A1", "\t=1", "'=x", '=HYPERLINK("x")']
VALID = ["client", "prospect", "engaged", "A", "true", "no", "2019-04-01", "4/1/2019", "a;b"]


@pytest.fixture
def fresh_book(
    book: Book, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], Book]]:
    """Makes empty books of the same kind as `book`, one per Hypothesis example."""
    made: list[Book] = []
    template = tmp_path / "template.sqlite3"
    if not book.is_postgres:
        open_book(str(template)).close()

    def make() -> Book:
        if book.is_postgres:
            server: PostgresServer = request.getfixturevalue("pg_server")
            name = server.create_database(template=request.getfixturevalue("pg_template"))
            fresh = open_book(server.url(name))
        else:
            path = tmp_path / f"book-{len(made)}.sqlite3"
            shutil.copyfile(template, path)
            fresh = open_book(str(path))
        made.append(fresh)
        return fresh

    yield make
    for fresh in made:
        fresh.close()


def snapshot(book: Book) -> dict[str, int]:
    with book.session() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in Base.metadata.tables.items()
        }


def try_import(book: Book, path: Path, **options: Any) -> None:
    before = snapshot(book)
    try:
        summary = import_file(book, path, **options)
    except BookError as error:
        event(f"{path.suffix} refused: {type(error).__name__}")
        assert str(error)
        assert "Traceback" not in str(error)
        assert snapshot(book) == before, "a failed import changed the book"
        return
    event(f"{path.suffix} imported")
    after = snapshot(book)
    if options.get("dry_run"):
        assert after == before, "a dry run changed the book"
    elif path.suffix == ".csv":
        added = summary.count("contacts added")
        assert after["contacts"] == before["contacts"] + added
    else:
        assert after["contacts"] == summary.count("contacts")
    if not options.get("dry_run"):
        assert after["audit_entries"] > before["audit_entries"]


cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(FORMULAS + VALID),
    st.text(alphabet="\x00\r\n\"',;\t ", max_size=8),
    st.builds(lambda n: "x" * n, st.sampled_from([101, 255, 20_001, 140_000])),
)
good_headers = st.lists(st.sampled_from(CONTACT_FIELD_NAMES), min_size=1, max_size=8, unique=True)
any_headers = st.lists(
    st.one_of(st.sampled_from(CONTACT_FIELD_NAMES), st.text(max_size=12)), min_size=1, max_size=8
)
headers = st.one_of(good_headers, good_headers, any_headers)
encodings = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    names = draw(headers)
    rows = draw(st.lists(st.lists(cells, max_size=len(names) + 2), max_size=6))
    lines = [",".join(names)]
    for row in rows:
        quoted = [
            '"' + cell.replace('"', '""') + '"' if draw(st.booleans()) else cell for cell in row
        ]
        lines.append(",".join(quoted))
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(encodings)
    errors = "surrogatepass" if encoding.startswith("utf-8") else "replace"
    return text.encode(encoding, errors=errors)


@given(content=st.one_of(st.binary(max_size=3000), csv_files(), csv_files()))
@HOSTILE
def test_hostile_csv_files(fresh_book: Callable[[], Book], tmp_path: Path, content: bytes) -> None:
    book = fresh_book()
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    try_import(book, path)
    try_import(book, path, update=True)


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=30),
        st.sampled_from(FORMULAS + VALID + ["c1", "t1", "v1", "9999-99-99", "50.001"]),
    ),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def book_files(draw: st.DrawFn) -> bytes:
    data: dict[str, Any] = varied_book()
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        section = draw(st.sampled_from(list(data)))
        value = data[section]
        if isinstance(value, list) and value:
            item = draw(st.sampled_from(value))
            if isinstance(item, dict):
                # An earlier step may have emptied this record, or made it an empty object.
                names = st.sampled_from(list(item)) if item else st.nothing()
                field = draw(st.one_of(names, st.text(max_size=8)))
                if draw(st.booleans()):
                    item[field] = draw(json_values)
                else:
                    item.pop(field, None)
        elif isinstance(value, dict):
            value[draw(st.text(max_size=8))] = draw(json_values)
        else:
            data[section] = draw(json_values)
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    raw = text.encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):  # damage the bytes themselves
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        raw = raw[:at] + draw(st.binary(max_size=8)) + raw[at:]
    return raw


@given(content=st.one_of(st.binary(max_size=2000), book_files()))
@HOSTILE
def test_hostile_book_files(fresh_book: Callable[[], Book], tmp_path: Path, content: bytes) -> None:
    book = fresh_book()
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    try_import(book, path, dry_run=True)
    try_import(book, path)
