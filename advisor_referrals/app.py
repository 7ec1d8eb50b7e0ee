"""Builds the QApplication and wires services into the UI.

The desktop app starts from the command line's entry point (`cli.main` with no command,
or `advisor-referrals-app`); this module never imports the command line.

Start-up overlaps its two slow halves: while the main thread loads Qt and makes the
application, a helper thread imports the data layers (SQLAlchemy above all) and the
window's modules. Then the session opens the book, asking for a passphrase or
offering a backup when needed, and shows the main window.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from advisor_referrals import APP_ID, APP_NAME, ORG_NAME, __version__
from advisor_referrals.ui import quit_after_show
from advisor_referrals.ui.app_icon import app_icon
from advisor_referrals.ui.fonts import use_bundled_fallbacks
from advisor_referrals.ui.languages import install_translations
from advisor_referrals.ui.options import APP_LANGUAGE, THEME, Settings
from advisor_referrals.ui.theme import apply_theme

if TYPE_CHECKING:
    from advisor_referrals.ui.main_window import MainWindow

# Set by the start-up benchmark: print a line and quit once the window is usable.
STARTUP_PROBE_ENV = "ADVISOR_REFERRALS_STARTUP_PROBE"
EXIT_WAIT_MS = 3000
log = logging.getLogger(__name__)


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
    if QLocale.system().language() == QLocale.Language.C:
        # No locale configured (a bare session): write dates and amounts the US way.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    use_bundled_fallbacks(app)  # names in every script the kits print show on screen too
    return app


class _ImportWarmer(threading.Thread):
    """Imports the data layers and the window's modules beside the main thread's Qt set-up."""

    def __init__(self) -> None:
        super().__init__(name="import-warmer", daemon=True)
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            import advisor_referrals.reports.renderers
            import advisor_referrals.services.registry
            import advisor_referrals.services.safety.book_files
            import advisor_referrals.ui.session  # noqa: F401 - the window and its pages
        except BaseException as error:  # the main thread imports again and reports it
            self.error = error


def build_main_window(target: str, settings: Settings | None = None) -> MainWindow:
    """The main window on an opened book, without the interactive opening (tests, tools)."""
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.safety.book_files import open_services
    from advisor_referrals.ui.main_window import MainWindow

    return MainWindow(open_services(target, RENDERERS), settings or Settings())


def run_app(db: str | None) -> int:
    """Open the book at --db (or the default book) and run the app until it is closed."""
    warmer = _ImportWarmer()
    warmer.start()
    app = make_application()
    settings = Settings()
    install_translations(app, str(settings.get(APP_LANGUAGE) or ""))
    apply_theme(app, str(settings.get(THEME)))
    warmer.join()
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.safety.book_files import where_the_book_is
    from advisor_referrals.ui.session import AppSession

    session = AppSession(where_the_book_is(db), settings, RENDERERS)
    if not session.start():
        return 2
    QTimer.singleShot(0, freeze_start_up_heap)
    if os.environ.get(STARTUP_PROBE_ENV) and session.window is not None:
        report_when_ready(app, session.window)
    code = int(app.exec())
    if not QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS):
        # A long read is still running (every change is already committed): leave now
        # rather than keep a closed window's process alive until the query ends.
        log.warning("background reads still running at exit; not waiting for them")
        logging.shutdown()
        os._exit(code)
    session.close()
    return code


def freeze_start_up_heap() -> None:
    """Hide what start-up made from the garbage collector, once the window is up.

    Qt wrappers, SQLAlchemy's mappings and the pages live as long as the app. Out of the
    collector's sight, a full collection on a worker thread no longer walks them while
    holding the interpreter lock the UI thread needs (stalls of 100-300 ms in an import).
    """
    gc.freeze()


def report_when_ready(app: QApplication, window: MainWindow) -> None:
    """Print {"ready": true, "rss_mb": ...} once the window is shown with the page it opens
    on (or the welcome page), then quit.

    On the Clients page that is once the client table's first page is loaded; the other
    pages show their layout at once and fill in their figures as they arrive.
    """

    def report() -> None:
        print(json.dumps({"ready": True, "rss_mb": round(rss_mb(), 1)}), flush=True)
        app.quit()

    from advisor_referrals.ui.pages.clients import ClientsPage

    welcome = window.root.currentWidget() is not window.splitter
    shown = None if welcome else window.current_page()
    if not isinstance(shown, ClientsPage) or not shown.controller.busy:
        QTimer.singleShot(0, report)
    else:
        shown.controller.loaded.connect(lambda _count: QTimer.singleShot(0, report))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
