"""The safety dialogs as a user meets them: passphrase, lock, damaged book, audit, conflicts."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.logs import setup_logging
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.audit.reading import AuditFilter, AuditLog
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.safety import backup
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui.audit_view import AuditDialog, AuditTableModel
from advisor_referrals.ui.book_opening import open_interactively
from advisor_referrals.ui.conflicts import offer_reload
from advisor_referrals.ui.damaged import Choice, DamagedBookDialog
from advisor_referrals.ui.lock import IdleLock, LockScreen
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.passphrase import NewPassphraseDialog, PassphraseDialog
from advisor_referrals.ui.safety import SafetyController
from advisor_referrals.ui.worker import run_task
from tests.support.books import add_contacts, checkpoint, count_contacts, digest
from tests.ui.dialogs import DialogAnswerer

# The offscreen platform says this of every dialog it shows; it is no fault of ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SECRET = "correct horse battery"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    """With ADVISOR_REFERRALS_SCREENSHOTS set, save the README's picture of this state."""
    if os.environ.get("ADVISOR_REFERRALS_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def encrypted_book(tmp_path: Path) -> Iterator[Book]:
    book = open_book(str(tmp_path / "secret.sqlite3"), passphrase=SECRET)
    ContactService(book).create(ContactFields(first_name="Ana", last_name="Souza"))
    yield book
    book.close()


def press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_passphrase_dialog_stays_open_on_a_wrong_passphrase(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("/books/secret.sqlite3", lambda text: text == SECRET)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.field.setText("Correct horse battery")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "does not open" in dialog.error.text()
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    shot(dialog, "passphrase-wrong")
    dialog.field.setText(SECRET)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == SECRET


def test_a_new_passphrase_is_typed_twice_and_long_enough(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog("Encrypt this book", "Choose a passphrase.")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.first.setText("short")
    dialog.second.setText("short")
    press_ok(dialog)
    assert "at least 8" in dialog.error.text()
    dialog.first.setText("a long phrase")
    dialog.second.setText("a long phrase.")
    press_ok(dialog)
    assert "differ" in dialog.error.text() and dialog.isVisible()
    dialog.second.setText("a long phrase")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_opening_an_encrypted_book_asks_for_its_passphrase(
    qtbot: QtBot, encrypted_book: Book
) -> None:
    path = encrypted_book.path
    assert path is not None
    encrypted_book.close()

    def wrong_then_right(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog)
        widget.field.setText("not it")
        press_ok(widget)
        assert widget.error.isVisible()
        widget.field.setText(SECRET)
        press_ok(widget)

    answers = DialogAnswerer(wrong_then_right)
    opened = open_interactively(str(path), None, RENDERERS)
    answers.stop()
    assert opened is not None
    services, passphrase = opened
    book = services.book
    try:
        assert passphrase == SECRET
        assert count_contacts(book) == 1
    finally:
        book.close()


@pytest.fixture
def window(qtbot: QtBot, encrypted_book: Book, settings: Settings) -> Iterator[MainWindow]:
    main = MainWindow(BookServices.for_book(encrypted_book, RENDERERS), settings)
    qtbot.addWidget(main)
    main.show()
    yield main


def test_the_app_locks_after_idle_time_and_unlocks_with_the_passphrase(
    qtbot: QtBot, window: MainWindow
) -> None:
    safety = window.services.safety
    lock = IdleLock(window, "secret.sqlite3", safety.check_passphrase, idle_ms=60_000)
    # Activity starts the idle time again (keys go to the window: no dialog blocks it yet)...
    qtbot.wait(300)
    before = lock.timer.remainingTime()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window, press)
    assert not lock.is_locked
    assert lock.timer.remainingTime() > before
    # ...and a (tiny) idle time without any locks the app, whatever windows are open.
    notes = QDialog(window)  # a window that could show client data
    notes.setWindowTitle("Notes on Ana Souza")
    notes.show()
    editor = QDialog(window)
    editor.setModal(True)
    editor.open()
    lock.set_idle_ms(200)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert not window.splitter.isVisible()
    assert not window.menuBar().isVisible()
    assert not notes.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()
    assert not any(a.isEnabled() for a in window.menuBar().actions())
    shot(window, "locked")
    screen.field.setText("wrong")
    screen.button.click()
    assert lock.is_locked and screen.error.isVisible()
    screen.field.setText(SECRET)
    screen.button.click()
    assert not lock.is_locked
    assert window.centralWidget() is window.root
    assert window.splitter.isVisible() and window.menuBar().isVisible()
    assert notes.isVisible()
    assert window.menuBar().actions()[0].isEnabled()


def test_the_damaged_book_dialog_offers_the_latest_backup(qtbot: QtBot, tmp_path: Path) -> None:
    latest = tmp_path / "book-backup-20260701-180000.sqlite3"
    latest.write_bytes(b"x")
    dialog = DamagedBookDialog("the book at /x is damaged (cut off).", latest)
    qtbot.addWidget(dialog)
    dialog.open()
    shot(dialog, "damaged-book")
    assert dialog.restore_latest_button is not None
    dialog.restore_latest_button.click()
    assert (dialog.choice, dialog.chosen) == (Choice.RESTORE_LATEST, latest)
    without = DamagedBookDialog("damaged", None)
    qtbot.addWidget(without)
    assert without.restore_latest_button is None


@pytest.mark.answers_dialogs
def test_a_damaged_book_at_start_is_replaced_by_its_latest_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "book.sqlite3"
    folder = tmp_path / "backups"
    book = open_book(str(path))
    add_contacts(book, 120)
    backup.auto_backup(book, folder)
    add_contacts(book, 5, start=500)
    checkpoint(book)
    book.close()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    damaged = digest(path)
    seen: list[str] = []

    def restore_latest(widget: QWidget) -> None:
        assert isinstance(widget, DamagedBookDialog)
        seen.append(widget.findChild(QWidget, "problem").text())  # type: ignore[union-attr]
        assert widget.restore_latest_button is not None
        widget.restore_latest_button.click()

    def read_result(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.accept()

    answers = DialogAnswerer(restore_latest, read_result)
    opened = open_interactively(str(path), folder, RENDERERS)
    answers.stop()
    assert answers.done
    assert opened is not None
    book = opened[0].book
    try:
        assert count_contacts(book) == 120
    finally:
        book.close()
    assert "damaged" in seen[0] and "cut off" in seen[0]
    assert "Restored" in seen[1]
    kept = [p for p in tmp_path.iterdir() if "replaced" in p.name]
    assert len(kept) == 1 and digest(kept[0]) == damaged


@pytest.mark.answers_dialogs
def test_damage_found_after_the_window_shows_is_reported(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 3000)
    checkpoint(book)
    book.close()
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 8192)
    book = open_book(str(path))  # header and schema are sound: it opens
    main = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    qtbot.addWidget(main)
    controller = SafetyController(main.parts, main.services.safety, main.services.audit_log)
    main.show()
    messages: list[str] = []
    warnings: list[str] = []

    def close_it(widget: QWidget) -> None:
        # The pages' own reads may meet the damage first: they say so in a message box.
        if isinstance(widget, QMessageBox):
            warnings.append(widget.text())
            widget.accept()
            return
        assert isinstance(widget, DamagedBookDialog)
        messages.append(widget.findChild(QWidget, "problem").text())  # type: ignore[union-attr]
        widget.reject()

    answers = DialogAnswerer(*[close_it] * 6)
    controller.start()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    answers.stop()
    assert controller.problems
    assert "damaged" in messages[0]
    for text in warnings:
        assert "The open book is damaged" in text and "Restore a backup" in text
    assert not controller.backup_on_close, "a damaged book must not push good backups out"
    main.close()
    book.close()


def test_the_window_backs_up_on_close_and_offers_the_audit_log(
    qtbot: QtBot, sqlite_book: Book, settings: Settings, tmp_path: Path
) -> None:
    from advisor_referrals.ui.options import BACKUP_FOLDER

    settings.set(BACKUP_FOLDER, str(tmp_path / "saved"))
    ContactService(sqlite_book).create(ContactFields(first_name="Ana", last_name="Souza"))
    main = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), settings)
    qtbot.addWidget(main)
    controller = SafetyController(main.parts, main.services.safety, main.services.audit_log)
    main.show()
    titles = [a.text() for a in main.menus.tools.actions()]
    assert "&Audit log…" in titles and "&Back up now…" in titles
    assert "&Encrypt this book…" in titles
    assert controller.lock is None, "a plain book has no passphrase to lock with"
    main.close()
    assert sqlite_book.path is not None
    saved = backup.list_backups(tmp_path / "saved", sqlite_book.path)
    assert len(saved) == 1
    restored = open_book(str(saved[0].path), upgrade=False)
    try:
        assert count_contacts(restored) == 1
    finally:
        restored.close()


def test_the_audit_model_is_lazy_and_sound(qtbot: QtBot, qtmodeltester: object, book: Book) -> None:
    service = ContactService(book)
    for n in range(450):
        service.create(ContactFields(first_name=f"Client{n}", last_name="Audit"))
    model = AuditTableModel(AuditLog(book))
    model.set_filter(AuditFilter())
    assert model.rowCount() == 450
    assert model._pages == {}
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 4).data() == "Added Client449 Audit"
    assert model.index(449, 1).data() == book.user
    model.set_filter(AuditFilter(text="Client44"))
    assert model.rowCount() == 11
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_audit_dialog_filters_by_user_and_shows_one_record(
    qtbot: QtBot, sqlite_book: Book
) -> None:
    mine = ContactService(sqlite_book)
    ana = mine.create(ContactFields(first_name="Ana", last_name="Souza"))
    other = open_book(sqlite_book.target, user="assistant")
    try:
        ContactService(other).update(ana.id, ana.version, ana.as_fields().edited(city="Salem"))
        ContactService(other).create(ContactFields(first_name="Bia", last_name="Lima"))
    finally:
        other.close()
    log = AuditLog(sqlite_book)
    dialog = AuditDialog(log)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    dialog.user.setCurrentIndex(dialog.user.findData("assistant"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.count.text() == "2 entries"
    dialog.table.selectRow(1)
    assert dialog.details.text() == "city: — → Salem"
    shot(dialog, "audit-log")
    history = AuditDialog(log, entity="contact", entity_id=ana.id)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    assert [history.model.index(r, 1).data() for r in range(2)] == ["assistant", "tester"]


@pytest.mark.answers_dialogs
def test_a_conflict_offers_to_reload_the_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    refreshed: list[bool] = []
    monkeypatch.setattr(window.current_page(), "refresh", lambda: refreshed.append(True))
    seen: list[str] = []

    def reload(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        button = widget.defaultButton()
        assert button is not None and button.text() == "Reload"
        button.click()

    answers = DialogAnswerer(reload)
    assert offer_reload(window, ConflictError("Contact Ana Souza"))
    answers.stop()
    assert "changed by someone else" in seen[0]
    assert refreshed == [True]


def test_a_background_fault_is_logged_without_client_data(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path / "logs")
    failures: list[BaseException] = []

    def work(_progress: object) -> None:
        raise ValueError("Ana Souza <ana.souza@example.com> notes: moving to Lisbon")

    owner = QWidget()
    qtbot.addWidget(owner)
    try:
        run_task(owner, work, on_error=failures.append)
        qtbot.waitUntil(lambda: bool(failures))
        text = log_path.read_text(encoding="utf-8")
        assert "ValueError" in text and "background work" in text
        for secret in ("Souza", "ana.souza@example.com", "Lisbon"):
            assert secret not in text
    finally:
        root = logging.getLogger("advisor_referrals")
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_path):
                root.removeHandler(handler)
                handler.close()


@pytest.mark.answers_dialogs
def test_the_app_session_restores_and_encrypts_by_reopening_the_book(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    from advisor_referrals.services.safety import book_files
    from advisor_referrals.ui.options import BACKUP_FOLDER
    from advisor_referrals.ui.session import AppSession

    settings.set(BACKUP_FOLDER, str(tmp_path / "saved"))
    path = tmp_path / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 30)
    saved = tmp_path / "saved-by-hand.sqlite3"
    backup.backup_to(book, saved)
    add_contacts(book, 4, start=100)
    book.close()
    session = AppSession(str(path), settings, RENDERERS)
    assert session.start()
    first = session.window  # the session deletes the windows it replaces: not qtbot's to close
    assert first is not None
    messages: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        messages.append(widget.text())
        widget.accept()

    answers = DialogAnswerer(read)
    session.restore(saved)
    answers.stop()
    assert "Restored" in messages[-1]
    assert session.window is not None and session.window is not first
    assert count_contacts(session.window.services.book) == 30

    answers = DialogAnswerer(read)
    session.replace_book("Encrypting…", lambda p: book_files.encrypt(p, SECRET), SECRET)
    answers.stop()
    assert "now encrypted" in messages[-1]
    window = session.window
    assert window is not None
    assert window.services.safety.is_encrypted
    assert session.controller is not None and session.controller.lock is not None
    assert count_contacts(window.services.book) == 30
    session.controller.backup_on_close = False
    window.close()
    session.close()
    # Delete what the session made now, while Qt and Python both still hold on to it.
    window.deleteLater()
    session.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_tools_verifies_the_audit_trail_off_the_ui_thread(
    qtbot: QtBot, sqlite_book: Book, settings: Settings
) -> None:
    service = ContactService(sqlite_book)
    for name in ("Ana", "Bia", "Caio"):
        service.create(ContactFields(first_name=name, last_name="Souza"))
    main = MainWindow(BookServices.for_book(sqlite_book, RENDERERS), settings)
    qtbot.addWidget(main)
    controller = SafetyController(main.parts, main.services.safety, main.services.audit_log)
    main.show()
    action = next(a for a in main.menus.tools.actions() if a.text() == "&Verify audit trail…")
    action.trigger()
    verification = controller.verification
    qtbot.waitUntil(lambda: verification.result is not None, timeout=10_000)
    assert verification.result is not None
    text = verification.result.text()
    assert "The audit trail is whole: 3 entries, 1 to 3" in text
    assert verification.result.icon() == QMessageBox.Icon.Information
    verification.result.close()

    import sqlite3

    assert sqlite_book.path is not None
    raw = sqlite3.connect(sqlite_book.path, isolation_level=None)
    raw.execute("DROP TRIGGER audit_entries_no_update")
    raw.execute("UPDATE audit_entries SET user = 'someone else' WHERE id = 2")
    raw.close()
    action.trigger()
    verification = controller.verification
    qtbot.waitUntil(lambda: verification.result is not None, timeout=10_000)
    assert verification.result is not None
    assert "broken at entry 2" in verification.result.text()
    assert verification.result.icon() == QMessageBox.Icon.Warning
    verification.result.close()
    main.close()


def test_a_read_only_book_opens_to_be_read_and_says_so(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A book on a read-only share is sound: it opens, is never called damaged, and a save
    is refused in plain words. (Permissions are simulated: the tests may run as root.)"""
    from advisor_referrals.storage import opening
    from advisor_referrals.ui.session import AppSession

    path = tmp_path / "share" / "book.sqlite3"
    book = open_book(str(path))
    add_contacts(book, 3)
    book.close()
    before = digest(path)
    monkeypatch.setattr(opening, "check_book_path", lambda _path, _where: True)
    session = AppSession(str(path), settings, RENDERERS)
    assert session.start()
    window = session.window
    assert window is not None
    assert window.services.book.read_only
    assert window.windowTitle().endswith("(read-only)")
    note = window.statusBar().findChild(QWidget, "read_only_note")
    assert note is not None and "changes cannot be saved" in note.text()  # type: ignore[attr-defined]
    with pytest.raises(BookError, match="is read-only"):
        ContactService(window.services.book).create(
            ContactFields(first_name="Zoe", last_name="Lima")
        )
    assert session.controller is not None
    session.controller.backup_on_close = False
    window.close()
    session.close()
    window.deleteLater()
    session.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["book.sqlite3"]
