"""Help > About: the version, and the licences of the fonts and libraries the app ships with.

Font notices and licence texts are read from resources/fonts, so what the dialog shows is
what the installation holds. Library versions come from the installed package metadata
(the bundle copies it), and are left blank where it is missing.
"""

from __future__ import annotations

import html
import platform
import re
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals import APP_NAME, licences, version
from advisor_referrals.resources import resource
from advisor_referrals.ui.app_icon import app_icon
from advisor_referrals.ui.i18n import tr

NOTICE_SUFFIX = ".NOTICE.txt"


def library_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Qt, Python and every Python library the app runs with."""
    rows = [
        ("Qt", qVersion(), "LGPL-3.0"),
        ("Python", platform.python_version(), "PSF-2.0"),
    ]
    rows += [
        (name, licences.version_of(name), licences.licence_name(name))
        for name in licences.runtime_distributions()
    ]
    return rows


def font_notices() -> list[tuple[str, str]]:
    """(file name, text) of every font notice in resources/fonts, by file name."""
    return [(p.name, _read(p)) for p in sorted(resource("fonts").glob(f"*{NOTICE_SUFFIX}"))]


def font_licence_texts() -> list[tuple[str, str]]:
    """(file name, text) of the full licence texts the font notices point to."""
    return _texts(resource("fonts"))


def library_licence_texts() -> list[tuple[str, str]]:
    """(file name, text) of resources/licences: the LGPL and the GPL it builds on (Qt,
    PySide6, psycopg, python-bidi), and the licences of the libraries inside the wheels."""
    return _texts(resource("licences"))


def _texts(folder: Path) -> list[tuple[str, str]]:
    return [
        (p.name, _read(p))
        for p in sorted(folder.glob("*.txt"))
        if not p.name.endswith(NOTICE_SUFFIX)
    ]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


def _anchor(file_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", file_name).strip("-").lower()


def libraries_html() -> str:
    rows = "".join(
        f"<tr><td><a href='#{_anchor(name)}'>{html.escape(name)}</a></td>"
        f"<td>{html.escape(number)}</td><td>{html.escape(licence)}</td></tr>"
        for name, number, licence in library_rows()
    )
    bundled = "".join(
        f"<tr><td>{html.escape(item.name)}</td><td>{html.escape(item.wheel)}</td>"
        f"<td><a href='#{_anchor(item.text_file)}'>{html.escape(item.licence)}</a></td></tr>"
        for item in licences.BUNDLED
    )
    heading = tr("About", "{0} is built with these libraries:").format(APP_NAME)
    inside = tr("About", "Some of them carry libraries of other projects inside them:")
    lgpl = tr(
        "About",
        "Qt, PySide6, psycopg and python-bidi are used under the GNU Lesser General Public "
        "License "
        "version 3 (below). They are separate shared libraries in the installation folder, "
        "and you may replace them with compatible versions of your own. Each library's "
        "licence text follows, as its package carries it (also in its *.dist-info folder "
        "in the installation folder).",
    )

    def head(*titles: str) -> str:
        return "".join(f"<th align='left'>{html.escape(text)}</th>" for text in titles)

    library_texts = []
    for name in licences.runtime_distributions():
        texts = licences.licence_texts(name)
        if texts:
            body = "".join(
                f"<p><i>{html.escape(file)}</i></p><pre>{html.escape(text)}</pre>"
                for file, text in texts
            )
        else:
            shared = licences.TEXT_IN_RESOURCES.get(name.lower().replace("_", "-"), "")
            body = f"<p><a href='#{_anchor(shared)}'>{html.escape(shared)}</a></p>"
        library_texts.append(f"<h4><a name='{_anchor(name)}'></a>{html.escape(name)}</h4>{body}")
    return (
        f"<p>{html.escape(heading)}</p>"
        f"<table cellspacing='0' cellpadding='4'><tr>"
        f"{head(tr('About', 'Library'), tr('About', 'Version'), tr('About', 'Licence'))}</tr>"
        f"{rows}</table>"
        f"<p>{html.escape(inside)}</p>"
        f"<table cellspacing='0' cellpadding='4'><tr>"
        f"{head(tr('About', 'Library'), tr('About', 'Inside'), tr('About', 'Licence'))}</tr>"
        f"{bundled}</table>"
        f"<p>{html.escape(lgpl)}</p>"
        + "".join(library_texts)
        + _texts_html(library_licence_texts())
    )


def _texts_html(texts: list[tuple[str, str]]) -> str:
    return "".join(
        f"<h4><a name='{_anchor(name)}'></a>{html.escape(name)}</h4><pre>{html.escape(text)}</pre>"
        for name, text in texts
    )


def fonts_html() -> str:
    texts = font_licence_texts()
    known = {name for name, _ in texts}
    parts = [
        "<p>" + html.escape(tr("About", "Referral kits and reports embed these fonts:")) + "</p>"
    ]
    for _name, text in font_notices():
        body = html.escape(text)
        for licence in known:  # link the licence file a notice names to its text below
            body = body.replace(licence, f"<a href='#{_anchor(licence)}'>{licence}</a>")
        parts.append(f"<p>{body.replace(chr(10), '<br>')}</p>")
    return "".join(parts) + _texts_html(texts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About", "About {0}").format(APP_NAME))
        self.resize(640, 520)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<h2>{html.escape(APP_NAME)}</h2>"
            f"<p>{html.escape(tr('About', 'Version {0}').format(version()))}</p>"
            f"<p>{html.escape(tr('About', 'Keeps your client book and helps you earn referrals.'))}</p>"
        )
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_label = title
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        self.libraries = self._browser(libraries_html())
        self.fonts = self._browser(fonts_html())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.libraries, tr("About", "Libraries"))
        self.tabs.addTab(self.fonts, tr("About", "Fonts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(tr("About", "About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _browser(text: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenLinks(True)
        browser.setOpenExternalLinks(False)
        browser.setHtml(text)
        return browser


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the dialog (window-modal, not blocking) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
