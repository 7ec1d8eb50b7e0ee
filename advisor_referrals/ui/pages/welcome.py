"""The first-run page, shown instead of the book while the book is brand new and empty.

Three ways to start (an empty book, the demo book, contacts from a CSV file) and the
short advisor profile that kits and reports print.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.errors import BookError
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.profile_form import ProfileForm
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import Task, show_error

WELCOME_DONE = "welcome_done"
WELCOME_SUMMARY = "Finished the first-run welcome"
DemoMaker = Callable[[Progress], object]


def demo_maker(services: BookServices) -> DemoMaker:
    """Fills the open book with the demo book (250 clients), reporting progress, and
    notes that the welcome is done (off the UI thread too: it is a write to the book)."""

    def make(progress: Progress) -> object:
        from advisor_referrals.services.demo.demo_book import make_demo_book

        made = make_demo_book(services.book, clients=250, seed=1, progress=progress)
        services.settings.set(WELCOME_DONE, True, summary=WELCOME_SUMMARY)
        return made

    return make


def needs_welcome(book_is_empty: bool, settings: SettingsService) -> bool:
    return book_is_empty and not settings.get(WELCOME_DONE, False)


class WelcomePage(QWidget):
    finished = Signal()  # the book is ready to show

    def __init__(
        self,
        settings: SettingsService,
        make_demo: DemoMaker,
        import_action: QAction,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.make_demo = make_demo
        self.import_action = import_action
        self.runner = runner
        self.task: Task[object] | None = None
        self.progress_dialog: QProgressDialog | None = None

        heading = QLabel(tr("Welcome", "Welcome to Advisor Referrals"))
        set_role(heading, "heading")
        intro = QLabel(tr("Welcome", "Your client book is empty. How would you like to start?"))
        set_role(intro, "muted")
        self.empty_button = QCommandLinkButton(
            tr("Welcome", "Start an empty book"),
            tr("Welcome", "Add your clients one by one, or import them later."),
        )
        self.demo_button = QCommandLinkButton(
            tr("Welcome", "Open a demo book"),
            tr("Welcome", "250 made-up clients with referrals, triggers and reviews to explore."),
        )
        self.import_button = QCommandLinkButton(
            tr("Welcome", "Import contacts from CSV"),
            tr("Welcome", "Bring your clients over from a spreadsheet or another CRM."),
        )
        self.empty_button.clicked.connect(self.start_empty)
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button.clicked.connect(self.import_contacts)

        about = QLabel(tr("Welcome", "About you"))
        set_role(about, "card-title")
        about_note = QLabel(
            tr("Welcome", "Printed on referral kits and reports. You can change it in Settings.")
        )
        set_role(about_note, "muted")
        self.profile = ProfileForm()
        self.profile.set_profile(settings.profile())

        body = QWidget()
        body.setMaximumWidth(620)
        column = QVBoxLayout(body)
        column.setSpacing(6)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(12)
        for button in (self.empty_button, self.demo_button, self.import_button):
            column.addWidget(button)
        column.addSpacing(18)
        column.addWidget(about)
        column.addWidget(about_note)
        column.addWidget(self.profile)
        column.addStretch(1)

        holder = QWidget()
        centre = QVBoxLayout(holder)
        centre.setContentsMargins(24, 36, 24, 24)
        centre.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # The three ways to start

    def start_empty(self) -> None:
        if self._save_profile():
            self._done()

    def import_contacts(self) -> None:
        if self._save_profile():
            self._done()
            self.import_action.trigger()

    def open_demo(self) -> None:
        if not self._save_profile():
            return
        dialog = QProgressDialog(
            tr("Welcome", "Filling the demo book…"), tr("Welcome", "Cancel"), 0, 100, self
        )
        dialog.setWindowTitle(tr("Welcome", "Demo Book"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._set_enabled(False)
        task = self.runner.submit(self.make_demo, self._demo_done, self._demo_failed, parent=self)
        task.progressed.connect(self._progressed)
        task.cancelled.connect(self._demo_cancelled)
        dialog.canceled.connect(task.cancel)
        self.task = task

    def _progressed(self, done: int, total: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or total <= 0:
            return
        # A window-modal setValue() processes events: the task may finish (and the
        # dialog close) inside it, so the label goes first.
        if message:
            dialog.setLabelText(message)
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    def _demo_done(self, _summary: object) -> None:
        self._close_progress()
        self.finished.emit()  # the demo's work noted the welcome done

    def _demo_failed(self, error: BaseException) -> None:
        self._close_progress()
        show_error(self, error)

    def _demo_cancelled(self) -> None:
        self._close_progress()

    def _close_progress(self) -> None:
        self._set_enabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # Helpers

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.empty_button, self.demo_button, self.import_button):
            button.setEnabled(enabled)

    def _save_profile(self) -> bool:
        if self.profile.problems():
            self.profile.focus_first_problem()
            return False
        profile = self.profile.profile()
        try:
            if profile != self.settings.profile():
                self.settings.save_profile(profile)
        except BookError as error:
            show_error(self, error)
            return False
        return True

    def _done(self) -> None:
        try:
            self.settings.set(WELCOME_DONE, True, summary=WELCOME_SUMMARY)
        except BookError as error:
            show_error(self, error)
            return
        self.finished.emit()
