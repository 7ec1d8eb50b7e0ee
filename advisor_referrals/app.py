"""Builds the QApplication and wires services into the UI.

The desktop app starts from the command line's entry point (`cli.main` with no command,
or `advisor-referrals-app`); this module never imports the command line.

Start-up shows the window first (docs/design.md, "Start-up"): the main window, with its
sidebar and each page's skeleton, is made from Qt and a few light modules of ui/, and
nothing of the data layer (SQLAlchemy, the models, the database drivers, alembic,
ReportLab) is imported before it is painted. After its first paint a worker thread
imports the data layer and the window's features while the window stays responsive;
then the session opens the book in that window, asking for a passphrase or offering a
backup over it when needed, and the window fills in.
"""

from __future__ import annotations

import gc
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from advisor_referrals import APP_ID, APP_NAME, ORG_NAME, version
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.app_icon import app_icon
from advisor_referrals.ui.fonts import use_bundled_fallbacks
from advisor_referrals.ui.languages import install_translations
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import APP_LANGUAGE, THEME, Settings
from advisor_referrals.ui.pages.registry import PAGE_MODULES
from advisor_referrals.ui.quit_after_show import quit_after_show_requested
from advisor_referrals.ui.theme import apply_theme
from advisor_referrals.ui.worker import run_task

if TYPE_CHECKING:
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.ui.session import AppSession

# Set by the start-up benchmark and tests: print a line once the window is painted
# ({"visible": true, "modules": [every module loaded by then]}), another once it shows the
# book ({"ready": true, "rss_mb": ...}), and quit.
STARTUP_PROBE_ENV = "ADVISOR_REFERRALS_STARTUP_PROBE"
EXIT_WAIT_MS = 3000
EXIT_BAD_INPUT = 2
log = logging.getLogger(__name__)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(APP_ID)
    if QLocale.system().language() == QLocale.Language.C:
        # No locale configured (a bare session): write dates and amounts the US way.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    use_bundled_fallbacks(app)  # names in every script the kits print show on screen too
    return app


def import_data_layer(page: str) -> None:
    """Import what opening the book and filling the window need: the services and storage
    below them (SQLAlchemy, the models), the window's features and the first page's
    modules."""
    version()  # the package metadata, read once here rather than on the UI thread
    for name in (
        "advisor_referrals.services.safety.book_files",
        "advisor_referrals.reports.renderers",
        "advisor_referrals.ui.session",
        "advisor_referrals.ui.window_features",
        *PAGE_MODULES.get(page, ()),
    ):
        importlib.import_module(name)


@dataclass(frozen=True)
class Loaded:
    """What the worker thread did: where the book is, and the book unless it needs the user."""

    target: str
    services: BookServices | None


def load_book(db: str | None, page: str) -> Loaded:
    """On a worker thread while the window's skeleton shows: the data layer imported, and
    the book at `db` (or the default book) opened, checked and migrated, unless it needs
    the user first (a passphrase, a damaged book...), which the UI thread asks over the
    window."""
    import_data_layer(page)
    from advisor_referrals.domain.errors import BookError
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.safety.book_files import open_services, where_the_book_is

    target = where_the_book_is(db)
    try:
        return Loaded(target, open_services(target, RENDERERS))
    except BookError:
        return Loaded(target, None)


class StartUp(QObject):
    """Fills a shown main window: once it is painted, imports the data layer off the UI
    thread, then opens the book in it through the session."""

    def __init__(self, app: QApplication, window: MainWindow, db: str | None) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.db = db
        self.session: AppSession | None = None
        self.error: BaseException | None = None  # an unexpected fault, for the command line
        self.probe = bool(os.environ.get(STARTUP_PROBE_ENV))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            if self.probe:
                print(json.dumps({"visible": True, "modules": sorted(sys.modules)}), flush=True)
            # After the paint returns: the window is on screen before any import starts.
            QTimer.singleShot(0, self, self._load)
        return False

    def _load(self) -> None:
        db, page = self.db, self.window.current_key()
        # Loading allocates a great deal and frees little: the collector's passes over it
        # cost an eighth of the loading time. It is back on once the window is filled, with
        # what start-up made kept out of its sight (`freeze_start_up_heap`).
        gc.disable()

        def work(_progress: Progress) -> Loaded | BaseException:
            try:
                return load_book(db, page)
            except Exception as error:  # reported by the UI thread, as the command line does
                return error

        run_task(self, work, self._open, self._fail)

    def _fail(self, error: BaseException) -> None:
        gc.enable()
        self.error = error
        self.window.close()
        self.app.exit(1)

    def _open(self, loaded: Loaded | BaseException) -> None:
        if isinstance(loaded, BaseException):
            self._fail(loaded)
            return
        from advisor_referrals.reports.renderers import RENDERERS
        from advisor_referrals.ui.session import AppSession

        self.app.setApplicationVersion(version())
        if loaded.services is None:
            gc.enable()  # the user is asked first, and may take a while
        try:
            session = AppSession(loaded.target, self.window.settings, RENDERERS)
            if not session.start(window=self.window, services=loaded.services):
                gc.enable()
                self.app.exit(EXIT_BAD_INPUT)
                return
        except Exception as error:
            self._fail(error)
            return
        self.session = session
        QTimer.singleShot(0, freeze_start_up_heap)
        if self.probe:
            report_when_ready(self.app, self.window)
        elif quit_after_show_requested():
            # The bundle's smoke test: the book opened and its page is shown; let the loop
            # paint it once, then quit.
            QTimer.singleShot(0, self.app.quit)


def build_main_window(target: str, settings: Settings | None = None) -> MainWindow:
    """The main window on an opened book, without the interactive opening (tests, tools)."""
    from advisor_referrals.reports.renderers import RENDERERS
    from advisor_referrals.services.safety.book_files import open_services

    return MainWindow(open_services(target, RENDERERS), settings or Settings())


def run_app(db: str | None) -> int:
    """Open the book at --db (or the default book) and run the app until it is closed."""
    app = make_application()
    settings = Settings()
    install_translations(app, str(settings.get(APP_LANGUAGE) or ""))
    apply_theme(app, str(settings.get(THEME)))
    window = MainWindow(None, settings)
    start = StartUp(app, window, db)
    window.show()
    code = int(app.exec())
    if start.error is not None:
        raise start.error  # the command line says what happened and logs the fault
    if not QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS):
        # A long read is still running (every change is already committed): leave now
        # rather than keep a closed window's process alive until the query ends.
        log.warning("background reads still running at exit; not waiting for them")
        logging.shutdown()
        os._exit(code)
    if start.session is not None:
        start.session.close()
    return code


def freeze_start_up_heap() -> None:
    """Hide what start-up made from the garbage collector, once the window is up.

    Qt wrappers, SQLAlchemy's mappings and the pages live as long as the app. Out of the
    collector's sight, a full collection on a worker thread no longer walks them while
    holding the interpreter lock the UI thread needs (stalls of 100-300 ms in an import).
    The collector, off while the window was filled, runs again from here.
    """
    gc.freeze()
    gc.enable()


def report_when_ready(app: QApplication, window: MainWindow) -> None:
    """Print {"ready": true, "rss_mb": ...} once the window shows the page it opens on (or
    the welcome page), then quit.

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
