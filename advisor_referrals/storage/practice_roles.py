"""The server side of a practice: group roles, members' roles and what each may touch.

(docs/design.md, "A practice".) PostgreSQL only. Each kind of member is a group role
named from the practice's prefix (`<prefix>_advisor`, `_assistant`, `_compliance`);
the schema belongs to `<prefix>_admin`, whose members (the administrators) run the
migrations with `practice init`. A member's own login role is granted their group
and nothing else, so the server holds them to it whatever client they connect with.

Every statement is built here as text, so `practice init --print-sql` (and the README)
show exactly what runs. Identifiers are quoted; role names are checked first
(`domain.practice.role_name_problem`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from advisor_referrals.domain.practice import MemberKind

# What each table is, for the grants. A table not listed is treated as RECORDS (a new
# feature's records work for advisors at once); tests/storage/test_practice_roles.py
# makes every new table be listed here on purpose.
RECORDS = "records"  # the book's records: clients and what hangs off them
LIBRARY = "library"  # practice-wide configuration: settings, trigger kinds, cadence
PRACTICE = "practice"  # who is who: changed only by administrators
AUDIT = "audit"  # append-only; written through its trigger-filled chain
NOTES = "notes"  # compliance officers' own notes

TABLES: dict[str, str] = {
    "contacts": RECORDS,
    "households": RECORDS,
    "tags": RECORDS,
    "contact_tags": RECORDS,
    "conversation_triggers": RECORDS,
    "referrals": RECORDS,
    "referral_status_changes": RECORDS,
    "outbound_referrals": RECORDS,
    "reviews": RECORDS,
    "kit_history": RECORDS,
    "tasks": RECORDS,
    "asks": RECORDS,
    "import_batches": RECORDS,
    "import_batch_updates": RECORDS,
    "settings": LIBRARY,
    "trigger_kinds": LIBRARY,
    "trigger_kind_texts": LIBRARY,  # the trigger kinds' wording per kit language
    "review_cadence": LIBRARY,
    "practice": PRACTICE,
    "members": PRACTICE,
    "member_advisors": PRACTICE,
    "alembic_version": PRACTICE,
    "audit_entries": AUDIT,
    "compliance_notes": NOTES,
}
# Tables an assistant may delete rows of: a tag taken off a contact is an edit of the
# contact, not a deleted record.
ASSISTANT_DELETES = frozenset({"contact_tags"})
# The columns a member's client sends with an audit entry. The database numbers it (the
# id is not theirs to give) and replaces what the client sends as "user" (the session's
# user) and as the chain's hashes (computed by the chain's trigger, "The audit chain").
AUDIT_INSERT_COLUMNS = (
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "summary",
    "changes",
    "prev_hash",
    "hash",
)

GROUP_SUFFIX = {
    MemberKind.ADVISOR: "advisor",
    MemberKind.ASSISTANT: "assistant",
    MemberKind.COMPLIANCE: "compliance",
    MemberKind.ADMINISTRATOR: "admin",
}
MEMBER_GROUPS = (MemberKind.ADVISOR, MemberKind.ASSISTANT, MemberKind.COMPLIANCE)
PREFIX_MAX = 40


def quoted(name: str) -> str:
    """An SQL identifier, quoted (role names may hold . @ and -)."""
    return '"' + name.replace('"', '""') + '"'


def prefix_for(database: str) -> str:
    """The group roles' prefix for a database: its name in lower case, letters, digits, _."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "book"
    if not cleaned[0].isalpha():
        cleaned = "p_" + cleaned
    return cleaned[:PREFIX_MAX]


def group_role(prefix: str, kind: MemberKind) -> str:
    return f"{prefix}_{GROUP_SUFFIX[kind]}"


@dataclass(frozen=True)
class ServerRole:
    name: str
    exists: bool
    can_login: bool = False
    superuser: bool = False


@dataclass(frozen=True)
class SessionInfo:
    """Who is connected and what the server lets them do with roles."""

    user: str
    database: str
    superuser: bool
    create_role: bool


# Reading the server


def session_info(connection: Connection) -> SessionInfo:
    row = connection.execute(
        text(
            "SELECT session_user, current_database(), r.rolsuper, r.rolcreaterole "
            "FROM pg_roles r WHERE r.rolname = session_user"
        )
    ).one()
    return SessionInfo(str(row[0]), str(row[1]), bool(row[2]), bool(row[3]))


def server_role(connection: Connection, name: str) -> ServerRole:
    row = connection.execute(
        text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    if row is None:
        return ServerRole(name, exists=False)
    return ServerRole(name, exists=True, can_login=bool(row[0]), superuser=bool(row[1]))


def server_roles(connection: Connection, names: Iterable[str]) -> dict[str, ServerRole]:
    wanted = list(names)
    rows = connection.execute(
        text("SELECT rolname, rolcanlogin, rolsuper FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": wanted},
    ).all()
    found = {str(r[0]): ServerRole(str(r[0]), True, bool(r[1]), bool(r[2])) for r in rows}
    return {name: found.get(name, ServerRole(name, exists=False)) for name in wanted}


def member_of(connection: Connection, member: str, group: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE g.rolname = :group AND u.rolname = :member)"
            ),
            {"group": group, "member": member},
        ).scalar()
    )


def book_tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') "
                "ORDER BY c.relname"
            )
        ).scalars()
    )


def owned_objects(connection: Connection, owner: str) -> list[str]:
    """ALTER ... OWNER statements for the book's objects not yet owned by `owner`.

    Tables (their sequences follow them), free-standing sequences, views and the
    functions the migrations made; the extensions' own functions stay as they are.
    """
    statements: list[str] = []
    relations = connection.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
            "AND r.rolname <> :owner "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
            "  AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) "
            "ORDER BY c.relkind DESC, c.relname"
        ),
        {"owner": owner},
    ).all()
    kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}
    for name, kind in relations:
        statements.append(f"ALTER {kinds[str(kind)]} {quoted(str(name))} OWNER TO {quoted(owner)}")
    functions = connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "JOIN pg_roles r ON r.oid = p.proowner "
            "WHERE n.nspname = 'public' AND r.rolname <> :owner "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
            "  AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1"
        ),
        {"owner": owner},
    ).scalars()
    statements += [
        f"ALTER FUNCTION {signature} OWNER TO {quoted(owner)}" for signature in functions
    ]
    return statements


# Building the statements


def group_statements(prefix: str, database: str, admin: str, existing: Iterable[str]) -> list[str]:
    """The group roles, the database's and the schema's privileges, and the admin's membership."""
    have = set(existing)
    statements = [
        f"CREATE ROLE {quoted(group_role(prefix, kind))} NOLOGIN"
        for kind in (MemberKind.ADMINISTRATOR, *MEMBER_GROUPS)
        if group_role(prefix, kind) not in have
    ]
    admin_group = quoted(group_role(prefix, MemberKind.ADMINISTRATOR))
    groups = ", ".join(
        quoted(group_role(prefix, k)) for k in (MemberKind.ADMINISTRATOR, *MEMBER_GROUPS)
    )
    statements += [
        f"GRANT {admin_group} TO {quoted(admin)}",
        # Only the practice's people connect; each may use temporary tables (reports do).
        f"REVOKE ALL ON DATABASE {quoted(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quoted(database)} TO {groups}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE, CREATE ON SCHEMA public TO {admin_group}",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
    ]
    return statements


def privilege_statements(prefix: str, tables: Sequence[str]) -> list[str]:
    """What each group may do with each table, from nothing: revoked, then granted."""
    advisor, assistant, compliance = (quoted(group_role(prefix, k)) for k in MEMBER_GROUPS)
    everyone = f"{advisor}, {assistant}, {compliance}"
    statements: list[str] = []
    for table in tables:
        kind = TABLES.get(table, RECORDS)
        name = quoted(table)
        statements.append(f"REVOKE ALL ON TABLE {name} FROM {everyone}")
        if kind == NOTES:
            statements.append(f"GRANT SELECT, INSERT, UPDATE ON TABLE {name} TO {compliance}")
            continue
        statements.append(f"GRANT SELECT ON TABLE {name} TO {everyone}")
        if kind == RECORDS:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON TABLE {name} TO {advisor}")
            assistant_may = (
                "INSERT, UPDATE, DELETE" if table in ASSISTANT_DELETES else "INSERT, UPDATE"
            )
            statements.append(f"GRANT {assistant_may} ON TABLE {name} TO {assistant}")
        elif kind == LIBRARY:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON TABLE {name} TO {advisor}")
        elif kind == AUDIT:
            columns = ", ".join(quoted(c) for c in AUDIT_INSERT_COLUMNS)
            statements.append(f"GRANT INSERT ({columns}) ON TABLE {name} TO {everyone}")
    statements += [
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}",
        # New rows take ids from the sequences; bulk loads hand out ids and move them on.
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {advisor}, {assistant}",
    ]
    # Compliance officers write audit entries and their notes, so they take those ids.
    for table in tables:
        kind = TABLES.get(table, RECORDS)
        if kind in (AUDIT, NOTES):
            who = everyone if kind == AUDIT else compliance
            statements.append(f"GRANT USAGE ON SEQUENCE {quoted(table + '_id_seq')} TO {who}")
    return statements


def member_statements(
    prefix: str, name: str, kind: MemberKind, *, create: bool, groups_held: Iterable[str]
) -> list[str]:
    """Create (or adopt) a member's login role and give it its group, and only that."""
    statements = [f"CREATE ROLE {quoted(name)} LOGIN"] if create else []
    target = group_role(prefix, kind)
    statements += [
        f"REVOKE {quoted(group)} FROM {quoted(name)}" for group in groups_held if group != target
    ]
    statements.append(f"GRANT {quoted(target)} TO {quoted(name)}")
    return statements


def removal_statements(name: str, groups_held: Iterable[str]) -> list[str]:
    return [f"REVOKE {quoted(group)} FROM {quoted(name)}" for group in groups_held]


def groups_of(connection: Connection, prefix: str, name: str) -> list[str]:
    """The practice's group roles `name` holds."""
    groups = [group_role(prefix, kind) for kind in (MemberKind.ADMINISTRATOR, *MEMBER_GROUPS)]
    return [group for group in groups if member_of(connection, name, group)]


def run(connection: Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)
