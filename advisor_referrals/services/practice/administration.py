"""The administrator's commands: set up a practice book, add and remove members, choose books.

(docs/design.md, "A practice".) Each command is one transaction on the server: the
roles, the grants, the `members` rows and the audit entry commit together or not at
all (PostgreSQL's role statements are transactional). The statements are built by
`storage.practice_roles`; each command returns those it ran, and `dry_run` runs them
and rolls everything back, which is how `--print-sql` shows them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import (
    BookError,
    NotPermittedError,
    Problem,
    ValidationError,
)
from advisor_referrals.domain.practice import (
    MEMBER_ROLES,
    BookMode,
    Member,
    MemberKind,
    role_name_problem,
)
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.writing import BookWriter
from advisor_referrals.storage import migrate
from advisor_referrals.storage import practice_roles as roles
from advisor_referrals.storage.book import Book, refused_by_server
from advisor_referrals.storage.models import (
    ContactRow,
    MemberAdvisorRow,
    MemberRow,
    PracticeRow,
    now,
)

ENTITY = "member"
ADMINISTRATORS = (
    "Practice commands are run by an administrator: a role that may create roles "
    "(CREATEROLE) and that owns the book (or the database), such as the one that created it."
)


@dataclass
class Ran:
    """The statements a command ran (or would run, for a dry run) and what it did."""

    summary: str = ""
    statements: list[str] = field(default_factory=list)
    dry_run: bool = False


@dataclass(frozen=True)
class MemberListing:
    member: Member
    role_exists: bool
    can_login: bool
    contacts: int  # contacts whose advisor of record this member is


class _RollBack(Exception):
    """Ends a dry run: everything it did is undone."""


class PracticeAdministration:
    def __init__(self, book: Book) -> None:
        if not book.is_postgres:
            raise BookError(
                f"the book at {book.location} is a SQLite file, kept by one advisor; a practice "
                "shares a PostgreSQL book (--db postgresql://host/database)"
            )
        self.book = book
        self.writer = BookWriter(book, ENTITY)

    @contextmanager
    def _command(self, ran: Ran) -> Iterator[tuple[Session, Connection]]:
        """One transaction; the role and grant statements are noted in `ran`."""
        try:
            with self.writer.transaction("The practice") as session:
                connection = session.connection()
                yield session, connection
                if ran.dry_run:
                    raise _RollBack
        except _RollBack:
            pass
        except NotPermittedError as error:
            raise BookError(f"{error} {ADMINISTRATORS}") from None
        except DBAPIError as error:  # refused outside the write transaction's own statements
            refusal = refused_by_server(error)
            if refusal is None:
                raise
            raise BookError(
                f"the server refused it for {self.book.user}: {refusal}. {ADMINISTRATORS}"
            ) from None

    def _run(self, connection: Connection, ran: Ran, statements: Sequence[str]) -> None:
        ran.statements.extend(statements)
        roles.run(connection, statements)

    # practice init

    def init(self, books: BookMode | None = None, *, dry_run: bool = False) -> Ran:
        """Create the group roles, hand the schema to the administration role, migrate,
        and grant each group what its kind allows. Run again after an upgrade of the app."""
        ran = Ran(dry_run=dry_run)
        with self._command(ran) as (session, connection):
            info = roles.session_info(connection)
            if not (info.superuser or info.create_role):
                raise BookError(
                    f"{info.user} may not create roles on this server; `practice init` is run "
                    "by an administrator whose role has CREATEROLE (or is a superuser). "
                    "Nothing was changed."
                )
            existing_prefix = self._existing_prefix(connection)
            prefix = existing_prefix or roles.prefix_for(info.database)
            admin_group = roles.group_role(prefix, MemberKind.ADMINISTRATOR)
            groups = [
                roles.group_role(prefix, k) for k in (MemberKind.ADMINISTRATOR, *MEMBER_ROLES)
            ]
            existing = [n for n, r in roles.server_roles(connection, groups).items() if r.exists]
            self._run(
                connection, ran, roles.group_statements(prefix, info.database, info.user, existing)
            )
            self._run(connection, ran, ["CREATE EXTENSION IF NOT EXISTS pg_trgm"])
            self._run(connection, ran, roles.owned_objects(connection, admin_group))
            # From here the administration role acts: what the migrations make is its own.
            self._run(connection, ran, [f"SET LOCAL ROLE {roles.quoted(admin_group)}"])
            ran.statements.append("-- the schema migrations (Alembic), as " + admin_group)
            migrate.upgrade_on(connection)
            self._run(
                connection, ran, roles.privilege_statements(prefix, roles.book_tables(connection))
            )
            mode = self._record_practice(session, prefix, books)
            self._record_admin(session, info.user)
            done = "brought up to date" if existing_prefix else "set up"
            ran.summary = (
                f"The practice book is {done}: its schema belongs to {admin_group}, members get "
                f"{prefix}_advisor, {prefix}_assistant or {prefix}_compliance; books are {mode}."
            )
            self.writer.audit(
                session,
                "practice_init",
                None,
                f"{done.capitalize()} the practice book (roles {prefix}_*, books {mode})",
                {"role_prefix": [None, prefix], "books": [None, mode]},
                entity="practice",
            )
        return ran

    @staticmethod
    def _existing_prefix(connection: Connection) -> str | None:
        if not connection.scalar(text("SELECT to_regclass('public.practice') IS NOT NULL")):
            return None
        value = connection.scalar(text("SELECT role_prefix FROM practice WHERE id = 1"))
        return None if value is None else str(value)

    @staticmethod
    def _record_practice(session: Session, prefix: str, books: BookMode | None) -> str:
        row = session.get(PracticeRow, 1)
        if row is None:
            row = PracticeRow(id=1, role_prefix=prefix, books=(books or BookMode.SHARED).value)
            session.add(row)
        elif books is not None:
            row.books = books.value
        session.flush()
        return row.books

    @staticmethod
    def _record_admin(session: Session, name: str) -> None:
        row = session.get(MemberRow, name)
        if row is None:
            session.add(MemberRow(name=name, kind=MemberKind.ADMINISTRATOR.value))
        elif row.kind != MemberKind.ADMINISTRATOR.value or not row.active:
            row.kind, row.active, row.removed_at = MemberKind.ADMINISTRATOR.value, True, None
        session.flush()

    # Members

    def add_member(
        self,
        name: str,
        kind: MemberKind,
        *,
        works_for: Sequence[str] = (),
        display_name: str = "",
        dry_run: bool = False,
    ) -> Ran:
        """Create the server role `name` (or adopt an existing one) and grant it its group."""
        self._check_member(name, kind, works_for, display_name)
        ran = Ran(dry_run=dry_run)
        with self._command(ran) as (session, connection):
            prefix = self._prefix(session)
            advisors = {
                r.name
                for r in session.scalars(
                    select(MemberRow).where(
                        MemberRow.kind == MemberKind.ADVISOR.value, MemberRow.active.is_(True)
                    )
                )
            }
            unknown = [a for a in works_for if a not in advisors]
            if unknown:
                raise ValidationError(
                    Problem("--works-for", "advisor", a, _advisors_allowed(advisors))
                    for a in unknown
                )
            role = roles.server_role(connection, name)
            groups = [
                roles.group_role(prefix, k) for k in (MemberKind.ADMINISTRATOR, *MEMBER_ROLES)
            ]
            self._check_adoptable(connection, role, name, prefix, groups)
            held = roles.groups_of(connection, prefix, name) if role.exists else []
            self._run(
                connection,
                ran,
                roles.member_statements(
                    prefix, name, kind, create=not role.exists, groups_held=held
                ),
            )
            row = session.get(MemberRow, name)
            before = None if row is None else (row.kind, row.active)
            if row is None:
                row = MemberRow(name=name, kind=kind.value, display_name=display_name)
                session.add(row)
            else:
                row.kind, row.active, row.removed_at = kind.value, True, None
                if display_name:
                    row.display_name = display_name
            session.flush()
            for link in session.scalars(
                select(MemberAdvisorRow).where(MemberAdvisorRow.assistant == name)
            ):
                session.delete(link)
            session.flush()
            for advisor in dict.fromkeys(works_for):
                session.add(MemberAdvisorRow(assistant=name, advisor=advisor))
            verb = "Created" if not role.exists else "Adopted"
            on_behalf = f", working for {', '.join(works_for)}" if works_for else ""
            ran.summary = (
                f"{verb} the server role {name} as {kind.label}{on_behalf}; it holds "
                f"{roles.group_role(prefix, kind)} and nothing else of this book."
            )
            if not role.exists:
                ran.summary += (
                    f" It has no password yet: the server's administrator sets one (psql: "
                    f"\\password {name}) or maps a certificate or Kerberos name to it."
                )
            self.writer.audit(
                session,
                "add_member" if before is None else "change_member",
                None,
                f"{verb} {name} as {kind.label}{on_behalf}",
                {
                    "name": [None, name],
                    "kind": [None if before is None else before[0], kind.value],
                    "works_for": [None, list(works_for)],
                },
            )
        return ran

    def _check_member(
        self, name: str, kind: MemberKind, works_for: Sequence[str], display_name: str
    ) -> None:
        problems: list[Problem] = []
        if problem := role_name_problem(name):
            problems.append(Problem("", "NAME", name, problem))
        if kind not in MEMBER_ROLES:
            allowed = ", ".join(k.value for k in MEMBER_ROLES)
            problems.append(Problem("", "--role", kind.value, f"allowed: {allowed}"))
        if kind is MemberKind.ASSISTANT and not works_for:
            problems.append(
                Problem("", "--works-for", None, "an assistant works for one or more advisors")
            )
        if works_for and kind is not MemberKind.ASSISTANT:
            problems.append(
                Problem(
                    "", "--works-for", ", ".join(works_for), "only assistants work for advisors"
                )
            )
        if len(display_name) > 100:
            problems.append(Problem("", "--display-name", display_name, "at most 100 characters"))
        if problems:
            raise ValidationError(problems)

    def _check_adoptable(
        self,
        connection: Connection,
        role: roles.ServerRole,
        name: str,
        prefix: str,
        groups: list[str],
    ) -> None:
        if name in groups:
            raise BookError(f"{name} is one of the practice's group roles, not a person")
        if role.superuser:
            raise BookError(
                f"{name} is a superuser on this server, which no grant or row policy binds; a "
                "member must be an ordinary role. Give the person an ordinary role to work with."
            )
        admin_group = roles.group_role(prefix, MemberKind.ADMINISTRATOR)
        if role.exists and roles.member_of(connection, name, admin_group):
            raise BookError(
                f"{name} administers the practice ({admin_group} owns the book, and its members "
                "are not bound by a member's limits); give the person a second role to work as "
                "a member"
            )

    def remove_member(self, name: str, *, dry_run: bool = False) -> Ran:
        """Revoke the member's group: they can no longer open the book. Their records, the
        contacts they are advisor of record for and their audit entries stay as they are."""
        ran = Ran(dry_run=dry_run)
        with self._command(ran) as (session, connection):
            prefix = self._prefix(session)
            row = session.get(MemberRow, name)
            if row is None or not row.active or row.kind == MemberKind.ADMINISTRATOR.value:
                members = session.scalars(
                    select(MemberRow.name).where(
                        MemberRow.active.is_(True),
                        MemberRow.kind != MemberKind.ADMINISTRATOR.value,
                    )
                ).all()
                raise BookError(
                    f"{name} is not a member of this practice; members: "
                    f"{', '.join(sorted(members)) or 'none yet'}"
                )
            held = roles.groups_of(connection, prefix, name)
            self._run(connection, ran, roles.removal_statements(name, held))
            row.active, row.removed_at = False, now()
            session.flush()
            owned = (
                session.scalar(select(func.count(ContactRow.id)).where(ContactRow.advisor == name))
                or 0
            )
            ran.summary = f"Removed {name} from the practice; the server role itself is kept."
            if owned:
                ran.summary += (
                    f" {owned:,} contacts still name {name} as advisor of record: hand them over "
                    f"with `practice reassign {name} OTHER_ADVISOR`."
                )
            self.writer.audit(
                session,
                "remove_member",
                None,
                f"Removed {name} ({MemberKind(row.kind).label}) from the practice",
                {"name": [name, None], "active": [True, False]},
            )
        return ran

    def set_books(self, books: BookMode) -> Ran:
        """Shared: every advisor sees every client. Separate: each their own (row security)."""
        ran = Ran()
        with self._command(ran) as (session, _connection):
            self._prefix(session)
            row = session.get(PracticeRow, 1)
            assert row is not None  # _prefix refused a book without one
            before = row.books
            row.books = books.value
            session.flush()
            ran.summary = f"Books are now {books.value}."
            if before != books.value:
                self.writer.audit(
                    session,
                    "update",
                    None,
                    f"Books of the practice: {before} -> {books.value}",
                    {"books": [before, books.value]},
                    entity="practice",
                )
        return ran

    def listing(self) -> list[MemberListing]:
        practice = PracticeService(self.book)
        members = practice.members(include_removed=True)
        with self.book.session() as session:
            connection = session.connection()
            server = roles.server_roles(connection, [m.name for m in members])
            counts = dict(
                session.execute(
                    select(ContactRow.advisor, func.count())
                    .where(ContactRow.advisor.is_not(None))
                    .group_by(ContactRow.advisor)
                ).all()
            )
        return [
            MemberListing(
                member,
                server[member.name].exists,
                server[member.name].can_login,
                int(counts.get(member.name, 0)),
            )
            for member in members
        ]

    @staticmethod
    def _prefix(session: Session) -> str:
        row = session.get(PracticeRow, 1)
        if row is None:
            raise BookError(
                "this book is not a practice's yet: an administrator runs "
                "`advisor-referrals --db URL practice init` first"
            )
        return row.role_prefix


def _advisors_allowed(advisors: set[str]) -> str:
    if not advisors:
        return "not an advisor of this practice; add the advisors first"
    return f"not an advisor of this practice; advisors: {', '.join(sorted(advisors))}"
