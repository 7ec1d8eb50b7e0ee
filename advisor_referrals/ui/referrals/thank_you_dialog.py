"""Say thank you, whichever way the advisor writes or speaks: the mail program, a copy of
the note for webmail or a message, a printed letter or card, or a call or a word in person.

The thank-you is recorded (dated, with how it was given; undoable) only once one of these
has been done: a mail program that does not open is said so here, plainly, and nothing
is recorded. The dialog checks and asks; the controller records and prints through the
window's serial worker (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ThankYouMethod
from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.thank_you import ThankYouMessage, mailto_url
from advisor_referrals.services.referrals.thank_you import ThankYouDraft
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.fields import date_edit, from_qdate, set_plain_text, to_qdate
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr

WARNING_STYLE = "color: #9a3412;"
DONE_STYLE = "color: #166534;"


def _mail_handler_known() -> bool:
    """Whether the desktop names a program for mailto: links.

    On Windows and macOS Qt's own answer is reliable. On Linux Qt hands the link to
    xdg-open and reports success even when no mail program is set up, so the desktop's
    default for mailto: is asked first; when that cannot be asked, Qt decides.
    """
    if sys.platform in ("win32", "darwin"):
        return True
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return True
    try:
        found = subprocess.run(
            [xdg_mime, "query", "default", "x-scheme-handler/mailto"],
            capture_output=True,
            text=True,
            timeout=3,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(found.stdout.strip())


def error_text(error: BaseException) -> str:
    if isinstance(error, BookError):
        return str(error)
    return tr(
        "Errors",
        "An unexpected fault stopped this action ({0}). Nothing more was changed; "
        "details are in the support log.",
    ).format(type(error).__name__)


def open_in_mail_program(url: QUrl) -> bool:
    """Hand a mailto: link to the desktop; False when no mail program can take it."""
    return _mail_handler_known() and QDesktopServices.openUrl(url)


class ThankYouDialog(QDialog):
    """Shows the note (editable) and the ways to give it; `record_requested(method, day)`
    and `print_requested(style, path)` ask the controller to act, which answers with
    `recorded(method, day)` or `refused(error)`."""

    record_requested = Signal(object, object)  # ThankYouMethod, date
    print_requested = Signal(object, str)  # ThankYouMethod (letter or card), path

    def __init__(
        self,
        draft: ThankYouDraft,
        open_url: Callable[[QUrl], bool] = open_in_mail_program,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.open_url = open_url
        self.recorded_method: ThankYouMethod | None = None
        self.saved_path = ""
        self.setWindowTitle(tr("Referrals", "Say thank you"))
        intro = QLabel(
            tr("Referrals", "Thank {0} for introducing {1}.").format(
                draft.referrer_name, draft.referred_name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.already = QLabel(self)
        self.already.setWordWrap(True)
        if draft.thanked_on is not None:
            how = labels.thank_you_method(draft.thanked_by) if draft.thanked_by else ""
            self.already.setText(
                tr("Referrals", "Already thanked on {0} {1}; recording again replaces it.")
                .format(formats.medium_date(draft.thanked_on), how)
                .replace("  ", " ")
            )
        self.already.setVisible(draft.thanked_on is not None)
        message = draft.message
        self.to = QLabel(message.to or tr("Referrals", "(no e-mail address on file)"), self)
        self.subject = QLineEdit(message.subject, self)
        self.body = QPlainTextEdit(self)
        set_plain_text(self.body, message.body)
        self.body.setMinimumHeight(150)
        self.body.setTabChangesFocus(True)
        self.day = date_edit(parent=self)
        self.day.setDateRange(to_qdate(draft.received_on), to_qdate(date.today()))
        self.day.setDate(to_qdate(date.today()))
        form = form_layout()
        form.addRow(tr("Referrals", "To:"), self.to)
        form.addRow(tr("Referrals", "&Subject:"), self.subject)
        form.addRow(tr("Referrals", "&Note:"), self.body)
        form.addRow(tr("Referrals", "Thanked &on:"), self.day)

        self.mail = QPushButton(tr("Referrals", "Open in mail program"), self)
        self.copy = QPushButton(tr("Referrals", "Copy the note"), self)
        self.letter = QPushButton(tr("Referrals", "Print as a letter…"), self)
        self.card = QPushButton(tr("Referrals", "Print as a card…"), self)
        self.phone = QPushButton(tr("Referrals", "Said it by phone"), self)
        self.in_person = QPushButton(tr("Referrals", "Said it in person"), self)
        self.mail.setToolTip(tr("Referrals", "Opens a new message with the note in it."))
        self.copy.setToolTip(
            tr("Referrals", "Puts the note on the clipboard, to paste into webmail or a message.")
        )
        self.letter.setToolTip(
            tr("Referrals", "Saves the note as a PDF letter with your branding, to print.")
        )
        self.card.setToolTip(tr("Referrals", "Saves the note as a PDF card, to print."))
        self.mail.clicked.connect(lambda _c=False: self.open_in_mail())
        self.copy.clicked.connect(lambda _c=False: self.copy_note())
        self.letter.clicked.connect(lambda _c=False: self.print_note(ThankYouMethod.LETTER))
        self.card.clicked.connect(lambda _c=False: self.print_note(ThankYouMethod.CARD))
        self.phone.clicked.connect(lambda _c=False: self.said(ThankYouMethod.PHONE))
        self.in_person.clicked.connect(lambda _c=False: self.said(ThankYouMethod.IN_PERSON))
        self.ways = [self.mail, self.copy, self.letter, self.card, self.phone, self.in_person]
        written = QGroupBox(tr("Referrals", "Write it"), self)
        written_grid = QGridLayout(written)
        for index, button in enumerate((self.mail, self.copy, self.letter, self.card)):
            written_grid.addWidget(button, index // 2, index % 2)
        spoken = QGroupBox(tr("Referrals", "Or say it"), self)
        spoken_grid = QGridLayout(spoken)
        spoken_grid.addWidget(self.phone, 0, 0)
        spoken_grid.addWidget(self.in_person, 1, 0)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        explain = QLabel(
            tr(
                "Referrals",
                "Choose how you give it; the thank-you is recorded with that and the date.",
            ),
            self,
        )
        explain.setWordWrap(True)
        ways = QGridLayout()
        ways.addWidget(written, 0, 0)
        ways.addWidget(spoken, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.already)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addLayout(ways)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    # The note as the user last left it

    def message(self) -> ThankYouMessage:
        return ThankYouMessage(
            to=self.draft.message.to,
            subject=self.subject.text().strip(),
            body=self.body.toPlainText(),
        )

    def thanked_on(self) -> date:
        return from_qdate(self.day.date()) or date.today()

    # The ways

    def open_in_mail(self) -> None:
        note = self.message()
        url = QUrl(mailto_url(note.to, note.subject, note.body), QUrl.ParsingMode.StrictMode)
        if not self.open_url(url):
            self.say(
                tr(
                    "Referrals",
                    "No mail program opened: none is set up on this computer. Copy the note "
                    "and paste it into your webmail, or print it. Nothing was recorded.",
                ),
                WARNING_STYLE,
            )
            return
        self._ask(ThankYouMethod.EMAIL)

    def copy_note(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.message().body)
        self._ask(ThankYouMethod.COPIED)

    def print_note(self, style: ThankYouMethod, path: str | None = None) -> None:
        """Save the note as a branded PDF (letter or card) to print; asks where first."""
        if path is None:
            suggested = Path.home() / tr("Referrals", "Thank you - {0}.pdf").format(
                self.draft.referrer_name
            )
            path, _chosen = QFileDialog.getSaveFileName(
                self, tr("Referrals", "Save the note to print"), str(suggested), "PDF (*.pdf)"
            )
            if not path:
                return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._busy(True)
        self.say(tr("Referrals", "Saving the note…"), "")
        self.print_requested.emit(style, path)

    def said(self, method: ThankYouMethod) -> None:
        self._ask(method)

    def _ask(self, method: ThankYouMethod) -> None:
        self._busy(True)
        self.record_requested.emit(method, self.thanked_on())

    # Answers from the controller

    def printed(self, path: str) -> None:
        """The PDF is saved; the controller records the thank-you next."""
        self.saved_path = path

    def recorded(self, method: ThankYouMethod, day: date) -> None:
        self.recorded_method = method
        text = tr("Referrals", "Recorded: {0} thanked {1} on {2}.").format(
            self.draft.referrer_name, labels.thank_you_method(method), formats.medium_date(day)
        )
        if method is ThankYouMethod.COPIED:
            text += " " + tr("Referrals", "The note is on the clipboard; paste it where you write.")
        elif method in (ThankYouMethod.LETTER, ThankYouMethod.CARD):
            text += " " + tr("Referrals", "Saved to {0}: open it to print.").format(self.saved_path)
        text += " " + tr("Referrals", "Edit > Undo takes it back.")
        self.say(text, DONE_STYLE)
        self._busy(False)
        for button in self.ways:
            button.setEnabled(False)

    def refused(self, error: BaseException) -> None:
        self._busy(False)
        self.say(error_text(error), WARNING_STYLE)

    # Plumbing

    def say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.show()

    def _busy(self, busy: bool) -> None:
        for button in self.ways:
            button.setEnabled(not busy)
