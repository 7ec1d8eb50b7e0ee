"""Builds the QApplication and wires storage -> services -> UI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from advisor_referrals import APP_ID, APP_NAME, ORG_NAME, __version__
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui import quit_after_show
from advisor_referrals.ui.app_icon import app_icon
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    quit_after_show.install_if_requested(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def build_main_window(target: str, settings: Settings | None = None) -> MainWindow:
    book = open_book(target)
    return MainWindow(BookServices.for_book(book), settings or Settings())


def run_app(target: str) -> int:
    """Open the book (asking for its passphrase, or offering a backup if it is damaged)."""
    from advisor_referrals.ui.session import AppSession

    app = make_application()
    session = AppSession(target, Settings())
    if not session.start():
        return 2
    code = app.exec()
    session.close()
    return int(code)


def main() -> int:
    """GUI entry point: `advisor-referrals-app [--db PATH_OR_URL]`."""
    from advisor_referrals.cli import main as cli_main

    return cli_main(sys.argv[1:])
