"""Another person at another desk, on the same book.

On SQLite a desk is who the app says it is (ADVISOR_REFERRALS_USER, or `user=`). On
PostgreSQL the audit trail names the server session's role whatever the app says
(docs/design.md, "A practice"), so another desk signs in as a role of its own: here an
all-powerful one, as a single-role book's desks were before a practice set up members.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url

from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book


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
