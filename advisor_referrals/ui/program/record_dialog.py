"""What the program's dialogs share: a form, the first problem in words, Save and Cancel.

A dialog checks its form first, then asks for it to be saved (`save_requested(fields)`);
the controller pushes the undo step and answers with `finish` or `refused`, so a refused
save is shown in the dialog, which stays open (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.errors import Problem
from advisor_referrals.ui import labels
from advisor_referrals.ui.fields import ErrorLabel
from advisor_referrals.ui.worker import show_error


class RecordDialog(QDialog):
    save_requested = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Put the problem line and the buttons under whatever the dialog added."""
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    # What a dialog gives

    def fields(self) -> object:
        raise NotImplementedError

    def check(self, fields: object) -> Sequence[Problem]:
        return []

    # Saving

    def save(self) -> None:
        fields = self.fields()
        if fields is None:
            return
        problems = self.check(fields)
        if problems:
            first = problems[0]
            self.problem.show_problem(f"{labels.field_name(first.field)}: {first.message}")
            return
        self.problem.show_problem(None)
        self.buttons.setEnabled(False)
        self.save_requested.emit(fields)

    def say(self, message: str) -> None:
        self.problem.show_problem(message)

    def finish(self, _result: object = None) -> None:
        self.accept()

    def refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
