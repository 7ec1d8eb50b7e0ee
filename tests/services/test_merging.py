"""Merging two contacts moves what is recorded about the other, and undoing it gives the book back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, or_, select

from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.services.book_file.export import export_book
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.merging import ContactMerger
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    KitHistoryRow,
    ReferralRow,
    ReviewRow,
    TriggerRow,
)


def records_of(book: Book, contact_id: int) -> dict[str, int]:
    with book.session() as session:
        return {
            "triggers": session.scalar(
                select(func.count()).where(TriggerRow.contact_id == contact_id)
            )
            or 0,
            "referrals": session.scalar(
                select(func.count()).where(
                    or_(
                        ReferralRow.referrer_id == contact_id, ReferralRow.referred_id == contact_id
                    )
                )
            )
            or 0,
            "reviews": session.scalar(
                select(func.count()).where(ReviewRow.contact_id == contact_id)
            )
            or 0,
            "kits": session.scalar(
                select(func.count()).where(KitHistoryRow.contact_id == contact_id)
            )
            or 0,
        }


def busiest_pair(book: Book) -> tuple[int, int]:
    """Two clients that both have reviews and triggers, and no referral between them."""
    with book.session() as session:
        ids = list(
            session.scalars(
                select(ContactRow.id)
                .where(ContactRow.id.in_(select(TriggerRow.contact_id)))
                .where(ContactRow.id.in_(select(ReviewRow.contact_id)))
                .order_by(ContactRow.id)
            )
        )
        for first in ids:
            for second in ids:
                if first < second and not session.scalar(
                    select(func.count()).where(
                        ReferralRow.referrer_id.in_((first, second)),
                        ReferralRow.referred_id.in_((first, second)),
                    )
                ):
                    return first, second
    raise AssertionError("the demo book has no such pair")


def test_a_merge_moves_everything_to_the_contact_kept_and_undo_restores_the_book(
    book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=40, seed=3)
    keep_id, other_id = busiest_pair(book)
    service = ContactService(book)
    keep, other = service.get(keep_id), service.get(other_id)
    export_book(book, tmp_path / "before.json")
    kept_before, other_before = records_of(book, keep_id), records_of(book, other_id)

    merged = ContactMerger(book).merge(keep.id, keep.version, other.id, other.version)
    assert records_of(book, other_id) == dict.fromkeys(kept_before, 0)
    assert records_of(book, keep_id) == {k: kept_before[k] + other_before[k] for k in kept_before}
    assert merged.moved_count == sum(other_before.values())
    assert merged.other.is_archived and f"Merged into {merged.kept.full_name}" in merged.other.notes
    assert set(other.tags) <= set(merged.kept.tags)

    ContactMerger(book).unmerge(merged)
    export_book(book, tmp_path / "after.json")
    assert (tmp_path / "after.json").read_text(encoding="utf-8") == (
        tmp_path / "before.json"
    ).read_text(encoding="utf-8")


def test_a_merge_fills_the_kept_contacts_empty_fields(book: Book) -> None:
    service = ContactService(book)
    from advisor_referrals.domain.contacts import ContactFields

    ana = service.create(ContactFields(first_name="Ana", last_name="Souza", tags=("VIP",)))
    copy = service.create(
        ContactFields(
            first_name="Ana",
            last_name="Souza",
            email="ana@example.com",
            phone="+1 617 555 0101",
            tags=("Golf",),
            notes="From the Google import.",
        )
    )
    merged = ContactMerger(book).merge(ana.id, ana.version, copy.id, copy.version)
    kept = service.get(ana.id)
    assert (kept.email, kept.phone) == ("ana@example.com", "+1 617 555 0101")
    assert kept.tags == ("Golf", "VIP") and kept.notes == "From the Google import."
    with pytest.raises(ConflictError):  # the stale version is refused, nothing is merged twice
        ContactMerger(book).merge(ana.id, ana.version, copy.id, copy.version)
    service.update(kept.id, kept.version, kept.as_fields().edited(city="Boston"))
    with pytest.raises(ConflictError):  # changed since the merge: the undo is refused
        ContactMerger(book).unmerge(merged)


def test_two_contacts_linked_by_a_referral_are_not_merged(book: Book) -> None:
    make_demo_book(book, clients=30, seed=2)
    with book.session() as session:
        referral = session.scalars(select(ReferralRow).limit(1)).one()
        pair = (referral.referrer_id, referral.referred_id)
    service = ContactService(book)
    first, second = service.get(pair[0]), service.get(pair[1])
    with pytest.raises(BookError, match="cannot refer themself"):
        ContactMerger(book).merge(first.id, first.version, second.id, second.version)
