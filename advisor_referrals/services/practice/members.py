"""Who is at the desk, who else is in the practice, and whose clients a view may show.

(docs/design.md, "A practice".) On a practice book the member is the server session's
role, read from the `members` table; the server enforces what their kind allows, and
this service only tells the UI what to offer. Any other book has one implicit member,
the person at the desk, who may do everything; its advisors of record are whatever
names its contacts carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.practice import BookMode, Member, MemberKind, Scope
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, MemberAdvisorRow, MemberRow, PracticeRow


@dataclass(frozen=True)
class AdvisorNames:
    """How a name typed or imported as advisor of record finds its advisor.

    Other tools' exports write the person ("Dana Lee"); the book stores the role
    ("dana"). Either matches, ignoring case.
    """

    by_name: dict[str, str]  # casefolded role name or display name -> role name
    default: str | None  # who a new contact belongs to when no one is named

    def resolve(self, name: str) -> str | None:
        return self.by_name.get(" ".join(name.split()).casefold())

    def allowed(self) -> str:
        roles = sorted(set(self.by_name.values()))
        return ", ".join(roles) or "none yet"


@dataclass(frozen=True)
class PracticeState:
    """What `practice init` recorded, or None fields for a book that is no practice's."""

    role_prefix: str | None = None
    books: BookMode = BookMode.SHARED

    @property
    def is_practice(self) -> bool:
        return self.role_prefix is not None


class PracticeService:
    def __init__(self, book: Book) -> None:
        self.book = book

    # The practice

    def state(self) -> PracticeState:
        if not self.book.is_postgres:
            return PracticeState()
        with self.book.session() as session:
            row = session.get(PracticeRow, 1)
            if row is None:
                return PracticeState()
            return PracticeState(row.role_prefix, BookMode(row.books))

    @cached_property
    def is_practice(self) -> bool:
        """Whether the book is a practice's (fixed while the book is open)."""
        return self.state().is_practice

    # Members

    def members(self, *, include_removed: bool = False) -> list[Member]:
        with self.book.session() as session:
            query = select(MemberRow).order_by(MemberRow.kind, MemberRow.name)
            if not include_removed:
                query = query.where(MemberRow.active.is_(True))
            rows = session.scalars(query).all()
            links = session.execute(select(MemberAdvisorRow.assistant, MemberAdvisorRow.advisor))
            works_for: dict[str, list[str]] = {}
            for assistant, advisor in links:
                works_for.setdefault(assistant, []).append(advisor)
        return [
            Member(
                name=row.name,
                kind=MemberKind(row.kind),
                display_name=row.display_name,
                works_for=tuple(sorted(works_for.get(row.name, ()))),
                active=row.active,
            )
            for row in rows
        ]

    def me(self) -> Member:
        """The member at the desk. Not in the table (the owner, or no practice): may do all."""
        if self.is_practice:
            for member in self.members(include_removed=True):
                if member.name == self.book.user:
                    return member
            return Member(self.book.user, MemberKind.ADMINISTRATOR)
        return Member(self.book.user, MemberKind.ADVISOR)

    def advisors(self) -> list[Member]:
        """The advisors a contact may have as advisor of record, by name.

        On a practice book, its active advisors; elsewhere every name contacts carry.
        """
        if self.is_practice:
            return [m for m in self.members() if m.kind is MemberKind.ADVISOR]
        with self.book.session() as session:
            names = session.scalars(
                select(ContactRow.advisor)
                .where(ContactRow.advisor.is_not(None))
                .distinct()
                .order_by(ContactRow.advisor)
            ).all()
        return [Member(str(name), MemberKind.ADVISOR) for name in names]

    def advisor_names(self) -> frozenset[str] | None:
        """The names an advisor of record must be one of: None where any name will do."""
        if not self.is_practice:
            return None
        return frozenset(m.name for m in self.advisors())

    def advisor_lookup(self) -> AdvisorNames | None:
        """On a practice book, how names find advisors; None where any name will do."""
        if not self.is_practice:
            return None
        by_name: dict[str, str] = {}
        for member in self.advisors():
            by_name[member.name.casefold()] = member.name
            if member.display_name:
                by_name.setdefault(" ".join(member.display_name.split()).casefold(), member.name)
        return AdvisorNames(by_name, self.default_advisor())

    def display_names(self) -> dict[str, str]:
        """Role name -> the name people know them by, for every member ever added."""
        return {m.name: m.shown_name for m in self.members(include_removed=True)}

    def default_advisor(self) -> str | None:
        """Who a new contact belongs to when the form or file names no one: on a practice
        book, the advisor at the desk, or the one advisor an assistant works for."""
        if not self.is_practice:
            return None
        me = self.me()
        own = me.own_advisors
        if own is not None and len(own) == 1:
            return next(iter(own))
        return None

    # Scopes

    def scope_mine(self) -> Scope | None:
        """ "Mine", where it means something: an advisor's or an assistant's clients."""
        if not self.is_practice:
            return None
        me = self.me()
        return Scope.mine(me) if me.own_advisors is not None else None

    def scope_of(self, name: str) -> Scope:
        """One advisor's clients, the advisor named by role or by the name people know."""
        wanted = " ".join(name.split()).casefold()
        advisors = self.advisors()
        for member in advisors:
            if wanted in (member.name.casefold(), " ".join(member.shown_name.split()).casefold()):
                return Scope.of_advisor(member.name)
        known = ", ".join(m.name for m in advisors) or "none: no contact has an advisor of record"
        raise BookError(f"{name!r} is not an advisor of this book; advisors: {known}")

    def describe(self, scope: Scope) -> str:
        """Whose clients a scope covers, in words: "Priya Raman's clients"."""
        if scope.everyone:
            return "the whole practice" if self.is_practice or self.advisors() else ""
        names = self.display_names()
        shown = [names.get(a, a) for a in sorted(scope.advisors or ())]
        if len(shown) == 1:
            return f"{shown[0]}'s clients"
        if not shown:
            return "no one's clients"
        return "the clients of " + ", ".join(shown[:-1]) + " and " + shown[-1]

    def scope_from_key(self, key: str) -> Scope:
        me = self.me()
        names = frozenset(m.name for m in self.advisors())
        if not self.is_practice and key == "mine":
            return Scope.practice()
        return Scope.from_key(key, me, names)
