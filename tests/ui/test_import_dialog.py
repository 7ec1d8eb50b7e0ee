"""The import dialog and File > Import/Export, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.imports.csv_reading import read_csv
from advisor_referrals.services.imports.mapping import suggest_mapping
from advisor_referrals.services.imports.preview import INVALID, NEW, ContactImporter
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.import_dialog import CELL_WIDTH, WHY_WIDTH, ImportDialog
from advisor_referrals.ui.import_models import MappingModel, PreviewModel
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings

PREVIEW_SETTLE_MS = 400
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def outlook_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "outlook.csv",
        [
            "First Name,Last Name,E-mail Address,Mobile Phone,Home City,Categories,Segment",
            "Ana,Souza,ana@example.com,+1 617 555 0101,Boston,Golf;VIP,engaged",
            "Bruno,Lima,bruno@example,+1 617 555 0102,Cambridge,,loyal",
            "美咲,佐藤,misaki@example.jp,,Tokyo,,content",
            "Smith & <Co>,O'Brien,=cmd|' /C calc'!A0,,,,",
        ],
    )


def open_dialog(qtbot: QtBot, book: Book, path: Path) -> ImportDialog:
    dialog = ImportDialog(ContactImporter(book), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10_000)
    return dialog


def test_models_pass_the_model_tester(qtmodeltester: object, tmp_path: Path, book: Book) -> None:
    table = read_csv(outlook_file(tmp_path))
    mapping = suggest_mapping(table.headers)
    mapping_model = MappingModel()
    mapping_model.load(table, mapping)
    qtmodeltester.check(mapping_model)  # type: ignore[attr-defined]
    preview_model = PreviewModel()
    preview_model.load(table, mapping)
    preview_model.set_preview(ContactImporter(book).preview(table, mapping), mapping)
    qtmodeltester.check(preview_model)  # type: ignore[attr-defined]
    preview_model.set_only_problems(True)
    qtmodeltester.check(preview_model)  # type: ignore[attr-defined]


def test_the_preview_shows_bad_rows_and_why_and_import_waits_for_a_fix(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, book, outlook_file(tmp_path))
    assert dialog.preset_combo.currentText() == "Outlook"
    model = dialog.preview_model
    statuses = {model.data(model.index(r, 0)): model.data(model.index(r, 1)) for r in range(4)}
    assert statuses == {"2": "New", "3": "Problem", "4": "New", "5": "Problem"}
    why = model.data(model.index(1, 2))
    assert "email" in why and "name@example.com" in why
    assert model.data(model.index(3, 1)) == "Problem"
    assert not dialog.import_button.isEnabled()
    assert "4 rows: 2 new, 2 with problems." in dialog.summary_label.text()
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 2
    dialog.resize(1100, 640)
    assert dialog.grab().save(str(tmp_path / "import-dialog.png"))

    # The Segment column is not an Outlook field: map it, which shows row 3's bad segment.
    dialog.set_target(6, "segment")
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10_000)
    qtbot.wait(PREVIEW_SETTLE_MS)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.preset_combo.currentData() == ""
    assert dialog.preview is not None
    assert {p.field for p in dialog.preview.problems[3]} == {"email", "segment"}

    # Leave out the bad email column and the segment: the rows import.
    dialog.set_target(2, None)
    dialog.set_target(6, None)
    qtbot.wait(PREVIEW_SETTLE_MS)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.preview is not None and dialog.preview.count(NEW) == 4
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    names = [c.first_name for c in ContactService(book).get_many([1, 2, 3, 4])]
    assert names == ["Ana", "Bruno", "美咲", "Smith & <Co>"]


def test_a_cancelled_import_writes_nothing(qtbot: QtBot, book: Book, tmp_path: Path) -> None:
    rows = ["first_name,last_name,email"]
    rows += [f"P{n},Q{n},p{n}@example.com" for n in range(12_000)]
    dialog = open_dialog(qtbot, book, write_csv(tmp_path / "big.csv", rows))
    assert dialog.preview is not None and dialog.preview.count(NEW) == 12_000
    assert not any(s == INVALID for s in dialog.preview.status.values())
    dialog.start_import()
    assert dialog.close_button.text() == "Cancel Import"
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: dialog.import_task is None and not dialog.busy, timeout=20_000)
    assert "cancelled; nothing was changed" in dialog.summary_label.text()
    assert ContactService(book).count() == 0
    assert dialog.isVisible()


@pytest.fixture
def window(qtbot: QtBot, book: Book, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    qtbot.addWidget(main)
    return main


def test_file_menu_and_dropping_a_csv_import_contacts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feature = window.import_export
    assert feature.import_action.shortcut() == QKeySequence("Ctrl+I")
    menu_texts = [a.text() for a in window.menus.file.actions()]
    assert "&Import…" in menu_texts and "&Export…" in menu_texts

    path = write_csv(tmp_path / "dropped.csv", ["first_name,last_name", "Ana,Souza"])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    dialog = feature.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.events.changed, timeout=20_000) as announced:
        dialog.import_button.click()
    assert announced.args is not None and announced.args[0].touches("contact")
    assert ContactService(window.services.book).count() == 1

    exported = tmp_path / "out.csv"
    with qtbot.waitSignal(feature.export_to(exported).finished, timeout=20_000):
        pass
    assert "Ana,Souza" in exported.read_text(encoding="utf-8-sig")


def test_the_preview_columns_fit_their_rows_and_headers(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    long_city = "Saint-Rémy-de-Provence-sur-le-Lac"
    rows = ["first_name,last_name,email,city,segment"]
    rows += [
        f"Ana{n},Souza,ana{n}@example.com,{long_city if n % 2 else 'Bo'},engaged" for n in range(30)
    ]
    rows.append("Bruno,Lima,bruno@example.com,Lyon,loyal")  # a problem, so "Why" says something
    dialog = open_dialog(qtbot, book, write_csv(tmp_path / "wide.csv", rows))
    view, header = dialog.preview_view, dialog.preview_view.horizontalHeader()
    for column in range(dialog.preview_model.columnCount()):
        # As wide as the view itself would make it to show every row and the header whole,
        # within the column's limit.
        fitted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        limit = WHY_WIDTH if column == 2 else CELL_WIDTH
        assert view.columnWidth(column) == min(fitted, limit), column
    city = 3 + 3  # after row, status and why
    assert view.fontMetrics().horizontalAdvance(long_city) < view.columnWidth(city)
