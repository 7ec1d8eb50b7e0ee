"""Opening a book in the app: ask for a passphrase, or offer a backup when it is damaged.

No traceback ever reaches the user: every refusal of `open_book` is a BookError with a
message, shown in a dialog that offers what can be done about it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypedDict, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from advisor_referrals import APP_NAME
from advisor_referrals.domain.errors import (
    BookError,
    DamagedBookError,
    PasswordNeededError,
    WrongPassphraseError,
)
from advisor_referrals.services.registry import BookServices, Renderers
from advisor_referrals.services.safety import backup, book_files
from advisor_referrals.services.safety.book_files import PassphraseNeededError
from advisor_referrals.ui.damaged import DamagedBookDialog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.passphrase import PassphraseDialog
from advisor_referrals.ui.worker import run_task

T = TypeVar("T")


class Outcome(TypedDict, Generic[T], total=False):
    result: T
    error: BaseException


def run_blocking(parent: QObject | None, label: str, work: Callable[[], T]) -> T:
    """Run `work` off the UI thread while a busy indicator shows; return or raise its result."""
    widget = parent if isinstance(parent, QWidget) else None
    progress = QProgressDialog(label, "", 0, 0, widget)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome: Outcome[T] = {}

    def finished(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    owner = QObject()
    task = run_task(owner, lambda _progress: work(), finished, failed)
    if not task.done:
        loop.exec()
    progress.close()
    progress.deleteLater()
    owner.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def ask_passphrase(parent: QWidget | None, path: Path, message: str | None = None) -> str | None:
    dialog = PassphraseDialog(
        str(path), lambda text: book_files.check_passphrase(path, text), parent, message=message
    )
    accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
    passphrase = dialog.passphrase() if accepted else None
    dialog.deleteLater()
    return passphrase


def restore_with_dialogs(
    parent: QWidget | None, book_path: Path, backup_file: Path, passphrase: str | None = None
) -> bool:
    """Restore a backup in place of the (closed) book; says what happened. True if restored."""
    while True:
        key = passphrase

        def work(key: str | None = key) -> backup.RestoreResult:
            return backup.restore(book_path, backup_file, key)

        try:
            result = run_blocking(parent, tr("Opening", "Checking and restoring the backup…"), work)
        except (PassphraseNeededError, WrongPassphraseError):
            passphrase = ask_passphrase(
                parent,
                backup_file,
                tr("Opening", "The backup {0} is encrypted. Enter the passphrase the book had "
                   "when the backup was made.").format(backup_file),
            )  # fmt: skip
            if passphrase is None:
                return False
            continue
        except BookError as error:
            QMessageBox.warning(parent, APP_NAME, str(error))
            return False
        QMessageBox.information(parent, APP_NAME, result.describe())
        return True


def ask_password(parent: QWidget | None, message: str) -> str | None:
    """A database server's password for this session; the app keeps it nowhere."""
    text, accepted = QInputDialog.getText(
        parent,
        APP_NAME,
        tr("Opening", "The database server asks for your password.\n{0}").format(message),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


def open_interactively(
    target: str,
    backup_folder: Path | None,
    renderers: Renderers,
    parent: QWidget | None = None,
    passphrase: str | None = None,
) -> tuple[BookServices, str | None] | None:
    """The open book's services and its passphrase, or None if the user gave up (after
    being told why)."""
    path = book_files.book_file(target)
    while True:
        try:
            return book_files.open_services(target, renderers, passphrase), passphrase
        except PasswordNeededError as error:
            password = ask_password(parent, str(error))
            if password is None:
                return None
            target = book_files.with_password(target, password)
        except (PassphraseNeededError, WrongPassphraseError) as error:
            if path is None:
                QMessageBox.critical(parent, APP_NAME, str(error))
                return None
            passphrase = ask_passphrase(parent, path)
            if passphrase is None:
                return None
        except DamagedBookError as error:
            if path is None:
                QMessageBox.critical(parent, APP_NAME, str(error))
                return None
            if not offer_restore(parent, path, str(error), backup_folder, passphrase):
                return None
        except BookError as error:
            QMessageBox.critical(parent, APP_NAME, str(error))
            return None


def offer_restore(
    parent: QWidget | None,
    path: Path,
    message: str,
    backup_folder: Path | None,
    passphrase: str | None,
) -> bool:
    """The damaged-book dialog; True once a backup was put back (the caller reopens)."""
    while True:
        latest = backup.latest_backup(backup_folder or backup.default_folder(), path)
        dialog = DamagedBookDialog(message, latest, parent)
        accepted = dialog.exec() == DamagedBookDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if not accepted or chosen is None:
            return False
        if restore_with_dialogs(parent, path, chosen, passphrase):
            return True
