"""The practice in the window: whose clients the pages show, handing clients over, My tasks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QComboBox, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.practice import Scope, TaskKind
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.client_table import ContactFilter
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import AuditRow
from advisor_referrals.ui.book_opening import open_interactively
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.clients import ClientsPage
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.pages.today_sections import BookAtAGlance
from advisor_referrals.ui.practice.reassign import ReassignContacts
from advisor_referrals.ui.practice.tasks import MyTasksSection
from tests.support.desks import SECRET
from tests.support.practice import COMPLIANCE, PracticeBook

TODAY = date.today()


def open_window(qtbot: QtBot, book: Book, settings_file: Path) -> MainWindow:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.history.busy, timeout=20_000)
        QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.wait(100)


def glance(page: TodayPage) -> dict[str, str]:
    section = next(s for s in page.sections if isinstance(s, BookAtAGlance))
    return {key: label.text() for key, label in section.numbers.items()}


def test_the_scope_chosen_on_today_lists_that_advisors_clients_everywhere_and_is_remembered(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    make_demo_book(sqlite_book, clients=120, seed=3, today=TODAY)
    services = BookServices.for_book(sqlite_book, RENDERERS)
    window = open_window(qtbot, sqlite_book, tmp_path / "settings.ini")
    today = window.show_page("today")
    assert isinstance(today, TodayPage) and today.scope_chooser is not None
    qtbot.waitUntil(lambda: today.scope_chooser is not None and today.scope_chooser.count() == 4)
    chooser = today.scope_chooser
    assert [chooser.itemText(i) for i in range(4)] == [
        "All advisors", "Jordan Ellery", "Marcus Bell", "Priya Raman"
    ]  # fmt: skip
    settle(qtbot, window)
    everyone = glance(today)
    chooser.setCurrentIndex(chooser.findText("Priya Raman"))
    settle(qtbot, window)
    priya = Scope.of_advisor("Priya Raman")
    counts = services.contact_table.relationship_counts(priya)
    assert glance(today)["clients"] == str(counts[Relationship.CLIENT])
    assert glance(today) != everyone
    # The client table follows the same choice, and shows whose each client is.
    page = window.show_page("clients")
    assert isinstance(page, ClientsPage)
    qtbot.waitUntil(lambda: not page.controller.busy and page.model.rowCount() > 0)
    expected = services.contact_table.ids(ContactFilter(scope=priya))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == expected
    assert not page.view.isColumnHidden(page.model.columnCount() - 1)
    window.close()
    # Opened again: the same choice.
    again = open_window(qtbot, sqlite_book, tmp_path / "settings.ini")
    assert again.parts.scope.scope == priya
    again.close()


def test_handing_the_selected_clients_to_another_advisor_is_one_step_undone_as_one(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    make_demo_book(sqlite_book, clients=60, seed=3, today=TODAY)
    window = open_window(qtbot, sqlite_book, tmp_path / "settings.ini")
    services = window.services
    marcus = services.contact_table.ids(ContactFilter(scope=Scope.of_advisor("Marcus Bell")))
    moving = marcus[:3]
    window.history.push(
        ReassignContacts(services.reassign, window.history, "Priya Raman", "Priya Raman", moving)
    )
    settle(qtbot, window)
    assert {c.advisor for c in services.contacts.get_many(moving)} == {"Priya Raman"}
    assert window.undo_stack.undoText() == "Give 3 Contacts to Priya Raman"
    window.undo_stack.undo()
    settle(qtbot, window)
    assert {c.advisor for c in services.contacts.get_many(moving)} == {"Marcus Bell"}
    with sqlite_book.session() as session:
        entries = session.execute(
            select(AuditRow.action, AuditRow.summary)
            .where(AuditRow.action.in_(["reassign", "undo"]))
            .order_by(AuditRow.id)
        )
        assert [tuple(e) for e in entries] == [
            ("reassign", "Reassigned 3 contacts to Priya Raman."),
            (
                "undo",
                "Undo of “Give 3 Contacts to Priya Raman”: Put 3 contacts back with their advisors",
            ),
        ]
    window.close()


def test_my_tasks_lists_what_was_given_to_me_and_done_closes_it(
    qtbot: QtBot, sqlite_book: Book, tmp_path: Path
) -> None:
    make_demo_book(sqlite_book, clients=60, seed=3, today=TODAY)
    services = BookServices.for_book(sqlite_book, RENDERERS)
    waiting = services.referral_table.thanks_owed(TODAY, None)
    task = services.tasks.assign(
        TaskKind.THANK_YOU, waiting[0].id, sqlite_book.user, due_on=TODAY - timedelta(days=1)
    )
    window = open_window(qtbot, sqlite_book, tmp_path / "settings.ini")
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    section = next(s for s in today.sections if isinstance(s, MyTasksSection))
    qtbot.waitUntil(lambda: section.loaded and len(section.rows) == 1)
    assert section.cells(section.rows[0])[0] == "Thank-you"
    assert "(1 days late)" in section.cells(section.rows[0])[2]
    section.button(0, "Done").click()
    qtbot.waitUntil(lambda: section.loaded and section.rows == [], timeout=10_000)
    assert services.tasks.get(task.id).done_on == TODAY
    window.close()


@pytest.mark.postgres
def test_an_assistants_window_offers_my_clients_and_their_tasks(
    qtbot: QtBot, practice: PracticeBook, tmp_path: Path
) -> None:
    make_demo_book(practice.admin, clients=80, seed=2, today=TODAY)
    nina = practice.open_as("nina")
    window = open_window(qtbot, nina, tmp_path / "settings.ini")
    today = window.show_page("today")
    assert isinstance(today, TodayPage) and today.scope_chooser is not None
    qtbot.waitUntil(lambda: today.scope_chooser is not None and today.scope_chooser.count() > 0)
    shown = [today.scope_chooser.itemText(i) for i in range(today.scope_chooser.count())]
    assert shown[:2] == ["My clients", "The whole practice"]
    assert {"Jordan Ellery", "Priya Raman", "Marcus Bell"} <= set(shown[2:])
    section = next(s for s in today.sections if isinstance(s, MyTasksSection))
    qtbot.waitUntil(lambda: section.loaded)
    assert section.rows and all(row.assignee == "nina" for row in section.rows)
    assert window.member_badge.text() == "Signed in as Nina Alvarez (assistant)"
    assert window.new_contact.isEnabled()
    settle(qtbot, window)
    window.close()


@pytest.mark.postgres
def test_a_compliance_officers_window_says_it_reads_only(
    qtbot: QtBot, practice: PracticeBook, tmp_path: Path
) -> None:
    dana = BookServices.for_book(practice.open_as("dana"), RENDERERS)
    dana.contacts.create(ContactFields(first_name="Ana", last_name="Souza"))
    window = open_window(qtbot, practice.open_as(COMPLIANCE), tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: bool(window.member_badge.text()))
    assert window.member_badge.text() == "Signed in as Cora Lind (compliance officer, reads only)"
    assert not window.new_contact.isEnabled()
    settle(qtbot, window)
    window.close()


@pytest.mark.postgres
def test_the_app_asks_for_the_servers_password_and_keeps_it_nowhere(
    qtbot: QtBot, asks_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return (SECRET, True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    opened = open_interactively(asks_password, None, RENDERERS)
    assert opened is not None
    services, _passphrase = opened
    try:
        assert services.book.user == "pw_member"
        assert len(asked) == 1 and "asks for your password" in asked[0]
        assert SECRET not in services.book.location
    finally:
        services.book.close()


def test_the_contact_form_keeps_and_changes_the_advisor_of_record(
    qtbot: QtBot, sqlite_book: Book
) -> None:
    services = BookServices.for_book(sqlite_book, RENDERERS)
    contacts = services.contacts
    ana = contacts.create(ContactFields(first_name="Ana", last_name="Souza", advisor="Priya Raman"))
    contacts.create(ContactFields(first_name="Ben", last_name="Ito", advisor="Marcus Bell"))

    def save(_fields: ContactFields, _dialog: ContactDialog) -> None:
        """Not pressed here: the test reads what the form would save."""

    # Without advisors to choose from, the form keeps the one the contact has.
    plain = ContactDialog(save, [], ana)
    qtbot.addWidget(plain)
    assert "advisor" not in plain.inputs
    assert plain.fields().advisor == "Priya Raman"
    chooser = ContactDialog(
        save, [], ana, None, [("Marcus Bell", "Marcus Bell"), ("Priya Raman", "Priya Raman")]
    )
    qtbot.addWidget(chooser)
    combo = chooser.inputs["advisor"]
    assert isinstance(combo, QComboBox) and combo.currentText() == "Priya Raman"
    combo.setCurrentIndex(combo.findData("Marcus Bell"))
    assert chooser.fields().advisor == "Marcus Bell"
