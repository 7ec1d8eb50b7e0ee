"""The import dialog with other tools' exports, correcting and skipping rows, Edit > Undo
Import, the audit log's undo, merging two contacts, and a new contact's segment."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Segment
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.audit.reading import AuditLog
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.preview import INVALID, NEW, ContactImporter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.audit_view import AuditDialog
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.import_dialog import ImportDialog
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from tests.services.test_vendor_imports import CSV_FILES, DATA, names_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LAYOUT_OF = {
    "google.csv": "google",
    "outlook-cp1252.csv": "outlook",
    "wealthbox.csv": "wealthbox",
    "redtail.csv": "redtail",
    "salesforce.csv": "salesforce",
    "hubspot.csv": "hubspot",
    "contacts.vcf": "vcard",
}


def settled(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=15_000)
    qtbot.wait(300)  # a preview scheduled by the last change
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.preview_timer.isActive(), timeout=15_000)


def open_dialog(qtbot: QtBot, book: Book, path: Path) -> ImportDialog:
    dialog = ImportDialog(ContactImporter(book), path)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    return dialog


def import_now(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.summary_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)


def names(book: Book) -> list[tuple[str, str]]:
    service = ContactService(book)
    return [(c.first_name, c.last_name) for c in service.get_many(list(range(1, 200)))]


@pytest.mark.parametrize("name", sorted(LAYOUT_OF))
def test_each_tools_export_imports_through_the_dialog_unchanged(
    qtbot: QtBot, book: Book, name: str
) -> None:
    dialog = open_dialog(qtbot, book, DATA / name)
    assert dialog.preset_combo.currentData() == LAYOUT_OF[name]
    assert dialog.preview is not None and dialog.preview.importable
    if name == "outlook-cp1252.csv":
        assert "Text read as Windows-1252." in dialog.summary_label.text()
    import_now(qtbot, dialog)
    got = names(book)
    if name in CSV_FILES:
        expected = names_in(name)
        if name == "wealthbox.csv":
            expected.insert(5, ("", "Helping Hands Foundation"))
        assert got == expected
    else:
        assert got == [
            ("Jean", "de la Fontaine"),
            ("David", "Smith"),
            ("Jürgen", "Müller"),
            ("Cher", ""),
        ]
    assert dialog.summary is not None and dialog.summary.batch_id == 1


def broken_redtail(tmp_path: Path) -> Path:
    text = (DATA / "redtail.csv").read_text(encoding="utf-8")
    path = tmp_path / "redtail.csv"
    path.write_text(text.replace("nina@sharp.example.com", "nina(at)sharp"), encoding="utf-8")
    return path


def test_a_cell_corrected_in_the_preview_is_checked_again_and_imported(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, book, broken_redtail(tmp_path))
    preview = dialog.preview
    assert preview is not None and preview.status[3] == INVALID
    assert not dialog.import_button.isEnabled()
    model = dialog.preview_model
    column = model.FIXED + model.table.headers.index("Email Address")  # type: ignore[union-attr]
    index = model.index(1, column)
    assert model.data(index) == "nina(at)sharp"
    assert model.flags(index) & model.flags(index).ItemIsEditable
    assert model.setData(index, "nina@sharp.example.com")
    settled(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.status[3] == NEW
    assert model.data(index, 0x0006) is not None  # the corrected cell shows in italics
    import_now(qtbot, dialog)
    nina = next(
        c for c in ContactService(book).get_many(list(range(1, 10))) if c.first_name == "Nina"
    )
    assert nina.email == "nina@sharp.example.com"


def test_skipping_rows_writes_a_rejects_file_that_imports_once_corrected(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    source = broken_redtail(tmp_path)
    dialog = open_dialog(qtbot, book, source)
    assert not dialog.import_button.isEnabled()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    import_now(qtbot, dialog)
    assert len(names(book)) == 5
    rejects = tmp_path / "redtail-rejects.csv"
    assert dialog.summary is not None and str(rejects) in str(dialog.summary)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["First Name"], r["Import problems"].split(":")[0]) for r in rows] == [
        ("Nina", "email")
    ]
    rejects.write_text(
        rejects.read_text(encoding="utf-8-sig").replace("nina(at)sharp", "nina@sharp.example.com"),
        encoding="utf-8",
    )
    again = open_dialog(qtbot, book, rejects)
    assert again.preset_combo.currentData() == "redtail"
    import_now(qtbot, again)
    assert len(names(book)) == 6


@pytest.fixture
def window(qtbot: QtBot, book: Book, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    qtbot.addWidget(main)
    return main


def test_edit_undo_import_removes_what_the_import_added(
    qtbot: QtBot, window: MainWindow, book: Book, tmp_path: Path
) -> None:
    feature = window.import_export  # type: ignore[attr-defined]
    dialog = feature.open_dialog(DATA / "google.csv")
    settled(qtbot, dialog)
    import_now(qtbot, dialog)
    assert len(names(book)) == 6
    undo = feature.undo
    assert undo.action in window.parts.menus.edit.actions()
    asked: list[str] = []
    undo.ask = lambda _parent, _title, text: asked.append(text) or True
    with qtbot.waitSignal(undo.undone, timeout=20_000):
        undo.action.trigger()
    assert "Undo the import of google.csv" in asked[0]
    assert names(book) == []


def test_the_audit_log_offers_to_undo_an_import(
    qtbot: QtBot, window: MainWindow, book: Book, tmp_path: Path
) -> None:
    copy = tmp_path / "hubspot.csv"
    shutil.copy(DATA / "hubspot.csv", copy)
    dialog = window.import_export.open_dialog(copy)  # type: ignore[attr-defined]
    settled(qtbot, dialog)
    import_now(qtbot, dialog)
    undone: list[int] = []
    audit = AuditDialog(AuditLog(book), window, undo_import=lambda batch, _w: undone.append(batch))
    qtbot.addWidget(audit)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
    row = next(
        r
        for r in range(audit.model.rowCount())
        if audit.model.entry(r).entity == "import_batch"  # type: ignore[union-attr]
    )
    audit.table.selectRow(row)
    assert audit.undo_button.isVisibleTo(audit)
    audit.undo_button.click()
    assert undone == [1]


def test_two_contacts_are_merged_from_the_client_table_and_undone(
    qtbot: QtBot, window: MainWindow, book: Book
) -> None:
    service = ContactService(book)
    ana = service.create(ContactFields(first_name="Ana", last_name="Souza", tags=("VIP",)))
    copy = service.create(
        ContactFields(first_name="Ana", last_name="Souza", email="ana@example.com")
    )
    clients = window.show_page("clients")
    editor = clients.editor  # type: ignore[attr-defined]
    editor.choose_kept = lambda contacts: next(c for c in contacts if c.id == ana.id)
    step = editor.merge_contacts([ana.id, copy.id])
    assert step is not None
    qtbot.waitUntil(lambda: not editor.busy and step.merged is not None, timeout=10_000)
    kept = service.get(ana.id)
    assert kept.email == "ana@example.com" and service.get(copy.id).is_archived
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not editor.busy, timeout=10_000)
    assert service.get(ana.id).email is None and not service.get(copy.id).is_archived
    window.undo_stack.redo()  # merged again, with the versions the undo left
    qtbot.waitUntil(lambda: not editor.busy, timeout=10_000)
    assert service.get(copy.id).is_archived and service.get(ana.id).email == "ana@example.com"


def test_a_new_contact_starts_with_the_unknown_segment_and_says_what_segments_mean(
    qtbot: QtBot,
) -> None:
    dialog = ContactDialog(lambda _fields: None, [])
    qtbot.addWidget(dialog)
    assert dialog.fields().segment is Segment.UNKNOWN
    assert "Engaged: written plan" in dialog.segment_help.text()
