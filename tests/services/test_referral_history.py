"""Every way a referral enters or moves through the book leaves a whole, dated history, so
the quarterly figures can be counted as of any quarter's end (docs/design.md, "Metrics")."""

from __future__ import annotations

import copy
from datetime import date
from itertools import pairwise

from sqlalchemy import select

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.referral_history import DatedMove, status_on
from advisor_referrals.domain.referrals import ReferralFields
from advisor_referrals.services.book_file.importing import load_book_data
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ReferralRow, ReferralStatusChangeRow
from tests.services.book_samples import DESIGN_EXAMPLE
from tests.support.referrals import client, prospect

TODAY = date(2026, 12, 1)


def histories(book: Book) -> dict[int, list[DatedMove]]:
    found: dict[int, list[DatedMove]] = {}
    with book.session() as session:
        for change in session.scalars(
            select(ReferralStatusChangeRow).order_by(ReferralStatusChangeRow.id)
        ):
            found.setdefault(change.referral_id, []).append(
                DatedMove(
                    ReferralStatus(change.from_status) if change.from_status else None,
                    ReferralStatus(change.to_status),
                    change.changed_on,
                )
            )
    return found


def broken_histories(book: Book) -> list[int]:
    """Referrals whose history does not start at their creation, end at their status, keep
    its dates in order, or agree with their conversion date."""
    moves = histories(book)
    broken = []
    with book.session() as session:
        for row in session.scalars(select(ReferralRow)):
            steps = moves.get(row.id, [])
            days = [m.on for m in steps]
            whole = (
                steps
                and steps[0].from_status is None
                and steps[0].on == row.received_on
                and status_on(steps, max(days)) == ReferralStatus(row.status)
                and days == sorted(days)
                and all(a.to_status == b.from_status for a, b in pairwise(steps))
                and (row.converted_on is None or steps[-1].on == row.converted_on)
            )
            if not whole:
                broken.append(row.id)
    return broken


def test_a_referral_recorded_at_a_later_status_has_the_history_its_dates_imply(
    book: Book,
) -> None:
    ana, bo = client(book, "Ana", "Souza"), prospect(book, "Bo", "Lee")
    service = ReferralService(book)
    recorded = service.record(
        ReferralFields(
            referrer_id=ana.id,
            referred_id=bo.id,
            received_on=date(2026, 3, 20),
            status=ReferralStatus.CONVERTED,
            first_contacted_on=date(2026, 3, 21),
            converted_on=date(2026, 4, 15),
        )
    ).referral
    steps = histories(book)[recorded.id]
    assert status_on(steps, date(2026, 3, 31)) is ReferralStatus.CONTACTED
    assert status_on(steps, date(2026, 6, 30)) is ReferralStatus.CONVERTED
    # Editing the conversion date moves the dated conversion with it; undoing puts it back.
    edited = service.update(
        recorded.id,
        recorded.version,
        ReferralFields(**{**recorded.as_fields().__dict__, "converted_on": date(2026, 3, 28)}),
    )
    assert status_on(histories(book)[recorded.id], date(2026, 3, 31)) is ReferralStatus.CONVERTED
    service.restore(edited.undo)
    assert status_on(histories(book)[recorded.id], date(2026, 3, 31)) is ReferralStatus.CONTACTED
    assert broken_histories(book) == []


def test_a_book_file_without_histories_gets_them_whole(book: Book) -> None:
    data = copy.deepcopy(DESIGN_EXAMPLE)
    assert "status_history" not in data["referrals"][0]
    load_book_data(book, data)
    [steps] = histories(book).values()
    assert [(m.to_status.value, m.on.isoformat()) for m in steps] == [
        ("new", "2026-07-10"),
        ("contacted", "2026-07-11"),
        ("converted", "2026-08-20"),
    ]
    assert broken_histories(book) == []


def test_the_demo_book_has_a_whole_history_with_meetings_and_endings(book: Book) -> None:
    make_demo_book(book, clients=120, today=TODAY)
    assert broken_histories(book) == []
    reached = {m.to_status for steps in histories(book).values() for m in steps}
    assert reached == set(ReferralStatus)
