"""Another person at another desk, on the same book.

On SQLite a desk is who the app says it is (ADVISOR_REFERRALS_USER, or `user=`). On
PostgreSQL the audit trail names the server session's role whatever the app says
(docs/design.md, "A practice"), so another desk signs in as a role of its own: here an
all-powerful one, as a single-role book's desks were before a practice set up members.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from tests.support.postgres import PostgresServer

PASSWORD_ROLE, SECRET = "pw_member", "s3cret/with@odd:chars"


def ensure_role(book: Book, name: str, *, superuser: bool = True) -> None:
    """A login role on the book's server (roles are the whole server's, made once)."""
    with book.engine.connect() as connection:
        exists = connection.scalar(
            text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n)"), {"n": name}
        )
        if not exists:
            power = " SUPERUSER" if superuser else ""
            connection.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN{power}')
            connection.commit()


def url_as(book: Book, name: str) -> str:
    return make_url(book.target).set(username=name).render_as_string(hide_password=False)


def open_as(book: Book, name: str) -> Book:
    """The book as the person `name` opens it at their own desk."""
    if book.is_sqlite:
        return open_book(book.target, user=name)
    ensure_role(book, name)
    return open_book(url_as(book, name))


@pytest.fixture
def asks_password(pg_server: PostgresServer, pg_book: Book) -> str:
    """The URL of a role the server signs in by password only (scram-sha-256)."""
    ensure_role(pg_book, PASSWORD_ROLE)
    with pg_book.engine.connect() as connection:
        connection.exec_driver_sql(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{SECRET}'")
        hba = pg_server.data / "pg_hba.conf"
        rule = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
        text_ = hba.read_text()
        if rule not in text_:
            hba.write_text(rule + text_)  # the first matching line decides
        connection.exec_driver_sql("SELECT pg_reload_conf()")
        connection.commit()
    return url_as(pg_book, PASSWORD_ROLE)
