"""Numbers one can trust, asks as records, kits for the right people, driven as an advisor
would on SQLite and PostgreSQL: the figures say what they count and agree on Today, the
Analytics tab and the report; a past quarter's report stays as it was; an ask logged from
the ask list holds the client back; a batch of kits leaves out who it is not for."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from advisor_referrals.domain import metric_definitions
from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import ReferralStatus, Relationship, Segment, Tier
from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.figures import quarter_words, show
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.referrals.referral_lists import ReferralFilter
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.asks.ask_dialog import AskDialog
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.pages.reports_page import ReportsPage
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from advisor_referrals.ui.referrals.today_sections import AskListSection
from advisor_referrals.ui.referrals_analytics import ReferralAnalytics
from advisor_referrals.ui.today_kpis import QuarterKpiSection
from tests.support.pdf import page_texts
from tests.support.referral_book import fill_small_book
from tests.support.referral_ui import OFFSCREEN_NOISE
from tests.ui.test_book_events import open_window, settle

pytestmark = [OFFSCREEN_NOISE, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 60_000


def today_page(qtbot: QtBot, window: MainWindow) -> TodayPage:
    page = window.show_page("today")
    assert isinstance(page, TodayPage)
    settle(qtbot, window)
    return page


def kpis(page: TodayPage) -> QuarterKpiSection:
    return next(s for s in page.sections if isinstance(s, QuarterKpiSection))


def analytics(qtbot: QtBot, window: MainWindow) -> ReferralAnalytics:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentIndex(page.analytics_index)
    widget = page.analytics
    assert isinstance(widget, ReferralAnalytics)
    qtbot.waitUntil(lambda: widget.shown is not None, timeout=WAIT_MS)
    return widget


# Figures that explain themselves, and agree everywhere


def test_every_figure_on_today_says_what_it_counts(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    fill_small_book(book)
    window = open_window(qtbot, book, tmp_path)
    section = kpis(today_page(qtbot, window))
    qtbot.waitUntil(lambda: section.shown is not None, timeout=WAIT_MS)
    for key, tile in section.tiles.items():
        defined = metric_definitions.definition(key)
        assert tile.caption.text() == defined.label_for("this quarter")
        assert defined.explanation in tile.toolTip()
        assert not tile.explanation.isVisible()
        qtbot.mouseClick(tile.what, Qt.MouseButton.LeftButton)  # "What is this?"
        assert tile.explanation.isVisible() and tile.explanation.text() == defined.explanation
    # The two "converted" figures say which referrals they count, on tiles of their own.
    assert section.conversion.caption.text() == "Conversion rate of referrals received this quarter"
    assert section.converted.caption.text() == "Referrals converted this quarter"
    m = section.shown
    assert m is not None
    assert section.conversion.note.text() == (
        f"Clients now: {m.detail.converted_by_end} of the {m.referrals_received} received "
        "this quarter"
    )


def shown_on_report(m: Metrics, key: str) -> str:
    return show(key, getattr(m, key))


def test_today_analytics_and_the_report_give_the_same_numbers(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=250, today=date.today())
    window = open_window(qtbot, book, tmp_path)
    section = kpis(today_page(qtbot, window))
    qtbot.waitUntil(lambda: section.shown is not None, timeout=WAIT_MS)
    today_values = {key: tile.value.text() for key, tile in section.tiles.items()}

    widget = analytics(qtbot, window)
    assert widget.period.currentIndex() == 0  # this quarter so far
    analytics_values = {key: tile.value.text() for key, tile in widget.tiles.items()}

    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.quarter.setCurrentIndex(0)  # this quarter, to date
    out = tmp_path / "now.json"
    task = page.export_to(out)
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    report = json.loads(out.read_text())
    pdf = tmp_path / "now.pdf"
    page.generate()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
    page.save_pdf_to(pdf)
    text = " ".join(" ".join(page_texts(pdf.read_bytes())).split())

    shared = set(today_values) & set(analytics_values)
    assert shared >= {"referrals_received", "conversion_rate", "referrals_converted", "asks"}
    for key in shared:
        assert today_values[key] == analytics_values[key], key
    for key, value in today_values.items():
        assert value == show(key, report[key]), key
        # The report's summary table: the figure's name, then this quarter's value.
        assert f"{metric_definitions.label(key)} {value}" in text, key
    assert report["referrals_received"] > 0 and report["asks"] > 0


def test_a_past_quarters_report_stays_the_same_when_its_referrals_move_on(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=250, today=date.today())
    window = open_window(qtbot, book, tmp_path)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    past = page.selected_quarter()
    assert past == Quarter.containing(date.today()).previous()

    def report(name: str) -> tuple[str, bytes, list[list[Any]]]:
        page.generate()
        qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=WAIT_MS)
        pdf, data, sheet = (tmp_path / f"{name}{s}" for s in (".pdf", ".json", ".xlsx"))
        page.save_pdf_to(pdf)
        for path in (data, sheet):
            task = page.export_to(path)
            qtbot.waitUntil(lambda t=task: t.done, timeout=WAIT_MS)
        workbook = load_workbook(io.BytesIO(sheet.read_bytes()))
        cells = [[ws.title, *[c.value for row in ws.iter_rows() for c in row]] for ws in workbook]
        return "\n".join(page_texts(pdf.read_bytes())), data.read_bytes(), cells

    before = report("before")
    assert "Where they stood on" in before[0] and quarter_words(past) in before[0]

    # Every referral the quarter received moves on today: open ones a step further,
    # converted ones lost after all (the client backed out), intended ones become new.
    services = window.services
    controller = window.referrals.controller
    onward = {
        ReferralStatus.INTENDED: ReferralStatus.NEW,
        ReferralStatus.NEW: ReferralStatus.CONTACTED,
        ReferralStatus.CONTACTED: ReferralStatus.MEETING,
        ReferralStatus.MEETING: ReferralStatus.CONVERTED,
        ReferralStatus.CONVERTED: ReferralStatus.LOST,
    }
    moved = 0
    for row in services.referral_table.rows(services.referral_table.ids(ReferralFilter())):
        if past.start <= row.received_on <= past.end and row.status in onward:
            controller.move(row.id, row.version, onward[row.status], row.referred_name)
            moved += 1
    settle(qtbot, window)
    assert moved >= 5

    after = report("after")
    assert after[0] == before[0]  # the PDF's text
    assert after[1] == before[1]  # the JSON figures
    assert after[2] == before[2]  # every cell of the workbook


# Asks are records


def test_an_ask_logged_from_the_ask_list_is_counted_by_the_fatigue_guard(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    small = fill_small_book(book)
    window = open_window(qtbot, book, tmp_path)
    page = today_page(qtbot, window)
    ask_list = next(s for s in page.sections if isinstance(s, AskListSection))
    qtbot.waitUntil(lambda: ask_list.loaded, timeout=WAIT_MS)

    def clients() -> list[str]:
        return [ask_list.table.item(r, 0).text() for r in range(ask_list.table.rowCount())]

    assert "Ana Souza" in clients()
    before = len(clients())
    ask_list.button(clients().index("Ana Souza"), "Log the conversation…").click()
    asks = window.referrals.controller.asks
    qtbot.waitUntil(lambda: asks.dialog is not None and asks.dialog.contact.contact_id is not None)
    dialog = asks.dialog
    assert isinstance(dialog, AskDialog)
    assert dialog.windowTitle() == "Log the conversation"
    assert dialog.method.currentData() == AskMethod.REVIEW.value  # she gave a 10 at a review
    dialog.save()  # no outcome chosen yet: the dialog says so and stays
    assert dialog.problem.text() == "Choose what they said." and dialog.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AskOutcome.WILL_THINK.value))
    dialog.notes.setPlainText("Thinking of her sister, who is retiring")
    dialog.save()
    qtbot.waitUntil(lambda: bool(window.services.asks.for_contact(small.ana.id)), timeout=WAIT_MS)
    [ask] = window.services.asks.for_contact(small.ana.id)
    assert (ask.asked_on, ask.method, ask.outcome) == (
        date.today(),
        AskMethod.REVIEW,
        AskOutcome.WILL_THINK,
    )
    # It is an ask, not a life event, and the fatigue guard holds Ana back for 90 days.
    assert all(t.contact_id != small.ana.id or t.kind != "home_purchase"
               for t in window.services.triggers.for_contact(small.ana.id))  # fmt: skip
    qtbot.waitUntil(lambda: "Ana Souza" not in clients(), timeout=WAIT_MS)
    assert len(clients()) == before - 1
    assert "Ana Souza" not in [c.name for c in window.services.ask_list.candidates()]
    # The quarter's figures count it.
    section = kpis(page)
    qtbot.waitUntil(lambda: section.asks.value.text() == "1", timeout=WAIT_MS)
    # Her timeline shows it; undo takes it back and she is on the list again.
    timeline = window.services.timeline.for_contact(small.ana.id)
    assert timeline[0].kind.value == "ask" and timeline[0].status == "will_think"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Ana Souza" in clients(), timeout=WAIT_MS)
    assert window.services.asks.for_contact(small.ana.id) == []


def test_an_ask_opens_from_the_timeline_to_be_edited_or_deleted(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    small = fill_small_book(book)
    window = open_window(qtbot, book, tmp_path)
    window.contact_actions.log_ask.emit(small.bob.id)
    asks = window.referrals.controller.asks
    qtbot.waitUntil(lambda: asks.dialog is not None and asks.dialog.contact.contact_id is not None)
    dialog = asks.dialog
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData(AskMethod.EVENT.value))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AskOutcome.NOT_NOW.value))
    dialog.save()
    qtbot.waitUntil(lambda: bool(window.services.asks.for_contact(small.bob.id)), timeout=WAIT_MS)
    [ask] = window.services.asks.for_contact(small.bob.id)
    settle(qtbot, window)

    window.contact_actions.edit_ask.emit(ask.id)
    qtbot.waitUntil(lambda: asks.dialog is not None and asks.dialog.existing is not None)
    editing = asks.dialog
    assert editing is not None and editing.delete_button is not None
    assert editing.outcome.currentData() == AskOutcome.NOT_NOW.value
    editing.delete_button.click()
    qtbot.waitUntil(lambda: window.services.asks.for_contact(small.bob.id) == [], timeout=WAIT_MS)
    assert window.undo_stack.undoText() == "Delete the ask of Robert Kim"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(window.services.asks.for_contact(small.bob.id)), timeout=WAIT_MS)
    assert window.services.asks.for_contact(small.bob.id)[0].id == ask.id


# Kits for the right people


def test_a_batch_leaves_out_who_it_is_not_for_and_a_coi_gets_the_professional_letter(
    qtbot: QtBot, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, book, tmp_path)
    contacts = window.services.contacts

    def person(first: str, last: str, **fields: Any) -> int:
        return contacts.create(ContactFields(first_name=first, last_name=last, **fields)).id

    client = {"relationship": Relationship.CLIENT, "segment": Segment.ENGAGED, "tier": Tier.A}
    ids = {
        "Ana": person("Ana", "Souza", **client),
        "Ben": person("Ben", "Adams", **client),
        "Pia": person("Pia", "Prospect"),
        "Fred": person("Fred", "Former", relationship=Relationship.FORMER_CLIENT),
        "Carla": person(
            "Carla", "Price", relationship=Relationship.CENTER_OF_INFLUENCE, profession="CPA"
        ),
        "Dora": person("Dora", "Grumpy", **{**client, "segment": Segment.DISGRUNTLED}),
        "Ned": person("Ned", "Noask", **client, do_not_ask=True),
    }
    folder = tmp_path / "kits"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder))
    )
    controller = window.kit_controller
    window.contact_actions.generate_kits.emit(list(ids.values()))
    dialog = controller.audience
    assert dialog is not None
    listed = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert listed == [
        "Pia Prospect — not a client yet",
        "Fred Former — a former client",
        "Carla Price — a center of influence: gets the letter for professionals who refer",
        "Dora Grumpy — disgruntled",
        "Ned Noask — asked not to be asked for referrals",
    ]
    assert "5 of the 7 selected are not current clients" in dialog.summary.text()
    assert dialog.make.text() == "Make 2 Kits"
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)  # Carla, deliberately
    assert dialog.make.text() == "Make 3 Kits"
    dialog.make.click()
    qtbot.waitUntil(lambda: controller.batch is not None, timeout=WAIT_MS)
    batch = controller.batch
    assert batch is not None
    with qtbot.waitSignal(batch.finished, timeout=WAIT_MS) as finished:
        pass
    result = finished.args[0]
    assert sorted(k.client.name for k in result.written) == [
        "Ana Souza",
        "Ben Adams",
        "Carla Price",
    ]
    letters = {k.client.name: page_texts(k.path.read_bytes())[0] for k in result.written}
    carla = " ".join(letters["Carla Price"].split())
    assert "Working together, Carla." in carla
    assert "How we work with your clients" in carla
    assert "What a good introduction looks like" in carla
    assert "Thank you for the trust" not in carla
    ana = " ".join(letters["Ana Souza"].split())
    assert "Thank you, Ana." in ana and "Thank you for the trust you place in me" in ana
    assert not (folder / "Pia Prospect.pdf").exists()
    if batch.summary is not None:
        batch.summary.close()
