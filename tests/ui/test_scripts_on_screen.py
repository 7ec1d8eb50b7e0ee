"""Names in every script the kits print show on screen, right-to-left ones read right to left.

The client table draws each name; the test lays the cell's text out in the cell's font
as Qt does and reads back which font drew each glyph. On a system without fonts of its
own (a fresh process whose fontconfig finds none), every glyph must come from a font
the app ships; anywhere, none may be the empty box a font draws for a character it
lacks.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import Relationship
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.fonts import bundled_families
from advisor_referrals.ui.models.contact_table_model import COLUMN_KEYS
from advisor_referrals.ui.pages.clients import ClientsPage
from tests.support.screen import run_tests_in_fresh_process
from tests.ui.support import open_clients

BARE_FONTS_ENV = "ADVISOR_REFERRALS_TEST_BARE_FONTS"

# (script, first name, last name, a character of that script a bundled font must have)
NAMES = [
    ("Chinese", "小明", "王", "王"),
    ("Japanese", "花子", "山田", "山"),
    ("Korean", "민준", "김", "김"),
    ("Greek", "Παναγιώτης", "Παπαγεωργίου", "Π"),
    ("Cyrillic", "Светлана", "Кузнецова", "К"),
    ("Arabic", "محمد", "الحداد", "م"),
    ("Hebrew", "דוד", "כהן", "ד"),
]


def _bundled_font_has(character: str) -> bool:
    """Whether a font the app ships has this character (fonts still to come make the
    script's test an expected failure until they do)."""
    for family in bundled_families():
        font = QFont(family)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # this family alone
        if QFontMetrics(font).inFontUcs4(ord(character)):
            return True
    return False


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(family, glyph indexes) of each run Qt lays the text out in, fallbacks included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def names_shown(page: ClientsPage) -> dict[str, tuple[str, QFont]]:
    column = COLUMN_KEYS.index("name")
    shown: dict[str, tuple[str, QFont]] = {}
    for row in range(page.model.rowCount()):
        index = page.model.index(row, column)
        text = index.data()
        font = index.data(Qt.ItemDataRole.FontRole) or page.view.font()
        shown[text] = (text, font)
    return shown


@pytest.mark.parametrize(("script", "first", "last", "sample"), NAMES, ids=[n[0] for n in NAMES])
def test_names_in_every_script_show_in_the_client_table(
    qtbot: QtBot, services: BookServices, script: str, first: str, last: str, sample: str
) -> None:
    if not _bundled_font_has(sample):
        pytest.xfail(f"no font the app ships has {script} letters yet")
    services.contacts.create(
        ContactFields(first_name=first, last_name=last, relationship=Relationship.CLIENT)
    )
    page = open_clients(qtbot, services)
    (text, font), *_ = names_shown(page).values()
    assert last in text and first in text
    runs = glyph_runs(text, font)
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    assert letters
    drawn = [glyph for _family, glyphs in runs for glyph in glyphs]
    assert 0 not in drawn, f"{script}: an empty box is drawn for a letter of {text!r}: {runs}"
    if os.environ.get(BARE_FONTS_ENV):
        used = {family for family, _glyphs in runs}
        assert used <= bundled_families(), f"{script}: drawn with {used}, not the app's fonts"
    # And the cell really shows it: the grab of the row is not blank where the name is.
    cell = page.view.visualRect(page.model.index(0, COLUMN_KEYS.index("name")))
    image = page.view.viewport().grab(cell).toImage()
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(colours) > 2


def test_on_a_system_with_no_fonts_of_its_own(tmp_path: Path) -> None:
    """The test above, where fontconfig finds no font at all: only the app's own draw."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    run_tests_in_fresh_process(
        [
            "tests/ui/test_scripts_on_screen.py::test_names_in_every_script_show_in_the_client_table",
            "-k",
            "sqlite",
        ],
        {"FONTCONFIG_FILE": str(config), BARE_FONTS_ENV: "1"},
    )


def ink(image: QImage) -> list[tuple[bool, ...]]:
    """Where the text is drawn: the pixels that differ from the cell's background, from
    the first column that has any (the cells' margins may differ by a pixel or two)."""
    background = QColor(image.pixel(1, 1))
    rows = [
        tuple(QColor(image.pixel(x, y)) != background for x in range(image.width()))
        for y in range(image.height())
    ]
    inked = [x for x in range(image.width()) if any(row[x] for row in rows)]
    start, end = (inked[0], inked[-1] + 1) if inked else (0, 0)
    return [row[start:end] for row in rows if any(row)]


def test_right_to_left_names_read_right_to_left_in_a_table(
    qtbot: QtBot, services: BookServices
) -> None:
    """A Hebrew name with an initial ("כהן, ד.") shows as the same name marked right to
    left from end to end (RLE ... PDF) shows: its full stop at the left end, where a
    reader of Hebrew expects it. Laid out left to right, it would stand at the right.

    The book refuses bidirectional control characters in names, so the marked name is
    drawn by a plain table of the same style, font and width beside the client table."""
    services.contacts.create(
        ContactFields(first_name="ד.", last_name="כהן", relationship=Relationship.CLIENT)
    )
    page = open_clients(qtbot, services)
    page.view.clearSelection()
    column = COLUMN_KEYS.index("name")
    index = page.model.index(0, column)
    text = index.data()
    assert text == "כהן, ד."
    reference = QTableWidget(2, 1)
    qtbot.addWidget(reference)
    reference.setFont(page.view.font())
    reference.setColumnWidth(0, page.view.columnWidth(column))
    reference.setItem(0, 0, QTableWidgetItem("\u202b" + text + "\u202c"))
    reference.setItem(1, 0, QTableWidgetItem("\u202a" + text + "\u202c"))  # left to right
    reference.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    reference.show()
    qtbot.waitExposed(reference)

    def cell_ink(view: QTableView, at: QModelIndex) -> list[tuple[bool, ...]]:
        return ink(view.viewport().grab(view.visualRect(at)).toImage())

    shown = cell_ink(page.view, index)
    right_to_left = cell_ink(reference, reference.model().index(0, 0))
    left_to_right = cell_ink(reference, reference.model().index(1, 0))
    assert shown
    assert left_to_right != right_to_left  # the two readings differ where it is drawn
    assert shown == right_to_left
