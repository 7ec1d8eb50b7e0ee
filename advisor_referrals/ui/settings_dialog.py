"""File > Settings: a tabbed dialog whose tabs come from `settings_tabs.make_settings_tabs`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from advisor_referrals.domain.errors import BookError, Problem
from advisor_referrals.ui.fields import ErrorLabel
from advisor_referrals.ui.i18n import tr


class SettingsDialog(QDialog):
    def __init__(self, tabs: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings", "Settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.pages: list[QWidget] = []
        for title, tab in tabs:
            self.tabs.addTab(tab, title)
            self.pages.append(tab)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Save every tab; the first tab with a problem is shown and nothing is closed."""
        for index, tab in enumerate(self.pages):
            problems: list[Problem] = getattr(tab, "problems", list)()
            if problems:
                self.tabs.setCurrentIndex(index)
                getattr(tab, "focus_first_problem", lambda: None)()
                self.error.show_problem(tr("Settings", "Fix the fields marked in red first."))
                return
        for index, tab in enumerate(self.pages):
            try:
                kept_open = tab.save() is False  # type: ignore[attr-defined]
            except BookError as error:
                kept_open = True
                self.error.show_problem(str(error))
            if kept_open:
                self.tabs.setCurrentIndex(index)
                return
        self.accept()
