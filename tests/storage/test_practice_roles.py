"""What each kind of member may touch is decided for every table on purpose."""

from __future__ import annotations

from advisor_referrals.domain.practice import role_name_problem
from advisor_referrals.storage import practice_roles
from advisor_referrals.storage.models import Base


def test_every_table_of_the_book_has_a_decided_kind() -> None:
    """A new table must say what members may do with it: records, library, practice..."""
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert tables - set(practice_roles.TABLES) == set()
    assert set(practice_roles.TABLES) - tables == set()


def test_group_role_names_come_from_the_database_name() -> None:
    assert practice_roles.prefix_for("Larkfield-Wealth") == "larkfield_wealth"
    assert practice_roles.prefix_for("2026 book") == "p_2026_book"
    assert len(practice_roles.prefix_for("x" * 80)) == practice_roles.PREFIX_MAX
    assert practice_roles.quoted('a"b') == '"a""b"'


def test_role_names_are_plain_enough_to_type() -> None:
    assert role_name_problem("dana") is None
    assert role_name_problem("dana.lee@example") is None
    assert "lower-case" in (role_name_problem("Dana Lee") or "")
    assert "reserved" in (role_name_problem("pg_admin") or "")
    assert "at most 63" in (role_name_problem("d" * 64) or "")


def test_members_never_get_the_audit_trails_update_delete_or_its_chain_columns() -> None:
    statements = practice_roles.privilege_statements("p", sorted(practice_roles.TABLES))
    audit = [s for s in statements if '"audit_entries"' in s and s.startswith("GRANT")]
    assert audit == [
        'GRANT SELECT ON TABLE "audit_entries" TO "p_advisor", "p_assistant", "p_compliance"',
        'GRANT INSERT ("at", "user", "action", "entity", "entity_id", "summary", "changes", '
        '"prev_hash", "hash") ON TABLE "audit_entries" TO "p_advisor", "p_assistant", '
        '"p_compliance"',
    ]
    deletes = [s for s in statements if "DELETE" in s and '"p_assistant"' in s]
    assert deletes == ['GRANT INSERT, UPDATE, DELETE ON TABLE "contact_tags" TO "p_assistant"']
    # A compliance officer reads; writes only audit entries (through the chain) and notes.
    writes = {
        s.split(" TO ")[0]
        for s in statements
        if s.startswith("GRANT") and '"p_compliance"' in s and not s.startswith("GRANT SELECT ON")
    }
    assert writes == {
        'GRANT INSERT ("at", "user", "action", "entity", "entity_id", "summary", "changes", '
        '"prev_hash", "hash") ON TABLE "audit_entries"',
        'GRANT SELECT, INSERT, UPDATE ON TABLE "compliance_notes"',
        'GRANT USAGE ON SEQUENCE "audit_entries_id_seq"',
        'GRANT USAGE ON SEQUENCE "compliance_notes_id_seq"',
    }
