"""Every user-visible string goes through Qt's translator, so the app can be translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def ntr(context: str, one: str, many: str, n: int) -> str:
    """A count in words: `one` for 1 and `many` otherwise, %Ln replaced by n in the locale.

    English reads right without a translation file; a translation gives both forms
    (and Qt's numerus forms through n).
    """
    return QCoreApplication.translate(context, one if n == 1 else many, None, n)
