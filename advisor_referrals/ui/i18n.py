"""Every user-visible string goes through Qt's translator, so the app can be translated.

`tr(context, text)` and `ntr(context, one, many, n)` are what `pyside6-lupdate` extracts
(scripts/build-translations tells it that they are `translate`). docs/design.md,
Languages and scripts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: list[QTranslator] = []  # the app's own translation, when one is installed


def set_translator(translator: QTranslator | None) -> None:
    """The app's own installed translation, asked first for plural forms."""
    _installed[:] = [translator] if translator is not None else []


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def ntr(context: str, one: str, many: str, n: int) -> str:
    """A count in words, %Ln replaced by n in the locale's digits.

    A translation holds the message once (source `one`, comment `many`) with Qt's
    numerus forms, as many as the language has (one for Chinese and Korean, two for
    French with 0 and 1 singular). Without one, English picks `one` for 1 and `many`
    otherwise.
    """
    if _installed and _installed[0].translate(context, one, many, n):
        return QCoreApplication.translate(context, one, many, n)
    return QCoreApplication.translate(context, one if n == 1 else many, None, n)
