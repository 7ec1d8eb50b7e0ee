"""Kits in the client's language: the catalogues, the words a kit prints, its dates,
its declared language and metadata (docs/design.md, Languages and scripts)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor_referrals import __version__
from advisor_referrals.domain.kit_content import KindTexts
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.reports.kit.content import conversation_in
from advisor_referrals.reports.words import resolve, shipped, words_for
from advisor_referrals.resources import resource_root
from tests.reports.test_scripts import kit
from tests.support.poppler import pdftotext, unembedded

# A client named in the language's own script, and words each kit must print.
CLIENTS = {
    "en": (("Ana", "Souza"), ["Thank you, Ana.", "How to introduce us", "March 2026"]),
    "fr": (("Élodie", "Tremblay"), ["Merci, Élodie.", "Comment nous présenter", "mars 2026"]),
    "es": (("José", "García"), ["Gracias, José.", "Cómo presentarnos", "marzo de 2026"]),
    "zh-Hans": (("小明", "王"), ["王小明，衷心感谢您。", "如何介绍我们", "2026年3月"]),
    "ko": (("민준", "김"), ["김민준 님, 감사합니다.", "저희를 소개하는 법", "2026년 3월"]),
}


def test_every_shipped_language_has_a_kit_test() -> None:
    assert set(shipped()) == set(CLIENTS)


@pytest.mark.parametrize("language", sorted(CLIENTS))
def test_a_kit_is_written_in_its_language(tmp_path: Path, language: str) -> None:
    (first, last), phrases = CLIENTS[language]
    path = kit(tmp_path, first, last, language)
    text = re.sub(r"\s+", " ", pdftotext(path))
    assert first in text and last in text
    for phrase in phrases:
        assert re.sub(r"\s+", " ", phrase) in text, f"{language}: {phrase!r} missing"
    assert unembedded(path) == []
    info = PdfReader(path)
    assert info.trailer["/Root"]["/Lang"] == language
    assert info.metadata.creator == f"Advisor Referrals {__version__}"
    assert info.metadata.title and (last in info.metadata.title)
    assert info.metadata.author == "Maria Lopes"


def test_a_default_conversation_is_worded_for_the_language_unless_the_advisor_wrote_one() -> None:
    kind = next(k for k in DEFAULT_TRIGGER_KINDS if k.key == "retirement")
    texts = KindTexts(kind.key, kind.label, kind.talking_point)
    assert conversation_in(texts, "fr").label == "Le départ à la retraite"
    assert conversation_in(texts, "en").label == "Retiring"
    own = KindTexts(
        kind.key, kind.label, kind.talking_point, (("fr", "La retraite", "« Bientôt »"),)
    )
    assert conversation_in(own, "fr-CA").label == "La retraite"
    custom = KindTexts("boat", "Buying a boat", "A boat is a big purchase.")
    assert conversation_in(custom, "ko").label == "Buying a boat"  # nothing better to print


def test_catalogues_hold_every_english_message_with_the_same_placeholders() -> None:
    folder = resource_root() / "messages"
    english = json.loads((folder / "en.json").read_text(encoding="utf-8"))["messages"]
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["language"] == path.stem and data["name"]
        messages = data["messages"]
        # The quarterly report is in English for now: its words are English-only keys.
        needed = {key for key in english if not key.startswith("report.")}
        assert needed <= set(messages), f"{path.name} lacks {needed - set(messages)}"
        for key, text in english.items():
            if key not in messages:
                continue
            assert set(re.findall(r"\{(\w+)\}", str(text))) == set(
                re.findall(r"\{(\w+)\}", str(messages[key]))
            ), f"{path.name}: {key} placeholders differ"
        if path.stem != "en":
            for kind in DEFAULT_TRIGGER_KINDS:
                assert f"trigger.{kind.key}.label" in messages, f"{path.name}: {kind.key}"


@pytest.mark.parametrize(
    ("code", "catalogue", "tag"),
    [
        ("fr-CA", "fr", "fr-CA"),
        ("FR_ca", "fr", "fr-CA"),
        ("zh", "zh-Hans", "zh"),
        ("zh-CN", "zh-Hans", "zh-CN"),
        ("zh-TW", "en", "en"),  # Traditional Chinese has no catalogue yet
        ("de", "en", "en"),
        (None, "en", "en"),
    ],
)
def test_language_codes_find_their_catalogue(code: str | None, catalogue: str, tag: str) -> None:
    assert resolve(code) == catalogue
    assert words_for(code).tag == tag


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 3, 14)
    assert words_for("fr").long_date(day) == "14 mars 2026"
    assert words_for("fr-CA").month_year(day) == "mars 2026"
    assert words_for("ko").long_date(day) == "2026년 3월 14일"
    assert words_for("fr").number(1234567) == "1\u202f234\u202f567"
    assert words_for("es").percent(0.273) == "27,3\u00a0%"
