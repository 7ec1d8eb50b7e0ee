"""The pipeline board (drag a card to convert, undo puts everything back), the thank-you flow,
the ask list on the Today view, and every referral Qt model under qtmodeltester."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from advisor_referrals.domain.asks import AskMethod
from advisor_referrals.domain.enums import ReferralStatus, Relationship, ThankYouMethod
from advisor_referrals.storage.models import AuditRow
from advisor_referrals.ui.asks.ask_dialog import AskDialog
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from advisor_referrals.ui.referrals.thank_you_dialog import ThankYouDialog
from advisor_referrals.ui.referrals.today_sections import (
    AskListSection,
    ThanksOwedSection,
    make_today_sections,
)
from advisor_referrals.ui.referrals.triggers_page import TriggersPage
from tests.support.referral_book import SmallBook
from tests.support.referral_ui import OFFSCREEN_NOISE, controller_of, small, window

__all__ = ["small", "window"]
pytestmark = OFFSCREEN_NOISE


def referrals_page(qtbot: Any, window: MainWindow) -> ReferralsPage:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    qtbot.waitUntil(lambda: page.board.complete)
    return page


def test_dropping_a_card_on_converted_makes_a_client_and_undo_puts_it_back(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    page = referrals_page(qtbot, window)
    board = page.board
    meeting = board.models[ReferralStatus.MEETING]
    converted = board.models[ReferralStatus.CONVERTED]
    assert board.headers[ReferralStatus.CONVERTED].text() == "Converted (2)"
    row = meeting.position_of(small.meeting.id)
    data = meeting.mimeData([meeting.index(row, 0)])
    assert converted.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not meeting.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    # What QListView::dropEvent calls on the column the card is dropped on.
    assert converted.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())

    services = window.services
    qtbot.waitUntil(
        lambda: services.referrals.get(small.meeting.id).status is ReferralStatus.CONVERTED
    )
    referral = services.referrals.get(small.meeting.id)
    tom = services.contacts.get(referral.referred_id)
    assert referral.converted_on == date.today()
    assert (tom.relationship, tom.client_since) == (Relationship.CLIENT, date.today())
    with services.book.session() as session:
        summaries = session.scalars(select(AuditRow.summary)).all()
    assert f"Tom Becker became a client (referral converted on {date.today()})" in summaries
    qtbot.waitUntil(lambda: board.headers[ReferralStatus.CONVERTED].text() == "Converted (3)")
    assert window.undo_stack.undoText() == "Move Tom Becker to Converted"

    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: services.referrals.get(small.meeting.id).status is ReferralStatus.MEETING
    )
    back = services.referrals.get(small.meeting.id)
    tom = services.contacts.get(back.referred_id)
    assert back.converted_on is None
    assert (tom.relationship, tom.client_since) == (Relationship.PROSPECT, None)
    # Recorded at `meeting`, it has the history its dates imply; undo took the move off.
    assert [c.to_status for c in services.referrals.history(back.id)] == [
        ReferralStatus.NEW,
        ReferralStatus.CONTACTED,
        ReferralStatus.MEETING,
    ]
    qtbot.waitUntil(lambda: board.headers[ReferralStatus.CONVERTED].text() == "Converted (2)")

    window.undo_stack.redo()
    qtbot.waitUntil(
        lambda: services.referrals.get(small.meeting.id).status is ReferralStatus.CONVERTED
    )
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: services.referrals.get(small.meeting.id).status is ReferralStatus.MEETING
    )


def test_say_thank_you_opens_the_mail_program_and_records_it_as_sent_by_email(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    class MailCatcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def catch(self, url: QUrl) -> None:
            self.urls.append(url)

    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "catch")
    controller = controller_of(window)
    # The desktop's mail program is the handler above, whatever this machine has set up.
    controller.open_url = QDesktopServices.openUrl
    try:
        today = window.show_page("today")  # the section on the page that shows it
        assert isinstance(today, TodayPage)
        thanks = next(s for s in today.sections if isinstance(s, ThanksOwedSection))
        qtbot.waitUntil(lambda: thanks.loaded)
        names = [thanks.table.item(r, 0).text() for r in range(thanks.table.rowCount())]
        row = names.index("Robert Kim")
        assert thanks.table.item(row, 1).text() == "Priya Shah"
        thanks.button(row, "Say thank you").click()
        qtbot.waitUntil(lambda: isinstance(controller.dialog, ThankYouDialog))
        dialog = controller.dialog
        assert isinstance(dialog, ThankYouDialog)
        dialog.mail.click()
        assert len(catcher.urls) == 1
        url = catcher.urls[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
        parts = urlsplit(url)
        assert parts.path == "bob.kim@example.com"
        query = parse_qs(parts.query)
        assert query["subject"] == ["Thank you, Bob"]
        assert "introducing me to Priya Shah" in query["body"][0]
        assert query["body"][0].endswith("Maria Lopes")

        referrals = window.services.referrals
        qtbot.waitUntil(lambda: referrals.get(small.overdue.id).thanked_on == date.today())
        assert referrals.get(small.overdue.id).thanked_by is ThankYouMethod.EMAIL
        qtbot.waitUntil(lambda: dialog.recorded_method is ThankYouMethod.EMAIL)
        assert "Recorded: Robert Kim thanked by e-mail" in dialog.status.text()
        qtbot.waitUntil(
            lambda: (
                "Robert Kim"
                not in [thanks.table.item(r, 0).text() for r in range(thanks.table.rowCount())]
            )
        )
        assert window.undo_stack.undoText() == "Record thank-you to Robert Kim"
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: referrals.get(small.overdue.id).thanked_on is None)
        assert referrals.get(small.overdue.id).thanked_by is None
    finally:
        QDesktopServices.unsetUrlHandler("mailto")


def test_the_ask_list_shows_who_to_ask_and_why(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    sections = make_today_sections(window.services, controller_of(window))
    ask = next(s for s in sections if isinstance(s, AskListSection))
    qtbot.addWidget(ask)
    ask.refresh()
    qtbot.waitUntil(lambda: ask.loaded)
    rows = {
        ask.table.item(r, 0).text(): ask.table.item(r, 1).text()
        for r in range(ask.table.rowCount())
    }
    assert set(rows) == {"Ana Souza", "Grace Okafor", "Hiroshi Tanaka", "Robert Kim"}
    assert "Zoë Goldsmith" not in rows  # do not ask
    assert rows["Hiroshi Tanaka"].startswith("Engaged client; Retiring on ")
    assert "Not asked in 90 days" in rows["Robert Kim"]
    assert ask.heading.text() == "Who to ask for a referral (4)"
    assert ask.table.item(0, 1).toolTip() == ask.table.item(0, 1).text()  # whole, if elided
    first = ask.table.item(0, 0).text()
    assert first == "Ana Souza"
    ask.button(0, "Log the conversation…").click()
    # The conversation is an ask (its own record), not a life event: the ask dialog opens,
    # set for Ana and for an ask at the review that put her on the list.
    asks = controller_of(window).asks
    qtbot.waitUntil(lambda: asks.dialog is not None and asks.dialog.contact.contact_id is not None)
    dialog = asks.dialog
    assert isinstance(dialog, AskDialog)
    assert dialog.contact.contact_id == small.ana.id
    assert dialog.method.currentData() == AskMethod.REVIEW.value


def test_a_long_why_now_leaves_the_buttons_in_sight(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    sections = make_today_sections(window.services, controller_of(window))
    ask = next(s for s in sections if isinstance(s, AskListSection))
    qtbot.addWidget(ask)
    ask.resize(560, 400)  # a half-width Today card on a laptop
    ask.show()
    ask.refresh()
    qtbot.waitUntil(lambda: ask.loaded)
    qtbot.waitUntil(lambda: ask.table.viewport().width() > 0)
    buttons = ask.table.columnViewportPosition(2) + ask.table.columnWidth(2)
    assert buttons <= ask.table.viewport().width()
    assert not ask.table.horizontalScrollBar().isVisible()


def test_every_referral_model_passes_qtmodeltester(
    qtbot: Any, qtmodeltester: Any, window: MainWindow
) -> None:
    page = referrals_page(qtbot, window)
    for model in page.board.models.values():
        model.load_all()
        qtbot.waitUntil(lambda m=model: m.complete)
        qtmodeltester.check(model)
    for tab in (page.table, page.coi, page.compliance):
        page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: page.table.model.complete or page.table.model.rowCount() > 0)
    page.table.model.load_all()
    qtbot.waitUntil(lambda: page.table.model.complete)
    qtmodeltester.check(page.table.model)
    qtbot.waitUntil(lambda: page.coi.loaded)
    qtmodeltester.check(page.coi.model)
    page.compliance.model.load_all()
    qtbot.waitUntil(
        lambda: page.compliance.model.complete and page.compliance.model.rowCount() == 2
    )
    qtmodeltester.check(page.compliance.model)
    triggers = window.show_page("triggers")
    assert isinstance(triggers, TriggersPage)
    qtbot.waitUntil(lambda: triggers.model.rowCount() == 4)
    triggers.model.load_all()
    qtbot.waitUntil(lambda: triggers.model.complete)
    qtmodeltester.check(triggers.model)


def test_several_moves_undo_and_redo_in_order(
    qtbot: Any, window: MainWindow, small: SmallBook
) -> None:
    controller = controller_of(window)
    referrals = window.services.referrals
    rid = small.new_referral.id

    def status() -> ReferralStatus:
        return referrals.get(rid).status

    # Two quick moves of the same card, both with the version the card showed: the second
    # waits for the first and uses the version it left.
    controller.move(rid, small.new_referral.version, ReferralStatus.CONTACTED, "Lucas Martin")
    controller.move(rid, small.new_referral.version, ReferralStatus.MEETING, "Lucas Martin")
    assert window.undo_stack.count() == 2
    qtbot.waitUntil(lambda: not controller.busy)
    assert status() is ReferralStatus.MEETING
    window.undo_stack.undo()
    window.undo_stack.undo()  # queued behind the first: they reach the book in order
    qtbot.waitUntil(lambda: not controller.busy)
    assert status() is ReferralStatus.NEW
    assert referrals.get(rid).first_contacted_on is None
    window.undo_stack.redo()
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: not controller.busy)
    assert status() is ReferralStatus.MEETING
    history = [c.to_status for c in referrals.history(rid)]
    assert history == [ReferralStatus.NEW, ReferralStatus.CONTACTED, ReferralStatus.MEETING]


def test_an_undo_refused_by_the_book_is_dropped_from_the_stack(
    qtbot: Any, window: MainWindow, small: SmallBook, monkeypatch: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window.history, "report", lambda error: shown.append(str(error)))
    controller = controller_of(window)
    referrals = window.services.referrals
    rid = small.meeting.id
    controller.move(rid, small.meeting.version, ReferralStatus.CONVERTED, "Tom Becker")
    assert window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: not controller.busy)
    # Someone else records a thank-you date on the same referral meanwhile.
    current = referrals.get(rid)
    referrals.record_thanks(rid, current.version, date.today())
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(shown))
    assert "changed by someone else" in shown[0]
    assert referrals.get(rid).status is ReferralStatus.CONVERTED
    # The refused step left the stack at once: there is nothing to redo or undo.
    assert window.undo_stack.count() == 0
    assert not window.undo_stack.canRedo() and not window.undo_stack.canUndo()
    qtbot.waitUntil(lambda: not controller.busy)
    assert referrals.get(rid).status is ReferralStatus.CONVERTED
