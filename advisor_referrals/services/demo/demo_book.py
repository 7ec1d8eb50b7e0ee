"""The demo book: a realistic, reproducible book that a new user sees first and benchmarks use.

`generate_demo_data` returns a whole book in the JSON book format (docs/design.md, "Contracts");
`make_demo_book` writes the same book into an empty book (`demo_writer`). With N contacts the book holds N/2
referrals, 3N reviews and 2N triggers (the benchmark book is N = 100,000), and the
asks for introductions that came before some of them; the referral program (programs,
goals, client events, kits with their codes, rewards) is laid over it (`program_demo`).
Everything
is dated relative to `today`, so the Today view always has current follow-ups,
thank-yous owed and reviews due; the same seed and day give the same book.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from advisor_referrals.domain.errors import BookError, BookNotEmptyError
from advisor_referrals.services.demo.demo_generation import demo_parts, demo_people
from advisor_referrals.services.demo.demo_records import (
    ask_record,
    contact_record,
    referral_record,
    review_record,
    trigger_record,
)
from advisor_referrals.services.demo.demo_writer import write_demo
from advisor_referrals.services.demo.people import IsoDates
from advisor_referrals.services.demo.practice_people import add_members, give_tasks
from advisor_referrals.services.imports.bulk_writer import BulkWriter
from advisor_referrals.services.imports.gc_pause import paused_gc
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewRow, TriggerRow


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    households: int
    referrals: int
    reviews: int
    triggers: int
    location: str = ""
    seconds: float = 0.0

    def __str__(self) -> str:
        where = f" in {self.location}" if self.location else ""
        return (
            f"Demo book ready{where}: {self.contacts:,} contacts ({self.households:,} households), "
            f"{self.referrals:,} referrals, {self.reviews:,} reviews, "
            f"{self.triggers:,} conversation triggers ({self.seconds:.1f} s)."
        )


def generate_demo_data(
    clients: int, seed: int, today: date, *, practice: bool = False
) -> dict[str, Any]:
    """A whole demo book with `clients` contacts, as the parsed JSON book file.

    `practice`: the advisors of record are the demo members' roles, not their names.
    """
    parts = demo_parts(clients, seed, today, practice=practice)
    day = today.toordinal()
    iso = IsoDates(day - 16 * 365, day + 100)
    return {
        **parts.header,
        "contacts": [contact_record(p, iso) for p in parts.people],
        # Before the referrals: reading the triggers gives those they name their keys.
        "triggers": [trigger_record(t, iso) for t in parts.triggers.records()],
        "referrals": [referral_record(r, iso) for r in parts.referrals],
        "reviews": [review_record(r, iso) for r in parts.reviews.records()],
        "asks": [ask_record(a, iso) for a in parts.asks],
        **parts.program,
    }


def check_empty(book: Book) -> None:
    with book.session() as session:
        counts = {
            "contacts": session.scalar(select(func.count()).select_from(ContactRow)) or 0,
            "referrals": session.scalar(select(func.count()).select_from(ReferralRow)) or 0,
            "reviews": session.scalar(select(func.count()).select_from(ReviewRow)) or 0,
            "triggers": session.scalar(select(func.count()).select_from(TriggerRow)) or 0,
        }
    held = ", ".join(f"{n:,} {what}" for what, n in counts.items() if n)
    if held:
        raise BookNotEmptyError(
            f"the book at {book.location} already holds {held}; the demo fills only an empty "
            "book. Choose a new book with --db PATH (a file that does not exist yet)."
        )


# The largest book the benchmarks are held to (docs/design.md, "Budgets"); far beyond
# it the generator alone needs gigabytes.
MAX_CLIENTS = 1_000_000
# Chunks of rows (5,000 each) that may wait for PostgreSQL while it builds a table's
# indexes: the rows are made as they are written, and would otherwise pile up in memory.
COPIES_WAITING = 8


def make_demo_book(
    book: Book,
    *,
    clients: int = 250,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty book with the demo book; refuses a book that holds anything.

    Written straight from the generated people and events (`demo_writer`), in one
    transaction, as importing its book file would (docs/design.md, "Budgets": a
    million contacts within 3 minutes and 1.5 GB). On a practice book (loaded by its
    administrator) the demo's people become members.
    """
    from advisor_referrals.services.book_file.importing import (
        EMPTY_TABLES,
        SUMMARY_ORDER,
        ensure_empty,
    )
    from advisor_referrals.services.book_file.reference_checks import ForeignKeysSetAside
    from advisor_referrals.services.imports.summary import ImportSummary
    from advisor_referrals.services.practice.members import PracticeService

    if not 1 <= clients <= MAX_CLIENTS:
        raise BookError(f"a demo book has from 1 to {MAX_CLIENTS:,} clients, not {clients:,}")
    started = time.perf_counter()
    check_empty(book)
    day = today or date.today()
    practice = PracticeService(book).is_practice
    if practice:
        add_members(book)
    step(progress, 0, 1, "Generating the demo book…")
    book_writer = BookWriter(book, "book")
    # Millions of records live until the end: collecting meanwhile would free nothing.
    with paused_gc():
        found = demo_people(clients, seed, day, practice=practice)
        with (
            book_writer.transaction(check_references=False) as session,  # the writer's own ids
            # PostgreSQL: copied and indexed behind the load, each contact written with
            # its last review's date (`write_demo`).
            BulkWriter(
                session,
                rebuild_indexes=EMPTY_TABLES,
                write_behind=True,
                last_reviews_given=not book.is_sqlite,
                copies_waiting=COPIES_WAITING,
            ) as writer,
        ):
            ensure_empty(session, book)
            # PostgreSQL checks each row's references again: once per key, each table's
            # as soon as it is written (`write_demo`), the rest at the end.
            foreign_keys = ForeignKeysSetAside(session, EMPTY_TABLES)
            counts = write_demo(session, writer, found, progress, foreign_keys)
            del found
            writer.finish()
            foreign_keys.restore()
            summary = ImportSummary(
                source="the demo book",
                what="book file",
                dry_run=False,
                counts={noun: counts[noun] for noun in SUMMARY_ORDER},
            )
            book_writer.audit(
                session,
                "import",
                None,
                f"Imported the book file the demo book: {summary.described_counts()}",
            )
    give_tasks(book, practice, day)
    return DemoSummary(
        contacts=counts["contacts"],
        households=counts["households"],
        referrals=counts["referrals"],
        reviews=counts["reviews"],
        triggers=counts["triggers"],
        location=book.location,
        seconds=time.perf_counter() - started,
    )
