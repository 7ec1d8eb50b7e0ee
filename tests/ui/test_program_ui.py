"""The referral program driven through the real widgets, on both backends: a goal that
moves when a referral is recorded, a limited-time program whose reward enters the
compliance ledger, an event whose guest becomes a client, and a kit code counted in
what works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.goals import PeriodKind
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.program import ProgramKind, RewardKind, RewardWhen
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.what_works import Dimension
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.fields import to_qdate
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.program.event_dialog import EventDialog
from advisor_referrals.ui.program.goal_dialog import GoalDialog
from advisor_referrals.ui.program.page import ProgramPage
from advisor_referrals.ui.program.program_dialog import ProgramDialog
from advisor_referrals.ui.program.reward_dialog import RewardDialog
from advisor_referrals.ui.program.today import GoalsSection, GuestsSection
from advisor_referrals.ui.referrals.referral_dialog import ReferralDialog
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from tests.support.referral_book import SmallBook, fill_small_book
from tests.support.referral_ui import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
TODAY = date.today()


@pytest.fixture
def small(book: Book) -> SmallBook:
    return fill_small_book(book)


@pytest.fixture
def window(qtbot: Any, book: Book, small: SmallBook, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    win.resize(1280, 800)
    win.show()
    yield win
    QThreadPool.globalInstance().waitForDone(5000)
    # Gone before the next test: a window left to a later event loop is deleted in the
    # middle of whatever that test measures.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def program_page(qtbot: Any, window: MainWindow, tab: str) -> ProgramPage:
    page = window.show_page("program")
    assert isinstance(page, ProgramPage)
    before = page.loads
    page.show_tab(tab)
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > before)
    return page


def dialog_of(qtbot: Any, window: MainWindow, kind: type) -> Any:
    controller = window.program.controller
    qtbot.waitUntil(lambda: isinstance(controller.dialog, kind) and controller.dialog.isVisible())
    return controller.dialog


def save(qtbot: Any, window: MainWindow, dialog: Any) -> None:
    steps = window.undo_stack.count()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.undo_stack.count() > steps and not window.history.busy)


def record_referral(
    qtbot: Any, window: MainWindow, referrer: tuple[int, str], first: str, **sources: Any
) -> ReferralDialog:
    window.referrals.controller.record_referral(referrer[0])
    controller = window.referrals.controller
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ReferralDialog))
    dialog: ReferralDialog = controller.dialog  # type: ignore[assignment]
    qtbot.waitUntil(lambda: dialog.referrer.contact_id == referrer[0])
    dialog.first_name.setText(first)
    dialog.last_name.setText("Friend")
    assert dialog.sources is not None
    qtbot.waitUntil(lambda: dialog.sources is not None and dialog.sources.loaded)
    if "how" in sources:
        dialog.sources.how.setCurrentIndex(dialog.sources.how.findData(sources["how"]))
    if "code" in sources:
        dialog.sources.kit_code.setText(sources["code"])
    if "wait_for_program" in sources:
        qtbot.waitUntil(lambda: dialog.sources.program.currentText() == sources["wait_for_program"])
    return dialog


def test_a_goal_set_on_the_program_page_moves_on_today_when_a_referral_is_recorded(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    quarter = Quarter.containing(TODAY)
    page = program_page(qtbot, window, "goals")
    window.program.controller.new_goal()
    dialog: GoalDialog = dialog_of(qtbot, window, GoalDialog)
    dialog.figure.setCurrentIndex(dialog.figure.findData("referrals_received"))
    assert "referrals received in the period" in dialog.counts.text()
    dialog.target.setValue(12)
    dialog.period.setCurrentIndex(dialog.period.findData(PeriodKind.QUARTER.value))
    dialog.quarter.setCurrentIndex(quarter.number - 1)
    dialog.notes.setPlainText("One a week, from the clients we review")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: len(page.goals.records) == 1)
    assert window.undo_stack.undoText().startswith("Set the goal of 12 referrals received")

    today = window.show_page("today")
    [goals] = [s for s in today.sections if isinstance(s, GoalsSection)]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(goals.progress) == 1)
    before = goals.progress[0].actual
    assert before == window.services.metrics.quarter_to_date(TODAY).referrals_received
    assert goals.rows[0][1].text() == f"{before} of 12"

    dialog = record_referral(qtbot, window, (small.ana.id, "Ana Souza"), "Iris")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: goals.progress and goals.progress[0].actual == before + 1)
    assert goals.rows[0][1].text() == f"{before + 1} of 12"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: goals.progress and goals.progress[0].actual == before)


def test_a_limited_time_program_rewards_a_referral_and_enters_the_compliance_ledger(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    page = program_page(qtbot, window, "programs")
    window.program.controller.new_program()
    dialog: ProgramDialog = dialog_of(qtbot, window, ProgramDialog)
    dialog.name.setText("Holiday thank-you")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ProgramKind.LIMITED_TIME.value))
    dialog.save_requested.connect(lambda _f: None)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "a limited-time program has a start and an end date" in dialog.problem.text()
    dialog.starts.check.setChecked(True)
    dialog.starts.edit.setDate(to_qdate(TODAY - timedelta(days=5)))
    dialog.ends.check.setChecked(True)
    dialog.ends.edit.setDate(to_qdate(TODAY + timedelta(days=25)))
    dialog.reward_kind.setCurrentIndex(dialog.reward_kind.findData(RewardKind.GIFT_CARD.value))
    assert "compensation under the SEC Marketing Rule" in dialog.compliance.text()
    dialog.reward_value.setValue(75)
    dialog.reward_when.setCurrentIndex(dialog.reward_when.findData(RewardWhen.INTRODUCTION.value))
    dialog.reward_text.setText("A $75 restaurant gift card")
    dialog.kit_wording.setPlainText("Introduce a friend before New Year and dinner is on us.")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: [p.name for p in page.programs.records] == ["Holiday thank-you"])

    referral = record_referral(
        qtbot, window, (small.ana.id, "Ana Souza"), "Iris", wait_for_program="Holiday thank-you"
    )
    save(qtbot, window, referral)
    referrals = window.show_page("referrals")
    assert isinstance(referrals, ReferralsPage)
    referrals.tabs.setCurrentWidget(referrals.compliance)
    model = referrals.compliance.model
    qtbot.waitUntil(
        lambda: any(
            (row := model.row_at(i)) is not None and row.referred_name == "Iris Friend"
            for i in range(model.rowCount())
        )
    )
    row = next(
        r
        for i in range(model.rowCount())
        if (r := model.row_at(i)) and r.referred_name == "Iris Friend"
    )
    assert (row.kind.value, row.value) == ("gift", Decimal("75.00"))
    assert "No disclosure delivered" in row.warnings

    page = program_page(qtbot, window, "rewards")
    qtbot.waitUntil(lambda: any(r.referred_name == "Iris Friend" for r in page.rewards.records))
    [owed] = [r for r in page.rewards.records if r.referred_name == "Iris Friend"]
    assert owed.owed and owed.program_name == "Holiday thank-you"
    page.rewards.view.selectRow(page.rewards.records.index(owed))
    window.program.controller.give_reward(owed)
    given: RewardDialog = dialog_of(qtbot, window, RewardDialog)
    given.notes.setText("Bistro Lumière card")
    save(qtbot, window, given)
    qtbot.waitUntil(
        lambda: any(r.given_on == TODAY for r in page.rewards.records if r.id == owed.id)
    )
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: any(r.owed for r in page.rewards.records if r.id == owed.id))


def test_an_event_guest_is_followed_up_becomes_a_client_and_shows_in_the_results(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    controller = window.program.controller
    page = program_page(qtbot, window, "events")
    controller.new_event()
    dialog: EventDialog = dialog_of(qtbot, window, EventDialog)
    dialog.name.setText("Autumn wine tasting")
    dialog.held_on.setDate(to_qdate(TODAY - timedelta(days=2)))
    dialog.place.setText("Harbour Room")
    dialog.capacity.setValue(30)
    dialog.cost.setValue(900)
    dialog.minutes.setValue(240)
    save(qtbot, window, dialog)
    # Saving a new event opens it, to invite clients.
    qtbot.waitUntil(
        lambda: (
            isinstance(controller.dialog, EventDialog) and controller.dialog.existing is not None
        )
    )
    opened: EventDialog = controller.dialog  # type: ignore[assignment]
    opened.picker.set_contact(small.ana.id, "Ana Souza")
    opened.places.setValue(2)
    opened.invite.click()
    qtbot.waitUntil(lambda: opened.invited.rowCount() == 1)
    opened.invited.selectRow(0)
    opened.answer.setCurrentIndex(opened.answer.findData("yes"))
    opened.came.setChecked(True)
    opened.save_answer.click()
    qtbot.waitUntil(lambda: opened.invited.item(0, 1).text() == "Coming")
    assert opened.seats.text() == "3 seats taken of 30"

    opened.add_guest.click()
    qtbot.waitUntil(
        lambda: controller.guest_dialog is not None and controller.guest_dialog.isVisible()
    )
    guest = controller.guest_dialog
    assert guest is not None and guest.host.currentText() == "Ana Souza"
    guest.first_name.setText("Nora")
    guest.last_name.setText("Quinn")
    save(qtbot, window, guest)
    qtbot.waitUntil(lambda: opened.guest_table.rowCount() == 1)
    assert opened.guest_table.item(0, 0).text() == "Nora Quinn"
    assert "1 guests, 0 followed up, 0 became clients" in opened.results.text()
    opened.reject()

    today = window.show_page("today")
    [guests] = [s for s in today.sections if isinstance(s, GuestsSection)]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: [g.contact_name for g in guests.rows] == ["Nora Quinn"])
    guests.button(0, "Called").click()
    qtbot.waitUntil(lambda: guests.loaded and guests.rows == [])

    [nora] = [g for g in window.services.events.guests() if g.contact_name == "Nora Quinn"]
    assert nora.referral_id is not None
    referral = window.services.referrals.get(nora.referral_id)
    window.referrals.controller.move(
        referral.id, referral.version, ReferralStatus.CONVERTED, "Nora Quinn"
    )
    qtbot.waitUntil(
        lambda: window.services.referrals.get(referral.id).status is ReferralStatus.CONVERTED
    )
    page = program_page(qtbot, window, "events")
    qtbot.waitUntil(lambda: any(results.converted for _e, results in page.events.records))
    [(event, results)] = page.events.records
    assert (event.name, results.guests, results.converted) == ("Autumn wine tasting", 1, 1)
    assert page.events.view.item(0, 5).text() == "1"
    controller.open_event(event)
    qtbot.waitUntil(
        lambda: "1 became clients" in getattr(controller.dialog, "results", None).text()
    )


def test_a_kit_code_recorded_as_how_they_heard_is_counted_in_what_works(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    kits = window.services.kits
    kits.record_printed(kits.preview(small.bob.id, PageSize.LETTER))
    [entry] = kits.history(small.bob.id)
    dialog = record_referral(
        qtbot,
        window,
        (small.bob.id, "Robert Kim"),
        "Kai",
        how=HowHeard.KIT_CARD.value,
        code="nonsense",
    )
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "The kit code is the one printed on the card" in dialog.problem.text()
    dialog.sources.kit_code.setText(f" {entry.code.lower()} - 4 ")  # type: ignore[union-attr]
    dialog.buttons.setEnabled(True)
    save(qtbot, window, dialog)
    [made] = [
        r
        for r in window.services.referrals.for_contact(small.bob.id)
        if r.referred_name == "Kai Friend"
    ]
    assert (made.how_heard, made.kit_code) == (HowHeard.KIT_CARD, f"{entry.code}-4")

    page = program_page(qtbot, window, "what_works")
    view = page.what_works
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.book.referrals > 0)
    view.choose(Dimension.KIT)
    [kit] = [o for o in view.table.records if o.key]
    assert kit.key == entry.code and "Robert Kim" in kit.label and kit.referrals == 1
    assert view.table.view.item(0, 0).text() == kit.label
