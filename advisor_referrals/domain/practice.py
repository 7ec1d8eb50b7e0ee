"""A practice: the people who share one book, what each may do, and whose clients a view shows.

(docs/design.md, "A practice".) On a practice book every member signs in to the
database server as their own role; the server enforces what the kinds below allow,
and the app only words it. A single-advisor SQLite book has one implicit member, the
person at the desk, who may do everything; its advisor of record is just a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from advisor_referrals.domain.errors import Problem

NAME_MAX = 63  # PostgreSQL's longest role name
DISPLAY_MAX = 100
ADVISOR_MAX = 100  # a name on a contact: a role name, or on SQLite any advisor's name
# Role names the app creates or adopts: plain enough to read in a message and to type
# in psql. Kerberos and certificate names are mapped to such roles by the server.
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.@-]*$")


class MemberKind(StrEnum):
    ADVISOR = "advisor"
    ASSISTANT = "assistant"
    COMPLIANCE = "compliance"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {
            MemberKind.ADVISOR: "advisor",
            MemberKind.ASSISTANT: "assistant",
            MemberKind.COMPLIANCE: "compliance officer",
            MemberKind.ADMINISTRATOR: "administrator",
        }[self]

    @property
    def sees_everything(self) -> bool:
        """Compliance officers and administrators read the whole practice, whatever the books."""
        return self in (MemberKind.COMPLIANCE, MemberKind.ADMINISTRATOR)

    @property
    def may_change_compensation(self) -> bool:
        return self in (MemberKind.ADVISOR, MemberKind.ADMINISTRATOR)

    @property
    def may_delete(self) -> bool:
        return self in (MemberKind.ADVISOR, MemberKind.ADMINISTRATOR)

    @property
    def changes_records(self) -> bool:
        """Compliance officers read everything and change nothing but their review notes."""
        return self is not MemberKind.COMPLIANCE


# The kinds `practice add-member --role` takes; administrators are whoever runs `practice init`.
MEMBER_ROLES = (MemberKind.ADVISOR, MemberKind.ASSISTANT, MemberKind.COMPLIANCE)


class BookMode(StrEnum):
    """Whether the advisors of a practice see each other's clients."""

    SHARED = "shared"
    SEPARATE = "separate"


@dataclass(frozen=True)
class Member:
    """A person of the practice. `name` is their server role (on SQLite, the desk's user)."""

    name: str
    kind: MemberKind
    display_name: str = ""
    works_for: tuple[str, ...] = ()  # the advisors an assistant works on behalf of
    active: bool = True

    @property
    def shown_name(self) -> str:
        return self.display_name or self.name

    @property
    def own_advisors(self) -> frozenset[str] | None:
        """The advisors whose clients are this member's: None for everyone's."""
        if self.kind is MemberKind.ADVISOR:
            return frozenset({self.name})
        if self.kind is MemberKind.ASSISTANT:
            return frozenset(self.works_for)
        return None


class ScopeKind(StrEnum):
    MINE = "mine"
    ADVISOR = "advisor"
    PRACTICE = "practice"


@dataclass(frozen=True)
class Scope:
    """Whose clients a list, Today or a report covers: mine, one advisor's, or the practice's.

    `advisors` is what the queries filter on (None: no filter). Contacts without an
    advisor of record belong to no one: only the practice's view lists them.
    """

    kind: ScopeKind = ScopeKind.PRACTICE
    advisor: str | None = None  # for ScopeKind.ADVISOR
    advisors: frozenset[str] | None = field(default=None, compare=False)

    @classmethod
    def practice(cls) -> Scope:
        return cls()

    @classmethod
    def of_advisor(cls, name: str) -> Scope:
        return cls(ScopeKind.ADVISOR, name, frozenset({name}))

    @classmethod
    def mine(cls, member: Member) -> Scope:
        own = member.own_advisors
        return cls(ScopeKind.MINE, None, own)

    @property
    def everyone(self) -> bool:
        return self.advisors is None

    @property
    def key(self) -> str:
        """How the scope is remembered: "practice", "mine" or "advisor:NAME"."""
        if self.kind is ScopeKind.ADVISOR:
            return f"advisor:{self.advisor}"
        return self.kind.value

    @classmethod
    def from_key(cls, key: str, member: Member, advisors: frozenset[str]) -> Scope:
        """The scope remembered as `key`; the practice's when it no longer applies."""
        if key == ScopeKind.MINE.value and member.own_advisors is not None:
            return cls.mine(member)
        if key.startswith("advisor:") and key[len("advisor:") :] in advisors:
            return cls.of_advisor(key[len("advisor:") :])
        return cls.practice()


PRACTICE_SCOPE = Scope()  # everyone's clients: what a book with no practice always shows


class TaskKind(StrEnum):
    """Follow-ups the app creates, which a member can take on with a due date."""

    FIRST_CONTACT = "first_contact"
    THANK_YOU = "thank_you"
    REWARD = "reward"
    REVIEW_BOOKING = "review_booking"

    @property
    def label(self) -> str:
        return {
            TaskKind.FIRST_CONTACT: "First contact",
            TaskKind.THANK_YOU: "Thank-you",
            TaskKind.REWARD: "Reward and its disclosure",
            TaskKind.REVIEW_BOOKING: "Book a review",
        }[self]

    @property
    def about_referral(self) -> bool:
        return self is not TaskKind.REVIEW_BOOKING

    def default_due(self, start: date) -> date:
        """When the follow-up is due if the person assigning it does not say."""
        return start + timedelta(days=2 if self.about_referral else 7)


def role_name_problem(name: str) -> str | None:
    if not name:
        return "a member needs a role name"
    if len(name) > NAME_MAX:
        return f"a role name has at most {NAME_MAX} characters"
    if not _ROLE_NAME.match(name):
        return (
            "a role name starts with a lower-case letter or _ and holds lower-case letters, "
            "digits, _ . @ and -"
        )
    if name.startswith("pg_"):
        return "role names starting with pg_ are reserved by PostgreSQL"
    return None


def advisor_problem(name: str | None, advisors: frozenset[str] | None) -> Problem | None:
    """An advisor of record must be one of the practice's advisors (None: any name will do)."""
    if name is None:
        return None
    if len(name) > ADVISOR_MAX:
        return Problem("", "advisor", name, f"at most {ADVISOR_MAX} characters")
    if advisors is not None and name not in advisors:
        allowed = ", ".join(sorted(advisors)) or "none yet; add one with practice add-member"
        return Problem("", "advisor", name, f"not an advisor of this practice; advisors: {allowed}")
    return None
