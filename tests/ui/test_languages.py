"""The app in French, Spanish, Chinese and Korean; a contact's kit language; the kit
preview's language choice (docs/design.md, Languages and scripts)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.languages import LanguageCombo, install_translations


@pytest.fixture
def in_language(translations: None, qapp: QApplication) -> Iterator[object]:
    locale = QLocale()

    def switch(language: str) -> str | None:
        return install_translations(qapp, language)

    yield switch
    install_translations(qapp, "en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize(
    ("language", "quit_text", "none", "one", "many"),
    [
        ("fr", "&Quitter", "0 contact", "1 contact", "2 contacts"),
        ("es", "&Salir", "0 contactos", "1 contacto", "2 contactos"),
        ("zh-Hans", "退出(&Q)", "0 位联系人", "1 位联系人", "2 位联系人"),
        ("ko", "종료(&Q)", "연락처 0명", "연락처 1명", "연락처 2명"),
    ],
)
def test_the_app_speaks_each_language_with_its_plural_forms(
    in_language: object, language: str, quit_text: str, none: str, one: str, many: str
) -> None:
    assert in_language(language) == language  # type: ignore[operator]
    assert tr("MainWindow", "&Quit") == quit_text
    counts = [ntr("Status", "%Ln contact", "%Ln contacts", n) for n in (0, 1, 2)]
    assert counts == [none, one, many]  # French counts 0 as singular; Spanish does not


def test_english_needs_no_translation(in_language: object) -> None:
    assert in_language("en") is None  # type: ignore[operator]
    assert [ntr("Status", "%Ln contact", "%Ln contacts", n) for n in (0, 1, 2)] == [
        "0 contacts",
        "1 contact",
        "2 contacts",
    ]


def test_the_contact_form_keeps_the_kit_language(qtbot: QtBot) -> None:
    saved: list[ContactFields] = []
    contact = Contact(id=1, first_name="Élodie", last_name="Tremblay", preferred_language="fr-CA")
    dialog = ContactDialog(lambda fields, _dialog: saved.append(fields), [], contact)
    qtbot.addWidget(dialog)
    combo = dialog.inputs["preferred_language"]
    assert isinstance(combo, LanguageCombo)
    assert combo.code() == "fr-CA"  # a regional code is kept as typed
    assert combo.currentText() == "Français (fr-CA)"
    combo.setCurrentIndex(combo.findData(""))
    assert dialog.fields().preferred_language is None  # no preference: kits in English
    combo.setCurrentIndex(combo.findData("ko"))
    dialog.submit()
    assert [fields.preferred_language for fields in saved] == ["ko"]


TS_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLURAL_FORMS = {"fr": 2, "es": 2, "zh-Hans": 1, "ko": 1}


def _marks(text: str) -> tuple[list[str], list[str]]:
    return sorted(re.findall(r"\{\w*\}", text)), sorted(re.findall(r"</?\w+>", text))


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    root = ElementTree.parse(TS_FOLDER / f"advisor_referrals_{language}.ts").getroot()
    messages = [m for c in root.findall("context") for m in c.findall("message")]
    assert len(messages) > 800
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[language], source
            plural = message.findtext("comment") or source
            assert all(_marks(form)[0] == _marks(plural)[0] for form in forms), source
        else:
            text = translation.text or ""
            assert text.strip(), source
            assert _marks(text) == _marks(source), f"{source!r} -> {text!r}"
            accelerators = source.replace("&&", "").count("&")
            assert text.replace("&&", "").count("&") == accelerators, source
