"""The book file's `asks` section: asking a client for an introduction, and how it went.

Optional, like every section newer than the first book files: a file without it imports
with no asks. Each ask names its client by the file's contact key and, when it led to an
introduction that was recorded, the referral by its key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select

from advisor_referrals.domain.asks import (
    ASK_MINUTES_MAX,
    AskFields,
    AskMethod,
    AskOutcome,
    validate_ask,
)
from advisor_referrals.domain.enums import allowed
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.records import Record, filled
from advisor_referrals.services.book_file.stored_rows import day
from advisor_referrals.services.book_file.table_columns import ASK_COLUMNS
from advisor_referrals.services.imports.load_order import table

if TYPE_CHECKING:
    from advisor_referrals.services.book_file.loader import BookLoader

_PLACEHOLDER_DAY = date(2000, 1, 1)


def load_asks(loader: BookLoader) -> None:
    """Check every ask of the file and, while the file has no problem, write it."""
    rows = loader.rows
    if rows is not None:
        rows.layout("asks", ASK_COLUMNS)
    for index, item in loader.records("asks", "ask"):
        record = Record(f"asks #{index}", item, loader.problems)
        record.check_fields(fmt.ASK_FIELDS)
        contact = loader.required_reference(record, "contact", loader.contact_ids, "contact")
        referral = record.reference("referral", loader.referral_ids, "referral")
        if referral is not None and contact is not None and loader.referrers[referral] != contact:
            record.bad("referral", item.get("referral"), "must be a referral this contact made")
        method = record.choice("method", AskMethod)
        outcome = record.choice("outcome", AskOutcome)
        for name, enum, value in (("method", AskMethod, method), ("outcome", AskOutcome, outcome)):
            if value is None and item.get(name) is None:
                record.bad(name, None, f"missing; allowed: {allowed(enum)}")
        fields = filled(
            AskFields,
            {
                "contact_id": contact or 0,
                "asked_on": record.date("asked_on", required=True) or _PLACEHOLDER_DAY,
                "method": method or AskMethod.CALL,
                "outcome": outcome or AskOutcome.NOT_NOW,
                "referral_id": referral,
                "notes": record.text("notes"),
                "minutes": record.whole("minutes", 0, ASK_MINUTES_MAX) or 0,
            },
        )
        loader.problems += validate_ask(fields, record.where)
        loader.counts["asks"] += 1
        if rows is not None and not loader.problems:
            rows.add(
                "asks",
                (
                    loader.new_id("asks"),
                    fields.contact_id,
                    day(fields.asked_on),
                    fields.method.value,
                    fields.outcome.value,
                    fields.referral_id,
                    fields.notes,
                    fields.minutes,
                    *rows.stamps,
                ),
            )
    if rows is not None:
        rows.flush()


def ask_records(
    rows: Callable[[Select[Any]], Iterable[Any]],
    contact_keys: Mapping[int, str],
    referral_keys: Mapping[int, str],
) -> Iterator[dict[str, Any]]:
    """The book's asks in id order, as the file writes them (after the referrals, whose
    keys they use)."""
    asks = table("asks")
    for row in rows(select(asks).order_by(asks.c.id)):
        yield {
            "contact": contact_keys[row.contact_id],
            "asked_on": row.asked_on.isoformat(),
            "method": row.method,
            "outcome": row.outcome,
            "referral": referral_keys.get(row.referral_id) if row.referral_id else None,
            "notes": row.notes,
            "minutes": row.minutes,
        }
