"""The demo practice: three advisors sharing the book and an assistant working for two of them.

(docs/design.md, "A practice".) Each household of clients belongs to one advisor;
someone referred joins the referrer's advisor's book, so every advisor's book holds
whole referral stories. On SQLite (and any book that is not a practice's) the
advisor of record is the advisor's name; loaded into a practice book by its
administrator, the four people become members with server roles of their own and the
contacts name their roles. A few of the day's follow-ups are given to the assistant.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING

from advisor_referrals.domain.practice import MemberKind, Scope, ScopeKind, TaskKind

if TYPE_CHECKING:
    from advisor_referrals.services.demo.people import Person
    from advisor_referrals.services.demo.pipeline import Referral
    from advisor_referrals.storage.book import Book


@dataclass(frozen=True)
class DemoMember:
    role: str  # the server role on a practice book
    name: str  # the name people know them by, and the advisor of record on SQLite
    kind: MemberKind
    share: float = 0.0  # of the households, for advisors
    works_for: tuple[str, ...] = ()


ADVISORS = (
    DemoMember("jordan", "Jordan Ellery", MemberKind.ADVISOR, 0.45),  # the book's profile
    DemoMember("priya", "Priya Raman", MemberKind.ADVISOR, 0.35),
    DemoMember("marcus", "Marcus Bell", MemberKind.ADVISOR, 0.20),
)
ASSISTANT = DemoMember("nina", "Nina Alvarez", MemberKind.ASSISTANT, works_for=("jordan", "priya"))
MEMBERS = (*ADVISORS, ASSISTANT)
TASKS_GIVEN = 6  # follow-ups the assistant is given in a demo book
ASSIGNMENT_SALT = 0x5EED  # advisors are drawn apart from the book's own random stream


def assign_advisors(
    people: list[Person], referrals: list[Referral], seed: int, names: dict[str, str]
) -> None:
    """Give every contact an advisor of record; `names` maps a role to what the book stores.

    The people who came in by a referral follow their referrer, in the order referrals
    arrived (a referrer may have come in by an earlier one); the others are drawn by
    household, so a household has one advisor.
    """
    rng = random.Random(seed ^ ASSIGNMENT_SALT)
    roles = [a.role for a in ADVISORS]
    weights = [a.share for a in ADVISORS]
    by_household: dict[str, str] = {}
    referred = {id(r.referred) for r in referrals}
    for person in sorted(people, key=lambda p: p.added):
        if id(person) in referred:
            continue
        if person.household and person.household in by_household:
            person.advisor = by_household[person.household]
            continue
        person.advisor = names[rng.choices(roles, weights)[0]]
        if person.household:
            by_household[person.household] = person.advisor
    for referral in sorted(referrals, key=lambda r: r.received):
        referral.referred.advisor = referral.referrer.advisor


def advisor_names(practice: bool) -> dict[str, str]:
    """Role -> the advisor of record the demo writes: the role itself on a practice book."""
    return {a.role: a.role if practice else a.name for a in ADVISORS}


def add_members(book: Book) -> None:
    """Make the demo's people members of a practice book (an administrator loads the demo)."""
    from advisor_referrals.services.practice.administration import PracticeAdministration

    administration = PracticeAdministration(book)
    for member in MEMBERS:
        administration.add_member(
            member.role, member.kind, works_for=member.works_for, display_name=member.name
        )


def give_tasks(book: Book, practice: bool, today: date) -> int:
    """Give the assistant some of the day's follow-ups of the advisors they work for."""
    from advisor_referrals.services.practice.tasks import TaskService
    from advisor_referrals.services.referrals.referral_lists import ReferralTable
    from advisor_referrals.services.reviews.review_lists import ReviewFilter, ReviewLists

    names = advisor_names(practice)
    served = Scope(ScopeKind.MINE, None, frozenset(names[r] for r in ASSISTANT.works_for))
    assignee = ASSISTANT.role if practice else ASSISTANT.name
    referrals = ReferralTable(book)

    def overdue_reviews() -> Iterator[tuple[TaskKind, int]]:
        for r in ReviewLists(book).overdue(ReviewFilter(scope=served), today):
            if r.next_scheduled is None:
                yield TaskKind.REVIEW_BOOKING, r.contact_id

    # Each list is read only if the ones before leave room: the overdue reviews of a
    # million contacts take a second and a half to list.
    waiting = list(
        islice(
            chain(
                (
                    (TaskKind.FIRST_CONTACT, r.id)
                    for r in referrals.overdue_follow_ups(today, 2, scope=served)
                ),
                (
                    (TaskKind.FIRST_CONTACT, r.id)
                    for r in referrals.awaiting_first_contact(today, 1, scope=served)
                ),
                ((TaskKind.THANK_YOU, r.id) for r in referrals.thanks_owed(today, 1, scope=served)),
                overdue_reviews(),
            ),
            TASKS_GIVEN,
        )
    )
    tasks = TaskService(book)
    for kind, subject in waiting:
        tasks.assign(kind, subject, assignee, today=today)
    return len(waiting)
