"""The bundled fonts, offered to Qt too, so names in every script show on screen.

A machine without Chinese, Korean, Arabic, Devanagari or Thai fonts would show such
names as empty boxes; Qt falls back to these application fonts when the system's
lack a character (docs/design.md, Languages and scripts).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from advisor_referrals.resources import resource_root


@cache
def register_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to the application's font database once; their families."""
    families: list[str] = []
    # Only the regular faces: the bold and italic ones add nothing for fallback.
    for path in sorted((resource_root() / "fonts").glob("*.ttf")):
        if "Bold" in path.name or "Italic" in path.name:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))
