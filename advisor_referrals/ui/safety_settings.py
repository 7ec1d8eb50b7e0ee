"""Backups and lock preferences: where backups go, how many are kept, when the app locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.services.safety.backup import BackupPolicy, default_folder
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import (
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    LOCK_AFTER_MINUTES,
    Settings,
)


def backup_folder(settings: Settings) -> Path:
    chosen = str(settings.get(BACKUP_FOLDER) or "").strip()
    return Path(chosen).expanduser() if chosen else default_folder()


def backup_policy(settings: Settings) -> BackupPolicy:
    return BackupPolicy(
        keep_daily=max(1, int(settings.get(BACKUP_KEEP_DAILY))),
        keep_weekly=max(0, int(settings.get(BACKUP_KEEP_WEEKLY))),
    )


def lock_after_ms(settings: Settings) -> int:
    return max(0, int(settings.get(LOCK_AFTER_MINUTES))) * 60_000


class SafetySettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("SafetySettings", "Backups and lock"))
        self.folder = QLineEdit(str(backup_folder(settings)))
        browse = QPushButton(tr("SafetySettings", "&Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_daily.setValue(backup_policy(settings).keep_daily)
        self.keep_daily.setSuffix(tr("SafetySettings", " days"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 520)
        self.keep_weekly.setValue(backup_policy(settings).keep_weekly)
        self.keep_weekly.setSuffix(tr("SafetySettings", " weeks"))
        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 24 * 60)
        self.lock_after.setValue(lock_after_ms(settings) // 60_000)
        self.lock_after.setSuffix(tr("SafetySettings", " minutes"))
        self.lock_after.setSpecialValueText(tr("SafetySettings", "never"))
        form = form_layout()
        form.addRow(tr("SafetySettings", "Backup &folder:"), folder_row)
        form.addRow(
            tr("SafetySettings", "Keep the last backup of each of the last"), self.keep_daily
        )
        form.addRow(tr("SafetySettings", "and of each of the last"), self.keep_weekly)
        form.addRow(tr("SafetySettings", "&Lock an encrypted book after"), self.lock_after)
        note = QLabel(
            tr(
                "SafetySettings",
                "A backup is made when you close the app and once a day while it is open.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, tr("SafetySettings", "Backup folder"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def save(self) -> None:
        folder = self.folder.text().strip()
        self.settings.set(BACKUP_FOLDER, "" if Path(folder) == default_folder() else folder)
        self.settings.set(BACKUP_KEEP_DAILY, self.keep_daily.value())
        self.settings.set(BACKUP_KEEP_WEEKLY, self.keep_weekly.value())
        self.settings.set(LOCK_AFTER_MINUTES, self.lock_after.value())
        self.settings.sync()
        self.accept()
