"""The audit log as people read it: records by the names the app shows, undo and redo said."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.audit_view import AuditDialog
from advisor_referrals.ui.contact_commands import EditContact
from tests.ui.support import undo_history

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def rows(dialog: AuditDialog) -> list[dict[str, str]]:
    model = dialog.model
    return [
        {key: model.index(r, c).data() for c, key in enumerate(model.COLUMNS)}
        for r in range(model.rowCount())
    ]


def test_undo_and_redo_of_a_step_are_logged_as_such_under_the_persons_name(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    ana = people["Ana"]
    history = undo_history()
    edited = ana.as_fields().edited(city="Salem")
    history.push(EditContact(ana, edited, services.contacts, history))
    qtbot.waitUntil(lambda: not history.busy)
    history.stack.undo()
    qtbot.waitUntil(lambda: not history.busy)
    history.stack.redo()
    qtbot.waitUntil(lambda: not history.busy)
    assert services.contacts.get(ana.id).city == "Salem"

    dialog = AuditDialog(services.audit_log, entity="contact", entity_id=ana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)  # created, edited, undone, redone
    shown = rows(dialog)
    assert {row["record"] for row in shown} == {"Ana Souza"}
    assert [row["action"] for row in shown][:3] == ["redo", "undo", "update"]
    assert shown[1]["summary"].startswith("Undo of “Edit Ana Souza”:")
    assert dialog.windowTitle() == "History of Ana Souza"


def test_the_whole_log_names_people_not_numbers(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    dialog = AuditDialog(services.audit_log)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(people))
    records = {row["record"] for row in rows(dialog)}
    assert records == {c.full_name for c in people.values()}
    assert not any(str(c.id) in text for c in people.values() for text in records)
