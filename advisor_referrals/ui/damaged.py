"""The book is damaged: say so plainly and offer to put a backup back."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr


class Choice(Enum):
    CLOSE = "close"
    RESTORE_LATEST = "restore_latest"
    RESTORE_CHOSEN = "restore_chosen"


class DamagedBookDialog(QDialog):
    """Shows what is wrong and offers: restore the latest backup, choose one, or close."""

    def __init__(
        self, message: str, latest_backup: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Damaged", "The book cannot be used"))
        self.choice = Choice.CLOSE
        self.chosen: Path | None = latest_backup
        self.latest_backup = latest_backup
        heading = QLabel("<b>" + tr("Damaged", "This book cannot be used as it is.") + "</b>")
        text = QLabel(message[:1].upper() + message[1:])
        text.setWordWrap(True)
        text.setObjectName("problem")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        if latest_backup is not None:
            made = datetime.fromtimestamp(latest_backup.stat().st_mtime)
            offer = tr(
                "Damaged",
                "The latest backup is from {0}. Restoring it puts it in place of the damaged "
                "book, which is kept beside it under a new name. Changes made since the backup "
                "are not in it.",
            ).format(formats.local_date_time(made))
        else:
            offer = tr(
                "Damaged",
                "No automatic backup of this book was found. If you have a backup file, "
                "choose it to restore it; the damaged book is kept beside it under a new name.",
            )
        offer_label = QLabel(offer)
        offer_label.setWordWrap(True)
        layout.addWidget(offer_label)
        buttons = QDialogButtonBox()
        self.restore_latest_button: QPushButton | None = None
        if latest_backup is not None:
            self.restore_latest_button = buttons.addButton(
                tr("Damaged", "&Restore latest backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_latest_button.clicked.connect(self._restore_latest)
            self.restore_latest_button.setDefault(True)
        self.choose_button = buttons.addButton(
            tr("Damaged", "&Choose a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.clicked.connect(self._choose)
        self.close_button = buttons.addButton(
            tr("Damaged", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _restore_latest(self) -> None:
        self.choice = Choice.RESTORE_LATEST
        self.chosen = self.latest_backup
        self.accept()

    def _choose(self) -> None:
        start = str(self.latest_backup.parent) if self.latest_backup else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Damaged", "Choose a backup"),
            start,
            tr("Damaged", "Books (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.choice = Choice.RESTORE_CHOSEN
            self.chosen = Path(name)
            self.accept()
