"""Settings > Appearance: light, dark, or as the system is set. Applied on saving."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import THEME, Settings
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.theme import THEMES, apply_theme, set_role


def theme_names() -> dict[str, str]:
    return {
        "system": tr("Settings", "As the system is set"),
        "light": tr("Settings", "Light"),
        "dark": tr("Settings", "Dark"),
    }


class AppearanceTab(SettingsTab):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        heading = QLabel(tr("Settings", "Theme"), self)
        set_role(heading, "card-title")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        chosen = self.chosen_theme()
        names = theme_names()
        for key in THEMES:
            button = QRadioButton(names[key], self)
            button.setChecked(key == chosen)
            self.choices.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def chosen_theme(self) -> str:
        value = str(self.settings.get(THEME))
        return value if value in THEMES else "system"

    def selected(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def save(self) -> bool:
        choice = self.selected()
        if choice != self.chosen_theme():
            self.settings.set(THEME, choice)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, choice)
        return True
