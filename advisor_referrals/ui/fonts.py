"""The bundled fonts, offered to Qt too, so names in every script show on screen.

The app ships fonts for every script a kit can print (docs/design.md, "The screen").
A machine without Chinese, Korean, Arabic or Hebrew fonts would show such
names as empty boxes, so the same fonts are registered with Qt at start-up and put
behind the interface font as its fallbacks: the system's own font still draws the text
it can, and a character it lacks is drawn by the first bundled font that has it.

Two mechanisms carry the fallbacks, since widgets get their fonts two ways: the
application font lists them after its own family (`QFont.setFamilies`), which every
widget's font inherits, and each family a widget may name is given them as
substitutes (`QFont.insertSubstitutions`), which Qt tries for a missing glyph too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from advisor_referrals.resources import resource_root

# Fallback order: Latin, Greek and Cyrillic first, then the fonts of one script each,
# then the broad CJK font, then Korean (as the PDFs do: Han characters in Korean names
# are drawn like those of Chinese and Japanese names). A bundled font not named here
# comes last; serif faces are never fallbacks of a sans-serif interface.
_ORDER = (
    "NotoSans-",
    "NotoSansArabic",
    "NotoSansHebrew",
    "NotoSansDevanagari",
    "NotoSansThai",
    "NotoSans",
    "DroidSansFallback",
    "NanumGothic",
)


def _rank(path: Path) -> int:
    return next((i for i, prefix in enumerate(_ORDER) if path.name.startswith(prefix)), len(_ORDER))


def font_files() -> list[Path]:
    """The bundled regular faces in fallback order (bold and italic add no characters)."""
    found = [
        path
        for path in (resource_root() / "fonts").glob("*.[ot]tf")
        if not any(style in path.stem for style in ("Bold", "Italic"))
    ]
    return sorted(found, key=lambda path: (_rank(path), path.name))


@cache
def register_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to the application's font database once; their families,
    in fallback order (serif families included, last)."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def fallback_families() -> list[str]:
    """The registered families that back the interface font, in order."""
    return [f for f in register_fonts() if "Serif" not in f]


def bundled_families() -> frozenset[str]:
    return frozenset(register_fonts())


def use_bundled_fallbacks(app: QApplication) -> None:
    """Put the bundled fonts behind the interface font, for every widget."""
    font = QFont(app.font())
    primary = font.family()
    resolved = QFontInfo(font).family()  # before ours join the system's fonts
    fallbacks = fallback_families()
    # A widget that names a family of its own (ours among them) keeps the fallbacks too.
    for family in dict.fromkeys((primary, resolved, *fallbacks)):
        if family:
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, [f for f in fallbacks if f != family])
    # The family the system resolved comes first (a generic name such as "Sans Serif"
    # is no family of its own: listed first, Qt would skip to the first fallback).
    first = [resolved] if resolved else []  # a system with no fonts at all resolves none
    font.setFamilies([*first, *(f for f in fallbacks if f != resolved)])
    app.setFont(font)
