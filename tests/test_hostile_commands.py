"""Hostile cases on the command line: each is refused with exit status 2 and a message that
names the problem, never a traceback, and the book is left exactly as it was (its whole
export compared before and after). Cases aimed at the book run on SQLite and PostgreSQL;
cases about --db itself run once. Read-only cases run in a process that cannot override
file permissions, as a user at a desk could not."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from advisor_referrals.cli import main
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[1]
CSV_HEAD = "first_name,last_name,email,notes\n"


@dataclass
class Books:
    full: Book  # a demo book: the commands aim at it
    empty: Book  # for book files, which import only into an empty book
    files: Path


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def books(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Books]:
    files = tmp_path_factory.mktemp(f"hostile-{request.param}")
    if request.param == "sqlite":
        targets = [str(files / "book.sqlite3"), str(files / "empty.sqlite3")]
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_template")
        targets = [server.url(server.create_database(template=template)) for _ in range(2)]
    full, empty = (open_book(target) for target in targets)
    make_demo_book(full, clients=12, seed=3)
    ContactService(full).create(ContactFields(first_name="Ana", last_name="Souza"))
    yield Books(full, empty, files)
    full.close()
    empty.close()


def whole_export(book: Book, folder: Path) -> str:
    out = folder / "snapshot.json"
    export_book(book, out)
    return out.read_text(encoding="utf-8")


def run(argv: list[str]) -> tuple[int, str]:
    """The command in this process, as a user would run it; its exit status and what it said."""
    said = io.StringIO()
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(said):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse refuses bad options itself
            code = int(stop.code or 0)
    return code, said.getvalue()


def refused(book: Book, folder: Path, argv: list[str], *expected: str) -> str:
    before = whole_export(book, folder)
    code, said = run(argv)
    assert code == 2, said
    assert "Traceback" not in said and "unexpected fault" not in said, said
    for fragment in expected:
        assert fragment in said, f"{fragment!r} not in: {said}"
    assert whole_export(book, folder) == before, "a refused command changed the book"
    return said


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def link(folder: Path, name: str, target: str) -> str:
    path = folder / name
    if not path.is_symlink():
        path.symlink_to(target)
    return str(path)


def a_folder(folder: Path, name: str) -> str:
    path = folder / name
    path.mkdir(exist_ok=True)
    return str(path)


def fifo(folder: Path, name: str) -> str:
    path = folder / name
    if not path.exists():
        os.mkfifo(path)
    return str(path)


def sparse(folder: Path, name: str, size: int) -> str:
    path = folder / name
    with path.open("wb") as handle:
        handle.truncate(size)
    return str(path)


# Cases aimed at a book full of clients: (id, command after --db BOOK, what the message names).
Case = Callable[[Path], tuple[list[str], tuple[str, ...]]]

BOOK_CASES: dict[str, Case] = {
    "quarter year 0000": lambda f: (
        ["report", "--quarter", "0000Q1", "--out", str(f / "q.pdf")],
        ("0000Q1", "1900 to 2100"),
    ),
    "quarter before 1900": lambda f: (
        ["report", "--quarter", "1899Q4", "--out", str(f / "q.pdf")],
        ("1899Q4", "1900 to 2100"),
    ),
    "quarter after 2100": lambda f: (
        ["report", "--quarter", "2101Q1", "--out", str(f / "q.pdf")],
        ("2101Q1", "1900 to 2100"),
    ),
    "kit of a 23-digit id": lambda f: (
        ["kit", "99999999999999999999999", "--out", str(f / "k.pdf")],
        ("No contact with the id or email 99999999999999999999999",),
    ),
    "kit of a superscript digit": lambda f: (
        ["kit", "²", "--out", str(f / "k.pdf")],
        ("No contact with the id or email ²",),
    ),
    "report to an existing folder": lambda f: (
        ["report", "--quarter", "2026Q1", "--out", a_folder(f, "folder.pdf")],
        ("folder.pdf is a folder",),
    ),
    "export to an existing folder": lambda f: (
        ["export", a_folder(f, "folder.json")],
        ("folder.json is a folder",),
    ),
    "audit export to an existing folder": lambda f: (
        ["audit", "export", "--out", a_folder(f, "folder.json")],
        ("folder.json is a folder",),
    ),
    "report to a device": lambda f: (
        ["report", "--quarter", "2026Q1", "--out", link(f, "device.pdf", "/dev/full")],
        ("device.pdf is not a regular file",),
    ),
    "export to a device": lambda f: (
        ["export", link(f, "device.json", "/dev/null")],
        ("device.json is not a regular file",),
    ),
    "kit to a device": lambda f: (
        ["kit", "1", "--out", link(f, "device.pdf", "/dev/full")],
        ("device.pdf is not a regular file",),
    ),
    "report into a missing folder": lambda f: (
        ["report", "--quarter", "2026Q1", "--out", str(f / "missing" / "q.pdf")],
        ("does not exist",),
    ),
    "a CSV linked to /dev/zero": lambda f: (
        ["import", link(f, "zero.csv", "/dev/zero")],
        ("zero.csv is not a regular file",),
    ),
    "a CSV that is a named pipe": lambda f: (
        ["import", fifo(f, "pipe.csv")],
        ("pipe.csv is not a regular file",),
    ),
    "a book file that is a named pipe": lambda f: (
        ["import", fifo(f, "pipe.json")],
        ("pipe.json is not a regular file",),
    ),
    "a CSV larger than the cap": lambda f: (
        ["import", sparse(f, "huge.csv", 513 * 2**20)],
        ("huge.csv is larger than 512 MB",),
    ),
    "an unclosed quote in a CSV": lambda f: (
        [
            "import",
            write(
                f,
                "open.csv",
                CSV_HEAD + 'Zoe,Lima,zoe@example.com,"likes golf\n'
                "Yan,Reis,yan@example.com,\nXia,Chen,xia@example.com,\n",
            ),
        ],
        ("row 2", "never closed"),
    ),
    "text after a closing quote": lambda f: (
        [
            "import",
            write(f, "after.csv", CSV_HEAD + 'Zoe,Lima,zoe@example.com,"golf" and tennis\n'),
        ],
        ("row 2", "closing quote"),
    ),
    "a line break in a name": lambda f: (
        ["import", write(f, "break.csv", CSV_HEAD + '"Zoe\nYan",Lima,zoe@example.com,\n')],
        ("row 2, first_name", "line break"),
    ),
    "a line break in an email": lambda f: (
        ["import", write(f, "mail.csv", CSV_HEAD + 'Zoe,Lima,"zoe@exa\nmple.com",\n')],
        ("row 2, email", "line break"),
    ),
    "more cells than the header": lambda f: (
        ["import", write(f, "wide.csv", CSV_HEAD + "Zoe,Lima,zoe@example.com,,Boston\n")],
        ("row 2", "5 cells but the header row has 4"),
    ),
    "the same email twice in a CSV": lambda f: (
        [
            "import",
            write(
                f,
                "twice.csv",
                CSV_HEAD + "Zoe,Lima,zoe@example.com,\n"
                "Yan,Reis,yan@example.com,\nZoe,Lima,ZOE@example.com ,\n",
            ),
        ],
        ("row 4, email", "the same email as row 2"),
    ),
    "an escape sequence in a name": lambda f: (
        ["import", write(f, "escape.csv", CSV_HEAD + "Zoe,\x1b[31mLima,zoe@example.com,\n")],
        ("row 2, last_name", "control character (U+001B)"),
    ),
    "a C1 control in notes": lambda f: (
        ["import", write(f, "c1.csv", CSV_HEAD + "Zoe,Lima,zoe@example.com,call \x9b back\n")],
        ("row 2, notes", "control character (U+009B)"),
    ),
    "a bidi override in a name": lambda f: (
        ["import", write(f, "bidi.csv", CSV_HEAD + "Zoe,\u202eamiL,zoe@example.com,\n")],
        ("row 2, last_name", "bidirectional control character (U+202E)"),
    ),
    "a demo of a hundred million clients": lambda f: (
        ["demo", "--clients", "100000000"],
        ("at most 1,000,000 clients",),
    ),
    "audit export with days reversed": lambda f: (
        [
            "audit",
            "export",
            "--from",
            "2026-05-01",
            "--to",
            "2026-04-01",
            "--out",
            str(f / "a.json"),
        ],
        ("comes before",),
    ),
    "audit export of year 0": lambda f: (
        ["audit", "export", "--from", "0000-01-01", "--out", str(f / "a.json")],
        ("YYYY-MM-DD",),
    ),
}


def _kits_folder(folder: Path) -> str:
    kits = folder / "kits"
    kits.mkdir(exist_ok=True)
    for name in os.listdir(kits):
        (kits / name).unlink()
    run(["--db", str(folder / "unused.sqlite3"), "--version"])  # nothing: just a folder
    return str(kits) + "/"


@pytest.mark.parametrize("case", list(BOOK_CASES), ids=list(BOOK_CASES))
def test_a_hostile_command_is_refused_and_changes_nothing(
    books: Books, tmp_path: Path, case: str
) -> None:
    if case == "kits over existing kits":
        # The first batch makes the kits; the second would replace them.
        kits = _kits_folder(tmp_path)
        assert run(["--db", books.full.target, "kit", "1", "2", "--out", kits])[0] == 0
        names = sorted(os.listdir(kits))
        argv = ["kit", "1", "2", "--out", kits]
        refused(
            books.full, tmp_path, ["--db", books.full.target, *argv], "already in", "--overwrite"
        )
        assert sorted(os.listdir(kits)) == names
        assert run(["--db", books.full.target, *argv, "--overwrite"])[0] == 0
        return
    argv, expected = BOOK_CASES[case](tmp_path)
    refused(books.full, tmp_path, ["--db", books.full.target, *argv], *expected)


def book_file(folder: Path, name: str, text: str) -> str:
    return write(folder, name, '{"format": "advisor-referrals-book", "version": 1, ' + text + "}")


REFERRAL = (
    '"contacts": [{"key": "c1", "first_name": "Ana", "last_name": "Souza"}, '
    '{"key": "c2", "first_name": "Bia", "last_name": "Lima"}], '
    '"referrals": [{"key": "r1", "referrer": "c1", "referred": "c2", '
    '"received_on": "2026-07-01", "compensation": {"kind": "cash", "value": VALUE}}]'
)

BOOK_FILE_CASES: dict[str, Case] = {
    "money 1e400": lambda f: (
        ["import", book_file(f, "m1.json", REFERRAL.replace("VALUE", '"1e400"'))],
        ("referrals[r1], compensation.value", "between 0 and 99999999.99"),
    ),
    "money of 31 digits": lambda f: (
        ["import", book_file(f, "m2.json", REFERRAL.replace("VALUE", '"' + "9" * 31 + '"'))],
        ("referrals[r1], compensation.value", "between 0 and 99999999.99"),
    ),
    "money as a JSON number 1e400": lambda f: (
        ["import", book_file(f, "m3.json", REFERRAL.replace("VALUE", "1e400"))],
        ("compensation.value",),
    ),
    "a key given twice": lambda f: (
        [
            "import",
            book_file(
                f,
                "dup.json",
                '"contacts": [{"key": "c1", "first_name": "Ana", '
                '"last_name": "Souza", "email": "ana@example.com",\n'
                '  "email": "someone@else.example"}]',
            ),
        ],
        ('the key "email" appears twice', "line 1, column"),
    ),
    "markup as the advisor's phone": lambda f: (
        [
            "import",
            book_file(
                f,
                "phone.json",
                '"advisor": {"name": "Maria", "phone": "<font color=\\"red\\">555</font>"}',
            ),
        ],
        ("advisor, phone", "phone number"),
    ),
    "a javascript: website": lambda f: (
        [
            "import",
            book_file(
                f, "site.json", '"advisor": {"name": "Maria", "website": "javascript:alert(1)"}'
            ),
        ],
        ("advisor, website", "web address"),
    ),
    "an escape in the advisor's name": lambda f: (
        ["import", book_file(f, "name.json", '"advisor": {"name": "Maria\\u001b[2J"}')],
        ("advisor, name", "control character (U+001B)"),
    ),
    "a control character in a trigger kind": lambda f: (
        [
            "import",
            book_file(
                f,
                "kind.json",
                '"trigger_kinds": [{"key": "boat", "label": "Buying a boat\\u0007"}]',
            ),
        ],
        ("trigger_kinds[boat], label", "control character (U+0007)"),
    ),
    "the version as text": lambda f: (
        [
            "import",
            write(f, "version.json", '{"format": "advisor-referrals-book", "version": "1"}'),
        ],
        ('"version" must be a whole number', 'it is "1"'),
    ),
}


@pytest.mark.parametrize("case", list(BOOK_FILE_CASES), ids=list(BOOK_FILE_CASES))
def test_a_hostile_book_file_is_refused_and_the_empty_book_stays_empty(
    books: Books, tmp_path: Path, case: str
) -> None:
    argv, expected = BOOK_FILE_CASES[case](tmp_path)
    refused(books.empty, tmp_path, ["--db", books.empty.target, *argv], *expected)


# Cases about --db itself: no book is reached, whatever the backend.
DB_CASES: dict[str, Callable[[Path], tuple[str, tuple[str, ...]]]] = {
    "a folder": lambda f: (a_folder(f, "books"), ("is a folder, not a book file",)),
    "a dangling link": lambda f: (
        link(f, "gone.sqlite3", str(f / "nowhere" / "book.sqlite3")),
        ("gone.sqlite3 is a link to", "which does not exist"),
    ),
    "a loop of links": lambda f: (_loop(f), ("a loop of links",)),
    "a device": lambda f: ("/dev/null", ("/dev/null is not a regular file",)),
    "mysql": lambda f: ("mysql://advisor:pw@db.example/practice", ("mysql is not supported",)),
    "an unknown driver": lambda f: (
        "postgresql+nosuchdriver://advisor@db.example/practice",
        ("'postgresql+nosuchdriver' is not a kind of database",),
    ),
    "a port that is not a number": lambda f: (
        "postgresql+psycopg://advisor@db.example:fivefourthree/practice",
        ("is not understood",),
    ),
    "no database named": lambda f: (
        "postgresql+psycopg://advisor@db.example",
        ("names no database",),
    ),
    "a password with an unescaped @": lambda f: (
        "postgresql://advisor:hunter@22@db.example/practice",
        ("cannot be read", "%40"),
    ),
    "a password with an unescaped /": lambda f: (
        "postgresql://advisor:hun/ter22@db.example/practice",
        ("cannot be read", "%2F"),
    ),
    "a book missing a table": lambda f: (_missing_table(f), ("missing its reviews table",)),
    "a file that is no book": lambda f: (
        write(f, "notes.sqlite3", "shopping list\n"),
        ("not an Advisor Referrals book",),
    ),
}


def _loop(folder: Path) -> str:
    link(folder, "loop-a.sqlite3", str(folder / "loop-b.sqlite3"))
    return link(folder, "loop-b.sqlite3", str(folder / "loop-a.sqlite3"))


def _missing_table(folder: Path) -> str:
    import sqlite3

    path = folder / "torn.sqlite3"
    open_book(str(path)).close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE reviews")
    connection.close()
    return str(path)


@pytest.mark.parametrize("case", list(DB_CASES), ids=list(DB_CASES))
def test_a_hostile_book_location_is_refused_without_touching_it(tmp_path: Path, case: str) -> None:
    target, expected = DB_CASES[case](tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, said = run(["--db", target, "export", str(tmp_path / "out.json")])
    assert code == 2, said
    assert "Traceback" not in said and "unexpected fault" not in said, said
    for fragment in expected:
        assert fragment in said, f"{fragment!r} not in: {said}"
    for secret in ("hunter", "ter22", "hun/"):
        assert secret not in said, "the message shows part of the password"
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "something was made"


def test_a_password_never_shows_in_a_message(pg_server: PostgresServer, tmp_path: Path) -> None:
    """Even when the server is reached and refuses, or is not there at all."""
    for target in (
        f"postgresql+psycopg://advisor:s3cr%40t-pass@127.0.0.1:{pg_server.port}/no_such_book",
        "postgresql+psycopg://advisor:s3cr%40t-pass@127.0.0.1:1/practice",
    ):
        code, said = run(["--db", target, "audit", "verify"])
        assert code == 2, said
        assert "s3cr" not in said and "t-pass" not in said, said
        assert "***" in said


def test_a_formula_after_leading_spaces_is_guarded_on_export(books: Books, tmp_path: Path) -> None:
    service = ContactService(books.full)
    contact = service.create(
        ContactFields(first_name="Zed", last_name="Formula", notes='  =HYPERLINK("x")')
    )
    out = tmp_path / "contacts.csv"
    try:
        assert run(["--db", books.full.target, "export", str(out)])[0] == 0
        line = next(row for row in out.read_text(encoding="utf-8-sig").splitlines() if "Zed" in row)
        assert "'  =HYPERLINK" in line
    finally:
        with books.full.write() as session:  # leave the shared book as the other cases found it
            from advisor_referrals.storage.models import ContactRow

            session.delete(session.get(ContactRow, contact.id))


# Read-only and unreadable books: as a user who cannot override permissions.


def restricted(argv: list[str]) -> tuple[int, str]:
    """The command in a process that file permissions bind (root without the capability
    to override them; anyone else as they are)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "advisor_referrals", *argv],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return done.returncode, done.stdout + done.stderr


@pytest.fixture
def small_book(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "book.sqlite3"
    book = open_book(str(path))
    make_demo_book(book, clients=6, seed=2)
    book.close()
    return path


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_book_is_read_not_called_damaged(small_book: Path, locked: str) -> None:
    out = small_book.parent.parent / "out"
    out.mkdir()
    (small_book if locked == "file" else small_book.parent).chmod(
        0o400 if locked == "file" else 0o500
    )
    before = small_book.read_bytes()
    try:
        db = ["--db", str(small_book)]
        code, said = restricted([*db, "export", str(out / "book.json")])
        assert code == 0, said
        assert "read-only, so this export is not in its audit trail" in said
        for argv in (
            ["report", "--quarter", "2026Q1", "--out", str(out / "q.pdf")],
            ["audit", "verify"],
            ["audit", "export", "--out", str(out / "audit.json")],
            ["import", "--dry-run", write(out, "one.csv", CSV_HEAD + "Zoe,Lima,,\n")],
        ):
            code, said = restricted([*db, *argv])
            assert code == 0, said
        for argv in (
            ["import", str(out / "one.csv")],
            ["kit", "1", "--out", str(out / "kit.pdf")],
        ):
            code, said = restricted([*db, *argv])
            assert code == 2, said
            assert "is read-only" in said and "damaged" not in said, said
        assert sorted(os.listdir(small_book.parent)) == ["book.sqlite3"], "nothing beside it"
        assert small_book.read_bytes() == before
    finally:
        small_book.chmod(0o600)
        small_book.parent.chmod(0o700)


def test_an_unreadable_book_and_a_read_only_out_folder_are_named(small_book: Path) -> None:
    out = small_book.parent.parent / "locked-out"
    out.mkdir(mode=0o500)
    small_book.chmod(0o000)
    try:
        code, said = restricted(["--db", str(small_book), "export", str(out / "b.json")])
        assert code == 2, said
        assert "cannot be read" in said and "permission" in said
    finally:
        small_book.chmod(0o600)
    for argv in (
        ["report", "--quarter", "2026Q1", "--out", str(out / "q.pdf")],
        ["export", str(out / "b.json")],
        ["kit", "1", "--out", str(out / "kit.pdf")],
        ["audit", "export", "--out", str(out / "a.json")],
        ["backup", "--out", str(out / "b.sqlite3")],
    ):
        code, said = restricted(["--db", str(small_book), *argv])
        assert code == 2, said
        assert f"the folder {out} is read-only for you" in said, said
    out.chmod(0o700)
    assert os.listdir(out) == []


@pytest.mark.parametrize("backup", ["a folder", "a named pipe", "a device"])
def test_a_backup_that_is_not_a_file_is_refused(
    small_book: Path, tmp_path: Path, backup: str
) -> None:
    source = {
        "a folder": lambda: a_folder(tmp_path, "backups"),
        "a named pipe": lambda: fifo(tmp_path, "pipe.sqlite3"),
        "a device": lambda: "/dev/zero",
    }[backup]()
    before = small_book.read_bytes()
    code, said = run(["--db", str(small_book), "restore", source])
    assert code == 2, said
    assert "is a folder, not a backup" in said or "is not a regular file" in said
    assert small_book.read_bytes() == before


def test_a_name_with_an_escape_from_an_older_book_is_shown_not_run(
    small_book: Path, tmp_path: Path
) -> None:
    """Books written before control characters were refused may hold them: reports still
    come out and the terminal is shown the escape, never sent it."""
    import sqlite3

    connection = sqlite3.connect(small_book)
    connection.execute("UPDATE contacts SET last_name = 'Lima\x1b[2J\x07'")
    connection.commit()
    connection.close()
    db = ["--db", str(small_book)]
    code, said = run([*db, "report", "--quarter", "2026Q1", "--out", str(tmp_path / "q.xlsx")])
    assert code == 0, said
    from openpyxl import load_workbook

    cells = [
        str(value)
        for sheet in load_workbook(tmp_path / "q.xlsx").worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert any("Lima\ufffd[2J\ufffd" in cell for cell in cells), "the names are in the workbook"
    code, said = run([*db, "kit", "1", "--out", str(tmp_path / "kit.pdf")])
    assert code == 0, said
    assert "\x1b" not in said and "\x07" not in said
    assert "Lima\\u001b[2J\\u0007" in said


def test_replacing_a_book_in_a_read_only_folder_is_refused_before_any_copy(
    small_book: Path, tmp_path: Path
) -> None:
    backup_file = tmp_path / "backup.sqlite3"
    assert run(["--db", str(small_book), "backup", "--out", str(backup_file)])[0] == 0
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    desk = small_book.parent
    before = small_book.read_bytes()
    os.environ["ADVISOR_REFERRALS_NEW_PASSPHRASE"] = "correct horse battery"
    try:
        desk.chmod(0o500)
        for argv in (["restore", str(backup_file)], ["encrypt"]):
            code, said = restricted(["--db", str(small_book), *argv])
            assert code == 2, said
            assert "read-only for you" in said, said
        desk.chmod(0o700)
        code, said = restricted(
            ["--db", str(small_book), "encrypt", "--keep-plain", str(locked / "plain.sqlite3")]
        )
        assert code == 2, said
        assert f"the folder {locked} does not exist or is read-only for you" in said
    finally:
        desk.chmod(0o700)
        del os.environ["ADVISOR_REFERRALS_NEW_PASSPHRASE"]
    assert sorted(os.listdir(desk)) == ["book.sqlite3"], "no copy left behind"
    assert small_book.read_bytes() == before
