"""A practice on the real PostgreSQL server: each member signs in as their own role, and the
server (not only the app) holds them to what their role allows.

(docs/design.md, "A practice".) Raw SQL with a member's own credentials is refused
just as the app's writes are, so the rules hold for any client.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import CompensationKind, Relationship
from advisor_referrals.domain.errors import NotPermittedError, SchemaBehindError, ValidationError
from advisor_referrals.domain.practice import BookMode, TaskKind
from advisor_referrals.domain.referrals import Compensation, ReferralFields
from advisor_referrals.domain.triggers import TriggerFields
from advisor_referrals.services.audit.chain import verify
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.contacts_csv import import_contacts_csv
from advisor_referrals.services.imports.mapping import apply_preset, preset_named
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.practice.administration import PracticeAdministration
from advisor_referrals.services.practice.compliance_notes import ComplianceNotes
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.services.practice.reassign import ReassignService
from advisor_referrals.services.practice.tasks import TaskService
from advisor_referrals.services.referrals.recording import ReferralService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.triggers.trigger_log import TriggerService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow
from advisor_referrals.storage.opening import open_book
from tests.support.practice import ADVISOR, ASSISTANT, COMPLIANCE, OTHER_ADVISOR, PracticeBook

pytestmark = pytest.mark.postgres

RECEIVED = date.today() - timedelta(days=3)
REFUSED = psycopg.errors.InsufficientPrivilege


def client(book: Book, first: str, last: str, advisor: str | None = None) -> int:
    fields = ContactFields(
        first_name=first, last_name=last, relationship=Relationship.CLIENT, advisor=advisor
    )
    return ContactService(book).create(fields).id


def books_of_two_advisors(practice: PracticeBook) -> dict[str, int]:
    """Each advisor's client with a referral, a review and a trigger, written by that advisor."""
    ids: dict[str, int] = {}
    for advisor, (first, friend) in {
        ADVISOR: ("Ana", "Bia"),
        OTHER_ADVISOR: ("Ben", "Caio"),
    }.items():
        book = practice.open_as(advisor)
        ids[first] = client(book, first, "Client")
        recorded = ReferralService(book).record(
            ReferralFields(
                referrer_id=ids[first],
                referred_id=0,
                received_on=RECEIVED,
                compensation=Compensation(kind=CompensationKind.GIFT, value=Decimal("50")),
            ),
            new_referred=ContactFields(first_name=friend, last_name="Friend"),
        )
        assert recorded.created_contact_id is not None
        ids[friend] = recorded.created_contact_id
        ids[f"{first} referral"] = recorded.referral.id
        ReviewService(book).schedule(ids[first], date.today() + timedelta(days=5))
        TriggerService(book).log(
            TriggerFields(contact_id=ids[first], kind="retirement", occurred_on=RECEIVED)
        )
    return ids


def refused(connection: psycopg.Connection[tuple[object, ...]], sql: str) -> bool:
    try:
        connection.execute(sql)
    except REFUSED:
        connection.rollback()
        return True
    connection.rollback()
    return False


def test_a_new_contact_belongs_to_the_advisor_who_adds_it_and_the_referred_to_the_referrers(
    practice: PracticeBook,
) -> None:
    ids = books_of_two_advisors(practice)
    contacts = ContactService(practice.admin)
    assert contacts.get(ids["Ana"]).advisor == ADVISOR
    assert contacts.get(ids["Bia"]).advisor == ADVISOR  # referred by Dana's client
    assert contacts.get(ids["Ben"]).advisor == OTHER_ADVISOR
    # An assistant's new contact is their advisor's; a name finds its advisor by display name.
    sam = practice.open_as(ASSISTANT)
    assert ContactService(sam).get(client(sam, "Dora", "Lima")).advisor == ADVISOR
    named = ContactService(practice.admin).create(
        ContactFields(first_name="Eva", last_name="Ros", advisor="lee okafor")
    )
    assert named.advisor == OTHER_ADVISOR


def test_with_separate_books_an_advisor_never_sees_another_advisors_clients(
    practice: PracticeBook,
) -> None:
    ids = books_of_two_advisors(practice)
    unassigned = client(practice.admin, "Nora", "Nobody")
    ContactService(practice.admin).update(
        unassigned, 1, ContactService(practice.admin).get(unassigned).as_fields()
    )  # an edit by the administrator, who sees everything
    lee = practice.open_as(OTHER_ADVISOR)
    listed = ContactTable(lee).ids(ContactFilter())
    assert set(listed) == {ids["Ben"], ids["Caio"], unassigned}
    with practice.sql_as(OTHER_ADVISOR) as raw:
        danas = {ids["Ana"], ids["Bia"]}
        for table, column, hidden in (
            ("contacts", "id", danas),
            ("referrals", "referred_id", danas),
            ("reviews", "contact_id", danas),
            ("conversation_triggers", "contact_id", danas),
            ("referral_status_changes", "referral_id", {ids["Ana referral"]}),
        ):
            seen = {row[0] for row in raw.execute(f"SELECT {column} FROM {table}")}
            assert seen and not seen & hidden, table
        assert raw.execute("SELECT count(*) FROM contacts WHERE advisor = 'dana'").fetchone() == (
            0,
        )
        # Writing where one cannot see changes nothing; writing into another's book is refused.
        changed = raw.execute(f"UPDATE contacts SET notes = 'x' WHERE id = {ids['Ana']}")
        assert changed.rowcount == 0
        raw.rollback()
        assert refused(
            raw,
            "INSERT INTO contacts (first_name, last_name, advisor, relationship, segment, "
            "has_written_plan, do_not_ask, notes, search_text, version, created_at, updated_at) "
            "VALUES ('Mal', 'Lory', 'dana', 'client', 'unknown', false, false, '', '', 1, now(), now())",
        )
    # Dana's assistant sees Dana's book and not Lee's; compliance sees everything.
    sam = ContactTable(practice.open_as(ASSISTANT)).ids(ContactFilter())
    assert ids["Ana"] in sam and ids["Ben"] not in sam
    cora = ContactTable(practice.open_as(COMPLIANCE)).ids(ContactFilter())
    assert {ids["Ana"], ids["Ben"], unassigned} <= set(cora)
    # Shared books: every advisor sees every client.
    PracticeAdministration(practice.admin).set_books(BookMode.SHARED)
    assert ids["Ana"] in ContactTable(lee).ids(ContactFilter())


def test_an_assistant_cannot_change_compensation_or_delete_anything(
    practice: PracticeBook,
) -> None:
    ids = books_of_two_advisors(practice)
    sam = practice.open_as(ASSISTANT)
    referrals = ReferralService(sam)
    referral = referrals.get(ids["Ana referral"])
    with pytest.raises(NotPermittedError, match="compensation"):
        referrals.set_compensation(
            referral.id,
            referral.version,
            Compensation(kind=CompensationKind.CASH, value=Decimal("900")),
        )
    with pytest.raises(NotPermittedError):
        referrals.delete(referral.id, referral.version)
    # What an assistant is there for still works: the follow-up, the notes.
    referrals.record_first_contact(referral.id, referral.version)
    moved = referrals.get(referral.id)
    referrals.update(moved.id, moved.version, replace(moved.as_fields(), notes="left a message"))
    assert referrals.get(referral.id).compensation == referral.compensation
    with practice.sql_as(ASSISTANT) as raw:
        assert refused(raw, f"UPDATE referrals SET comp_value_cents = 1 WHERE id = {referral.id}")
        assert refused(
            raw,
            f"UPDATE referrals SET comp_kind = NULL, comp_value_cents = NULL WHERE id = {referral.id}",
        )
        for table in ("contacts", "referrals", "reviews", "conversation_triggers", "households",
                      "kit_history", "tasks", "audit_entries", "members"):  # fmt: skip
            assert refused(raw, f"DELETE FROM {table}"), table
        assert refused(raw, "UPDATE settings SET value = NULL")
    assert ReferralService(practice.admin).get(referral.id).compensation == referral.compensation


def test_a_compliance_officers_write_is_refused_by_the_server(practice: PracticeBook) -> None:
    ids = books_of_two_advisors(practice)
    cora = practice.open_as(COMPLIANCE)
    contacts = ContactService(cora)
    ana = contacts.get(ids["Ana"])  # reads everything
    with pytest.raises(NotPermittedError, match="permission denied"):
        contacts.update(ana.id, ana.version, ana.as_fields().edited(notes="looks fine"))
    with practice.sql_as(COMPLIANCE) as raw:
        assert refused(raw, f"UPDATE contacts SET notes = 'x' WHERE id = {ids['Ana']}")
        assert refused(raw, "UPDATE referrals SET notes = 'x'")
        assert refused(raw, "INSERT INTO tags (name) VALUES ('mine')")
        assert refused(raw, "DELETE FROM reviews")
        # Their review notes are theirs to write, and nobody else's.
        raw.execute("INSERT INTO compliance_notes (entity, entity_id, note, author, version, "
                    "created_at, updated_at) VALUES ('referral', 1, 'checked', 'dana', 1, now(), now())")  # fmt: skip
        raw.commit()
        assert raw.execute("SELECT author FROM compliance_notes").fetchall() == [(COMPLIANCE,)]
    notes = ComplianceNotes(cora)
    note = notes.add("referral", ids["Ana referral"], "Disclosure sent late; reminded Dana.")
    notes.edit(note.id, note.version, "Disclosure sent late; Dana confirmed the process.")
    assert ContactService(practice.admin).get(ana.id).notes == ""
    with practice.sql_as(ADVISOR) as raw:
        assert refused(raw, "SELECT * FROM compliance_notes")


def test_the_audit_entry_names_the_role_whatever_the_environment_says(
    practice: PracticeBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVISOR_REFERRALS_USER", OTHER_ADVISOR)
    dana = practice.open_as(ADVISOR)
    assert dana.user == ADVISOR
    ana = client(dana, "Ana", "Souza")
    with practice.sql_as(ADVISOR) as raw:
        raw.execute(
            'INSERT INTO audit_entries (at, "user", action, entity, summary, prev_hash, hash) '
            "VALUES (now(), 'lee', 'update', 'contact', 'Lee did it', 'forged', 'forged')"
        )
        raw.commit()
        # The chain's columns are the database's to fill.
        assert refused(
            raw, "INSERT INTO audit_entries (id, at, action, entity) VALUES (999, now(), 'x', 'y')"
        )
    with practice.admin.session() as session:
        entries = session.execute(
            select(AuditRow.user, AuditRow.summary).order_by(AuditRow.id)
        ).all()
    assert (ADVISOR, "Added Ana Souza") in entries
    assert (ADVISOR, "Lee did it") in entries
    assert all(user != OTHER_ADVISOR for user, _ in entries)
    assert ana
    # The chain took the server's name and its own hashes: the trail proves itself whole.
    report = verify(practice.admin)
    assert report.whole, report.describe()
    assert verify(practice.open_as(COMPLIANCE)).whole


@pytest.mark.parametrize("role", [ADVISOR, ASSISTANT, COMPLIANCE])
def test_no_member_can_truncate_update_or_delete_the_audit_trail(
    practice: PracticeBook, role: str
) -> None:
    client(practice.open_as(ADVISOR), "Ana", "Souza")
    with practice.admin.session() as session:
        before = session.execute(select(AuditRow.id, AuditRow.summary)).all()
    with practice.sql_as(role) as raw:
        for sql in (
            "TRUNCATE audit_entries",
            "UPDATE audit_entries SET summary = 'nothing happened'",
            "UPDATE audit_entries SET \"user\" = 'someone else'",
            "DELETE FROM audit_entries",
        ):
            assert refused(raw, sql), sql
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="must be owner"):
            raw.execute("ALTER TABLE audit_entries DISABLE TRIGGER ALL")
    with practice.admin.session() as session:
        assert session.execute(select(AuditRow.id, AuditRow.summary)).all() == before


def test_reassigning_a_book_is_one_audited_action(practice: PracticeBook) -> None:
    ids = books_of_two_advisors(practice)
    moved = ReassignService(practice.admin).reassign(OTHER_ADVISOR, from_advisor=ADVISOR)
    assert set(moved.contact_ids) == {ids["Ana"], ids["Bia"]}
    lee = ContactTable(practice.open_as(OTHER_ADVISOR)).ids(ContactFilter())
    assert {ids["Ana"], ids["Bia"], ids["Ben"]} <= set(lee)
    assert ContactTable(practice.open_as(ADVISOR)).ids(ContactFilter()) == []
    with practice.admin.session() as session:
        entries = session.scalars(select(AuditRow).where(AuditRow.action == "reassign")).all()
    assert len(entries) == 1
    assert entries[0].changes["contacts"][1] == sorted(moved.contact_ids)
    assert entries[0].summary == "Reassigned 2 contacts from dana to lee."
    # In separate books an advisor cannot give their clients away: the server refuses.
    with pytest.raises(NotPermittedError, match="row-level security"):
        ReassignService(practice.open_as(OTHER_ADVISOR)).reassign(ADVISOR, contact_ids=[ids["Ben"]])


def test_an_assistant_sees_the_follow_ups_given_to_them(practice: PracticeBook) -> None:
    ids = books_of_two_advisors(practice)
    dana = practice.open_as(ADVISOR)
    tasks = TaskService(dana)
    first = tasks.assign(TaskKind.FIRST_CONTACT, ids["Ana referral"], ASSISTANT)
    eva = client(dana, "Eva", "Client")
    assert first.due_on == RECEIVED + timedelta(days=2)
    tasks.assign(TaskKind.REVIEW_BOOKING, eva, ASSISTANT, due_on=date.today() + timedelta(days=9))
    with pytest.raises(Exception, match="not an advisor or assistant"):
        tasks.assign(TaskKind.THANK_YOU, ids["Ana referral"], COMPLIANCE)
    sam = practice.open_as(ASSISTANT)
    mine = TaskService(sam).mine()
    assert [(t.kind, t.subject) for t in mine] == [
        (TaskKind.FIRST_CONTACT, "Bia Friend (referred by Ana Client)"),
        (TaskKind.REVIEW_BOOKING, "Eva Client"),
    ]
    assert mine[0].overdue(date.today())
    # Doing the follow-up closes the task; the review booking waits for a new review.
    referral = ReferralService(sam).get(ids["Ana referral"])
    ReferralService(sam).record_first_contact(referral.id, referral.version)
    assert [t.kind for t in TaskService(sam).mine()] == [TaskKind.REVIEW_BOOKING]
    ReviewService(sam).schedule(eva, date.today() + timedelta(days=20))
    assert TaskService(sam).mine() == []
    assert TaskService(practice.open_as(OTHER_ADVISOR)).mine() == []


def test_a_members_app_on_a_book_behind_its_schema_says_an_administrator_must_upgrade_it(
    practice: PracticeBook,
) -> None:
    with practice.admin.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")
    for role in (ADVISOR, "postgres"):
        with pytest.raises(SchemaBehindError, match="practice init"):
            open_book(practice.url(role))


def test_the_member_at_the_desk_is_known_by_their_role(practice: PracticeBook) -> None:
    sam = PracticeService(practice.open_as(ASSISTANT))
    me = sam.me()
    assert (me.name, me.kind.value, me.works_for) == (ASSISTANT, "assistant", (ADVISOR,))
    assert [m.name for m in sam.advisors()] == [ADVISOR, OTHER_ADVISOR]
    assert sam.scope_mine() is not None and sam.scope_mine().advisors == frozenset({ADVISOR})
    admin = PracticeService(practice.admin).me()
    assert admin.kind.value == "administrator"


def test_a_member_imports_contacts_beside_rows_they_cannot_see(
    practice: PracticeBook, tmp_path: Path
) -> None:
    lee = practice.open_as(OTHER_ADVISOR)
    for number in range(5):
        client(lee, f"Lee{number}", "Client")
    csv_file = tmp_path / "wealthbox.csv"
    csv_file.write_text(
        "First Name,Last Name,Email,Assigned To\n"
        "Ana,Souza,ana@example.com,Dana Whitfield\n"
        "Ben,Ito,ben@example.com,\n",
        encoding="utf-8",
    )
    dana = practice.open_as(ADVISOR)
    headers = ["First Name", "Last Name", "Email", "Assigned To"]
    wealthbox = apply_preset(headers, preset_named("Wealthbox"))
    summary = import_contacts_csv(dana, csv_file, mapping=wealthbox)
    assert summary.counts["contacts added"] == 2
    rows = ContactTable(dana).rows(ContactTable(dana).ids(ContactFilter()))
    assert {(r.first_name, r.advisor) for r in rows} == {("Ana", ADVISOR), ("Ben", ADVISOR)}
    # The sequence moved past the imported ids: the next contact anyone adds fits.
    client(lee, "Later", "Client")
    assert len(ContactTable(practice.admin).ids(ContactFilter())) == 8
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name,last_name,advisor\nEva,Ros,Someone Else\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not an advisor of this practice"):
        import_contacts_csv(dana, bad)


def test_a_members_own_quarter_is_counted_through_their_own_role(practice: PracticeBook) -> None:
    books_of_two_advisors(practice)
    for role in (ADVISOR, ASSISTANT):
        book = practice.open_as(role)
        mine = PracticeService(book).scope_mine()
        assert mine is not None
        figures = MetricsService(book).quarter_to_date(RECEIVED, scope=mine)
        assert figures.referrals_received == 1, role  # Dana's only: Lee's is not theirs
    everyone = MetricsService(practice.open_as(COMPLIANCE)).quarter_to_date(RECEIVED)
    assert everyone.referrals_received == 2


def test_an_import_the_server_refuses_to_a_role_says_why_and_writes_nothing(
    practice: PracticeBook, tmp_path: Path
) -> None:
    """A compliance officer reads the book but may not add contacts: the import says what
    the server refused and that the role is why, not the driver's class name."""
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("first_name,last_name\nAna,Souza\nBen,Ito\n", encoding="utf-8")
    cora = practice.open_as(COMPLIANCE)
    with pytest.raises(NotPermittedError) as refusal:
        import_contacts_csv(cora, csv_file)
    message = str(refusal.value)
    assert message.startswith(f"the database server refused this change for {COMPLIANCE}")
    assert "permission denied for table" in message
    assert "Nothing was saved; your role in the practice does not allow it." in message
    assert "InsufficientPrivilege" not in message
    assert ContactTable(practice.admin).ids(ContactFilter()) == []
