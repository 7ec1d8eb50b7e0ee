"""Kits in the app: preview, save, print, batch with cancel, and the branding settings tab."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QColorDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.reports.renderers import RENDERERS, kit_renderer
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.kits import BatchResult, KitService
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.kits import KitController
from advisor_referrals.ui.kits.branding import KitBrandingTab
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import KIT_PAGE_SIZE, Settings
from tests.support.pdf import reader

# The offscreen platform cannot pass size hints on when a dialog is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(sqlite_book: Book, settings: Settings, qtbot: QtBot) -> Iterator[MainWindow]:
    SettingsService(sqlite_book).save_profile(
        AdvisorProfile(name="Maria Lopes", firm="Lopes & Partners", website="lopes.example")
    )
    main = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), settings)
    qtbot.addWidget(main)
    yield main


def add(book: Book, first: str, last: str) -> int:
    return ContactService(book).create(ContactFields(first_name=first, last_name=last)).id


def open_preview(window: MainWindow, qtbot: QtBot, contact_id: int) -> KitController:
    controller = window.kit_controller
    window.contact_actions.generate_kits.emit([contact_id])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    return controller


def test_a_clients_kit_opens_in_a_preview_and_is_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = add(window.services.book, "Ana", "Souza")
    preview = open_preview(window, qtbot, ana).preview
    assert preview is not None
    assert preview.document.pageCount() == preview.kit.pages == 5
    assert "Ana Souza" in preview.windowTitle()

    preview.paper.setCurrentIndex(preview.paper.findData("a4"))
    qtbot.waitUntil(lambda: preview.kit.page_size is PageSize.A4, timeout=10_000)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert round(preview.document.pagePointSize(0).height()) == 842
    assert window.settings.get(KIT_PAGE_SIZE) == "a4"

    target = tmp_path / "Ana kit.pdf"
    monkeypatch.setattr(preview, "ask_save_path", lambda: target)
    with qtbot.waitSignal(preview.saved, timeout=10_000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert len(reader(target.read_bytes()).pages) == 5
    [entry] = window.services.kits.history(ana)
    assert (entry.file_name, entry.page_size) == ("Ana kit.pdf", PageSize.A4)
    preview.close()


def test_printing_sends_every_page_and_is_recorded(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = add(window.services.book, "Ana", "Souza")
    preview = open_preview(window, qtbot, ana).preview
    assert preview is not None
    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(preview, "ask_printer", pdf_printer)
    with qtbot.waitSignal(preview.printed) as signal:
        preview.print_kit()
    assert signal.args == [5]
    assert len(reader(printed.read_bytes()).pages) == 5
    qtbot.waitUntil(lambda: len(window.services.kits.history(ana)) == 1, timeout=10_000)
    assert window.services.kits.history(ana)[0].file_name == ""
    preview.close()


def test_cancel_stops_a_batch_keeping_the_kits_already_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    book = window.services.book
    ids = [add(book, f"Client{n:02d}", "Test") for n in range(12)]
    folder = tmp_path / "kits"
    reached, release = threading.Event(), threading.Event()

    batch = window.kit_controller.start_batch(ids, folder)
    progress = batch.task.progress
    forward = progress.callback
    assert forward is not None

    def hold_at_third(done: int, total: int, message: str) -> None:
        if done == 2:  # runs on the worker: wait there until the user has pressed Cancel
            reached.set()
            release.wait(10)
        forward(done, total, message)

    progress.callback = hold_at_third
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    cancel = batch.dialog.findChild(QPushButton)
    assert cancel is not None
    with qtbot.waitSignal(batch.finished, timeout=20_000) as finished:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    result: BatchResult = finished.args[0]
    assert result.cancelled and result.total == 12
    assert sorted(p.name for p in folder.iterdir()) == ["Client00 Test.pdf", "Client01 Test.pdf"]
    assert sum(len(window.services.kits.history(i)) for i in ids) == 2
    assert batch.summary is not None and "2 of 12" in batch.summary.text()
    batch.summary.close()


def test_branding_tab_saves_kit_fields_and_keeps_the_rest(
    sqlite_book: Book, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = SettingsService(sqlite_book)
    service.save_profile(AdvisorProfile(name="Maria Lopes", firm="Lopes & Partners"))
    tab = KitBrandingTab(service)
    qtbot.addWidget(tab)
    assert tab.ideal_client.placeholderText().startswith("We work best")

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 80, 160)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    assert not tab.set_logo(str(broken))
    assert tab.logo_problem.isVisibleTo(tab) and tab.logo_path.text() == ""
    assert tab.set_logo(str(logo))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#8a5a2b"))
    tab.choose_accent()
    tab.disclosures.setPlainText("Advisory services through Lopes & Partners.")
    tab.services.setPlainText("- Planning: a written plan")
    tab.save()

    saved = service.profile()
    assert (saved.name, saved.firm) == ("Maria Lopes", "Lopes & Partners")
    assert saved.logo_path == str(logo)
    assert saved.accent_color == "#8A5A2B"
    assert saved.disclosures == "Advisory services through Lopes & Partners."
    assert saved.services == "- Planning: a written plan"
    assert saved.ideal_client == ""


def test_a_preview_of_a_kit_uses_the_saved_branding(sqlite_book: Book) -> None:
    SettingsService(sqlite_book).save_profile(AdvisorProfile(disclosures="Member FINRA/SIPC."))
    ana = add(sqlite_book, "Ana", "Souza")
    kit = KitService(sqlite_book, kit_renderer).preview(ana, PageSize.LETTER)
    for page in reader(kit.data).pages:
        assert "Member FINRA/SIPC." in page.extract_text()


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("Leave Them Out", ["Ana", "Carla"]),
        ("Include Them", ["Ana", "Bruno", "Carla"]),
        ("Cancel", []),
    ],
)
def test_kits_for_clients_marked_do_not_ask_need_the_advisors_say(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str, kept: list[str]
) -> None:
    contacts = ContactService(window.services.book)
    ids = {
        "Ana": add(window.services.book, "Ana", "Souza"),
        "Bruno": contacts.create(
            ContactFields(first_name="Bruno", last_name="Lima", do_not_ask=True)
        ).id,
        "Carla": add(window.services.book, "Carla", "Reis"),
    }
    asked: list[str] = []

    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    monkeypatch.setattr(QMessageBox, "exec", click)
    controller = window.kit_controller
    chosen = controller.respect_do_not_ask(controller.kits.candidates(list(ids.values())))
    assert chosen == [ids[name] for name in kept]
    assert asked == ["1 of 3 asked not to be asked for referrals: Bruno Lima."]


def test_no_question_when_nobody_is_marked_do_not_ask(window: MainWindow) -> None:
    ids = [add(window.services.book, "Ana", "Souza"), add(window.services.book, "Eve", "Adams")]
    # The test set-up fails any message box that opens.
    controller = window.kit_controller
    assert controller.respect_do_not_ask(controller.kits.candidates(ids)) == ids


@pytest.mark.parametrize(("answer", "replaced"), [("Replace Them", True), ("Cancel", False)])
def test_a_batch_asks_before_replacing_kits_already_in_the_folder(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    replaced: bool,
) -> None:
    # Clients: a batch for them asks nothing about whom it is for.
    contacts = ContactService(window.services.book)
    ids = [
        contacts.create(
            ContactFields(first_name=first, last_name=last, relationship=Relationship.CLIENT)
        ).id
        for first, last in (("Ana", "Souza"), ("Eve", "Adams"))
    ]
    folder = tmp_path / "kits"
    folder.mkdir()
    earlier = folder / "Ana Souza.pdf"
    earlier.write_bytes(b"the kit Ana was given last year")
    asked: list[str] = []

    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(window.kit_controller, "ask_folder", lambda _count: folder)
    window.kit_controller.generate(ids)
    assert asked == [f"1 of these kits are already in {folder}: Ana Souza.pdf."]
    if not replaced:
        assert window.kit_controller.batch is None
        assert earlier.read_bytes() == b"the kit Ana was given last year"
        assert sorted(p.name for p in folder.iterdir()) == ["Ana Souza.pdf"]
        return
    batch = window.kit_controller.batch
    assert batch is not None
    qtbot.waitUntil(lambda: batch.summary is not None, timeout=20_000)
    assert earlier.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["Ana Souza.pdf", "Eve Adams.pdf"]
    assert batch.summary is not None
    batch.summary.close()


def test_a_batch_in_one_language_writes_every_kit_in_it_and_names_what_cannot_print(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A client and a centre of influence: the batch asks whom it is for, then keeps the
    # language it was asked for through that question.
    contacts = ContactService(window.services.book)
    ids = [
        contacts.create(
            ContactFields(first_name=first, last_name=last, relationship=relationship)
        ).id
        for first, last, relationship in (
            ("Élodie", "Tremblay", Relationship.CLIENT),
            ("Ana", "ሰላም", Relationship.CENTER_OF_INFLUENCE),
        )
    ]
    folder = tmp_path / "kits"
    monkeypatch.setattr(window.kit_controller, "ask_folder", lambda _count: folder)
    window.contact_actions.generate_kits_in.emit(ids, "fr")
    dialog = window.kit_controller.audience
    assert dialog is not None and dialog.list.count() == 1
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.make.click()
    batch = window.kit_controller.batch
    assert batch is not None
    qtbot.waitUntil(lambda: batch.summary is not None, timeout=20_000)
    assert batch.summary is not None
    summary = batch.summary.text()
    assert "Some text cannot be printed with the bundled fonts" in summary
    assert "Ana ሰላም (contact" in summary and "U+1230" in summary
    batch.summary.close()
    for path in folder.iterdir():
        text = " ".join(
            " ".join(page.extract_text() for page in reader(path.read_bytes()).pages).split()
        )
        assert "Comment nous présenter" in text  # French, whatever the client's own language
        professional = "Travaillons ensemble, Ana." in text
        assert professional == path.name.startswith("Ana")  # the centre of influence's letter


def test_the_job_title_and_office_address_typed_in_settings_print_on_the_kit(
    window: MainWindow, qtbot: QtBot
) -> None:
    from advisor_referrals.ui.settings_dialog import SettingsDialog
    from advisor_referrals.ui.settings_tabs import ProfileTab, make_settings_tabs

    tabs = make_settings_tabs(window.services, window.history.runner, window.settings)
    dialog = SettingsDialog(tabs, window, window.events)
    qtbot.addWidget(dialog)
    profile = next(tab for _title, tab in tabs if isinstance(tab, ProfileTab))
    profile.form.edits["title"].setText("Senior Wealth Advisor")
    profile.form.edits["address"].setText("200 Harbor Street, Suite 12, Boston")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    ana = add(window.services.book, "Ana", "Souza")
    preview = open_preview(window, qtbot, ana).preview
    assert preview is not None
    text = " ".join(page.extract_text() for page in reader(preview.kit.data).pages)
    flat = " ".join(text.split())
    assert "Senior Wealth Advisor" in flat
    assert "200 Harbor Street, Suite 12, Boston" in flat
    preview.close()
