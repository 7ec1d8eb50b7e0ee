"""The main window: a sidebar of pages, menus, a status bar. Layout only; pages hold the logic.

The window shows before the book is open (docs/design.md, "Start-up"): made with no
services, it lists the pages in the sidebar, holds each page's place with its title,
and imports nothing of the data layer. `attach(services)` then makes the window's
parts (the book's services, its change events, the undo history and its serial
worker, the menus), hands them to each feature's installer (`ui/window_features.py`),
which returns what it made, and shows the book's pages or the welcome page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals import APP_NAME
from advisor_referrals.ui import icons, theme
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import ListLink
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.registry import page_titles
from advisor_referrals.ui.screen import keep_on_screen, resize_within_screen
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.window_parts import Menus, WindowParts

if TYPE_CHECKING:
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.ui.import_export import ImportExport
    from advisor_referrals.ui.kits import KitController
    from advisor_referrals.ui.pages.registry import PageSpec
    from advisor_referrals.ui.pages.welcome import WelcomePage
    from advisor_referrals.ui.practice.member_status import MemberBadge
    from advisor_referrals.ui.program.install import ProgramFeatures
    from advisor_referrals.ui.referrals.features import ReferralFeatures
    from advisor_referrals.ui.reviews.actions import ReviewActions
    from advisor_referrals.ui.status import BookStatus


class PageSkeleton(QWidget):
    """Holds a page's place until it is built: its title, and a word while the book opens."""

    def __init__(self, title: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 20)
        heading = QLabel(title)
        theme.set_role(heading, "heading")
        self.note = QLabel(tr("MainWindow", "Opening the book…"))
        theme.set_role(self.note, "muted")
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addStretch(1)


def preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences keys (Cmd+, on macOS), and Ctrl+, wherever the platform
    has none or another (Windows and most Linux desktops define none)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    ctrl_comma = QKeySequence("Ctrl+,")
    return keys if ctrl_comma in keys else [*keys, ctrl_comma]


class MainWindow(QMainWindow):
    book_attached = Signal()  # the book's pages (or the welcome page) are in the window

    # What the features installed on the book's services (see `attach`).
    parts: WindowParts
    review_actions: ReviewActions
    referrals: ReferralFeatures
    program: ProgramFeatures
    book_status: BookStatus
    kit_controller: KitController
    import_export: ImportExport
    specs: list[PageSpec]  # every page, built lazily (see `page`)
    member_badge: MemberBadge
    welcome: WelcomePage

    def __init__(self, services: BookServices | None, settings: Settings) -> None:
        """The window on `services`, or with no services yet: its skeleton, until `attach`."""
        super().__init__()
        self.settings = settings
        self._services: BookServices | None = None
        self.events = BookEvents(self)
        self.history = UndoHistory(SerialRunner(self.events, self), self)
        self.contact_actions = ContactActions(self)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icons.app_icon())
        resize_within_screen(self, 1360, 860)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(320)
        self.sidebar.setIconSize(icons.ICON_SIZE)
        self.stack = QStackedWidget()
        # Pages are built on their first visit (see `page`); until then a skeleton holds
        # each one's place in the stack.
        self.titles = page_titles()
        self.page_keys = [key for key, _title in self.titles]
        self._builders: dict[str, Callable[[], Page]] = {}
        self._built: dict[str, Page] = {}
        self._book_open = False
        self._needs_book: list[QAction] = []  # menu entries that wait for the book
        self.menus = self._build_menus()
        self._build_view_menu()
        for _key, title in self.titles:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            self.stack.addWidget(PageSkeleton(title))
        self._paint_icons()
        self.sidebar.currentRowChanged.connect(self.show_page_at)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([196, 1164])
        self.root = QStackedWidget()
        self.root.addWidget(self.splitter)
        self.setCentralWidget(self.root)
        self._restore_state()
        for action in self._needs_book:
            action.setEnabled(False)
        if services is not None:
            self.attach(services)

    @property
    def services(self) -> BookServices:
        if self._services is None:
            raise RuntimeError("the window has no book yet")
        return self._services

    @property
    def has_book(self) -> bool:
        return self._services is not None

    def attach(self, services: BookServices) -> None:
        """Install the features on the book's services and show its pages (or the welcome
        page for a new, empty book)."""
        from advisor_referrals.ui.pages.welcome import needs_welcome
        from advisor_referrals.ui.practice.member_status import MemberBadge
        from advisor_referrals.ui.practice.scope import ScopeState
        from advisor_referrals.ui.window_features import install_features

        if self._services is not None:
            raise RuntimeError("the window already shows a book")
        self._services = services
        self.setWindowTitle(f"{APP_NAME} — {services.book.location}")
        features = install_features(
            WindowParts(
                self,
                services,
                self.settings,
                self.events,
                self.history,
                self.contact_actions,
                self.menus,
                ScopeState(
                    services.practice,
                    self.settings,
                    f"{services.book.location}\n{services.book.user}",
                    self,
                ),
            )
        )
        self.parts = features.parts
        self.review_actions = features.review_actions
        self.referrals = features.referrals
        self.program = features.program
        self.book_status = features.book_status
        self.kit_controller = features.kit_controller
        self.import_export = features.import_export
        self.specs = features.pages
        self._builders = {spec.key: spec.build for spec in features.pages}
        for action in self._needs_book:
            action.setEnabled(True)
        # After the entries above are enabled: the badge turns New Contact off again for a
        # member who reads only (docs/design.md, "A practice").
        self.member_badge = MemberBadge(self.statusBar(), self.parts.scope, (self.new_contact,))
        self.contact_actions.open_contact.connect(self._open_contact)
        self.contact_actions.show_list.connect(self.open_list)
        if needs_welcome(services.contact_table.is_empty(), services.settings):
            self.show_welcome()
        else:
            self.open_book()
        self.book_attached.emit()

    @property
    def undo_stack(self) -> QUndoStack:
        return self.history.stack

    @property
    def import_action(self) -> QAction:
        return self.menus.import_action

    # Navigation

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._built[key] for key in self.page_keys if key in self._built]

    def _index(self, key: str) -> int:
        return self.page_keys.index(key)

    def page(self, key: str) -> Page:
        """The page, built now if this is the first time it is asked for."""
        found = self._built.get(key)
        if found is None:
            index = self._index(key)
            found = self._built[key] = self._builders[key]()
            found.restore_state(self.settings)
            placeholder = self.stack.widget(index)
            assert placeholder is not None  # one widget per page, always
            showing = self.stack.currentIndex()
            self.stack.insertWidget(index, found)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(showing)
            if self._book_open:
                found.preload()
        return found

    def show_page(self, key: str) -> Page:
        index = self._index(key)
        if self.sidebar.currentRow() == index:
            self.page(key).shown()
        self.sidebar.setCurrentRow(index)
        return self.page(key)

    def _show_from_menu(self, key: str) -> None:
        if self._builders:
            self.show_page(key)
        else:
            self.sidebar.setCurrentRow(self._index(key))

    def show_page_at(self, index: int) -> None:
        if not 0 <= index < len(self.page_keys):
            return
        if not self._builders:  # no book yet: the page's skeleton shows meanwhile
            self.stack.setCurrentIndex(index)
            return
        page = self.page(self.page_keys[index])
        self.stack.setCurrentIndex(index)
        page.shown()

    def current_key(self) -> str:
        return self.page_keys[max(0, self.stack.currentIndex())]

    def current_page(self) -> Page:
        return self.page(self.current_key())

    def reload_current_page(self) -> None:
        self.current_page().refresh()

    def _open_contact(self, contact_id: int) -> None:
        from advisor_referrals.ui.pages.clients import ClientsPage  # built on first visit

        first_visit = "clients" not in self._built
        clients = self.show_page("clients")
        if first_visit and isinstance(clients, ClientsPage):
            # Built during this signal's delivery, the page missed it: hand it on.
            clients.open_contact(contact_id)

    def open_list(self, link: ListLink) -> Page:
        """Show a whole list on its page (a Today list's "Show all"), filtered as the link
        says; the page loads it as it is shown."""
        page = self.page(link.page)
        page.show_list(link)
        return self.show_page(link.page)

    def open_book(self) -> None:
        """Show the book's pages (after the welcome page, or straight away)."""
        self.root.setCurrentWidget(self.splitter)
        built = self.pages
        self._book_open = True  # a page built from now on preloads itself
        # The page first, its loads after: work started in the background before the
        # page is built would hold the interpreter while the UI thread builds it (the
        # longest stall of the welcome page's handover), and on a practice's server the
        # connection opening the book left, so that the page's own reads on this thread
        # opened one more (docs/design.md, "Budgets").
        self.show_page_at(max(0, self.sidebar.currentRow()))
        self.parts.scope.load_choices()
        for page in built:
            page.preload()
        self.book_status.refresh()

    def show_welcome(self) -> None:
        from advisor_referrals.ui.pages.welcome import WelcomePage, demo_maker

        self.welcome = WelcomePage(
            self.services.settings,
            demo_maker(self.services),
            self.import_action,
            self.history.runner,
        )
        self.welcome.finished.connect(self._welcome_finished)
        self.root.addWidget(self.welcome)
        self.root.setCurrentWidget(self.welcome)
        # The first page is built behind the welcome page, on a later turn, as it is at
        # start-up for a book that opens on its pages; it loads when it is shown. The
        # welcome's handover then only shows it: built there, its widgets were the
        # longest stall of opening the demo book (docs/design.md, "Budgets").
        QTimer.singleShot(0, self, self._build_first_page)

    def _build_first_page(self) -> None:
        if self._builders:
            self.page(self.page_keys[max(0, self.sidebar.currentRow())])

    def _welcome_finished(self) -> None:
        # The book's pages take the welcome page's place now (the page's skeleton shows);
        # the page is built on the next turn of the event loop, so that closing the one
        # and building the other are not one long stall (docs/design.md, "Budgets").
        self.root.setCurrentWidget(self.splitter)
        self.root.removeWidget(self.welcome)
        self.welcome.deleteLater()
        QTimer.singleShot(0, self, self.open_book)

    def find_in_page(self) -> None:
        if not self.current_page().focus_search():
            self.show_page("clients").focus_search()

    # Menus

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        needs_book: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if needs_book:
            self._needs_book.append(action)
        return action

    def _build_menus(self) -> Menus:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("MainWindow", "&File"))
        edit_menu = bar.addMenu(tr("MainWindow", "&Edit"))
        view_menu = bar.addMenu(tr("MainWindow", "&View"))
        tools_menu = bar.addMenu(tr("MainWindow", "&Tools"))
        help_menu = bar.addMenu(tr("MainWindow", "&Help"))

        new_contact = self._action(
            tr("MainWindow", "&New Contact…"), QKeySequence.StandardKey.New, needs_book=True
        )
        new_contact.setIcon(icons.icon("add"))
        new_contact.triggered.connect(self.contact_actions.new_contact)
        self.new_contact = new_contact
        # The import/export feature connects these two.
        import_action = self._action(tr("MainWindow", "&Import…"), needs_book=True)
        export_action = self._action(tr("MainWindow", "&Export…"), needs_book=True)
        self.settings_action = self._action(tr("MainWindow", "&Settings…"), needs_book=True)
        self.settings_action.setShortcuts(preferences_shortcuts())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = self._action(tr("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(new_contact)
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        undo = self.undo_stack.createUndoAction(self, tr("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        find = self._action(
            tr("MainWindow", "&Find…"), QKeySequence.StandardKey.Find, needs_book=True
        )
        find.triggered.connect(self.find_in_page)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(find)

        about = self._action(tr("MainWindow", "&About {0}").format(APP_NAME))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        return Menus(
            file_menu, edit_menu, view_menu, tools_menu, help_menu, import_action, export_action
        )

    def _build_view_menu(self) -> None:
        view_menu = self.menus.view
        for number, (key, title) in enumerate(self.titles, start=1):
            action = self._action(title, f"Ctrl+{number}")
            action.triggered.connect(lambda _=False, key=key: self._show_from_menu(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = self._action(tr("MainWindow", "&Refresh"), needs_book=True)
        refresh.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        refresh.triggered.connect(self.reload_current_page)
        view_menu.addAction(refresh)

    def open_settings(self) -> None:
        from advisor_referrals.ui.settings_dialog import SettingsDialog
        from advisor_referrals.ui.settings_tabs import make_settings_tabs

        tabs = make_settings_tabs(self.services, self.history.runner, self.settings)
        dialog = SettingsDialog(tabs, self, self.events)
        if dialog.exec():
            self.statusBar().showMessage(tr("MainWindow", "Settings saved"), 5000)

    def show_about(self) -> None:
        from advisor_referrals.ui.about_dialog import show_about

        show_about(self)

    # Look and window state

    def _paint_icons(self) -> None:
        self.sidebar.setStyleSheet(theme.sidebar_style(theme.colors()))
        for row, key in enumerate(self.page_keys):
            self.sidebar.item(row).setIcon(icons.icon(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_icons()  # light/dark switched: icons and sidebar follow
        super().changeEvent(event)

    def _restore_state(self) -> None:
        geometry = self.settings.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # saved on a bigger screen, or on one since unplugged
        for name, restore in (
            ("main_window/state", self.restoreState),
            ("main_window/splitter", self.splitter.restoreState),
        ):
            saved = self.settings.state(name)
            if saved is not None:
                restore(saved)
        saved_page = self.settings.state("main_window/page")
        key = bytes(saved_page.data()).decode() if saved_page is not None else ""
        index = self.page_keys.index(key) if key in self.page_keys else 0
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_state("main_window/geometry", self.saveGeometry())
        self.settings.save_state("main_window/state", self.saveState())
        self.settings.save_state("main_window/splitter", self.splitter.saveState())
        self.settings.save_state("main_window/page", QByteArray(self.current_key().encode()))
        for page in self.pages:
            page.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
