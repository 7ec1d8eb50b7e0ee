"""The Reviews page's whole-book reads (overdue and due-soon lists, coverage by tier,
suggested segments) against the rule worked out in Python from every stored row, on a
book of close calls, on both backends.

The SQL reads each of these through indexes and shortcuts (the stored last review, the
cadence table's cutoffs, reviews packed per client); the oracle here reads every
contact, review and referral plainly and applies `domain.cadence` and
`domain.engagement` to them, so any case a shortcut gets wrong shows as a difference.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from advisor_referrals.domain.cadence import effective_cadence, next_due, window_start
from advisor_referrals.domain.engagement import Evidence, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.segments import EngagementService
from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    ContactRow,
    ReferralRow,
    ReviewCadence,
    ReviewRow,
)
from tests.services.test_today_reviews import DAY, _book_of_close_calls
from tests.support.referrals import client

START = window_start(DAY)


@dataclass
class Stored:
    contacts: list[ContactRow]
    reviews: dict[int, list[ReviewRow]]
    referrals: dict[int, list[ReferralRow]]
    cadence: dict[str, int]


def stored(book: Book) -> Stored:
    with book.session() as session:
        contacts = list(session.scalars(select(ContactRow)))
        reviews: dict[int, list[ReviewRow]] = defaultdict(list)
        for row in session.scalars(select(ReviewRow)):
            reviews[row.contact_id].append(row)
        referrals: dict[int, list[ReferralRow]] = defaultdict(list)
        for ref in session.scalars(select(ReferralRow)):
            referrals[ref.referrer_id].append(ref)
        cadence = {c.tier: c.reviews_per_year for c in session.scalars(select(ReviewCadence))}
        session.expunge_all()
    return Stored(contacts, reviews, referrals, cadence)


def active_clients(book_rows: Stored, scope: Scope = PRACTICE_SCOPE) -> list[ContactRow]:
    return [
        c
        for c in book_rows.contacts
        if c.relationship == "client"
        and c.archived_on is None
        and (scope.everyone or c.advisor in (scope.advisors or ()))
    ]


def evidence_book(book: Book) -> None:
    """The close calls of the Today view's lists, and evidence on the window's edges: a
    review on the day the window starts (outside) and on the day itself (inside), two
    answers on one day (the later id decides), feedback asked, a review dated after the
    day, referrals on both edges, and archived clients and prospects with evidence."""
    _book_of_close_calls(book)

    def person(first: str, last: str, advisor: str = "Ada", **fields: Any) -> int:
        return client(book, first, last, advisor=advisor, **fields).id

    def completed(contact_id: int, on: date, **fields: Any) -> None:
        with book.write() as session:
            session.add(ReviewRow(contact_id=contact_id, completed_on=on, **fields))

    def referred(referrer: int, on: date) -> None:
        friend = person("Friend", f"of {referrer} {on}", tier=None)
        with book.write() as session:
            session.add(
                ReferralRow(
                    referrer_id=referrer, referred_id=friend, received_on=on, status="intended"
                )
            )

    edge = person("Edge", "Start", tier=Tier.B, segment=Segment.CONTENT)
    completed(edge, START, nps=2)  # not in the window: not a detractor
    completed(edge, START + timedelta(days=1))
    today = person("Edge", "Today", tier=Tier.A, segment=Segment.COMPLACENT, advisor="Bea")
    completed(today, DAY, nps=9, feedback_requested=True)
    for days in (90, 180, 270):
        completed(today, DAY - timedelta(days=days))
    tie = person("Tie", "Answers", tier=Tier.B, segment=Segment.ENGAGED, has_written_plan=True)
    completed(tie, DAY - timedelta(days=5), nps=10)
    completed(tie, DAY - timedelta(days=5), nps=3)  # the same day, a later id: it decides
    swap = person("Swap", "Answers", tier=Tier.B, segment=Segment.DISGRUNTLED)
    completed(swap, DAY - timedelta(days=5), nps=3)
    completed(swap, DAY - timedelta(days=5), nps=10)
    completed(swap, DAY - timedelta(days=2))  # later, unanswered: the answer still stands
    ahead = person("Ahead", "Only", tier=Tier.C, segment=Segment.CONTENT)
    completed(ahead, DAY + timedelta(days=3), nps=1)  # after the day: counts nowhere
    referrer = person("Ref", "Edges", tier=Tier.C, segment=Segment.COMPLACENT)
    referred(referrer, START)  # outside
    referred(referrer, DAY)  # inside
    late_referrer = person("Ref", "Outside", tier=Tier.C, segment=Segment.ENGAGED)
    referred(late_referrer, START)
    referred(late_referrer, DAY + timedelta(days=1))
    gone = person("Gone", "Promoter", tier=Tier.A, segment=Segment.COMPLACENT)
    completed(gone, DAY - timedelta(days=3), nps=10)
    contact = ContactService(book).get(gone)
    ContactService(book).set_archived(gone, contact.version, archived=True)
    own = person("Own", "Cadence", tier=None, reviews_per_year=3, segment=Segment.COMPLACENT)
    for days in (10, 130, 250):
        completed(own, DAY - timedelta(days=days))
    # Once a year of their own, last reviewed the day the window starts, or the day after.
    completed(person("Year", "Outside", tier=Tier.A, reviews_per_year=1), START)
    completed(person("Year", "Inside", tier=Tier.A, reviews_per_year=1), START + timedelta(1))


def due_oracle(
    rows: Stored, day: date, until: date, scope: Scope
) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """(overdue, due by `until` and not overdue) as (id, cadence, last review, due date)."""
    overdue, coming = set(), set()
    for c in active_clients(rows, scope):
        cadence = effective_cadence(c.reviews_per_year, c.tier, rows.cadence)
        if cadence is None:
            continue
        done = [r.completed_on for r in rows.reviews[c.id] if r.completed_on is not None]
        last = max((d for d in done if d <= day), default=None)
        due = next_due(last, cadence)
        entry = (c.id, cadence, last, due)
        if due is None or due < day:
            overdue.add(entry)
        elif due <= until:
            coming.add(entry)
    return overdue, coming


@pytest.mark.parametrize("scope", [PRACTICE_SCOPE, Scope.of_advisor("Bea")], ids=["all", "Bea"])
def test_due_lists_hold_whom_the_rule_finds_due(book: Book, scope: Scope) -> None:
    evidence_book(book)
    rows = stored(book)
    lists = ReviewLists(book)
    seen = set()
    for day in (DAY - timedelta(days=1), DAY, DAY + timedelta(days=1), DAY + timedelta(days=40)):
        for days in (0, 6, 30):
            overdue, coming = due_oracle(rows, day, day + timedelta(days=days), scope)
            seen.add((bool(overdue), bool(coming)))
            flt = ReviewFilter(scope=scope)

            def found(entries: list[Any]) -> set[tuple[Any, ...]]:
                return {(e.contact_id, e.cadence, e.last_review, e.due_on) for e in entries}

            assert found(lists.overdue(flt, day)) == overdue
            assert found(lists.due_soon(days, flt, day)) == coming
    assert (True, True) in seen  # on some days the book has clients in both lists


def test_due_lists_filter_by_tier_and_segment_as_the_rule_does(book: Book) -> None:
    evidence_book(book)
    rows = stored(book)
    lists = ReviewLists(book)
    by_id = {c.id: c for c in rows.contacts}
    overdue, coming = due_oracle(rows, DAY, DAY + timedelta(days=30), PRACTICE_SCOPE)
    for flt in (
        ReviewFilter(tiers=frozenset({Tier.B})),
        ReviewFilter(tiers=frozenset({Tier.A, Tier.C})),
        ReviewFilter(segments=frozenset({Segment.ENGAGED})),
    ):

        def kept(entries: set[tuple[Any, ...]], flt: ReviewFilter = flt) -> set[int]:
            return {
                e[0]
                for e in entries
                if (not flt.tiers or by_id[e[0]].tier in {t.value for t in flt.tiers})
                and (not flt.segments or by_id[e[0]].segment in {s.value for s in flt.segments})
            }

        assert {e.contact_id for e in lists.overdue(flt, DAY)} == kept(overdue)
        assert {e.contact_id for e in lists.due_soon(30, flt, DAY)} == kept(coming)


def test_coverage_counts_whom_the_rule_counts(book: Book) -> None:
    evidence_book(book)
    rows = stored(book)
    for day in (DAY, DAY + timedelta(days=1)):
        start = window_start(day)
        expected: dict[Tier, tuple[int, int]] = dict.fromkeys(Tier, (0, 0))
        for c in active_clients(rows):
            if c.tier is None or (c.client_since is not None and c.client_since > start):
                continue
            cadence = effective_cadence(c.reviews_per_year, c.tier, rows.cadence)
            done = sum(
                1
                for r in rows.reviews[c.id]
                if r.completed_on is not None and start < r.completed_on <= day
            )
            clients, covered = expected[Tier(c.tier)]
            good = cadence is not None and done >= cadence
            expected[Tier(c.tier)] = (clients + 1, covered + int(good))
        found = {t.tier: (t.clients, t.covered) for t in ReviewLists(book).coverage(day)}
        assert found == expected
        assert any(covered for _, covered in expected.values())


def test_suggestions_are_the_rule_applied_to_every_row(book: Book) -> None:
    evidence_book(book)
    rows = stored(book)
    start = window_start(DAY)
    expected = {}
    for c in active_clients(rows):
        done = [r for r in rows.reviews[c.id] if r.completed_on is not None]
        window = [r for r in done if start < r.completed_on <= DAY]  # type: ignore[operator]
        answered = sorted((r.completed_on, r.id, r.nps) for r in window if r.nps is not None)
        referrals = [
            f for f in rows.referrals[c.id] if f.received_on and start < f.received_on <= DAY
        ]
        expected[c.id] = suggest_segment(
            Evidence(
                latest_nps=answered[-1][2] if answered else None,
                reviews_in_window=len(window),
                ever_reviewed=any(r.completed_on <= DAY for r in done),  # type: ignore[operator]
                cadence=effective_cadence(c.reviews_per_year, c.tier, rows.cadence),
                has_written_plan=c.has_written_plan,
                referrals_in_window=len(referrals),
                feedback_asked=any(r.feedback_requested for r in window),
            )
        )
    engagement = EngagementService(book, ContactService(book))
    everyone = engagement.suggestions(only_differing=False, today=DAY)
    assert {s.contact_id: s.suggestion for s in everyone} == expected
    assert [s.name for s in everyone] == sorted(
        (s.name for s in everyone), key=lambda n: n.casefold()
    )
    by_id = {c.id: c for c in rows.contacts}
    differing = engagement.suggestions(today=DAY)
    assert {s.contact_id for s in differing} == {
        i
        for i, s in expected.items()
        if s.segment not in (Segment(by_id[i].segment), Segment.UNKNOWN)
    }
    keys = [(s.name.casefold(), s.contact_id) for s in differing]
    assert keys == sorted(keys)
    assert all(s.contact_version == by_id[s.contact_id].version for s in differing)
    bea = engagement.suggestions(ReviewFilter(scope=Scope.of_advisor("Bea")), today=DAY)
    assert {s.contact_id for s in bea} == {
        s.contact_id for s in differing if by_id[s.contact_id].advisor == "Bea"
    }
    for contact_id, suggestion in expected.items():
        one = engagement.for_contact(contact_id, today=DAY)
        assert one is not None and one.suggestion == suggestion
    # The close calls are in the book: ties of one day, edges of the window, archives.
    names = {s.name: s.suggestion.segment for s in everyone}
    assert names["Tie Answers"] is Segment.DISGRUNTLED
    assert names["Swap Answers"] is Segment.CONTENT
    assert names["Edge Start"] is Segment.COMPLACENT
    assert names["Ref Edges"] is Segment.ENGAGED
    assert "Gone Promoter" not in names
