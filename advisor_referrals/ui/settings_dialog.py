"""File > Settings: a tabbed dialog whose tabs come from `settings_tabs.make_settings_tabs`.

A tab is a `SettingsTab`: `save()` stores what changed and returns None or True, or
returns False (having shown why) to keep the dialog open; it may raise a BookError,
shown under the tabs. `problems()` lists what must be fixed before any tab saves.
The saves run on the UI thread (each is a few small writes); the window's BookEvents
hears what they changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from advisor_referrals.domain.errors import BookError, Problem
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.fields import ErrorLabel
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.screen import resize_within_screen


class SettingsTab(QWidget):
    def problems(self) -> list[Problem]:
        return []

    def focus_first_problem(self) -> None:
        """Put the cursor on the first field in `problems()`."""

    def save(self) -> bool | None:
        raise NotImplementedError


class SettingsDialog(QDialog):
    def __init__(
        self,
        tabs: list[tuple[str, SettingsTab]],
        parent: QWidget | None = None,
        events: BookEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = events or BookEvents(self)
        self.setWindowTitle(tr("Settings", "Settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.pages: list[SettingsTab] = []
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
        # Wide enough for every tab's title, tall enough for the tallest tab, as far as
        # the screen allows (Qt alone would stop at two thirds of it).
        margins = layout.contentsMargins()
        wanted = self.sizeHint()
        width = self.tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 8
        resize_within_screen(self, max(wanted.width(), width), wanted.height())

    def save(self) -> None:
        """Save every tab; the first tab with a problem is shown and nothing is closed."""
        for index, tab in enumerate(self.pages):
            if tab.problems():
                self.tabs.setCurrentIndex(index)
                tab.focus_first_problem()
                self.error.show_problem(tr("Settings", "Fix the fields marked in red first."))
                return
        with self.events.noting():
            for index, tab in enumerate(self.pages):
                try:
                    kept_open = tab.save() is False
                except BookError as error:
                    kept_open = True
                    self.error.show_problem(str(error))
                if kept_open:
                    self.tabs.setCurrentIndex(index)
                    return
        self.accept()
