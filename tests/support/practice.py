"""A practice book on the test server: set up by its administrator, each member their own role.

The practice is made once per test session (init, then four members) and copied for
each test; the copy is brought up to date with `practice init` again, which grants the
copy's database to the practice's groups as on a real server.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest

from advisor_referrals.domain.practice import BookMode, MemberKind
from advisor_referrals.services.practice.administration import PracticeAdministration
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

# Role names are the whole server's: these are made once, in the template.
ADVISOR, OTHER_ADVISOR, ASSISTANT, COMPLIANCE = "dana", "lee", "sam", "cora"
MEMBERS = (
    (ADVISOR, MemberKind.ADVISOR, (), "Dana Whitfield"),
    (OTHER_ADVISOR, MemberKind.ADVISOR, (), "Lee Okafor"),
    (ASSISTANT, MemberKind.ASSISTANT, (ADVISOR,), "Sam Reyes"),
    (COMPLIANCE, MemberKind.COMPLIANCE, (), "Cora Lind"),
)


@dataclass
class PracticeBook:
    server: PostgresServer
    database: str
    admin: Book  # the administrator's own connection (the test server's superuser)
    opened: list[Book] = field(default_factory=list)

    def url(self, role: str) -> str:
        return f"postgresql+psycopg://{role}@127.0.0.1:{self.server.port}/{self.database}"

    def open_as(self, role: str) -> Book:
        """The book as the member's app opens it: signed in as their own role."""
        book = open_book(self.url(role))
        self.opened.append(book)
        return book

    def sql_as(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        """A raw connection with the member's credentials, as psql would make it."""
        return psycopg.connect(
            f"host=127.0.0.1 port={self.server.port} user={role} dbname={self.database}"
        )

    def close(self) -> None:
        for book in self.opened:
            book.close()
        self.admin.close()


def make_template(server: PostgresServer, migrated: str) -> str:
    name = server.create_database(template=migrated)
    admin = open_book(server.url(name), upgrade=False)
    try:
        administration = PracticeAdministration(admin)
        administration.init(BookMode.SEPARATE)
        for role, kind, works_for, display in MEMBERS:
            administration.add_member(role, kind, works_for=works_for, display_name=display)
    finally:
        admin.close()
    return name


def practice_book(server: PostgresServer, template: str) -> Iterator[PracticeBook]:
    name = server.create_database(template=template)
    admin = open_book(server.url(name), upgrade=False)
    PracticeAdministration(admin).init()
    practice = PracticeBook(server, name, admin)
    try:
        yield practice
    finally:
        practice.close()


@pytest.fixture(scope="session")
def practice_template(pg_server: PostgresServer, pg_template: str) -> str:
    return make_template(pg_server, pg_template)


@pytest.fixture
def practice(pg_server: PostgresServer, practice_template: str) -> Iterator[PracticeBook]:
    yield from practice_book(pg_server, practice_template)
