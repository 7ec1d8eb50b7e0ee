"""Nothing on a kit runs out of its box, however long the text: checked on rendered pages.

Pages are rasterised with QtPdf (the engine of the in-app preview); ink where the
design leaves paper blank means something overflowed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.kit_content import Conversation, KitContent
from advisor_referrals.domain.kits import KitClient, PageSize
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS
from advisor_referrals.reports.kit import KitRenderer
from advisor_referrals.reports.kit.cards import GUTTER, MARK_LENGTH, MARK_OFFSET
from advisor_referrals.reports.kit.theme import geometry

SCALE = 2.0  # pixels per point
LONG_NAME = (
    "Maximiliana Bartholomew-Alexandrovna von Hohenzollern-Sigmaringen de la Cruz "
    "y Montenegro-Villalobos Papadopoulou"
)
LONG_WORD = "Ж" * 140
LONG_PROFILE = AdvisorProfile(
    name="Konstantinos Papadopoulos-Wolfeschlegelsteinhausenbergerdorff",
    firm="The Extraordinarily Long-Named Independent Wealth Management Partnership of Ohio",
    email="konstantinos.papadopoulos-wolfeschlegelsteinhausen@long-partnership.example",
    phone="+1 (555) 010-2030 ext. 12345",
    website="https://www.extraordinarily-long-named-partnership.example/advisors/konstantinos",
    title="Senior Vice President, Private Wealth Management, Certified Financial Planner",
    address="Suite 4100, One Extremely Long Boulevard Name, Northern District, Springfield",
    disclosures="Investing involves risk, including loss of principal. " * 6,
    services="- " + "Planning" * 40 + ": " + "w" * 300,
)


@contextmanager
def opened(data: bytes, qtbot: QtBot) -> Iterator[QPdfDocument]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready, timeout=5000)
    try:
        yield document
    finally:
        document.close()
        buffer.close()


def ink(image: QImage, left: float, bottom: float, right: float, top: float) -> int:
    """Dark pixels inside a rectangle given in PDF points (origin at the bottom left)."""
    height = image.height()
    count = 0
    x0, x1 = max(0, int(left * SCALE)), min(image.width(), int(right * SCALE))
    y0, y1 = max(0, int(height - top * SCALE)), min(height, int(height - bottom * SCALE))
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            color = image.pixelColor(x, y)  # paper is rendered transparent
            if color.alpha() > 60 and color.lightness() < 200:
                count += 1
    return count


@pytest.mark.parametrize("size", list(PageSize))
@pytest.mark.parametrize(
    "name", [LONG_NAME, LONG_WORD, "王" * 90], ids=["long-name", "long-word", "long-han"]
)
def test_long_text_stays_inside_margins_and_cards(qtbot: QtBot, size: PageSize, name: str) -> None:
    content = KitContent(
        LONG_PROFILE, tuple(Conversation(k.label, k.talking_point) for k in DEFAULT_TRIGGER_KINDS)
    )
    out = io.BytesIO()
    renderer = KitRenderer(content, size)
    pages = renderer.render(KitClient(1, name, name), out, date(2026, 7, 15))
    g = geometry(size)
    grid_width = 2 * g.card_width + GUTTER
    grid_left = (g.width - grid_width) / 2
    with opened(out.getvalue(), qtbot) as document:
        assert document.pageCount() == pages
        for index in range(pages):
            image = document.render(index, QSize(int(g.width * SCALE), int(g.height * SCALE)))
            last = index == pages - 1
            if not last:
                assert ink(image, g.right + 2, 0, g.width, g.height) == 0, f"page {index + 1}"
                assert ink(image, 0, 0, g.left - 2, g.height) == 0, f"page {index + 1}"
                continue
            outside = grid_left + grid_width + MARK_OFFSET + MARK_LENGTH + 2
            assert ink(image, outside, 0, g.width, g.height) == 0
            gutter_left = grid_left + g.card_width + 1
            # Between the two columns of cards only the crop marks above and below may print.
            bottom = renderer.frame_bottom + MARK_OFFSET + MARK_LENGTH + 2
            assert ink(image, gutter_left, bottom, gutter_left + GUTTER - 2, 700) == 0
