"""The main window's safety duties: page check, backups, encryption, the lock, the audit log.

`SafetyController` adds its actions to the Tools menu and, after the window shows,
checks every page of the book off the UI thread. Backups are made on close and
once a day. Operations that replace the book file (restore, encrypt, change the
passphrase) go through a `BookSwitcher`: the app session closes the window and the
book, runs the operation, and opens the book again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMenu, QMessageBox, QWidget

from advisor_referrals import APP_NAME
from advisor_referrals.domain.errors import BookError
from advisor_referrals.logs import log_fault
from advisor_referrals.services.audit.reading import AuditLog
from advisor_referrals.services.safety import book_files
from advisor_referrals.services.safety.backup import BackupInfo
from advisor_referrals.services.safety.book_status import BookSafety
from advisor_referrals.ui.audit_view import AuditDialog
from advisor_referrals.ui.damaged import DamagedBookDialog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.lock import IdleLock
from advisor_referrals.ui.passphrase import NewPassphraseDialog, PassphraseDialog
from advisor_referrals.ui.safety_settings import (
    SafetySettingsDialog,
    backup_folder,
    backup_policy,
    lock_after_ms,
)
from advisor_referrals.ui.window_parts import WindowParts
from advisor_referrals.ui.worker import run_task

DAILY_CHECK_MS = 60 * 60 * 1000


class BookSwitcher(Protocol):
    def replace_book(
        self, label: str, operation: Callable[[Path], str], passphrase_after: str | None
    ) -> None: ...

    def restore(self, backup_file: Path) -> None: ...


class SafetyController(QObject):
    def __init__(
        self,
        parts: WindowParts,
        safety: BookSafety,
        audit_log: AuditLog,
        switcher: BookSwitcher | None = None,
        undo_import: Callable[[int, QWidget], None] | None = None,
    ) -> None:
        super().__init__(parts.window)
        self.undo_import = undo_import
        self.window = window = parts.window
        self.safety = safety
        self.audit_log = audit_log
        self.settings = settings = parts.settings
        self.switcher = switcher
        self.backup_on_close = safety.path is not None
        self.problems: list[str] | None = None
        self.stopped = False
        self.lock: IdleLock | None = None
        if safety.is_encrypted:
            self.lock = IdleLock(
                window, safety.location, safety.check_passphrase, lock_after_ms(settings)
            )
        self._build_menu(parts.menus.tools)
        parts.contact_actions.show_history.connect(self.show_contact_history)
        window.installEventFilter(self)
        self.daily = QTimer(self)
        self.daily.setInterval(DAILY_CHECK_MS)
        self.daily.timeout.connect(self.backup_if_due)

    # Menu

    def _build_menu(self, menu: QMenu) -> None:
        self.audit_action = self._add(menu, tr("Safety", "&Audit log…"), self.show_audit_log)
        self.verify_action = self._add(
            menu, tr("Safety", "&Verify audit trail…"), self.verify_audit_trail
        )
        if self.safety.path is None:
            return
        menu.addSeparator()
        self.backup_action = self._add(menu, tr("Safety", "&Back up now…"), self.backup_now)
        self.restore_action = self._add(
            menu, tr("Safety", "&Restore a backup…"), self.choose_and_restore
        )
        self._add(menu, tr("Safety", "Backups and &lock…"), self.edit_settings)
        menu.addSeparator()
        if self.safety.is_encrypted:
            self._add(menu, tr("Safety", "Change &passphrase…"), self.change_passphrase)
            self._add(menu, tr("Safety", "Remove &encryption…"), self.decrypt)
            lock_now = self._add(menu, tr("Safety", "Loc&k now"), self.lock_now)
            lock_now.setShortcut(QKeySequence("Ctrl+Shift+L"))
        else:
            self._add(menu, tr("Safety", "&Encrypt this book…"), self.encrypt)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Start, close, daily

    def start(self) -> None:
        """Call once the window shows: the page check, then the first daily backup if due."""
        if self.stopped:
            return
        self.daily.start()
        run_task(self, lambda _progress: self.safety.page_problems(), self._checked)

    def stop(self) -> None:
        """The book is about to close: start nothing more that would use it."""
        self.stopped = True
        self.backup_on_close = False
        self.daily.stop()
        if self.lock is not None:
            self.lock.set_idle_ms(0)

    def _checked(self, problems: list[str]) -> None:
        if self.stopped:
            return
        self.problems = problems
        if problems:
            self.backup_on_close = False  # a copy of a damaged book would rotate good ones out
            self.report_damage(problems)
        else:
            self.backup_if_due()

    def report_damage(self, problems: list[str]) -> None:
        message = tr(
            "Safety",
            "The book at {0} is damaged: {1}. Work saved from now on may be lost. "
            "Restore a backup now?",
        ).format(self.safety.location, "; ".join(problems[:3]))
        folder = backup_folder(self.settings)
        dialog = DamagedBookDialog(message, self.safety.latest_backup(folder), self.window)
        accepted = dialog.exec() == DamagedBookDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if accepted and chosen is not None and self.switcher is not None:
            self.switcher.restore(chosen)

    def backup_if_due(self) -> None:
        folder = backup_folder(self.settings)
        if self.stopped or not self.backup_on_close or not self.safety.daily_backup_due(folder):
            return
        policy = backup_policy(self.settings)
        run_task(
            self,
            lambda _progress: self.safety.auto_backup(folder, policy),
            on_error=self._backup_failed,
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(
            tr("Safety", "The automatic backup failed: {0}").format(
                str(error) if isinstance(error, BookError) else type(error).__name__
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.backup_on_close:
            self.backup_on_close = False
            self.backup_at_close()
        return False

    def backup_at_close(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.safety.auto_backup(
                backup_folder(self.settings), backup_policy(self.settings), check_pages=False
            )
        except Exception as error:  # closing must go on; the next start tries again
            if not isinstance(error, BookError):
                import logging

                log_fault(logging.getLogger(__name__), "backup at close", error)
        finally:
            QGuiApplication.restoreOverrideCursor()

    # Actions

    def show_audit_log(self) -> None:
        AuditDialog(self.audit_log, self.window, undo_import=self.undo_import).show()

    def verify_audit_trail(self) -> None:
        from advisor_referrals.ui.audit_verify import AuditVerification

        self.verification = AuditVerification(self.window, self.audit_log)

    def show_contact_history(self, contact_id: int) -> None:
        # The dialog titles itself with the contact's name once its entries are read.
        dialog = AuditDialog(self.audit_log, self.window, entity="contact", entity_id=contact_id)
        dialog.setWindowTitle(tr("Safety", "History of a contact"))
        dialog.show()

    def backup_now(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Safety", "Back up the book"),
            str(backup_folder(self.settings) / "book-backup.sqlite3"),
            tr("Safety", "Books (*.sqlite3)"),
        )
        if not name:
            return

        def done(info: BackupInfo) -> None:
            QMessageBox.information(
                self.window, APP_NAME, tr("Safety", "Backed up the book to {0}.").format(info.path)
            )

        run_task(self, lambda _progress: self.safety.backup_to(Path(name)), done)

    def choose_and_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Safety", "Choose a backup to restore"),
            str(backup_folder(self.settings)),
            tr("Safety", "Books (*.sqlite3 *.db);;All files (*)"),
        )
        if not name or self.switcher is None:
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            tr(
                "Safety",
                "Put {0} in place of the open book? The book as it is now is kept beside it "
                "under a new name; the app closes the book and opens the backup.",
            ).format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.backup_on_close = False
            self.switcher.restore(Path(name))

    def edit_settings(self) -> None:
        dialog = SafetySettingsDialog(self.settings, self.window)
        if dialog.exec() == SafetySettingsDialog.DialogCode.Accepted and self.lock is not None:
            self.lock.set_idle_ms(lock_after_ms(self.settings))
        dialog.deleteLater()

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def encrypt(self) -> None:
        dialog = NewPassphraseDialog(
            tr("Safety", "Encrypt this book"),
            tr(
                "Safety",
                "Choose a passphrase. Without it nobody, you included, can open the book or its "
                "backups: keep it somewhere safe. The unencrypted file is overwritten and "
                "deleted unless you keep a copy below.",
            ),
            self.window,
        )
        keep = QCheckBox(tr("Safety", "&Keep an unencrypted copy beside the book"))
        dialog.add_option(keep)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted or self.switcher is None:
            return
        phrase, keep_copy = dialog.passphrase(), keep.isChecked()
        dialog.deleteLater()

        def operation(path: Path) -> str:
            kept = path.with_name(f"{path.stem}.unencrypted{path.suffix}") if keep_copy else None
            return book_files.encrypt(path, phrase, kept)

        self.backup_on_close = False
        self.switcher.replace_book(tr("Safety", "Encrypting the book…"), operation, phrase)

    def change_passphrase(self) -> None:
        current = PassphraseDialog(
            self.safety.location,
            self.safety.check_passphrase,
            self.window,
            message=tr("Safety", "Enter the current passphrase."),
        )
        if current.exec() != PassphraseDialog.DialogCode.Accepted or self.switcher is None:
            return
        old = current.passphrase()
        new_dialog = NewPassphraseDialog(
            tr("Safety", "Change the passphrase"),
            tr("Safety", "Backups made before the change keep the old passphrase."),
            self.window,
        )
        if new_dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        new = new_dialog.passphrase()

        def operation(path: Path) -> str:
            book_files.change_passphrase(path, old, new)
            return tr("Safety", "The book now opens with the new passphrase.")

        self.switcher.replace_book(tr("Safety", "Changing the passphrase…"), operation, new)

    def decrypt(self) -> None:
        current = PassphraseDialog(
            self.safety.location,
            self.safety.check_passphrase,
            self.window,
            message=tr(
                "Safety",
                "Removing the encryption leaves the book readable by anyone who can read the "
                "file. Enter the passphrase to go on.",
            ),
        )
        if current.exec() != PassphraseDialog.DialogCode.Accepted or self.switcher is None:
            return
        phrase = current.passphrase()
        self.switcher.replace_book(
            tr("Safety", "Removing the encryption…"),
            lambda path: book_files.decrypt(path, phrase),
            None,
        )
