"""The book file's `reviews` section: portfolio reviews booked, held, missed or cancelled.

A review may say it was rescheduled from another one later in the file, so those links
are written once every review is in. Each contact's last review date is kept as the
reviews go by (`last_reviews`), not by an update over every contact at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.domain.reviews import ReviewFields, validate_review
from advisor_referrals.services.book_file import format as fmt
from advisor_referrals.services.book_file.records import Record, filled
from advisor_referrals.services.book_file.stored_rows import day, stored
from advisor_referrals.services.book_file.table_columns import REVIEW_COLUMNS
from advisor_referrals.services.imports.load_order import table

if TYPE_CHECKING:
    from advisor_referrals.services.book_file.loader import BookLoader


def load_reviews(loader: BookLoader) -> None:
    """Check every review of the file and, while the file has no problem, write it; then
    link the reschedules and correct each contact's last review date."""
    pending: list[tuple[Record, int, Any]] = []
    rows = loader.rows
    if rows is not None:
        rows.layout("reviews", REVIEW_COLUMNS)
        stamps = rows.stamps
    for index, item in loader.records("reviews", "review"):
        record, key = loader.keyed("reviews", index, item, None)
        review_id = loader.new_id("reviews")
        if key is not None:
            if key in loader.review_ids:
                record.bad("key", key, "another review already has this key")
            loader.review_ids[key] = review_id
        record.check_fields(fmt.REVIEW_FIELDS)
        contact_id = loader.required_reference(record, "contact", loader.contact_ids, "contact")
        fields = filled(
            ReviewFields,
            {
                "contact_id": contact_id or 0,
                "scheduled_for": record.date("scheduled_for"),
                "scheduled_time": record.clock("scheduled_time"),
                "kind": record.choice("kind", ReviewKind),
                "completed_on": record.date("completed_on"),
                "nps": record.whole("nps", 0, 10, "a whole number from 0 to 10, or null"),
                "feedback_requested": record.flag("feedback_requested"),
                "referral_conversation": record.flag("referral_conversation"),
                "notes": record.text("notes"),
                "cancelled_on": record.date("cancelled_on"),
                "missed": record.flag("missed"),
            },
        )
        loader.problems += validate_review(fields, record.where)
        if item.get("rescheduled_from") is not None:
            pending.append((record, review_id, item["rescheduled_from"]))
        loader.counts["reviews"] += 1
        if rows is not None and not loader.problems:
            loader.last_reviews.saw(fields.contact_id, fields.completed_on)
            rows.add(
                "reviews",
                (
                    review_id,
                    fields.contact_id,
                    day(fields.scheduled_for),
                    stored(fields.scheduled_time),
                    fields.kind.value if fields.kind else None,
                    day(fields.completed_on),
                    fields.nps,
                    fields.feedback_requested,
                    fields.referral_conversation,
                    fields.notes,
                    day(fields.cancelled_on),
                    fields.missed,
                    None,  # rescheduled_from_id: linked once every review is in
                    *stamps,
                ),
            )
    if rows is not None:
        rows.flush()
    _link_rescheduled(loader, pending)
    if loader.writing:
        loader.last_reviews.correct(loader.session)
    loader.finished("reviews")


def _link_rescheduled(loader: BookLoader, pending: list[tuple[Record, int, Any]]) -> None:
    """A review may name one later in the file, so these links are set after all are in."""
    links = []
    for record, review_id, ref in pending:
        earlier = record.reference("rescheduled_from", loader.review_ids, "review")
        if earlier == review_id:
            record.bad("rescheduled_from", ref, "a review cannot be rescheduled from itself")
        elif earlier is not None:
            links.append({"b_id": review_id, "b_from": earlier})
    if links and loader.writing and loader.rows is not None:
        loader.rows.flush()
        reviews = table("reviews")
        loader.session.execute(
            reviews.update()
            .where(reviews.c.id == bindparam("b_id"))
            .values(rescheduled_from_id=bindparam("b_from")),
            links,
        )
