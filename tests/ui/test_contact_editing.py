"""Adding, editing and archiving contacts through the dialog, with undo, redo and conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import contact_editing
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.pages.clients import ClientsPage
from tests.ui.support import names, open_clients, wait_loaded


def line(dialog: ContactDialog, name: str) -> QLineEdit:
    edit = dialog.inputs[name]
    assert isinstance(edit, QLineEdit)
    return edit


def save(qtbot: QtBot, page: ClientsPage, dialog: ContactDialog) -> None:
    """Press Save and wait until the save (off the UI thread) is over, accepted or not."""
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.saving and not page.editor.busy, timeout=10_000)


def settle(qtbot: QtBot, page: ClientsPage) -> None:
    qtbot.waitUntil(lambda: not page.editor.busy, timeout=10_000)


def test_problems_show_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, services: BookServices
) -> None:
    page = open_clients(qtbot, services)
    dialog = page.editor.new_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(line(dialog, "first_name"), "Zoe")
    qtbot.keyClicks(line(dialog, "email"), "zoe-at-example")
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert "name@example.com" in dialog.errors["email"].text()
    assert not dialog.errors["phone"].isVisibleTo(dialog)
    since = dialog.inputs["client_since"]
    qtbot.keyClicks(since.edit, "31/31/2020")
    assert "not a date" in dialog.errors["client_since"].text()
    save(qtbot, page, dialog)
    assert dialog.result() == 0
    assert services.contacts.count() == 0
    line(dialog, "email").setText("zoe@example.com")
    since.edit.setText("3/31/2020")
    save(qtbot, page, dialog)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert services.contacts.count() == 1
    saved = services.contacts.find_by_email("zoe@example.com")[0]
    assert saved.client_since is not None and saved.client_since.isoformat() == "2020-03-31"


def test_a_missing_name_is_reported_only_after_trying_to_save(
    qtbot: QtBot, services: BookServices
) -> None:
    page = open_clients(qtbot, services)
    dialog = page.editor.new_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.errors["last_name"].isVisibleTo(dialog)
    save(qtbot, page, dialog)
    assert dialog.errors["last_name"].isVisibleTo(dialog)
    assert services.contacts.count() == 0


def test_adding_a_contact_can_be_undone_and_redone(qtbot: QtBot, services: BookServices) -> None:
    page = open_clients(qtbot, services)
    dialog = page.editor.new_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(line(dialog, "first_name"), "Zoe")
    qtbot.keyClicks(line(dialog, "last_name"), "Quinn")
    save(qtbot, page, dialog)
    assert dialog.saved is not None and dialog.saved.full_name == "Zoe Quinn"
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: names(page) == ["Quinn, Zoe"])
    stack = page.editor.undo_stack
    assert stack.undoText() == "Add Zoe Quinn"
    stack.undo()
    qtbot.waitUntil(lambda: names(page) == [])
    stack.redo()
    qtbot.waitUntil(lambda: names(page) == ["Quinn, Zoe"])


def test_an_edit_can_be_undone_and_redone(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    ana = people["Ana"]
    dialog = page.editor.edit_dialog(ana.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert line(dialog, "city").text() == "Boston"
    line(dialog, "city").setText("Cambridge")
    save(qtbot, page, dialog)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert services.contacts.get(ana.id).city == "Cambridge"
    stack = page.editor.undo_stack
    assert stack.undoText() == "Edit Ana Souza"
    stack.undo()
    settle(qtbot, page)
    assert services.contacts.get(ana.id).city == "Boston"
    stack.redo()
    settle(qtbot, page)
    assert services.contacts.get(ana.id).city == "Cambridge"
    page.select_contact(ana.id)
    qtbot.waitUntil(lambda: "Cambridge" in page.detail.values["address"].text())


def test_a_stale_edit_is_refused_and_the_latest_version_offered(
    qtbot: QtBot,
    services: BookServices,
    people: dict[str, Contact],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_clients(qtbot, services)
    ana = people["Ana"]
    dialog = page.editor.edit_dialog(ana.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    # Someone else saves Ana while the dialog is open.
    services.contacts.update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
    offered: list[ConflictError] = []
    monkeypatch.setattr(
        contact_editing, "ask_reload", lambda _parent, error: offered.append(error) or True
    )
    line(dialog, "city").setText("Lowell")
    save(qtbot, page, dialog)
    assert len(offered) == 1
    assert "changed by someone else" in str(offered[0])
    assert services.contacts.get(ana.id).city == "Salem"  # nothing overwritten
    assert dialog.result() == 0
    assert line(dialog, "city").text() == "Salem"  # reloaded
    assert dialog.general_error.isVisibleTo(dialog)
    assert page.editor.undo_stack.count() == 0  # the refused save left no undo step
    # Editing the reloaded version saves.
    line(dialog, "phone").setText("+1 617 555 0199")
    save(qtbot, page, dialog)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    after = services.contacts.get(ana.id)
    assert (after.city, after.phone) == ("Salem", "+1 617 555 0199")


def test_an_undo_refused_by_a_newer_edit_elsewhere_is_reported_and_dropped(
    qtbot: QtBot,
    services: BookServices,
    people: dict[str, Contact],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_clients(qtbot, services)
    ana = people["Ana"]
    dialog = page.editor.edit_dialog(ana.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    line(dialog, "city").setText("Cambridge")
    save(qtbot, page, dialog)
    latest = services.contacts.get(ana.id)
    services.contacts.update(ana.id, latest.version, latest.as_fields().edited(city="Salem"))
    reported: list[BaseException] = []
    monkeypatch.setattr(page.editor.history, "report", reported.append)
    stack = page.editor.undo_stack
    stack.undo()
    settle(qtbot, page)
    assert isinstance(reported[0], ConflictError)
    assert services.contacts.get(ana.id).city == "Salem"
    assert stack.count() == 0


def test_archiving_several_contacts_is_one_undo_step(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    page.select_contact(people["Ana"].id)
    page.view.selectAll()
    page.archive_selected()
    qtbot.waitUntil(lambda: names(page) == [])
    stack = page.editor.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Archive 5 contacts"
    stack.undo()
    qtbot.waitUntil(lambda: len(names(page)) == 5)


def test_renaming_a_household_can_be_undone(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    page.editor.rename_household_to("Souza", "Souza-Lima")
    settle(qtbot, page)
    assert services.contacts.get(people["Bruno"].id).household == "Souza-Lima"
    page.editor.undo_stack.undo()
    settle(qtbot, page)
    assert services.contacts.get(people["Bruno"].id).household == "Souza"
