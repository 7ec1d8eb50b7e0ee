"""Every script prints: names in Arabic, Hebrew, Devanagari, Thai, Vietnamese and Greek are
found again by pdftotext, with every font embedded (docs/design.md, Languages and scripts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from advisor_referrals.domain.kit_content import KindTexts, KitContent
from advisor_referrals.domain.kits import PageSize, kit_client
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.reports import shaping
from advisor_referrals.reports.fonts import SANS, missing_glyphs
from advisor_referrals.reports.kit.document import KitRenderer
from tests.support.poppler import pdftotext, unembedded

PROFILE = AdvisorProfile(
    name="Maria Lopes",
    firm="Lopes & Partners",
    email="maria@lopes.example",
    scheduling_url="cal.example/maria",
    disclosures="Lopes & Partners is a registered investment adviser.",
)
KINDS = tuple(KindTexts(k.key, k.label, k.talking_point) for k in DEFAULT_TRIGGER_KINDS)

NAMES = {
    "Arabic": ("محمد", "عبدالله"),
    "Hebrew": ("דוד", "לוי"),
    "Devanagari": ("प्रिया", "शर्मा"),
    "Thai": ("สมชาย", "ใจดี"),
    "Vietnamese": ("Nguyễn", "Thị Minh Khai"),
    "Greek": ("Νίκος", "Παπαδόπουλος"),
}


def kit(tmp_path: Path, first: str, last: str, language: str = "en") -> Path:
    content = KitContent(PROFILE, language=language, kinds=KINDS)
    path = tmp_path / f"{language}-{len(list(tmp_path.iterdir()))}.pdf"
    with path.open("wb") as out:
        KitRenderer(content, PageSize.LETTER).render(
            kit_client(7, first, last), out, date(2026, 3, 14)
        )
    return path


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_kit_for_a_name_in_any_script_can_be_searched(tmp_path: Path, script: str) -> None:
    first, last = NAMES[script]
    path = kit(tmp_path, first, last)
    text = pdftotext(path)
    assert first in text, f"{script}: first name lost"
    assert last in text, f"{script}: last name lost"
    assert "Dear" in text and "Introduction cards" in text
    assert unembedded(path) == []


def test_right_to_left_names_read_right_to_left_beside_latin_text_and_digits() -> None:
    runs = shaping.layout([shaping.Segment("Dear محمد عبدالله 42, thank you", SANS, 10)])
    # Drawn left to right: the English words, then the right-to-left stretch, whose
    # number comes first from the left and whose first name is the rightmost word,
    # then the rest of the sentence.
    assert [run.text for run in runs] == ["Dear ", "42", " هللادبع دمحم", ", ", "thank you"]
    assert [run.shaped for run in runs] == [False, False, True, False, False]


def test_arabic_and_devanagari_are_shaped_not_printed_letter_by_letter() -> None:
    [arabic] = shaping.layout([shaping.Segment("محمد", SANS, 10)])
    assert arabic.shaped and arabic.font.startswith("ARArabic")
    # Joined letters are contextual forms: not one glyph per letter as typed.
    assert arabic.drawn != "محمد"[::-1]
    [hindi] = shaping.layout([shaping.Segment("प्रिया", SANS, 10)])
    assert hindi.shaped and len(hindi.drawn) < len("प्रिया")  # प्र is one conjunct glyph


def test_text_no_bundled_font_has_is_found() -> None:
    assert missing_glyphs("Ana 𓀀 Souza ሰላም") == "𓀀ሰላም"
    assert missing_glyphs("محمد प्रिया สมชาย Νίκος 王小明 김민준 Nguyễn") == ""
