"""The table of verdicts that suggested segments' SQL reads, against the domain's rule.

The table is made from `domain.engagement` by asking it about every combination of
evidence with the counts capped; here every combination is asked again with counts well
past the caps, so a rule that came to compare reviews or referrals with larger numbers
fails this test rather than the advisor's list. Then the statement itself, on both
backends, over a book of many combinations and the close calls at the window's edges.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from advisor_referrals.domain.cadence import MAX_PER_YEAR, effective_cadence, window_start
from advisor_referrals.domain.engagement import Evidence, Suggestion, suggest_segment
from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.names import full_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.segment_reads import (
    CLIENT_CODES,
    CLIENT_DIMENSIONS,
    split_client_code,
    split_evidence_key,
)
from advisor_referrals.services.contacts.segment_verdicts import (
    DIMENSIONS,
    NO_NPS,
    PROFILES,
    REVIEWS_CAP,
    SEGMENT_CODES,
    TIER_CODES,
    is_offered,
    offered_place,
    offered_table,
    packed_reviews,
    position,
    unpack_reviews,
)
from advisor_referrals.services.contacts.segments import EngagementService
from advisor_referrals.services.reviews.review_lists import ReviewFilter
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReferralRow, ReviewCadence, ReviewRow
from tests.support.referrals import client, prospect

DAY = date(2026, 12, 5)
START = window_start(DAY)


def test_every_combination_of_evidence_reads_the_domains_verdict() -> None:
    table = offered_table()
    assert len(table) == position([size for _, size in DIMENSIONS])
    checked = offered = 0
    for nps, reviews, cadence, plan, ever, referrals, feedback in itertools.product(
        [None, *range(11)],
        range(3 * REVIEWS_CAP),
        [None, *range(1, MAX_PER_YEAR + 1)],
        (False, True),
        (False, True),
        range(4),
        (False, True),
    ):
        suggested = suggest_segment(
            Evidence(
                latest_nps=nps,
                reviews_in_window=reviews,
                ever_reviewed=ever,
                cadence=cadence,
                has_written_plan=plan,
                referrals_in_window=referrals,
                feedback_asked=feedback,
            )
        ).segment
        for code, current in enumerate(SEGMENT_CODES):
            place = position(
                [
                    code,
                    cadence or 0,
                    int(plan),
                    int(ever),
                    min(referrals, 1),
                    min(reviews, REVIEWS_CAP),
                    int(feedback),
                    NO_NPS if nps is None else nps,
                ]
            )
            assert table[place] == is_offered(current, suggested), (current, nps, reviews)
            checked += 1
            offered += table[place]
    assert 0 < offered < checked  # some suggestions are offered, not all


def test_reviews_pack_and_unpack() -> None:
    for count, feedback, nps in itertools.product((0, 1, 12, 400), (False, True), (None, 0, 10)):
        assert unpack_reviews(packed_reviews(count, feedback, nps)) == (count, feedback, nps)


def expected(book: Book, day: date, scope: Scope = PRACTICE_SCOPE) -> dict[int, Suggestion]:
    """Every active client's suggestion, worked out in Python from every stored row."""
    start = window_start(day)
    with book.session() as session:
        contacts = list(session.scalars(select(ContactRow)))
        reviews: dict[int, list[ReviewRow]] = defaultdict(list)
        for row in session.scalars(select(ReviewRow)):
            reviews[row.contact_id].append(row)
        referrals: dict[int, int] = defaultdict(int)
        for ref in session.scalars(select(ReferralRow)):
            if ref.received_on is not None and start < ref.received_on <= day:
                referrals[ref.referrer_id] += 1
        cadences = {c.tier: c.reviews_per_year for c in session.scalars(select(ReviewCadence))}
        session.expunge_all()
    found = {}
    for c in contacts:
        if c.relationship != "client" or c.archived_on is not None:
            continue
        if not scope.everyone and c.advisor not in (scope.advisors or ()):
            continue
        done = [r for r in reviews[c.id] if r.completed_on is not None]
        window = [r for r in done if start < r.completed_on <= day]  # type: ignore[operator]
        answered = sorted((r.completed_on, r.id, r.nps) for r in window if r.nps is not None)
        found[c.id] = suggest_segment(
            Evidence(
                latest_nps=answered[-1][2] if answered else None,
                reviews_in_window=len(window),
                ever_reviewed=any(r.completed_on <= day for r in done),  # type: ignore[operator]
                cadence=effective_cadence(c.reviews_per_year, c.tier, cadences),
                has_written_plan=c.has_written_plan,
                referrals_in_window=referrals[c.id],
                feedback_asked=any(r.feedback_requested for r in window),
            )
        )
    return found


def many_combinations(book: Book) -> dict[str, int]:
    """Clients of every tier and segment with random evidence: none to more reviews than
    the table counts, answers tied on one day, reviews and referrals on the window's
    edges and after the day; archived clients and a prospect with evidence; two advisors.
    Returns the names of a few whose evidence is a close call, with their ids."""
    rng = random.Random(19)
    tiers = [None, *Tier]
    days = [START, START + timedelta(1), DAY - timedelta(100), DAY, DAY + timedelta(1)]
    ids = []
    for i in range(90):
        ids.append(
            client(
                book,
                f"Client{i:02d}",
                rng.choice(["Ames", "ames", "Ämes", "Bo"]),
                tier=tiers[i % 4],
                segment=SEGMENT_CODES[i % 5],
                has_written_plan=rng.random() < 0.5,
                reviews_per_year=rng.choice([None, None, 1, 4, 12]),
                advisor=rng.choice(["Ada", "Bea"]),
            ).id
        )
    named = {
        "no evidence": client(book, "Nobody", "Yet", segment=Segment.CONTENT).id,
        "tie today": client(book, "Tie", "Today", segment=Segment.ENGAGED).id,
        "tie first day": client(book, "Tie", "First", segment=Segment.CONTENT).id,
        "many reviews": client(
            book, "Many", "Reviews", segment=Segment.COMPLACENT, reviews_per_year=12
        ).id,
        "archived": client(book, "Gone", "Away", segment=Segment.COMPLACENT).id,
        "prospect": prospect(book, "Pro", "Spect", segment=Segment.COMPLACENT).id,
    }
    with book.write() as session:

        def reviewed(contact_id: int, on: date, nps: int | None, feedback: bool = False) -> None:
            session.add(
                ReviewRow(
                    contact_id=contact_id, completed_on=on, nps=nps, feedback_requested=feedback
                )
            )

        def referred(referrer: int, on: date) -> None:
            session.add(
                ReferralRow(
                    referrer_id=referrer,
                    referred_id=rng.choice(ids),
                    received_on=on,
                    status="intended",
                )
            )

        for contact_id in ids:
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5, 14])):
                when = rng.choice([*days, DAY - timedelta(rng.randrange(1, 365))])
                reviewed(contact_id, when, rng.choice([None, None, 2, 6, 7, 8, 9, 10]))
                if rng.random() < 0.15:  # a second answer the same day
                    reviewed(contact_id, when, rng.choice([3, 9]), feedback=True)
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                referred(contact_id, rng.choice(days))
        reviewed(named["tie today"], DAY, 10)
        reviewed(named["tie today"], DAY, 4)  # the later id decides: a detractor
        reviewed(named["tie first day"], START + timedelta(1), 2)
        reviewed(named["tie first day"], START + timedelta(1), 9)  # a promoter decides
        reviewed(named["tie first day"], START, 0)  # outside the window
        for days_ago in range(REVIEWS_CAP + 3):
            reviewed(named["many reviews"], DAY - timedelta(days=days_ago), None)
        reviewed(named["archived"], DAY, 1)
        reviewed(named["prospect"], DAY, 1)
    gone = ContactService(book).get(named["archived"])
    ContactService(book).set_archived(gone.id, gone.version, archived=True)
    return named


def test_the_statement_offers_what_the_rule_offers(book: Book) -> None:
    named = many_combinations(book)
    engagement = EngagementService(book, ContactService(book))
    for day in (DAY, DAY + timedelta(days=1)):
        rule = expected(book, day)
        everyone = engagement.suggestions(only_differing=False, today=day)
        assert {s.contact_id: s.suggestion for s in everyone} == rule
        current = {s.contact_id: s.current for s in everyone}
        offered = {i for i, s in rule.items() if is_offered(current[i], s.segment)}
        differing = engagement.suggestions(today=day)
        assert {s.contact_id for s in differing} == offered
        assert all(s.suggestion == rule[s.contact_id] for s in differing)
        keys = [(s.name.casefold(), s.contact_id) for s in differing]
        assert keys == sorted(keys)  # by name, then id
    rule = expected(book, DAY)
    assert named["archived"] not in rule and named["prospect"] not in rule
    assert rule[named["no evidence"]].segment is Segment.UNKNOWN
    assert rule[named["tie today"]].segment is Segment.DISGRUNTLED
    assert rule[named["tie first day"]].segment is Segment.CONTENT
    # Past the table's cap: on a cadence of twelve, content; the reason tells all 15.
    assert rule[named["many reviews"]].segment is Segment.CONTENT
    assert rule[named["many reviews"]].reasons[1].value == REVIEWS_CAP + 3
    assert len({s.segment for s in rule.values()}) == len(Segment)


@pytest.mark.parametrize("advisor", ["Ada", "Bea"])
def test_an_advisors_scope_and_a_subset_of_clients(book: Book, advisor: str) -> None:
    many_combinations(book)
    engagement = EngagementService(book, ContactService(book))
    scope = Scope.of_advisor(advisor)
    rule = expected(book, DAY, scope)
    theirs = engagement.suggestions(ReviewFilter(scope=scope), only_differing=False, today=DAY)
    assert {s.contact_id: s.suggestion for s in theirs} == rule
    some = sorted(rule)[::3]
    subset = engagement.suggestions(only_differing=False, today=DAY, contact_ids=some)
    assert {s.contact_id: s.suggestion for s in subset} == {i: rule[i] for i in some}
    tier_b: Any = ReviewFilter(tiers=frozenset({Tier.B}), scope=scope)
    in_b = engagement.suggestions(tier_b, today=DAY)
    assert in_b and all(s.tier is Tier.B for s in in_b)
    assert {s.contact_id for s in in_b} <= set(rule)


def test_names_and_their_order_as_the_domain_writes_them(book: Book) -> None:
    # One part empty (either), a name that folds like another's (ties go by id), accents.
    people = [
        ("Ana", ""),
        ("", "Souza"),
        ("ana", ""),
        ("ANA", ""),
        ("Émile", "Zoë"),
        ("Straße", "Ost"),
        ("strasse", "Ost"),
        ("Bo", "Ng"),
    ]
    ids = {
        client(book, first, last, segment=Segment.ENGAGED).id: (first, last)
        for first, last in people
    }
    engagement = EngagementService(book, ContactService(book))
    everyone = engagement.suggestions(only_differing=False, today=DAY)
    assert {s.contact_id: s.name for s in everyone} == {
        i: full_name(first, last) for i, (first, last) in ids.items()
    }
    assert [s.contact_id for s in everyone] == sorted(
        ids, key=lambda i: (full_name(*ids[i]).casefold(), i)
    )
    # Made when read: by index, slice and iteration alike, and counted without making any.
    assert len(everyone) == len(people)
    assert list(everyone) == [everyone[i] for i in range(len(people))] == everyone[:]
    assert everyone[-1] == list(everyone)[-1] and everyone[2:4] == list(everyone)[2:4]


def test_the_statements_place_is_the_tables_position() -> None:
    # The client code's parts after the tier are the table's first four, in order.
    assert CLIENT_DIMENSIONS[1:] == DIMENSIONS[:4]
    assert len(TIER_CODES) * PROFILES == CLIENT_CODES
    sizes = [size for _, size in DIMENSIONS[:4]]
    for profile, referrals, reviews, feedback, nps in itertools.product(
        range(PROFILES),
        (0, 1, 2, 7),
        (0, 1, REVIEWS_CAP - 1, REVIEWS_CAP, REVIEWS_CAP + 1, 5 * REVIEWS_CAP),
        (False, True),
        (None, 0, 6, 10),
    ):
        parts = list(split_code(profile, sizes))
        packed = packed_reviews(reviews, feedback, nps)
        assert offered_place(profile, referrals, packed, min) == position(
            [
                *parts,
                min(referrals, 1),
                min(reviews, REVIEWS_CAP),
                int(feedback),
                NO_NPS if nps is None else nps,
            ]
        ), (profile, referrals, reviews, feedback, nps)


def split_code(code: int, sizes: list[int]) -> list[int]:
    parts = []
    for size in reversed(sizes):
        code, part = divmod(code, size)
        parts.append(part)
    return parts[::-1]


def test_a_rows_evidence_splits_back_into_client_code_and_reviews() -> None:
    for client_code in (0, 1, PROFILES, CLIENT_CODES - 1):
        for packed in (0, 15, packed_reviews(REVIEWS_CAP + 1, True, 10), 2**50):
            key = packed * CLIENT_CODES + client_code
            assert split_evidence_key(key) == (client_code, packed)
            assert split_client_code(client_code)[0] == client_code // PROFILES  # the tier


def test_each_tiers_cadence_is_the_one_stored_now(book: Book) -> None:
    # A tier without a cadence row (none: one review a year is enough), a tier's cadence
    # changed, and clients whose own cadence overrides their tier's.
    many_combinations(book)
    with book.write() as session:
        session.query(ReviewCadence).filter(ReviewCadence.tier == Tier.C.value).delete()
        session.merge(ReviewCadence(tier=Tier.B.value, reviews_per_year=12))
    engagement = EngagementService(book, ContactService(book))
    everyone = engagement.suggestions(only_differing=False, today=DAY)
    rule = expected(book, DAY)
    assert {s.contact_id: s.suggestion for s in everyone} == rule
    tiers = {s.tier for s in everyone}
    assert {Tier.B, Tier.C, None} <= tiers


# Names that fold alike or not across scripts: the German sharp s (and its capital), the
# Turkish dotted and dotless i, the Greek final sigma, a ligature, accents in Latin-1 and
# beyond it, Cyrillic, Chinese, Korean, letters outside the Basic Multilingual Plane, and
# text JSON must escape.
MANY_SCRIPTS = [
    ("Straße", "Ost"),
    ("STRASSE", "Ost"),
    ("ẞtraße", "Ost"),
    ("İlker", "Işık"),
    ("ilker", "ışık"),
    ("Ilker", "Isik"),
    ("Σίσυφος", "Οδυσσέας"),
    ("σίσυφοσ", "οδυσσέασ"),
    ("ﬁona", "Fish"),
    ("Fiona", "Fish"),
    ("Émile", "Zoë"),
    ("emile", "zoe"),
    ("Ÿves", ""),
    ("Žofie", "Nováková"),
    ("Дмитрий", "Иванов"),
    ("дмитрий", "иванов"),
    ("建国", "张"),
    ("민지", "조"),
    ("𝒜da", "Lovelace"),
    ("😀 Smile", "Face"),
    ("", "ｚenkaku"),
    ('Quote "Q"', "Back\\slash"),
    ("Slash/here", "O'Neil"),
    ("zoë", ""),
    ("Zoe", ""),
]


def test_the_sort_keys_order_names_as_folded_names_do() -> None:
    from advisor_referrals.services.contacts.segments import _sort_keys

    names = [full_name(first, last) for first, last in MANY_SCRIPTS]
    names += [name.upper() for name in names] + [name.lower() for name in names]
    keys = _sort_keys(names)
    by_keys = sorted(range(len(names)), key=keys.__getitem__)
    assert by_keys == sorted(range(len(names)), key=lambda i: names[i].casefold())
    # Keys compare alike exactly when the folded names do.
    for i, j in itertools.combinations(range(len(names)), 2):
        folded = (names[i].casefold(), names[j].casefold())
        assert (keys[i] < keys[j]) == (folded[0] < folded[1]), folded
        assert (keys[i] == keys[j]) == (folded[0] == folded[1]), folded


def test_names_in_many_scripts_come_back_whole_and_in_order(book: Book) -> None:
    ids = {
        client(book, first, last, segment=Segment.ENGAGED).id: full_name(first, last)
        for first, last in MANY_SCRIPTS
    }
    engagement = EngagementService(book, ContactService(book))
    everyone = engagement.suggestions(only_differing=False, today=DAY)
    assert {s.contact_id: s.name for s in everyone} == ids
    assert [s.contact_id for s in everyone] == sorted(ids, key=lambda i: (ids[i].casefold(), i))
