"""Languages in the app: choosing a client's kit language, and the app's own language.

Kit languages are the message catalogues the reports ship (`reports.words`); the app's
own language is a Qt translation (resources/translations/*.qm, built from the .ts
sources by `scripts/build-translations`). docs/design.md, Languages and scripts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QWidget

from advisor_referrals.resources import resource_root
from advisor_referrals.ui.i18n import set_translator, tr

# The app's own translations (English needs none).
APP_LANGUAGES: tuple[str, ...] = ("fr", "es", "zh-Hans", "ko")
_installed: list[QTranslator] = []


class LanguageCombo(QComboBox):
    """A choice of kit language: the shipped ones by their own names, plus `none_text`
    (no preference) first; a code without a catalogue is kept and shown as typed."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        from advisor_referrals.reports.words import language_name, shipped

        super().__init__(parent)
        self.addItem(none_text, "")
        for code in shipped():
            self.addItem(language_name(code), code)

    def set_code(self, code: str | None) -> None:
        code = code or ""
        index = self.findData(code)
        if index < 0:
            self.addItem(kit_language(code), code)  # fr-CA reads "Français (fr-CA)"
            index = self.count() - 1
        self.setCurrentIndex(index)

    def code(self) -> str | None:
        return str(self.currentData() or "") or None


def kit_languages() -> list[tuple[str, str]]:
    """(code, own name) of each language kits are written in."""
    from advisor_referrals.reports.words import language_name, shipped

    return [(code, language_name(code)) for code in shipped()]


def kit_language(code: str | None) -> str:
    """A contact's kit language as shown: "Français (fr-CA)", "한국어", or empty for none."""
    if not code:
        return ""
    from advisor_referrals.reports.words import language_name, resolve

    catalogue = resolve(code)
    if catalogue == "en" and not code.lower().startswith("en"):
        return tr("Languages", "{0} (kits in English)").format(code)
    name = language_name(catalogue)
    return name if code == catalogue else f"{name} ({code})"


def app_language(setting: str) -> str | None:
    """The app's language: the setting, else the system's first UI language we have."""
    # Babel (under reports.words) loads only when a language is asked for, not at start-up.
    if setting in ("", "en") and QLocale.system().language() in (
        QLocale.Language.English,
        QLocale.Language.C,
    ):
        return None
    from advisor_referrals.reports.words import resolve

    wanted = [setting] if setting else QLocale.system().uiLanguages()
    for code in wanted:
        catalogue = resolve(code)
        if catalogue in APP_LANGUAGES:
            return catalogue
    return None


def translations_folder() -> Path:
    return resource_root() / "translations"


def install_translations(app: QCoreApplication, setting: str) -> str | None:
    """Load the app's translation (and Qt's own, for standard buttons) for the language
    the setting or the system asks for; returns the language installed, if any."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_translator(None)
    language = app_language(setting)
    if language is None:
        return None
    ours = QTranslator(app)
    if not ours.load(str(translations_folder() / f"advisor_referrals_{language}.qm")):
        return None
    app.installTranslator(ours)
    _installed.append(ours)
    set_translator(ours)
    qt = QTranslator(app)
    qt_name = f"qtbase_{language.replace('-', '_').replace('zh_Hans', 'zh_CN')}"
    if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    locale = QLocale(language.replace("-", "_").replace("zh_Hans", "zh_CN"))
    QLocale.setDefault(locale)
    return language
