"""Asking for a passphrase: to open an encrypted book, or to choose a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr

MIN_LENGTH = 8


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    label.hide()
    return label


def show_error(dialog: QDialog, label: QLabel, text: str) -> None:
    label.setText("⚠ " + text)
    label.show()
    dialog.adjustSize()  # the dialog was laid out without the message: make room for it


class PassphraseDialog(QDialog):
    """Asks for an encrypted book's passphrase; `check` says whether it opens the book.

    A wrong passphrase keeps the dialog open with a message, so the user can retype.
    """

    def __init__(
        self,
        location: str,
        check: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        message: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(tr("Passphrase", "Encrypted book"))
        intro = QLabel(
            message
            or tr("Passphrase", "The book at {0} is encrypted. Enter its passphrase.").format(
                location
            )
        )
        intro.setWordWrap(True)
        self.field = _secret_field()
        self.field.setAccessibleName(tr("Passphrase", "Passphrase"))
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Passphrase", "Open"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = form_layout()
        form.addRow(tr("Passphrase", "&Passphrase:"), self.field)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.field.text()

    def try_accept(self) -> None:
        if self.check(self.field.text()):
            self.error.hide()
            self.accept()
            return
        show_error(
            self,
            self.error,
            tr(
                "Passphrase",
                "That passphrase does not open this book. Check it (capital letters count) "
                "and try again.",
            ),
        )
        self.field.selectAll()
        self.field.setFocus()


class NewPassphraseDialog(QDialog):
    """Choosing a passphrase (encrypting a book, or changing its passphrase): typed twice."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.first = _secret_field()
        self.second = _secret_field()
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = form_layout()
        form.addRow(tr("Passphrase", "New &passphrase:"), self.first)
        form.addRow(tr("Passphrase", "&Type it again:"), self.second)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def add_option(self, widget: QWidget) -> None:
        """A choice that goes with the passphrase (such as keeping an unencrypted copy)."""
        self._layout.insertWidget(self._layout.indexOf(self.error), widget)

    def try_accept(self) -> None:
        text = self.first.text()
        if len(text) < MIN_LENGTH:
            problem = tr(
                "Passphrase", "A passphrase needs at least {0} characters; a few words are best."
            ).format(MIN_LENGTH)
        elif text != self.second.text():
            problem = tr("Passphrase", "The two passphrases differ.")
        else:
            self.accept()
            return
        show_error(self, self.error, problem)
