"""The tabs of the Settings dialog, in order. Features add theirs here (one line each).

Each is a `SettingsTab` (`ui/settings_dialog.py`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from advisor_referrals.domain.errors import Problem
from advisor_referrals.reports.words import language_name
from advisor_referrals.services.registry import BookServices
from advisor_referrals.services.settings import LoadedProfile, SettingsService
from advisor_referrals.ui.appearance import AppearanceTab
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kits.branding import KitBrandingTab
from advisor_referrals.ui.languages import APP_LANGUAGES
from advisor_referrals.ui.options import APP_LANGUAGE, Settings
from advisor_referrals.ui.profile_form import FIELDS, ProfileForm
from advisor_referrals.ui.referrals.features import (
    make_referral_settings_tab,
    make_thank_you_settings_tab,
)
from advisor_referrals.ui.reviews.settings_tab import CadenceSettingsTab
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.theme import set_role


class ProfileTab(SettingsTab):
    def __init__(
        self,
        settings: SettingsService,
        parent: QWidget | None = None,
        loaded: LoadedProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # Shared with the Kit Branding tab: a save by either moves it on, and a save over
        # someone else's newer profile is refused (docs/design.md, "Safety").
        self.loaded = loaded or settings.load_profile()
        self.form = ProfileForm()
        self.form.set_profile(self.loaded.profile)
        note = QLabel(tr("Settings", "Referral kits and quarterly reports print these details."))
        set_role(note, "muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def problems(self) -> list[Problem]:
        return self.form.problems()

    def focus_first_problem(self) -> None:
        self.form.focus_first_problem()

    def save(self) -> bool:
        # Only this tab's fields change; the kit tab's fields are kept as loaded.
        current = self.loaded.profile
        profile = replace(current, **{f: getattr(self.form.profile(), f) for f in FIELDS})
        if profile != current:
            self.settings.save_profile(profile, loaded=self.loaded)
        return True


class LanguageTab(SettingsTab):
    """The app's own language: the system's, or one chosen here (used from the next start)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.language.addItem(tr("Settings", "As the system is set"), "")
        for code in ("en", *APP_LANGUAGES):
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(APP_LANGUAGE))))
        note = QLabel(
            tr(
                "Settings",
                "The app shows its menus, pages and messages in this language from the next "
                "time it starts. A client's kit is written in the client's own language "
                "(see the contact's Kit language).",
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Settings", "Language of the app:"), self.language)
        form.addRow(note)

    def save(self) -> bool:
        self.settings.set(APP_LANGUAGE, str(self.language.currentData() or ""))
        return True


def make_settings_tabs(
    services: BookServices, runner: SerialRunner, settings: Settings | None = None
) -> list[tuple[str, SettingsTab]]:
    loaded = services.settings.load_profile()
    tabs: list[tuple[str, SettingsTab]] = [
        (tr("Settings", "Profile"), ProfileTab(services.settings, loaded=loaded)),
        (tr("Settings", "Kit Branding"), KitBrandingTab(services.settings, loaded=loaded)),
        (tr("Settings", "Review Cadence"), CadenceSettingsTab(services.review_cadence)),
        (tr("Settings", "Referrals"), make_referral_settings_tab(services, runner)),
        (tr("Settings", "Thank-you Note"), make_thank_you_settings_tab(services, runner)),
    ]
    if settings is not None:  # this computer's preferences, beside the book's settings
        tabs.append((tr("Settings", "Appearance"), AppearanceTab(settings)))
        tabs.append((tr("Settings", "Language"), LanguageTab(settings)))
    return tabs
