"""Filling test books quickly, and looking at their files from outside."""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import selectinload

from advisor_referrals.domain.names import name_sort_key
from advisor_referrals.storage import search
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow


def add_contacts(book: Book, count: int, *, city: str = "Springfield", start: int = 0) -> None:
    """`count` contacts in one transaction, the way a bulk import writes them."""
    rows = []
    for i in range(start, start + count):
        first, last, email = f"Client{i}", f"Family{i % 97}", f"client{i}@example.com"
        rows.append(
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "city": city,
                "relationship": "client",
                "notes": f"Met at the {city} golf club; two children; plans to retire soon.",
                "search_text": search.search_text(
                    first_name=first, last_name=last, email=email, city=city
                ),
            }
        )
    with book.write() as session:
        session.execute(insert(ContactRow), rows)


def count_contacts(book: Book, city: str | None = None) -> int:
    with book.session() as session:
        query = select(func.count(ContactRow.id))
        if city is not None:
            query = query.where(ContactRow.city == city)
        return session.scalar(query) or 0


def checkpoint(book: Book) -> None:
    """Fold the write-ahead log into the main file, so the file alone is the whole book."""
    with book.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("ready", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def open_in_another_process(path: Path) -> Iterator[None]:
    """Another window: a separate process with the book open until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()


def not_as_saved(book: Book) -> list[tuple[int, str]]:
    """Contacts whose stored search text or name sort key differ from what saving the
    contact through the app would write (`storage.search`, before every flush)."""
    differing = []
    with book.session() as session:
        rows = session.scalars(
            select(ContactRow).options(
                selectinload(ContactRow.tags), selectinload(ContactRow.household)
            )
        ).all()
        assert rows
        for row in rows:
            saved = (search.search_text_of(row), name_sort_key(row.first_name, row.last_name))
            if (row.search_text, bytes(row.name_key)) != saved:
                differing.append((row.id, row.search_text))
    return differing
