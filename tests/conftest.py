"""Test set-up: headless Qt, private user folders, and books on SQLite and a real PostgreSQL."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Keep the tests away from the real user's books, settings and logs.
_USER_HOME = tempfile.mkdtemp(prefix="advisor-referrals-home-")
if "QT_QPA_PLATFORM" not in os.environ:
    # Headless Qt on a laptop's screen: 1280x800 unless a test that starts a fresh
    # process asks for another (tests/ui/fresh_process.py).
    from tests.support.screen import offscreen_platform

    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(Path(_USER_HOME))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_USER_HOME, _var.lower())
os.environ.pop("ADVISOR_REFERRALS_DB", None)
os.environ["ADVISOR_REFERRALS_USER"] = "tester"

import pytest  # noqa: E402

from advisor_referrals.storage.book import Book  # noqa: E402
from advisor_referrals.storage.opening import open_book  # noqa: E402
from tests.support.desks import asks_password  # noqa: E402, F401 - a fixture
from tests.support.postgres import PostgresServer, find_bin_dir  # noqa: E402
from tests.support.practice import practice, practice_template  # noqa: E402, F401 - fixtures

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _patient_waits() -> None:
    """pytest-qt's waits give up after 5 s unless told otherwise. A wait ends as soon as
    what it waits for happens, so a longer ceiling costs a passing test nothing; on a
    shared two-core machine under load, page loads off the UI thread took longer than 5 s
    and tests failed that pass on a quiet one. Waits that name their own timeout keep it."""
    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
        defaults = getattr(QtBot, name).__kwdefaults__
        defaults["timeout"] = max(defaults["timeout"], PATIENT_WAIT_MS)


PATIENT_WAIT_MS = 20_000
_patient_waits()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL is not installed; run the tests with `make test`, which installs it",
            pytrace=False,
        )
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A migrated, empty book that each PostgreSQL test copies (much faster than migrating)."""
    name = pg_server.create_database()
    book = open_book(pg_server.url(name))
    book.close()
    return name


def _close(book: Book) -> None:
    # Background reads a UI test started may still hold a connection: closing the book
    # under them would leave that connection to the garbage collector (a ResourceWarning,
    # an error here, raised later in whichever test happens to run then).
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
    book.close()


@pytest.fixture
def sqlite_book(tmp_path: Path) -> Iterator[Book]:
    book = open_book(str(tmp_path / "book.sqlite3"))
    yield book
    _close(book)


@pytest.fixture
def pg_book(pg_server: PostgresServer, pg_template: str) -> Iterator[Book]:
    name = pg_server.create_database(template=pg_template)
    book = open_book(pg_server.url(name))
    yield book
    _close(book)
    pg_server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def book(request: pytest.FixtureRequest) -> Book:
    """The same test on an embedded SQLite book and on a shared PostgreSQL book."""
    name = "sqlite_book" if request.param == "sqlite" else "pg_book"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]
