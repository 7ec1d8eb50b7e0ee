"""The quick trigger dialog (Ctrl+T), and the referral dialog's warnings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from advisor_referrals.services.triggers.trigger_log import TriggerFilter
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.referrals.quick_trigger import QuickTriggerDialog
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog
from tests.support.referral_book import SmallBook
from tests.support.referral_ui import OFFSCREEN_NOISE, controller_of, small, window

__all__ = ["small", "window"]
pytestmark = OFFSCREEN_NOISE


def open_dialog(qtbot: Any, window: MainWindow, kind: type) -> Any:
    controller = controller_of(window)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, kind) and controller.dialog.isVisible())
    return controller.dialog


def test_ctrl_t_logs_a_trigger_by_contact_search_and_undo_removes_it(
    qtbot: Any, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog: QuickTriggerDialog = open_dialog(qtbot, window, QuickTriggerDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.occurred_on.date().toPython() == date.today()
    with qtbot.waitSignal(dialog.contact.results_ready):
        qtbot.keyClicks(dialog.contact, "okaf")
    assert dialog.contact.matches.rowCount() == 1
    dialog.contact.choose_row(0)
    assert dialog.contact.text() == "Grace Okafor"
    dialog.kind.setCurrentIndex(dialog.kind.findData("college"))
    assert "Tuition" in dialog.talking_point.text()
    qtbot.keyClicks(dialog.notes, "Twins start at BU next fall")
    dialog.talked.setChecked(True)
    triggers = window.services.triggers
    before = len(triggers.ids(TriggerFilter()))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    found = triggers.rows(triggers.ids(TriggerFilter(kinds=frozenset({"college"}))))
    assert [(r.contact_name, r.notes, r.referral_conversation) for r in found] == [
        ("Grace Okafor", "Twins start at BU next fall", True)
    ]
    assert window.undo_stack.undoText() == "Log Paying for college for Grace Okafor"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(triggers.ids(TriggerFilter())) == before)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: len(triggers.ids(TriggerFilter())) == before + 1)
    assert triggers.ids(TriggerFilter(kinds=frozenset({"college"}))) == [found[0].id]


def test_the_dialog_says_what_is_missing_and_saves_nothing(qtbot: Any, window: MainWindow) -> None:
    window.referrals.log_trigger.trigger()
    dialog: QuickTriggerDialog = open_dialog(qtbot, window, QuickTriggerDialog)
    qtbot.keyClicks(dialog.contact, "nobody at all")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "Choose the contact" in dialog.problem.text()
    assert window.undo_stack.count() == 0


def test_contact_actions_open_the_dialogs_preset(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    window.contact_actions.log_trigger.emit(small.bob.id)
    dialog = open_dialog(qtbot, window, QuickTriggerDialog)
    assert (dialog.contact.contact_id, dialog.contact.text()) == (small.bob.id, "Robert Kim")
    dialog.reject()
    window.contact_actions.record_referral.emit(small.ana.id)
    referral = open_dialog(qtbot, window, ReferralDialog)
    assert referral.referrer.contact_id == small.ana.id
    referral.reject()
    lucas = small.new_referral.referred_id  # a prospect: taken as the referred person
    window.contact_actions.record_referral.emit(lucas)
    second = open_dialog(qtbot, window, ReferralDialog)
    assert second.referrer.contact_id is None
    assert second.pick_existing.isChecked() and second.referred.contact_id == lucas


def test_record_dialog_warns_of_duplicates_and_missing_disclosure(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    window.referrals.record_referral.trigger()
    dialog: ReferralDialog = open_dialog(qtbot, window, ReferralDialog)
    qtbot.keyClicks(dialog.first_name, "lucas")
    qtbot.keyClicks(dialog.last_name, "MARTIN")
    qtbot.waitUntil(dialog.duplicate.isVisible)
    assert "Possible duplicate: Lucas Martin" in dialog.duplicate.text()
    dialog.use_duplicate.click()
    assert dialog.pick_existing.isChecked() and dialog.referred.text() == "Lucas Martin"

    dialog.compensation.setChecked(True)
    assert dialog.compensation.warning.isVisible()
    assert "No disclosure delivered" in dialog.compensation.warning.text()
    dialog.compensation.disclosure.check.setChecked(True)
    assert not dialog.compensation.warning.isVisible()
    dialog.reject()

    controller_of(window).open_referral(small.compensated.id)
    opened: ReferralDialog = open_dialog(qtbot, window, ReferralDialog)
    assert opened.compensation.isChecked() and opened.compensation.warning.isVisible()
    # Recorded at `contacted`: its history is the one its dates imply.
    qtbot.waitUntil(lambda: opened.history.count() == 2)
    assert "recorded as New" in opened.history.item(0).text()
    assert "Contacted" in opened.history.item(1).text()


def test_recording_a_referral_adds_the_prospect_and_undo_takes_both_back(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    controller_of(window).record_referral(small.bob.id)
    dialog: ReferralDialog = open_dialog(qtbot, window, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.trigger.count() > 1)  # Bob's triggers are offered
    dialog.trigger.setCurrentIndex(1)
    qtbot.keyClicks(dialog.first_name, "Walter")
    qtbot.keyClicks(dialog.last_name, "Nguyen")
    contacts = window.services.contacts
    count = contacts.count()
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert contacts.count() == count + 1
    walter = window.services.referrals.likely_duplicates("Walter", "Nguyen", None)
    assert walter[0].relationship.value == "prospect"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: contacts.count() == count)
