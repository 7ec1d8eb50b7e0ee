"""Names in any script come back out of the PDF exactly as typed, in embedded fonts."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from advisor_referrals.reports.fonts import CJK, HANGUL, SANS, markup, register_fonts, runs

NAMES = ["Zoë Ðurić", "王小明", "김민수", "山田太郎", "Σοφία", "Smith & <Co>", "Ана Иванова"]


def test_runs_switch_font_per_script() -> None:
    assert list(runs("Ana 王小明 김")) == [(None, "Ana "), (CJK, "王小明 "), (HANGUL, "김")]


def test_markup_escapes_user_text() -> None:
    assert markup("Smith & <Co>") == "Smith &amp; &lt;Co&gt;"
    assert markup("<b>bold?</b>") == "&lt;b&gt;bold?&lt;/b&gt;"


def test_every_script_round_trips_through_a_pdf_with_embedded_fonts() -> None:
    register_fonts()
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName=SANS, fontSize=11)
    SimpleDocTemplate(out, initialFontName=SANS).build(
        [Paragraph(f"<b>{markup(n)}</b> {markup(n)}", style) for n in NAMES]
    )
    reader = PdfReader(io.BytesIO(out.getvalue()))
    text = reader.pages[0].extract_text()
    for name in NAMES:
        assert name in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font.get_object()["/BaseFont"]
