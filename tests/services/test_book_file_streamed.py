"""A book file laid out as the export writes it is read a record at a time: the same book
comes in as from a whole read, a file past the whole read's size limit still imports, and
a broken line gets the message a whole read gives (docs/design.md, "Book files")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.book_file import importing
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.book_file.importing import (
    import_book,
    load_book_data,
    read_book_file,
)
from advisor_referrals.services.book_file.streamed_file import (
    NotLaidOut,
    RecordsOnDisk,
    read_laid_out,
)
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow
from advisor_referrals.storage.opening import open_book
from tests.services.book_samples import varied_book
from tests.support.postgres import PostgresServer


@pytest.fixture
def empty_books(book: Book, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[Book]]:
    """Three more empty books on the same kind of database as `book`."""
    opened = []
    for number in range(3):
        if book.is_postgres:
            server: PostgresServer = request.getfixturevalue("pg_server")
            template: str = request.getfixturevalue("pg_template")
            opened.append(open_book(server.url(server.create_database(template=template))))
        else:
            opened.append(open_book(str(tmp_path / f"empty-{number}.sqlite3")))
    yield opened
    for each in opened:
        each.close()


@pytest.fixture
def exported(book: Book, tmp_path: Path) -> Path:
    load_book_data(book, varied_book())
    path = tmp_path / "book.json"
    export_book(book, path)
    return path


def contacts_in(book: Book) -> int:
    with book.session() as session:
        return session.scalar(select(func.count()).select_from(ContactRow)) or 0


def line_holding(path: Path, text: bytes) -> int:
    """The number of the first line of `path` that holds `text`."""
    for number, line in enumerate(path.read_bytes().split(b"\n"), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} is not in {path}")


def with_line(path: Path, number: int, change: bytes, into: Path) -> Path:
    lines = path.read_bytes().split(b"\n")
    lines[number - 1] = change
    into.write_bytes(b"\n".join(lines))
    return into


def test_an_exported_file_is_read_a_record_at_a_time_and_gives_the_same_book(
    exported: Path, empty_books: list[Book], tmp_path: Path
) -> None:
    whole = read_book_file(exported)
    laid_out = read_laid_out(exported)
    assert list(laid_out) == list(whole)
    for name, value in laid_out.items():
        if isinstance(whole[name], list) and whole[name]:
            assert isinstance(value, RecordsOnDisk), name
            assert len(value) == len(whole[name])
            assert list(value) == whole[name] == list(value)  # walked twice, same records
        else:
            assert value == whole[name], name

    # The same file pretty-printed by another tool is read whole, and gives the same book.
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(whole, indent=2, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(NotLaidOut):
        read_laid_out(pretty)
    # Windows line ends and a byte-order mark, as an editor may save it, are still read
    # a record at a time.
    windows = tmp_path / "windows.json"
    windows.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes().replace(b"\n", b"\r\n"))
    assert isinstance(read_laid_out(windows)["contacts"], RecordsOnDisk)

    again = []
    for source, target in zip((exported, pretty, windows), empty_books, strict=True):
        import_book(target, source)
        out = tmp_path / f"again-{source.stem}.json"
        export_book(target, out)
        again.append(out.read_bytes())
    assert again[0] == again[1] == again[2] == exported.read_bytes()


def test_a_laid_out_file_past_the_whole_reads_limit_still_imports(
    exported: Path, empty_books: list[Book], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size limit is what a whole read can hold in memory; read a record at a time, a
    bigger book (a million contacts export to 2.2 GB) imports. Here the limit is made
    smaller than the test's file instead."""
    monkeypatch.setattr(importing, "MAX_BOOK_FILE_BYTES", exported.stat().st_size // 2)
    summary = import_book(empty_books[0], exported)
    assert contacts_in(empty_books[0]) == summary.counts["contacts"] > 0
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(read_laid_out_whole(exported), indent=1), encoding="utf-8")
    with pytest.raises(BookError, match="is larger than"):
        import_book(empty_books[1], pretty)
    assert contacts_in(empty_books[1]) == 0


def read_laid_out_whole(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_broken_record_line_gets_the_whole_reads_message_and_nothing_is_written(
    exported: Path, empty_books: list[Book], tmp_path: Path
) -> None:
    number = line_holding(exported, b'"first_name": "Smith & <Co>"')
    line = exported.read_bytes().split(b"\n")[number - 1]
    broken = {
        # A quote lost in the middle of a record, deep in the contacts section.
        "syntax": line.replace(b'"Smith & <Co>"', b'"Smith & <Co>'),
        # A byte that is not UTF-8 (a Latin-1 e-acute).
        "encoding": line.replace(b"Smith", b"Sm\xe9th"),
        # A key written twice: the whole read names where its object starts.
        "repeated key": line.replace(b'{"key"', b'{"notes": "a", "notes": "b", "key"', 1),
    }
    for what, change in broken.items():
        path = with_line(exported, number, change, tmp_path / f"{what}.json")
        with pytest.raises(BookError) as whole:
            read_book_file(path)
        with pytest.raises(BookError) as streamed:
            import_book(empty_books[0], path)
        assert str(streamed.value) == str(whole.value), what
        assert f"line {number}" in str(streamed.value), what
        assert contacts_in(empty_books[0]) == 0, what


def test_two_records_on_one_line_import_as_a_whole_read_reads_them(
    exported: Path, empty_books: list[Book], tmp_path: Path
) -> None:
    lines = exported.read_bytes().split(b"\n")
    first = line_holding(exported, b'"contacts": [') + 1
    joined = [*lines[: first - 1], lines[first - 1] + b" " + lines[first], *lines[first + 1 :]]
    path = tmp_path / "joined.json"
    path.write_bytes(b"\n".join(joined))
    assert read_book_file(path) == read_book_file(exported)
    import_book(empty_books[0], path)
    out = tmp_path / "again.json"
    export_book(empty_books[0], out)
    assert out.read_bytes() == exported.read_bytes()
